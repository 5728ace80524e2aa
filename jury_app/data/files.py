"""Files on disk: written so that a crash or a full disk leaves either the old file or the new one
whole, and read from the user only once known to be a regular file of a bounded size."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.wording import size_message


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Written whole or not at all: a temporary file beside `path`, flushed, then renamed over it.

    `mode` is the new file's permission bits (where the OS has them); otherwise an existing file's
    are kept, and a new file gets the usual ones (umask).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            with contextlib.suppress(OSError):  # Windows has no such permission bits
                tmp.chmod(mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


# --- reading what the user hands over -----------------------------------------------------------

_KINDS = (
    (stat.S_ISDIR, msg("c'est un dossier, pas un fichier")),
    (stat.S_ISFIFO, msg("c'est un tube nommé, pas un fichier ordinaire")),
    (stat.S_ISCHR, msg("c'est un périphérique, pas un fichier ordinaire")),
    (stat.S_ISBLK, msg("c'est un périphérique, pas un fichier ordinaire")),
    (stat.S_ISSOCK, msg("c'est un point de connexion (socket), pas un fichier ordinaire")),
)


_OS_ERRORS = {
    errno.ENOENT: msg("fichier introuvable"),
    errno.EACCES: msg("accès refusé"),
    errno.EPERM: msg("opération non permise"),
    errno.EISDIR: msg("c'est un dossier"),
    errno.ENOTDIR: msg("un élément du chemin n'est pas un dossier"),
    errno.ENAMETOOLONG: msg("nom de fichier trop long"),
    errno.ELOOP: msg("trop de liens symboliques"),
    errno.EROFS: msg("support en lecture seule"),
    errno.ENOSPC: msg("disque plein"),
    errno.EIO: msg("erreur de lecture ou d'écriture sur le disque"),
    errno.EBUSY: msg("fichier occupé"),
    errno.EAGAIN: msg("fichier momentanément indisponible"),
}


def os_error_text(exc: OSError) -> Message:
    """What went wrong, worded for the user (French text; the system's own is in its language)."""
    text = _OS_ERRORS.get(exc.errno or 0)
    if text is not None:
        return text
    return msg("erreur système {0}", exc.errno) if exc.errno else msg("erreur système")


def _check_stat(path: Path | str, st: os.stat_result, limit: int, what: str | Message) -> int:
    for test, message in _KINDS:
        if test(st.st_mode):
            raise InvalidInput.one(str(path), msg("{0} : {1} est attendu", message, what))
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInput.one(str(path), msg("ce n'est pas un fichier ordinaire : {0} est attendu", what))
    if st.st_size > limit:
        too_big = msg(
            "fichier trop volumineux ({0}) : {1} fait au plus {2}", size_message(st.st_size), what, size_message(limit)
        )
        raise InvalidInput.one(str(path), too_big)
    return st.st_size


def check_regular_file(path: Path, limit: int, what: str | Message, label: str | None = None) -> int:
    """The size of `path`, read from its metadata only: nothing is opened, so nothing can hang.

    Refuses (InvalidInput, in French) a missing file, a folder, a named pipe, a device, a socket,
    and a file larger than `limit` bytes. `what` names what was expected, with its article ("un
    fichier de résultats"), worded with `msg` to be translated; `label` how the file is named in the message (its path by default).
    """
    where = str(path) if label is None else label
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InvalidInput.one(str(where), msg("fichier introuvable")) from None
    except OSError as exc:
        raise InvalidInput.one(str(where), msg("fichier inaccessible ({0})", os_error_text(exc))) from None
    return _check_stat(where, st, limit, what)


def open_regular(path: Path, limit: int, what: str | Message, label: str | None = None) -> BinaryIO:
    """`path` opened for reading once checked: a regular file of at most `limit` bytes.

    Checked before opening (`check_regular_file`) and again on the opened file, which is opened
    without blocking: a file swapped for a pipe in between is refused, not waited on.
    """
    where = str(path) if label is None else label
    check_regular_file(path, limit, what, where)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InvalidInput.one(str(where), msg("lecture impossible ({0})", os_error_text(exc))) from None
    try:
        _check_stat(where, os.fstat(fd), limit, what)
        if os.name != "nt":
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path, limit: int, what: str | Message, label: str | None = None) -> bytes:
    """The content of `path`, a regular file of at most `limit` bytes (see `open_regular`).

    Never reads more than `limit` + 1 bytes, even from a file that grows while it is read.
    """
    where = str(path) if label is None else label
    with open_regular(path, limit, what, where) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InvalidInput.one(str(where), msg("lecture impossible ({0})", os_error_text(exc))) from None
    if len(data) > limit:
        raise InvalidInput.one(
            str(where), msg("fichier trop volumineux : {0} fait au plus {1}", what, size_message(limit))
        )
    return data
