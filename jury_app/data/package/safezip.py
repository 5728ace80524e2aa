"""Reading a zip that may be hostile.

Member names are checked and never used as paths: what is kept of a member is written under a
name the app chooses. Sizes, counts and compression ratios are capped, and the caps are enforced
on the bytes actually read, not on what the zip's headers claim.
"""

from __future__ import annotations

import hashlib
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from jury_app.data.files import open_regular
from jury_app.domain.messages import Told, msg
from jury_app.domain.problems import InvalidInput, Problem


@dataclass(frozen=True)
class ZipLimits:
    max_archive_bytes: int = 4 * 1024**3
    max_members: int = 5000
    max_member_bytes: int = 64 * 1024**2
    max_total_bytes: int = 3 * 1024**3
    max_ratio: float = 100.0
    ratio_applies_above: int = 256 * 1024
    max_name_length: int = 255


DEFAULT_LIMITS = ZipLimits()
_CHUNK = 1024 * 1024
_BOMB = msg("taux de compression suspect (bombe de décompression ?)")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}


def name_problem(name: str) -> Told | None:
    """Why a member name is unsafe, or None when it is fine."""
    if not name or len(name) > DEFAULT_LIMITS.max_name_length:
        return Told(msg("nom de membre vide ou trop long"))
    if "\\" in name:
        return Told(msg("barre oblique inverse interdite dans un nom de membre"))
    if "\x00" in name or any(unicodedata.category(c) == "Cc" for c in name):
        return Told(msg("caractère de contrôle dans un nom de membre"))
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return Told(msg("chemin absolu interdit"))
    parts = PurePosixPath(name).parts
    if any(p in ("..", ".") for p in name.split("/")):
        return Told(msg("composant « .. » ou « . » interdit"))
    for part in parts:
        if part.split(".")[0].upper() in _WINDOWS_RESERVED or part.endswith((" ", ".")):
            return Told(msg("nom réservé ou invalide sous Windows"))
    if unicodedata.normalize("NFC", name) != name:
        return Told(msg("nom non normalisé (Unicode NFC attendu)"))
    return None


class SafeZip:
    """A zip archive opened for checked reading. Use as a context manager."""

    def __init__(self, path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.limits = limits
        self.label = path.name
        self._zip: zipfile.ZipFile | None = None
        self._file: BinaryIO | None = None
        self.members: dict[str, zipfile.ZipInfo] = {}

    def __enter__(self) -> SafeZip:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _fail(self, problems: list[Problem]) -> InvalidInput:
        self.close()
        return InvalidInput(problems)

    def open(self) -> None:
        # A regular file of a bounded size, known from its metadata: a pipe or a device never hangs here.
        self._file = open_regular(self.path, self.limits.max_archive_bytes, msg("une archive zip"), self.label)
        try:
            self._zip = zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, OSError, ValueError):  # their messages are in English: not shown
            self.close()
            raise InvalidInput.at(self.label, msg("ce n'est pas une archive zip lisible")) from None
        problems: list[Problem] = []
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            many = msg("trop de membres ({0}, au plus {1})", len(infos), self.limits.max_members)
            raise self._fail([Problem.at(self.label, "", many)])
        total = 0
        folded: set[str] = set()
        for info in infos:
            name = info.filename
            why = name_problem(name)
            if why:
                problems.append(Problem.at(repr(name)[1:-1], "", why.message))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                problems.append(Problem.at(name, "", msg("lien symbolique interdit")))
                continue
            if info.flag_bits & 0x1:
                problems.append(Problem.at(name, "", msg("membre chiffré interdit")))
                continue
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(Problem.at(name, "", msg("méthode de compression non prise en charge")))
                continue
            if info.is_dir():
                continue
            key = name.casefold()
            if key in folded:
                problems.append(Problem.at(name, "", msg("membre en double (la casse mise à part)")))
                continue
            folded.add(key)
            if info.file_size > self.limits.max_member_bytes:
                big = msg(
                    "membre trop volumineux ({0} octets, au plus {1})", info.file_size, self.limits.max_member_bytes
                )
                problems.append(Problem.at(name, "", big))
                continue
            if info.file_size > self.limits.ratio_applies_above and info.file_size > self.limits.max_ratio * max(
                info.compress_size, 1
            ):
                problems.append(Problem.at(name, "", _BOMB))
                continue
            total += info.file_size
            self.members[name] = info
        if total > self.limits.max_total_bytes:
            problems.append(Problem.at(self.label, "", msg("contenu décompressé trop volumineux ({0} octets)", total)))
        if problems:
            raise self._fail(problems)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def _chunks(self, name: str, limit: int) -> Iterator[bytes]:
        assert self._zip is not None
        info = self.members[name]
        read = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    read += len(chunk)
                    if read > limit or read > info.file_size:
                        raise InvalidInput.at(name, msg("taille réelle supérieure à la taille annoncée ou permise"))
                    if read > self.limits.ratio_applies_above and read > self.limits.max_ratio * max(
                        info.compress_size, 1
                    ):
                        raise InvalidInput.at(name, _BOMB)
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):  # their messages are in English: not shown
            raise InvalidInput.at(name, msg("membre illisible ou corrompu")) from None

    def read(self, name: str, limit: int) -> bytes:
        return b"".join(self._chunks(name, limit))

    def digest(
        self, name: str, sink: IO[bytes] | None = None, progress: Callable[[int], None] | None = None
    ) -> tuple[str, int]:
        """SHA-256 and size of a member, optionally copying its bytes to `sink` on the way."""
        sha = hashlib.sha256()
        size = 0
        for chunk in self._chunks(name, self.limits.max_member_bytes):
            sha.update(chunk)
            size += len(chunk)
            if sink is not None:
                sink.write(chunk)
            if progress is not None:
                progress(len(chunk))
        return sha.hexdigest(), size
