"""`jury-app report grid|pv|feedback|blank|results`, run in-process through `jury_app.cli.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jury_app.cli import run


@pytest.fixture(autouse=True)
def no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JURY_APP_HOME", str(tmp_path / "home"))


@pytest.mark.parametrize(
    ("args", "name", "says"),
    [
        (["grid", "--candidate", "C01"], "grille.pdf", "Grilles d'évaluation de Camille Lefèvre écrites"),
        (["pv"], "pv.pdf", "Procès-verbal de délibération de la session DEMO-CIP-2026-11 écrit"),
        (["blank", "--candidate", "C03"], "papier.pdf", "Grilles papier de secours de Inès Haddad écrites"),
        (["results", "--format", "csv"], "resultats.csv", "Résultats de la session DEMO-CIP-2026-11 écrits (CSV)"),
        (["results", "--format", "xlsx"], "resultats.xlsx", "(XLSX)"),
    ],
)
def test_report_commands_write_their_file(
    title_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], name: str, says: str
) -> None:
    out = tmp_path / name
    # --session left out: the data folder holds a single session.
    code = run(["--data-dir", str(title_data), "report", args[0], *args[1:], "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.is_file() and out.stat().st_size > 0
    assert says in captured.out and str(out) in captured.out
    assert len(captured.out.strip().splitlines()) == 1
    magic = {".pdf": b"%PDF-", ".csv": b"\xef\xbb\xbf", ".xlsx": b"PK"}[out.suffix]
    assert out.read_bytes().startswith(magic)


def test_report_with_explicit_session(title_data: Path, tmp_path: Path, story: Any) -> None:
    out = tmp_path / "pv.pdf"
    assert run(["--data-dir", str(title_data), "report", "pv", "--session", story.DEMO_SESSION, "--out", str(out)]) == 0
    assert out.is_file()


def test_feedback_command(
    mock_data: Path, title_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "retour.pdf"
    assert run(["--data-dir", str(mock_data), "report", "feedback", "--candidate", "C01", "--out", str(out)]) == 0
    assert "Retour d'examen blanc de Camille Lefèvre écrit" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF-")
    # Refused for a certifying session: exit 2, nothing written.
    refused = tmp_path / "refus.pdf"
    assert run(["--data-dir", str(title_data), "report", "feedback", "--candidate", "C01", "--out", str(refused)]) == 2
    assert "examens blancs" in capsys.readouterr().err
    assert not refused.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["grid", "--candidate", "C99"], "candidat inconnu : « C99 »"),
        (["blank", "--candidate", "C99"], "candidat inconnu : « C99 »"),
        (["grid", "--session", "NOPE", "--candidate", "C01"], "session inconnue : « NOPE »"),
        (["pv", "--session", "NOPE"], "session inconnue : « NOPE »"),
        (["results", "--session", "NOPE", "--format", "csv"], "session inconnue : « NOPE »"),
    ],
)
def test_bad_input_exits_2(
    title_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.out"
    assert run(["--data-dir", str(title_data), "report", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("erreur : ") and message in err
    assert not out.exists()


def test_missing_folder_and_usage_errors(title_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nulle-part" / "pv.pdf"
    assert run(["--data-dir", str(title_data), "report", "pv", "--out", str(missing)]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert (
        run(["--data-dir", str(title_data), "report", "grid", "--out", str(tmp_path / "g.pdf")]) == 2
    )  # no --candidate
    assert run(["--data-dir", str(title_data), "report", "results", "--format", "ods", "--out", "r"]) == 2
    empty = tmp_path / "vide"
    assert run(["--data-dir", str(empty), "report", "pv", "--out", str(tmp_path / "pv.pdf")]) == 2
    assert "aucune session" in capsys.readouterr().err


def test_feedback_for_every_learner_in_one_go(
    mock_data: Path, title_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    from jury_app.actions.context import AppContext
    from jury_app.actions.sessions import session_document
    from jury_app.paths import AppPaths

    ctx = AppContext(AppPaths(mock_data))
    learners = len(session_document(ctx, "BLANC-CIP-2026-12").candidates)
    ctx.close()
    out = tmp_path / "retours"
    assert run(["--data-dir", str(mock_data), "report", "feedback", "--all", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Retours d'examen blanc de la session BLANC-CIP-2026-12 : {learners} fichiers écrits dans {out}"
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == learners >= 5 and "retour-Camille-Lefevre-C01.pdf" in files
    text = "".join(page.extract_text() for page in PdfReader(out / "retour-Camille-Lefevre-C01.pdf").pages)
    assert "Camille Lefèvre" in text and "EXAMEN BLANC" in text
    # A certifying session has no feedback: refused, no folder made.
    refused = tmp_path / "refus"
    assert run(["--data-dir", str(title_data), "report", "feedback", "--all", "--out", str(refused)]) == 2
    assert "examens blancs" in capsys.readouterr().err and not refused.exists()
    assert run(["--data-dir", str(mock_data), "report", "feedback", "--out", str(refused)]) == 2
