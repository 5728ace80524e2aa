"""`--json` on the commands a script reads: one JSON document on stdout, the shapes the README
documents, the exit codes unchanged (0 done, 2 bad input or a failed check)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from jury_app.actions.context import AppContext
from jury_app.cli import run
from jury_app.paths import resolve
from tests.helpers.jury_day import close_the_demo_session

SID = "DEMO-CIP-2026-11"


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], data: Path) -> None:
        self.capsys = capsys
        self.data = data
        self.out = self.err = ""

    def __call__(self, *argv: str | Path, data: Path | None = None) -> int:
        self.capsys.readouterr()
        code = run([*(str(a) for a in argv), "--data-dir", str(data or self.data)])
        captured = self.capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        assert "Traceback" not in self.err
        return code

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(scope="module")
def demo_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "demo.zip"
    assert run(["package", "demo", str(path)]) == 0
    return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("JURY_APP_HOME", str(tmp_path / "home"))
    return Cli(capsys, tmp_path / "lead")


@pytest.fixture
def lead(cli: Cli, demo_zip: Path) -> Cli:
    assert cli("package", "import", demo_zip) == 0
    return cli


def test_package_validate_and_import(cli: Cli, demo_zip: Path) -> None:
    assert cli("package", "validate", demo_zip, "--json") == 0
    assert cli.json() == {
        "valid": True,
        "session_id": SID,
        "referentiel": "TP-00403@08",
        "candidates": 5,
        "jurors": 2,
        "scenario_cards": 4,
        "attachments": 13,
        "warnings": [],
    }
    assert cli("package", "import", demo_zip, "--json") == 0
    assert cli.json() == {
        "session_id": SID,
        "status": "imported",
        "candidates": 5,
        "jurors": 2,
        "attachments": 13,
        "changes": [],
        "warnings": [],
    }
    assert cli("package", "import", demo_zip, "--json") == 0
    assert cli.json()["status"] == "unchanged"


def test_a_bad_package_is_exit_2_with_nothing_on_stdout(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"pas un zip")
    assert cli("package", "validate", bad, "--json") == 2
    assert cli.out == "" and cli.err.startswith("erreur : ")


def test_audit_verify(lead: Cli) -> None:
    assert lead("audit", "verify", "--json") == 0
    assert lead.json() == {"session_id": SID, "ok": True, "entries": 0, "problems": [], "checked": []}


def test_results_status_export_and_import(
    lead: Cli, demo_zip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lead("results", "status", "--json") == 0
    status = lead.json()
    assert status["session_id"] == SID and status["complete"] is False
    assert len(status["grids"]) == len(status["missing"]) == 40
    first = status["grids"][0]
    assert first == {
        "candidate": "C01",
        "candidate_name": "Camille Lefèvre",
        "modality": "msp",
        "modality_title": "Mise en situation professionnelle",
        "juror": "J1",
        "juror_name": "Martine Roussel",
        "complete": False,
        "origin": "missing",
        "exported_at": None,
    }
    # J1's laptop exports a signed file; the lead imports it, the fingerprint read on J1's laptop
    # confirmed with --trust: the questions go to stderr.
    j1 = tmp_path / "j1"
    assert lead("package", "import", demo_zip, data=j1) == 0
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "phrase de Martine")
    monkeypatch.setenv("JURY_APP_PIN", "1357")
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", "phrase du responsable")  # confirms the first PIN
    assert lead("jurors", "pin", "--juror", "J1", data=j1) == 0
    result_file = tmp_path / "r1.json"
    assert lead("results", "export", "--juror", "J1", "--out", result_file, data=j1) == 0
    shown_at_export = lead.out
    assert lead("jurors", "list", "--json", data=j1) == 0
    fingerprint = next(j["key_fingerprint"] for j in lead.json() if j["id"] == "J1")
    assert fingerprint in shown_at_export
    assert lead("results", "import", result_file, "--trust", fingerprint, "--json") == 0
    (outcome,) = lead.json()
    assert outcome["status"] == "imported" and outcome["juror"] == "J1" and outcome["key_registered"] is True
    assert outcome["fingerprint"] == fingerprint and f"{fingerprint} : confirmée (--trust)" in lead.err
    assert outcome["exported_at"].startswith("20") and outcome["problems"] == [] and outcome["differences"] == []
    # The same file again: unchanged. A tampered copy: refused, exit 2.
    assert lead("results", "import", result_file, "--json") == 0
    assert lead.json()[0]["status"] == "unchanged"
    tampered = tmp_path / "r1-modifie.json"
    tampered.write_text(result_file.read_text("utf-8").replace("Martine Roussel", "Martine Roussex"), "utf-8")
    assert lead("results", "import", tampered, "--json") == 2
    (refused,) = lead.json()
    assert refused["status"] == "refused" and refused["problems"]
    # The import is in the audit trail; rewritten behind the app's back, the check fails (exit 2).
    assert lead("audit", "verify", "--json") == 0
    verified = lead.json()
    assert {k: v for k, v in verified.items() if k != "checked"} == {
        "session_id": SID,
        "ok": True,
        "entries": 1,
        "problems": [],
    }
    (checked,) = verified["checked"]  # the file imported vouches for what the database holds of J1's
    assert checked.startswith("dernier fichier de résultats de J1") and "celles qu'il a signées" in checked
    _rewrite_audit_trail(lead.data / "jury_app.sqlite3")
    assert lead("audit", "verify", "--json") == 2
    report = lead.json()
    assert report["ok"] is False and report["problems"] and lead.err.startswith("erreur : ")


def _rewrite_audit_trail(database: Path) -> None:
    """What someone with the database file in hand could do: drop any guard, then edit an entry."""
    with closing(sqlite3.connect(database)) as db, db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("UPDATE audit_log SET actor = 'quelqu''un d''autre'")


def test_backup_list(lead: Cli) -> None:
    assert lead("backup", "list", "--json") == 0
    assert lead.json() == []
    assert lead("backup", "create", "--reason", "essai") == 0
    assert lead("backup", "list", "--json") == 0
    (backup,) = lead.json()
    assert backup["reason"] == "essai" and backup["sessions"] == [SID] and backup["ok"] is True
    assert Path(backup["path"]).is_file() and backup["file"] == Path(backup["path"]).name
    assert backup["size"] == Path(backup["path"]).stat().st_size and backup["created_at"].endswith("+00:00")


def test_archive_verify_and_show(lead: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", "phrase du responsable")
    archive = tmp_path / "archive.zip"
    assert lead("archive", "export", "--out", archive) == 0
    assert lead("archive", "verify", archive, "--json") == 0
    check = lead.json()
    assert check["ok"] is True and check["session_id"] == SID and check["files"] > 0
    assert lead("archive", "show", archive, "--json") == 0
    shown = lead.json()
    assert shown["id"] == SID and [j["id"] for j in shown["jury"]] == ["J1", "J2"]
    assert len(shown["candidates"]) == 5 and shown["check"]["ok"] is True
    # One byte changed: both say so, exit 2.
    broken = tmp_path / "abime.zip"
    shutil.copy(archive, broken)
    data = bytearray(broken.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    assert lead("archive", "verify", broken, "--json") == 2
    assert lead.json()["ok"] is False and lead.json()["problems"]


def test_report_verify(lead: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(resolve(lead.data))
    close_the_demo_session(ctx)  # every deliberation closed: the PV may be signed
    ctx.close()
    pv = tmp_path / "pv.pdf"
    assert lead("report", "pv", "--out", pv) == 0
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "phrase de Martine")
    monkeypatch.setenv("JURY_APP_PIN", "1357")
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", "phrase du responsable")  # confirms the first PINs
    for juror in ("J1", "J2"):
        assert lead("jurors", "pin", "--juror", juror) == 0
    assert lead("report", "sign", pv, "--juror", "J1") == 0
    # One juror of two has signed: what is there holds, but the PV is not complete (exit 1).
    assert lead("report", "verify", pv, "--json") == 1
    half = lead.json()
    assert half["ok"] is False and half["unsigned_fields"] == [{"field": "SignatureJure02", "juror": "J2"}]
    assert half["problems"] == ["signature manquante : Karim Benali (SignatureJure02)"]
    (signature,) = half["signatures"]
    assert signature["juror"] == "J1" and signature["signer"] == "Martine Roussel" and signature["ok"] is True
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "phrase de Karim")
    assert lead("report", "sign", pv, "--juror", "J2") == 0
    assert lead("report", "verify", pv, "--json") == 0
    whole = lead.json()
    assert whole["ok"] is True and whole["session_id"] == SID and whole["problems"] == []
    assert whole["unsigned_fields"] == [] and whole["modified_after_last_signature"] is False
    assert [s["juror"] for s in whole["signatures"]] == ["J1", "J2"]
    assert all(s["registered"] and s["valid"] and s["intact"] for s in whole["signatures"])
    # A word of the signed text changed: exit 1, the JSON tells which signature broke.
    forged = tmp_path / "pv-modifie.pdf"
    content = pv.read_bytes()
    at = content.index(b"/Producer")
    forged.write_bytes(content[:at] + b"/Producex" + content[at + len(b"/Producer") :])
    assert lead("report", "verify", forged, "--json") == 1
    broken = lead.json()
    assert broken["ok"] is False and broken["problems"]
    assert not all(s["intact"] for s in broken["signatures"])
