"""A candidate's documents as the jury opens them: from the store, under their own name."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from jury_app.data import models as db
from jury_app.data.package.importer import attachment_path
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.paths import AppPaths


@dataclass(frozen=True)
class AttachmentView:
    ref: str
    title: str
    kind: str
    path: Path  # the stored copy, named by its hash
    filename: str  # the document's own name, for opening it in a viewer


def candidate_attachments(
    paths: AppPaths, session: db.Session, candidate_ref: str, kinds: Collection[str] | None = None
) -> tuple[AttachmentView, ...]:
    """The candidate's documents in the package's order (only those of `kinds` when given)."""
    return tuple(
        AttachmentView(a.ref, a.title, a.kind, attachment_path(paths, a.sha256), a.filename)
        for a in session.attachments
        if a.candidate_ref == candidate_ref and (kinds is None or a.kind in kinds)
    )


def viewable_copy(paths: AppPaths, attachment: AttachmentView) -> Path:
    """A copy under the document's own name (a viewer needs the .pdf), checked against its hash."""
    folder = paths.consultation
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / attachment.filename
    digest = attachment.path.name
    if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != digest:
        if hashlib.sha256(attachment.path.read_bytes()).hexdigest() != digest:
            altered = msg(
                "le document « {0} » a été altéré sur ce disque (somme de contrôle différente)", attachment.title
            )
            raise InvalidInput([Problem.at("document", "", altered, msg("document"))])
        shutil.copyfile(attachment.path, target)
    return target
