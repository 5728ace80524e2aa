"""A package's attachments into the store, each member read once: hashed as it is copied into the
staging folder, each copy made durable by a few threads while the next ones are read (one fsync after
another cost seconds for 300 documents on a laptop's disk; made together, they share the journal's
commits), then renamed into place once every one matched the manifest.

Stored by content hash: a copy staged for a package that is then refused is removed, one already in
the store is only checked. The folders made for the import (a new data folder, its staging folder)
are removed again when the package is refused: a bad package leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from jury_app.data.files import fsync_dir
from jury_app.data.package.safezip import SafeZip
from jury_app.data.package.validate import ValidatedPackage, verify_attachment
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.paths import AppPaths

_FLUSHERS = 8  # fsyncs at once: enough for the disk to group them, few for a laptop
_OPEN = 64  # copies written and waiting for their fsync


def attachment_path(paths: AppPaths, sha256: str) -> Path:
    return paths.attachments / sha256[:2] / sha256


def _durable(sink: IO[bytes]) -> None:
    try:
        os.fsync(sink.fileno())
    finally:
        sink.close()


@dataclass
class Staged:
    """The attachments copied and checked, not yet in the store."""

    files: list[tuple[Path, Path]] = field(default_factory=list)  # (staged copy, its place in the store)
    made: list[Path] = field(default_factory=list)  # folders made for the import, parents first

    def keep(self) -> None:
        """Every copy renamed into its place, durably; the folders made are the store's now."""
        folders = {final.parent for _, final in self.files}
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
        for tmp, final in self.files:
            os.replace(tmp, final)
        with ThreadPoolExecutor(_FLUSHERS) as pool:  # the renames, and the shard folders made for them
            list(pool.map(fsync_dir, folders | {folder.parent for folder in folders}))
        self.files, self.made = [], []

    def discard(self) -> None:
        """The copies not kept removed, and the folders made for them if nothing else is there."""
        for tmp, _ in self.files:
            tmp.unlink(missing_ok=True)
        for folder in reversed(self.made):
            with contextlib.suppress(OSError):  # not empty: something else is kept there
                folder.rmdir()
        self.files, self.made = [], []


def _make_folders(paths: AppPaths) -> list[Path]:
    """The data folder, its store and staging folder made where missing; returns those made, parents first."""
    made: list[Path] = []
    for folder in (paths.root, paths.attachments, paths.staging):
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        folder.mkdir(parents=True, exist_ok=True)
        made += [p for p in reversed(missing) if p not in made]
    return made


def stage_attachments(pkg: ValidatedPackage, paths: AppPaths, progress: Callable[[int], None] | None) -> Staged:
    """Every attachment read once from the package, its size and SHA-256 checked as it is copied to
    the staging folder (or, when the store holds it already, checked only). Refused whole
    (InvalidInput, every problem told) with nothing left behind."""
    staged = Staged(made=_make_folders(paths))
    problems: list[Problem] = []
    try:
        with SafeZip(pkg.path) as z, ThreadPoolExecutor(_FLUSHERS) as pool:
            flushed: deque[Future[None]] = deque()
            for i, a in enumerate(pkg.manifest.attachments):
                final = attachment_path(paths, a.sha256)
                if final.exists() and final.stat().st_size == a.size:
                    problems += verify_attachment(z, i, a, progress=progress)
                    continue
                fd, name = tempfile.mkstemp(dir=paths.staging, prefix="att-")
                staged.files.append((Path(name), final))  # removed on refusal, whatever happens next
                sink = os.fdopen(fd, "wb")
                try:
                    found = verify_attachment(z, i, a, sink, progress)
                    sink.flush()
                except BaseException:
                    sink.close()
                    raise
                if found:
                    sink.close()
                    problems += found
                else:
                    flushed.append(pool.submit(_durable, sink))
                    if len(flushed) > _OPEN:  # a package of thousands of documents: so many files open at most
                        flushed.popleft().result()
            for done in flushed:
                done.result()
        if problems:
            raise InvalidInput(problems)
    except BaseException:
        staged.discard()
        raise
    return staged
