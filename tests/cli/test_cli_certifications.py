"""The command line for every certification: a demo per certification, its block decisions in JSON,
référentiels exported and imported, a session moved to another version, the registration reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jury_app.cli import run


def _run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run([*(str(a) for a in argv), "--data-dir", str(data)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("code", "session", "units"),
    [
        ("RNCP35667", "DEMO-RNCP35667", ["BC01", "BC02", "BC03"]),
        ("RNCP35635", "DEMO-RNCP35635", ["BC01", "BC02", "BC03", "BC04"]),
    ],
)
def test_a_demo_per_certification_and_its_block_decisions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, code: str, session: str, units: list[str]
) -> None:
    data = tmp_path / "data"
    rc, out, _err = _run(capsys, data, "demo", "--referentiel", code)
    assert rc == 0 and f"Session de démonstration {session} complétée : 3 candidats" in out
    rc, out, _err = _run(capsys, data, "report", "results", "--format", "json", "--out", "-")
    assert rc == 0
    doc = json.loads(out)
    assert doc["certification"]["terms"]["unit_plural"] == "blocs de compétences"
    assert [u["id"] for u in doc["units"]] == units
    assert all([u["id"] for u in c["units"]] == units for c in doc["candidates"])
    rc, out, _err = _run(capsys, data, "demo", "--referentiel", code)
    assert rc == 0 and "laissée telle quelle" in out  # the jury's work is kept


def test_package_demo_per_certification_and_an_unknown_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "paquets"
    out_dir.mkdir()
    rc, out, _err = _run(capsys, tmp_path / "data", "package", "demo", "--referentiel", "RNCP35635", out_dir)
    assert rc == 0 and (out_dir / "DEMO-RNCP35635.zip").is_file()
    rc, out, err = _run(capsys, tmp_path / "data", "package", "validate", out_dir / "DEMO-RNCP35635.zip")
    assert rc == 0 and "Paquet valide : session DEMO-RNCP35635 (RNCP35635@1)" in out
    assert "après l'échéance de l'enregistrement de RNCP35635@1 (24/07/2025) ; motif consigné" in err
    rc, _out, err = _run(capsys, tmp_path / "data", "package", "demo", "--referentiel", "TP-99999", out_dir)
    assert rc == 2 and "pas de session de démonstration pour « TP-99999 »" in err


def test_registration_ended_reason_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import zipfile

    data = tmp_path / "data"
    package = tmp_path / "rncp.zip"
    assert _run(capsys, data, "package", "demo", "--referentiel", "RNCP35667", package)[0] == 0
    bare = tmp_path / "sans-motif.zip"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(bare, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "manifest.json":
                manifest = json.loads(body)
                manifest["session"]["registration_ended_reason"] = ""
                body = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
            dst.writestr(info.filename, body)
    rc, _out, err = _run(capsys, data, "package", "validate", bare)
    assert rc == 2 and "--registration-ended-reason" in err and "17/06/2023" in err
    reason = "Promotion entrée en formation avant l'échéance"
    rc, out, err = _run(capsys, data, "package", "import", bare, "--registration-ended-reason", reason)
    assert rc == 0 and "importée" in out and reason in err
    rc, out, _err = _run(capsys, data, "sessions", "show", "DEMO-RNCP35667", "--json")
    assert rc == 0


def test_referentiel_export_import_and_a_session_moved(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    workbook = tmp_path / "rncp35667.xlsx"
    rc, out, _err = _run(capsys, data, "referentiel", "export", "RNCP35667@1", "--out", workbook)
    assert rc == 0 and workbook.is_file()
    rc, _out, err = _run(capsys, data, "referentiel", "import", workbook)
    assert rc == 2 and "référentiel intégré à l'application, jamais remplacé" in err
    wb = load_workbook(workbook)
    wb["Certification"]["B3"] = "2"
    edited = tmp_path / "rncp35667-v2.xlsx"
    wb.save(edited)
    rc, out, _err = _run(capsys, data, "referentiel", "import", edited, "--json")
    assert rc == 0 and json.loads(out) == {
        "key": "RNCP35667@2",
        "title": "Chargé d’insertion professionnelle",
        "stored": True,
    }
    rc, out, _err = _run(capsys, data, "referentiel", "list")
    assert "RNCP35667@2" in out and "3 blocs de compétences" in out
    json_copy = tmp_path / "v2.json"
    assert _run(capsys, data, "referentiel", "export", "RNCP35667@2", "--out", json_copy)[0] == 0
    assert json.loads(json_copy.read_text("utf-8"))["version"] == "2"

    package = tmp_path / "rncp.zip"
    assert _run(capsys, data, "package", "demo", "--referentiel", "RNCP35667", package)[0] == 0
    assert _run(capsys, data, "package", "import", package)[0] == 0
    rc, out, _err = _run(capsys, data, "sessions", "set-referentiel", "DEMO-RNCP35667", "RNCP35667@2")
    assert rc == 0 and "référentiel RNCP35667@1 remplacé par RNCP35667@2" in out
    rc, _out, err = _run(capsys, data, "sessions", "set-referentiel", "DEMO-RNCP35667", "TP-00403@08")
    assert rc == 2 and "ne passe qu'à une autre version de ce référentiel" in err
    rc, _out, err = _run(capsys, data, "referentiel", "export", "RNCP35667", "--out", tmp_path / "r.ods")
    assert rc == 2 and "format inconnu « .ods » : .json ou .xlsx" in err
