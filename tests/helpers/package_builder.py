"""Building session packages (valid or hostile) for tests, with nothing but `zipfile`.

Plain functions, for the data, CLI and UI tests (`from tests.helpers.package_builder import ...`)
and the package fixtures of tests/helpers/packages.py. No binary is shipped: every zip is made here.
"""

from __future__ import annotations

import copy
import hashlib
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

SESSION_ID = "CIP-2025-03-LYON"
SESSION_DATES = ["2025-03-10", "2025-03-11"]

ATTACHMENTS: dict[str, bytes] = {
    "attachments/C1-dossier-professionnel.pdf": b"%PDF-1.4\n% dossier professionnel de C1\n%%EOF\n",
    "attachments/C2-dossier-professionnel.pdf": b"%PDF-1.4\n% dossier professionnel de C2, VAE\n%%EOF\n",
}

MemberSpec = bytes | tuple[bytes, Callable[[zipfile.ZipInfo], None]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    return sha256(path.read_bytes())


def valid_manifest(session_id: str = SESSION_ID) -> dict[str, Any]:
    """A small, valid manifest for the TP CIP title session, as plain JSON data."""
    files = list(ATTACHMENTS.items())
    return {
        "format": "jury-app-session-package",
        "format_version": 1,
        "session": {
            "id": session_id,
            "title": "Session du titre CIP, mars 2025",
            "certification": {"code": "TP-00403", "version": "08"},
            "kind": "title",
            "dates": list(SESSION_DATES),
            "centre": {"name": "Centre AFPA Lyon", "address": "12 rue de la Gare, 69003 Lyon"},
            "rooms": ["Salle 1", "Salle 2"],
            "session_lead": "Mme Responsable",
        },
        "jury": [
            {"id": "J1", "last_name": "Martin", "first_name": "Claire", "role": "president", "profession": "CIP"},
            {"id": "J2", "last_name": "Durand", "first_name": "Paul", "role": "member", "profession": "Formateur"},
        ],
        "candidates": [
            {
                "id": "C1",
                "last_name": "Lefèvre",
                "first_name": "Anaïs",
                "path": "formation",
                "units_sought": ["CCP1", "CCP2", "CCP3"],
            },
            {
                "id": "C2",
                "last_name": "Nguyen",
                "first_name": "Bao",
                "path": "vae",
                "units_sought": ["CCP1", "CCP2", "CCP3"],
                "accommodations": {"extra_time_percent": 33, "notes": "tiers temps"},
            },
            {
                "id": "C3",
                "last_name": "Ollivier",
                "first_name": "Jeanne",
                "path": "vae",
                "units_sought": ["CCP3"],
                "units_held": ["CCP1", "CCP2"],
            },
        ],
        "schedule": [
            {"candidate_id": "C1", "modality_id": "msp", "start": "2025-03-10T09:00", "room": "Salle 1"},
            {"candidate_id": "C1", "modality_id": "et", "start": "2025-03-10T10:00", "room": "Salle 1"},
            {"candidate_id": "C2", "modality_id": "msp", "start": "2025-03-10T14:00", "room": "Salle 2"},
            {"candidate_id": "C3", "modality_id": "ef", "start": "2025-03-11T09:00"},
        ],
        "scenario_cards": [
            {
                "id": "S1",
                "title": "Accueil d'un jeune sans qualification",
                "structure_type": "Mission locale",
                "actor_text": "Vous avez 19 ans et vous cherchez un premier emploi.",
            },
            {
                "id": "S2",
                "title": "Demandeuse d'emploi en reconversion",
                "structure_type": "France Travail",
                "actor_text": "Vous avez 45 ans et souhaitez changer de métier.",
            },
        ],
        "attachments": [
            {
                "id": f"A{i}",
                "candidate_id": f"C{i}",
                "kind": "dossier_professionnel",
                "title": f"Dossier professionnel de C{i}",
                "member": member,
                "size": len(data),
                "sha256": sha256(data),
            }
            for i, (member, data) in enumerate(files, start=1)
        ],
    }


def build_zip(path: Path, members: Iterable[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip holding exactly `members`, in order (duplicates allowed, warnings silenced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")  # "Duplicate name" when a test asks for one
        for name, data in members:
            zf.writestr(name, data)
    return path


def package_members(
    manifest: Mapping[str, Any] | None = None,
    *,
    mutate: Callable[[dict[str, Any]], None] | None = None,
    manifest_bytes: bytes | None = None,
    attachments: Mapping[str, bytes] | None = None,
    extra: Mapping[str, bytes] | Iterable[tuple[str | zipfile.ZipInfo, bytes]] = (),
    replace: Mapping[str, bytes] | None = None,
    drop: Iterable[str] = (),
) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    """The members of a package: manifest (mutated or raw), attachments, extra members."""
    data = copy.deepcopy(dict(manifest) if manifest is not None else valid_manifest())
    if mutate is not None:
        mutate(data)
    raw = manifest_bytes if manifest_bytes is not None else json.dumps(data, ensure_ascii=False).encode("utf-8")
    members: list[tuple[str | zipfile.ZipInfo, bytes]] = [("manifest.json", raw)]
    members += list((ATTACHMENTS if attachments is None else attachments).items())
    extra_items = list(extra.items()) if isinstance(extra, Mapping) else list(extra)
    members += extra_items
    replace = dict(replace or {})
    dropped = set(drop)
    result: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    for name, content in members:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        if key in dropped:
            continue
        result.append((name, replace.pop(key, content)))
    result += list(replace.items())
    return result


def write_package(path: Path, manifest: Mapping[str, Any] | None = None, **options: Any) -> Path:
    """Write a package zip at `path`; see `package_members` for the options."""
    return build_zip(path, package_members(manifest, **options))


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


# --- patching the bytes of a zip ------------------------------------------------------------
_EOCD = b"PK\x05\x06"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"


def _central_entries(data: bytes) -> Iterable[tuple[int, str, int]]:
    """(offset of the central entry, name, offset of the local header) for every member."""
    eocd = data.rindex(_EOCD)
    count, _size, start = struct.unpack_from("<HII", data, eocd + 10)
    pos = start
    for _ in range(count):
        assert data[pos : pos + 4] == _CENTRAL
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        (local,) = struct.unpack_from("<I", data, pos + 42)
        name = data[pos + 46 : pos + 46 + name_len].decode("utf-8")
        yield pos, name, local
        pos += 46 + name_len + extra_len + comment_len


def patch_member(
    data: bytes,
    name: str,
    *,
    flags_or: int = 0,
    file_size: int | None = None,
    crc: int | None = None,
) -> bytes:
    """Rewrite a member's headers (central directory and local header) to lie about it."""
    out = bytearray(data)
    for central, member, local in list(_central_entries(data)):
        if member != name:
            continue
        assert out[local : local + 4] == _LOCAL
        for header, flags_at, crc_at, usize_at in ((central, 8, 16, 24), (local, 6, 14, 22)):
            if flags_or:
                (flags,) = struct.unpack_from("<H", out, header + flags_at)
                struct.pack_into("<H", out, header + flags_at, flags | flags_or)
            if crc is not None:
                struct.pack_into("<I", out, header + crc_at, crc)
            if file_size is not None:
                struct.pack_into("<I", out, header + usize_at, file_size)
        return bytes(out)
    raise KeyError(name)


def patch_file(path: Path, name: str, **changes: int) -> Path:
    path.write_bytes(patch_member(path.read_bytes(), name, **changes))
    return path


# --- a référentiel file written in a test ---------------------------------------------------
def tp_cip_referentiel(code: str = "TEST-1") -> dict[str, Any]:
    """The shipped TP CIP référentiel, renamed to `code`."""
    from jury_app.resources import resource

    raw = json.loads(resource("referentiels", "TP-00403-08.json").read_text(encoding="utf-8"))
    raw["code"] = code
    return raw


def tree(root: Path) -> set[str]:
    """Every path under `root`, relative, POSIX style (folders included)."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}
