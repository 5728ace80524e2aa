"""The command line's stable interfaces for decisions: `deliberation check`, `report results --format
json`, `results conflicts|resolve`; exit codes 0 (a report, complete or not) and 2 (bad input)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jury_app.cli import run

SID = "DEMO-CIP-2026-11"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run([str(a) for a in argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    assert run(["demo", "--data-dir", str(data)]) == 0
    return data


def test_deliberation_check_on_a_fresh_session(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    package = tmp_path / "demo.zip"
    assert run(["package", "demo", str(package)]) == 0
    assert run(["package", "import", str(package), "--data-dir", str(data)]) == 0
    code, out, _err = _run(capsys, "deliberation", "check", "--data-dir", data)
    assert code == 0
    assert "C01 Camille Lefèvre (formation) : délibération ouverte" in out
    assert "grille de Martine Roussel pour « Mise en situation professionnelle » absente de cet ordinateur" in out
    assert out.rstrip().endswith("Incomplet : 5 délibération(s) ouverte(s) sur 5, dont 0 prête(s) à clore.")
    code, out, _err = _run(capsys, "deliberation", "check", "--json", "--data-dir", data)
    doc = json.loads(out)
    assert code == 0 and doc["complete"] is False and doc["open"] == ["C01", "C02", "C03", "C04", "C05"]
    c01 = doc["candidates"][0]
    assert c01["deliberation"] == "open" and c01["presence"] == "present"
    assert {"key": "grid/msp/J1", "message": c01["items"][0]["message"], "overridable": True} == c01["items"][0]
    code, _out, err = _run(capsys, "deliberation", "check", "--session", "INCONNUE", "--data-dir", data)
    assert code == 2 and "INCONNUE" in err


def test_the_demo_is_complete_and_its_results_rest_on_evidence(
    capsys: pytest.CaptureFixture[str], demo_data: Path
) -> None:
    for session in ("DEMO-CIP-CCP3-2026-12", "DEMO-CIP-CAPI-2026-12", SID):
        code, out, _err = _run(capsys, "deliberation", "check", "--json", "--session", session, "--data-dir", demo_data)
        assert code == 0 and json.loads(out)["complete"] is True
    code, out, _err = _run(
        capsys, "report", "results", "--format", "json", "--out", "-", "--session", SID, "--data-dir", demo_data
    )
    assert code == 0
    doc: dict[str, Any] = json.loads(out)
    assert doc["session_id"] == SID and [u["id"] for u in doc["units"]] == ["CCP1", "CCP2", "CCP3"]
    for c in doc["candidates"]:
        assert c["deliberation_closed"] is True
        acquired = {j["id"] for j in c["competences"] if j["judgement"] == "acquired"}
        for j in c["competences"]:  # nothing acquired without a juror's judgement
            assert j["id"] not in acquired or j["juror_judgements"] > 0
        for u in c["units"]:  # a CCP granted only on each of its competences acquired
            if u["status"] == "granted":
                own = [j for j in c["competences"] if j["unit"] == u["id"]]
                assert own and all(j["judgement"] == "acquired" for j in own)
            if u["status"] == "refused":
                assert u["reason"]
        if c["certification"]["status"] == "granted":
            assert all(u["status"] in ("granted", "held") for u in c["units"])
    c05 = next(c for c in doc["candidates"] if c["id"] == "C05")
    assert c05["path"] == "vae" and c05["presence"] == "present"
    assert [u["status"] for u in c05["units"]] == ["granted", "granted", "refused"]
    assert c05["certification"]["status"] == "refused" and c05["certification"]["reason"]


def test_report_results_json_to_a_file_and_xlsx_not_to_stdout(
    capsys: pytest.CaptureFixture[str], demo_data: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "resultats.json"
    code, out, _err = _run(
        capsys, "report", "results", "--format", "json", "--out", out_file, "--session", SID, "--data-dir", demo_data
    )
    assert code == 0 and "(JSON)" in out
    assert json.loads(out_file.read_text(encoding="utf-8"))["format"] == "jury-app-results"
    code, _out, err = _run(
        capsys, "report", "results", "--format", "xlsx", "--out", "-", "--session", SID, "--data-dir", demo_data
    )
    assert code == 2 and "sortie standard" in err


def test_results_conflicts_and_resolve_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_data: Path
) -> None:
    code, out, _err = _run(capsys, "results", "conflicts", "--session", SID, "--data-dir", demo_data)
    assert code == 0 and out.startswith("Conflits : 0 à résoudre, 0 résolu(s)")
    code, out, _err = _run(
        capsys, "results", "conflicts", "--format", "csv", "--out", "-", "--session", SID, "--data-dir", demo_data
    )
    assert code == 0 and out.lstrip("\ufeff").startswith("conflict;status;candidate;")
    code, _out, err = _run(
        capsys, "results", "resolve", "7", "--choice", "1", "--reason", "x", "--session", SID, "--data-dir", demo_data
    )
    assert code == 2 and "conflit inconnu dans la session" in err
