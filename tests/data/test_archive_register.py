"""The archive register (`archives.json`): typed records written and read back, older registers read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jury_app.data.archive_register import (
    ArchiveRecord,
    ArchiveRegister,
    PurgedDocument,
    PurgeRecord,
    read_register,
    write_register,
)
from jury_app.domain.problems import InvalidInput


def _archive(session_id: str, path: Path, sha256: str) -> ArchiveRecord:
    return ArchiveRecord(
        session_id=session_id,
        path=path,
        sha256=sha256,
        size=1234,
        created_at="2026-12-09T10:00:00+00:00",
        verified_at="2026-12-09T10:00:01+00:00",
        content_sha256="c" * 64,
        audit_entries=42,
        audit_ok=True,
    )


def test_a_missing_register_is_empty(tmp_path: Path) -> None:
    register = read_register(tmp_path / "archives.json")
    assert register == ArchiveRegister()
    assert register.archives_of(None) == [] and register.purge_of("S1") is None


def test_records_are_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "archives.json"
    purge = PurgeRecord(
        session_id="S1",
        at="2026-12-10T08:00:00+00:00",
        archive_path=tmp_path / "s1-second.zip",
        archive_sha256="b" * 64,
        audit_entries=42,
        audit_redacted_actions=("grid.observation", "grid.note"),
        completed=False,
        documents=(PurgedDocument("d" * 64, "C01-dossier.pdf", True), PurgedDocument("e" * 64, "C02.pdf", False)),
    )
    register = ArchiveRegister(
        archives=[
            _archive("S1", tmp_path / "s1.zip", "a" * 64),
            _archive("S2", tmp_path / "s2.zip", "f" * 64),
            _archive("S1", tmp_path / "s1-second.zip", "b" * 64),
        ],
        purges=[purge],
    )
    write_register(path, register)

    again = read_register(path)
    assert again == register
    assert [a.sha256 for a in again.archives_of("S1")] == ["a" * 64, "b" * 64]  # oldest first
    assert len(again.archives_of(None)) == 3
    assert again.purge_of("S1") == purge and again.purge_of("S2") is None

    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == ["format", "archives", "purges"] and data["format"] == "jury-app-archives"
    assert data["archives"][0]["path"] == str(tmp_path / "s1.zip")
    assert data["purges"][0]["documents"][0] == {"sha256": "d" * 64, "filename": "C01-dossier.pdf", "delete": True}


def test_the_last_purge_of_a_session_counts(tmp_path: Path) -> None:
    first = PurgeRecord("S1", "2026-12-10T08:00:00+00:00", tmp_path / "a.zip", "a" * 64, 3, (), completed=False)
    register = ArchiveRegister(
        purges=[first, PurgeRecord("S1", "2026-12-11T08:00:00+00:00", first.archive_path, "a" * 64, 3, (), True)]
    )
    assert register.purge_of("S1") == register.purges[-1]


def test_an_older_register_is_read(tmp_path: Path) -> None:
    path = tmp_path / "archives.json"
    older = {
        "format": "jury-app-archives",
        "archives": [{"session_id": "S1", "path": "/archives/s1.zip", "sha256": "a" * 64}, "not an entry"],
        "purges": [{"session_id": "S1", "at": "2026-12-10T08:00:00+00:00", "archive_path": "/archives/s1.zip"}],
    }
    path.write_text(json.dumps(older), encoding="utf-8")
    register = read_register(path)
    [archive] = register.archives
    assert (archive.path, archive.sha256, archive.audit_entries, archive.content_sha256) == (
        Path("/archives/s1.zip"),
        "a" * 64,
        None,
        "",
    )
    purge = register.purge_of("S1")
    assert purge is not None
    assert purge.completed  # written before purges recorded their completion: a finished one
    assert purge.documents == () and purge.audit_redacted_actions == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"format": "other", "archives": []}, "format inattendu"),
        (["jury-app-archives"], "format inattendu"),
        ({"format": "jury-app-archives", "archives": {}, "purges": []}, "listes attendues"),
    ],
)
def test_something_else_is_refused(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "archives.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(InvalidInput, match=f"registre des archives illisible \\({message}\\)"):
        read_register(path)
