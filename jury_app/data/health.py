"""Is the database file whole, and the app's own, before anything writes to it?

Looked at before the app opens its database for writing (and before any migration), with the
file's header read as bytes and SQLite's own checks run on a read-only connection:

- an empty (0 byte) file, a header that is not SQLite's, a file shorter than its header says
  (truncated), pages SQLite finds damaged, a database of another program: refused;
- a write-ahead journal (`-wal`) that does not belong to the database. SQLite cannot tell: a
  -wal file names no database, and SQLite applies any self-consistent one it finds beside the
  database (https://www.sqlite.org/fileformat2.html#walformat), which corrupts it for good. So
  the app stamps each database with an identity of its own, a random number in the header's
  user-version field (offset 60, "available to applications to use however they want"), and
  holds a -wal as foreign when the database seen through it has another identity, another page
  size, or fails `PRAGMA integrity_check` while the file alone passes it. A foreign -wal is moved
  aside unapplied (with its index, the -shm file), and the opening refused once, saying so.

The app creates a new database whole (see `db.py`), so a 0-byte file is never one of its own in the
making: it is a database that lost its content.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jury_app.data.errors import DatabaseError, DatabaseHurt, sqlite_primary
from jury_app.domain.messages import Message, Told, joined, msg
from jury_app.domain.wording import machine_zone

MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_BYTES = 32
SIDE_FILES = ("-wal", "-shm")


def new_identity() -> int:
    """A database's identity: a random positive 31-bit number, never 0 (0 is "not stamped yet")."""
    import secrets  # with OpenSSL's hashes: loaded when a database is made, not at every start

    return secrets.randbits(31) | 1


# --- the file's own header ----------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    page_size: int
    pages: int | None  # None when the header's page count is not to be trusted
    identity: int


def _page_size(raw: int) -> int | None:
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def read_header(data: bytes) -> Header | None:
    if len(data) < HEADER_BYTES or not data.startswith(MAGIC):
        return None
    page_size = _page_size(int.from_bytes(data[16:18], "big"))
    if page_size is None:
        return None
    # The page count at offset 28 is valid only when offset 92 repeats the change counter (24).
    pages = int.from_bytes(data[28:32], "big") if data[92:96] == data[24:28] else None
    return Header(page_size, pages or None, int.from_bytes(data[60:64], "big"))


def _wal_page_size(wal: Path) -> int | None:
    """The page size a -wal file declares, or None when it holds no valid header (SQLite ignores it)."""
    with wal.open("rb") as fh:
        data = fh.read(WAL_HEADER_BYTES)
    if len(data) < WAL_HEADER_BYTES or int.from_bytes(data[0:4], "big") not in WAL_MAGICS:
        return None
    return _page_size(int.from_bytes(data[8:12], "big"))


# --- SQLite's look -----------------------------------------------------------------------------


def _uri(path: Path, *, alone: bool = False) -> str:
    # immutable=1 reads the file as it is on disk, without its -wal file.
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if alone else "")


@dataclass(frozen=True)
class _Look:
    problems: list[str]
    identity: int
    tables: set[str]


def _look(path: Path, *, full: bool, alone: bool = False) -> _Look:
    conn = sqlite3.connect(_uri(path, alone=alone), uri=True, timeout=10)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        if rows != ["ok"]:
            return _Look(rows[:5] or [Told(msg("vérification sans résultat"))], 0, set())
        identity = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return _Look([], identity, tables)
    finally:
        conn.close()


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _wal_bytes(path: Path) -> int:
    try:
        return _side(path, "-wal").stat().st_size
    except FileNotFoundError:
        return 0


# --- findings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """What is wrong with a database file. `intact`: only a foreign -wal was found, and set aside."""

    problem: Message
    set_aside: tuple[Path, ...] = ()
    intact: bool = False


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(path: Path, *suffixes: str, label: str) -> tuple[Path, ...]:
    """Rename `path` + each suffix that exists to `<name><suffix>.<label>-<UTC time>`: kept, but
    where SQLite will never take it for a database or its journal."""
    moved = []
    stamp = _stamp()
    for suffix in suffixes:
        source = _side(path, suffix)
        if source.exists():
            target = source.with_name(f"{source.name}.{label}-{stamp}")
            os.replace(source, target)
            moved.append(target)
    return tuple(moved)


SET_ASIDE_LABELS = ("abimee", "etranger", "orphelin")  # a damaged database, a foreign or orphan journal


def set_aside_files(path: Path) -> list[Path]:
    """The files set aside beside the database at `path` (by `set_aside`, and by a restore)."""
    pattern = re.compile(rf"^{re.escape(path.name)}(-wal|-shm)?\.({'|'.join(SET_ASIDE_LABELS)})-\d{{8}}T\d{{6}}Z$")
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if pattern.match(p.name) and p.is_file())


def _foreign_wal(path: Path, why: Message) -> Finding:
    moved = set_aside(path, *SIDE_FILES, label="etranger")
    name = next((p.name for p in moved if "-wal." in p.name), "")
    return Finding(
        msg(
            "un journal d'écriture (-wal) qui n'appartient pas à cette base se trouvait à côté d'elle ({0}) ; "
            "il a été mis de côté sans être appliqué, sous le nom {1}",
            why,
            name,
        ),
        moved,
        intact=True,
    )


def examine(path: Path) -> Finding | None:
    """What is wrong with the database file at `path`, or None when it may be opened (or is absent).

    Writes nothing to the database. A foreign -wal file is set aside (its finding says so); the
    -wal and -shm files left without any database are set aside too, silently: no database to
    protect, and they must not be applied to the new one.
    """
    if not path.exists():
        set_aside(path, *SIDE_FILES, label="orphelin")
        return None
    if not path.is_file():
        return Finding(msg("ce n'est pas un fichier"))
    size = path.stat().st_size
    if size == 0:
        return Finding(msg("le fichier est vide (0 octet), son contenu a été perdu"))
    with path.open("rb") as fh:
        header = read_header(fh.read(HEADER_BYTES))
    if header is None:
        return Finding(msg("ce n'est pas une base SQLite lisible (en-tête absent ou endommagé)"))
    wal = _wal_bytes(path)
    if not wal:  # without a journal, the file alone must hold every page its header counts
        expected = (header.pages or 0) * header.page_size
        if size < expected:
            return Finding(msg("le fichier est tronqué ({0} octets au lieu de {1})", size, expected))
        if size % header.page_size:
            return Finding(
                msg("le fichier est tronqué ({0} octets, pas un nombre entier de pages de {1})", size, header.page_size)
            )
    else:
        wal_page = _wal_page_size(_side(path, "-wal"))
        if wal_page is not None and wal_page != header.page_size:
            return _foreign_wal(path, msg("pages de {0} octets au lieu de {1}", wal_page, header.page_size))
    try:
        look = _look(path, full=bool(wal))
    except sqlite3.DatabaseError:
        look = _Look([Told(msg("base illisible"))], 0, set())
    if look.problems:
        if wal:
            try:
                alone = _look(path, full=True, alone=True)
            except sqlite3.DatabaseError:
                alone = _Look([Told(msg("base illisible"))], 0, set())
            if not alone.problems:
                return _foreign_wal(path, msg("la base vue à travers lui est incohérente"))
        return Finding(msg("SQLite y trouve des pages endommagées ({0})", joined(look.problems[:2], "; ")))
    if wal and header.identity and look.identity != header.identity:
        return _foreign_wal(path, msg("il vient d'une autre base"))
    if look.tables and "alembic_version" not in look.tables:
        return Finding(msg("c'est la base de données d'un autre programme"))
    return None


# --- the data folder ----------------------------------------------------------------------------


def check_writable(path: Path) -> None:
    """Refuses (DatabaseError, French, no SQL) a data folder or database file the app cannot write."""
    folder = path.parent
    message = msg(
        "Le dossier de données {0} est en lecture seule : l'application ne peut rien y enregistrer, "
        "et n'a rien modifié. Vérifiez les droits d'accès à ce dossier et à ses fichiers (ou que le support "
        "n'est pas protégé en écriture), puis relancez.",
        folder,
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".jury_app-ecriture-", suffix=".tmp")
        os.close(fd)
        Path(probe).unlink()
        for file in (path, _side(path, "-wal"), _side(path, "-shm")):
            if file.exists():
                with file.open("r+b"):
                    pass
    except OSError as exc:
        raise DatabaseError(message) from exc


# --- telling the user ---------------------------------------------------------------------------


def _quoted(text: str) -> str:
    return text if re.fullmatch(r"[\w@%+=:,./\\-]+", text) else f'"{text}"'


def restore_advice(root: Path, backups: Path) -> tuple[Message, Path | None]:
    """How to get the jury's work back: the newest backup in good state and the command restoring it."""
    from jury_app.data.backup import newest_good_backup  # SQLAlchemy, loaded only when a base is hurt
    from jury_app.data.results_merge.differences import moment

    found = newest_good_backup(backups)
    if found is None:
        return (
            msg(
                "Aucune sauvegarde en bon état dans {0}. Pour repartir d'une base vide, déplacez ce fichier "
                "(et ses fichiers -wal et -shm s'il y en a) hors du dossier de données.",
                backups,
            ),
            None,
        )
    backup, at = found
    command = f"jury-app --data-dir {_quoted(str(root))} backup restore {backup.name}"
    return (
        msg(
            "Sauvegarde la plus récente en bon état : {0} (du {1}).\nPour la restaurer : {2}\n"
            "(la base actuelle est alors conservée à côté, sous un autre nom)",
            backup.name,
            moment(at, machine_zone()),
            command,
        ),
        backup,
    )


def hurt(path: Path, finding: Finding, backups: Path | None) -> DatabaseHurt:
    if finding.intact:
        first = msg(
            "La base de données {0} n'a pas été ouverte : {1}. La base elle-même est intacte : relancez "
            "l'application pour la retrouver telle qu'elle était avant ce fichier, ou restaurez une sauvegarde.",
            path,
            finding.problem,
        )
    else:
        first = msg(
            "La base de données {0} est endommagée : {1}. L'application ne l'ouvre pas et n'y a rien écrit.",
            path,
            finding.problem,
        )
    advice, backup = restore_advice(path.parent, backups if backups is not None else path.parent / "backups")
    return DatabaseHurt(joined([first, advice], "\n"), path=path, backup=backup)


_READ_ONLY = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def translated(exc: sqlite3.Error, path: Path, backups: Path | None) -> DatabaseError | None:
    """A French error, without SQL nor the data it carried, for what SQLite says about the file
    itself (damaged, read-only, disk full, busy); None for any other error."""
    primary = sqlite_primary(exc)
    if primary in _DAMAGED:
        return hurt(path, Finding(msg("SQLite la déclare endommagée en la lisant")), backups)
    if primary in _READ_ONLY:
        return DatabaseError(
            msg(
                "La base de données {0} ne peut pas être modifiée (dossier ou fichier en lecture seule, ou "
                "inaccessible) : rien n'a été enregistré. Vérifiez les droits d'accès au dossier de données.",
                path,
            )
        )
    if primary == "SQLITE_FULL":
        return DatabaseError(msg("Le disque est plein : rien n'a été enregistré. Libérez de la place puis recommencez."))
    if primary in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return DatabaseError(
            msg(
                "La base de données {0} est occupée par un autre programme (une autre fenêtre de l'application ?) : "
                "rien n'a été enregistré. Réessayez dans un instant.",
                path,
            )
        )
    if primary == "SQLITE_IOERR":
        return DatabaseError(
            msg(
                "Erreur de lecture ou d'écriture sur le disque de la base de données {0} (support retiré ou "
                "défaillant ?) : rien n'a été enregistré.",
                path,
            )
        )
    return None
