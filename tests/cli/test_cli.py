"""The `jury-app` command, run in-process through `jury_app.cli.run`, and once as `python -m jury_app`.

Exit codes: 0 success, 2 bad input (one `erreur : ...` line per problem on stderr), 1 internal error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jury_app import cli
from tests.helpers import package_builder as pb

SID = pb.SESSION_ID


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """JURY_APP_HOME always points into tmp_path: no test ever touches the user's data folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("JURY_APP_HOME", str(folder))
    monkeypatch.delenv("JURY_APP_DEBUG", raising=False)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return pb.write_package(tmp_path / "in" / "paquet.zip")


class Run:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.out = self.err = ""

    def __call__(self, *argv: str | Path) -> int:
        self.capsys.readouterr()
        code = cli.run([str(a) for a in argv])
        captured = self.capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        assert "Traceback" not in self.err
        if code == 2:
            assert self.err.strip(), "exit 2 without a message"
        return code

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error_lines(self) -> list[str]:
        lines = self.err.splitlines()
        assert all(line.startswith("erreur : ") for line in lines), lines
        return [line.removeprefix("erreur : ") for line in lines]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


# --- basics ---------------------------------------------------------------------------------
def test_help_lists_the_commands(run: Run) -> None:
    assert run("--help") == 0
    assert "referentiel" in run.out and "package" in run.out and "sessions" in run.out


@pytest.mark.gui  # starts the application in-process, without qtbot
def test_no_command_starts_the_gui_and_screenshot_exits(run: Run, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    assert run("--screenshot", str(shot)) == 0
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_version(run: Run) -> None:
    assert run("--version") == 0
    assert run.out.startswith("jury-app ")


@pytest.mark.parametrize("argv", [["nope"], ["package"], ["package", "validate"], ["sessions", "show", "a", "b"]])
def test_misuse_is_exit_2(run: Run, argv: list[str]) -> None:
    assert run(*argv) == 2


def test_internal_error_is_exit_1_without_traceback(run: Run, monkeypatch: pytest.MonkeyPatch, package: Path) -> None:
    import jury_app.actions.packages as packages

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(packages, "validate", boom)
    assert run("package", "validate", package) == 1
    (line,) = run.err.splitlines()
    assert line.startswith("erreur") and "RuntimeError" in line and "boom" in line


# --- référentiels ---------------------------------------------------------------------------
def test_referentiel_list(run: Run) -> None:
    assert run("referentiel", "list") == 0
    assert "TP-00403@08" in run.out
    assert "Conseiller en insertion professionnelle (3 CCP, 15 compétences, 73 critères)" in run.out
    assert run("referentiel", "list", "--json") == 0
    by_key = {r["key"]: r for r in run.json()}
    assert by_key["TP-00403@08"]["competences"] == 15
    assert by_key["TP-00403@08"]["criteria"] == 73
    assert by_key["TP-00403@08"]["kind"] == "titre_professionnel"


def test_referentiel_show_json(run: Run) -> None:
    assert run("referentiel", "show", "TP-00403", "--json") == 0
    doc = run.json()
    assert (doc["code"], doc["version"]) == ("TP-00403", "08")
    assert len(doc["competences"]) == 15
    texts = [crit["text"] for comp in doc["competences"] for crit in comp["criteria"]]
    assert len(texts) == 73
    assert all(t.strip() for t in texts)
    titre = next(s for s in doc["sessions"] if s["id"] == "titre")
    assert [(m["id"], m["duration_min"]) for m in titre["modalities"]] == [
        ("msp", 45),
        ("et", 40),
        ("qp", 60),
        ("ef", 30),
    ]
    phases = {m["id"]: [(p["id"], p["duration_min"]) for p in m["phases"]] for m in titre["modalities"]}
    assert phases == {
        "msp": [("preparation", 15), ("entretien", 30)],
        "et": [("synthese", 20), ("presentation", None), ("questions", None)],
        "qp": [("presentation", 20), ("questions", 40)],
        "ef": [("entretien", 30)],
    }
    assert [p["id"] for p in doc["paths"]] == ["formation", "vae", "capitalisation"]


def test_referentiel_show_text_and_by_key(run: Run) -> None:
    assert run("referentiel", "show", "TP-00403@08") == 0
    assert run.out.startswith("Conseiller en insertion professionnelle — TP-00403, version 08")
    assert "CCP1 " in run.out and "CCP3 " in run.out
    assert "Session « " in run.out
    assert "45 min" in run.out and "1 h 00" in run.out


@pytest.mark.parametrize("code", ["NOPE", "TP-00403@99"])
def test_referentiel_show_unknown(run: Run, code: str) -> None:
    assert run("referentiel", "show", code) == 2
    (line,) = run.error_lines
    assert "référentiel inconnu (connus : " in line
    assert "TP-00403@08" in line


def test_referentiel_show_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "refs" / "mon-referentiel.json"
    path.parent.mkdir()
    path.write_text(json.dumps(pb.tp_cip_referentiel("TEST-1"), ensure_ascii=False), encoding="utf-8")
    assert run("referentiel", "show", path, "--json") == 0
    doc = run.json()
    assert (doc["code"], doc["version"]) == ("TEST-1", "08")
    assert len(doc["competences"]) == 15
    assert run("referentiel", "show", path) == 0
    assert "TEST-1, version 08" in run.out


def test_referentiel_show_bad_file(run: Run, tmp_path: Path) -> None:
    raw = pb.tp_cip_referentiel("TEST-1")
    raw["units"][0]["number"] = 0
    raw["extra"] = True
    path = tmp_path / "mauvais.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert run("referentiel", "show", path) == 2
    lines = run.error_lines
    assert len(lines) == 2
    assert all(line.startswith("mauvais.json /") for line in lines)
    path.write_bytes(b"\xef\xbb\xbf{}")
    assert run("referentiel", "show", path) == 2
    assert run.error_lines[0].startswith("mauvais.json : ")


# --- packages -------------------------------------------------------------------------------
def test_package_validate_ok(run: Run, package: Path, tmp_path: Path) -> None:
    assert run("package", "validate", package) == 0
    assert run.out == (
        f"Paquet valide : session {SID} (TP-00403@08), 3 candidats, 2 jurés, 2 fiches scénario, 2 pièces jointes.\n"
    )
    assert run.err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # validation writes nothing


def test_package_validate_bad_lists_every_problem(run: Run, tmp_path: Path) -> None:
    def two_problems(m: dict[str, Any]) -> None:
        m["candidates"][1]["path"] = "apprentissage"
        m["schedule"][0]["extra"] = 1

    pkg = pb.write_package(tmp_path / "bad.zip", mutate=two_problems)
    assert run("package", "validate", pkg) == 2
    lines = run.error_lines
    assert len(lines) == 2
    assert (
        "manifest.json /candidates/1/path : candidat 2, parcours : valeur non autorisée "
        "(attendu : « formation », « vae » ou « capitalisation »)"
    ) in lines
    assert (
        "manifest.json /schedule/0/extra : passage planifié 1 : champ inconnu « extra » (non prévu par le format)"
    ) in lines
    assert run.out == ""


def test_package_validate_hostile_zip(run: Run, tmp_path: Path) -> None:
    pkg = pb.write_package(tmp_path / "hostile.zip", extra={"../../evil": b"x", "attachments/z.pdf": b"z"})
    assert run("package", "validate", pkg) == 2
    assert run.error_lines == ["../../evil : composant « .. » ou « . » interdit"]


@pytest.mark.parametrize("content", [None, b"", b"not a zip"], ids=["missing", "empty", "text"])
def test_package_validate_not_a_package(run: Run, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "x.zip"
    if content is not None:
        path.write_bytes(content)
    assert run("package", "validate", path) == 2
    (line,) = run.error_lines
    assert line.startswith("x.zip : ")


def test_package_import_then_sessions(run: Run, package: Path, data_dir: Path, home: Path) -> None:
    assert run("--data-dir", data_dir, "package", "import", package) == 0
    assert run.out == f"Session {SID} importée : 3 candidats, 2 jurés, 2 pièces jointes.\n"
    assert (data_dir / "jury_app.sqlite3").is_file()
    assert not home.exists()  # --data-dir beats JURY_APP_HOME

    assert run("--data-dir", data_dir, "package", "import", package) == 0
    assert run.out == f"Session {SID} déjà importée, inchangée : 3 candidats, 2 jurés, 2 pièces jointes.\n"

    assert run("--data-dir", data_dir, "sessions", "list") == 0
    assert run.out.startswith(f"{SID} ")
    assert "TP-00403@08, 10/03/2025 et 11/03/2025, Centre AFPA Lyon (3 candidats, 2 jurés)" in run.out

    assert run("--data-dir", data_dir, "sessions", "list", "--json") == 0
    (summary,) = run.json()
    assert summary == {
        "id": SID,
        "title": "Session du titre CIP, mars 2025",
        "kind": "title",
        "certification": "TP-00403@08",
        "dates": ["2025-03-10", "2025-03-11"],
        "centre": "Centre AFPA Lyon",
        "candidates": 3,
        "jurors": 2,
    }

    for argv in (["sessions", "show"], ["sessions", "show", SID]):
        assert run("--data-dir", data_dir, *argv) == 0
        assert run.out.startswith(f"Session du titre CIP, mars 2025 ({SID})\n")
        assert "J1     Claire Martin (présidence) — CIP" in run.out
        assert "C2     Bao Nguyen — VAE, vise CCP1, CCP2, CCP3, tiers temps +33 %" in run.out
        assert "Planning : 4 passages ; fiches scénario : 2 ; pièces jointes : 2" in run.out


def test_sessions_show_json(run: Run, package: Path, data_dir: Path) -> None:
    assert run("--data-dir", data_dir, "package", "import", package) == 0
    assert run("--data-dir", data_dir, "sessions", "show", "--json") == 0
    doc = run.json()
    assert doc["id"] == SID
    assert [(j["id"], j["name"], j["role"]) for j in doc["jury"]] == [
        ("J1", "Claire Martin", "president"),
        ("J2", "Paul Durand", "member"),
    ]
    assert [(c["id"], c["name"], c["path"]) for c in doc["candidates"]] == [
        ("C1", "Anaïs Lefèvre", "formation"),
        ("C2", "Bao Nguyen", "vae"),
        ("C3", "Jeanne Ollivier", "vae"),
    ]
    assert len(doc["attachments"]) == 2 and len(doc["schedule"]) == 4


def test_jury_app_home_is_used_without_data_dir(run: Run, package: Path, home: Path) -> None:
    assert run("package", "import", package) == 0
    assert (home / "jury_app.sqlite3").is_file()
    assert run("sessions", "list") == 0
    assert run.out.startswith(SID)


def test_sessions_show_with_two_sessions_needs_an_id(run: Run, tmp_path: Path, data_dir: Path) -> None:
    for sid in ("SESSION-B", "SESSION-A"):
        pkg = pb.write_package(tmp_path / "in" / f"{sid}.zip", pb.valid_manifest(sid))
        assert run("--data-dir", data_dir, "package", "import", pkg) == 0
    assert run("--data-dir", data_dir, "sessions", "show") == 2
    assert run.error_lines == ["--session : plusieurs sessions ; précisez laquelle : SESSION-A, SESSION-B"]
    assert run("--data-dir", data_dir, "sessions", "show", "SESSION-B", "--json") == 0
    assert run.json()["id"] == "SESSION-B"
    assert run("--data-dir", data_dir, "sessions", "show", "SESSION-C") == 2
    assert run.error_lines == ["--session : session inconnue : « SESSION-C » (sessions : SESSION-A, SESSION-B)"]


def test_sessions_in_an_empty_data_folder(run: Run, data_dir: Path) -> None:
    assert run("--data-dir", data_dir, "sessions", "list") == 0
    assert run.out == f"Aucune session dans {data_dir}.\n"
    assert run("--data-dir", data_dir, "sessions", "list", "--json") == 0
    assert run.json() == []
    assert run("--data-dir", data_dir, "sessions", "show") == 2
    (line,) = run.error_lines
    assert line.startswith("--session : aucune session dans ")
    assert not (data_dir / "jury_app.sqlite3").exists()


def test_import_bad_package_is_exit_2_and_writes_nothing(run: Run, tmp_path: Path, data_dir: Path) -> None:
    pkg = pb.write_package(tmp_path / "in" / "bad.zip", mutate=lambda m: m["jury"].pop())
    assert run("--data-dir", data_dir, "package", "import", pkg) == 2
    assert run.error_lines == ["manifest.json /jury : le jury compte 1 membre(s), le référentiel en exige au moins 2"]
    assert not data_dir.exists()


def test_import_other_package_for_same_session_needs_update(run: Run, tmp_path: Path, data_dir: Path) -> None:
    first = pb.write_package(tmp_path / "in" / "v1.zip")

    def v2(m: dict[str, Any]) -> None:
        m["candidates"].pop(1)
        m["schedule"] = [s for s in m["schedule"] if s["candidate_id"] != "C2"]
        m["attachments"][1]["candidate_id"] = None
        m["candidates"].append({"id": "C4", "last_name": "Petit", "first_name": "Louis", "path": "vae"})

    second = pb.write_package(tmp_path / "in" / "v2.zip", mutate=v2)
    assert run("--data-dir", data_dir, "package", "import", first) == 0
    assert run("--data-dir", data_dir, "package", "import", second) == 2
    (line,) = run.error_lines
    assert line.startswith(f"manifest.json /session/id : la session « {SID} » existe déjà")
    assert "--update" in line
    assert run("--data-dir", data_dir, "package", "import", second, "--update") == 0
    assert run.out.splitlines() == [
        f"Session {SID} mise à jour : 3 candidats, 2 jurés, 2 pièces jointes.",
        "  candidat ajouté : C4",
        "  candidat retiré : C2",
        "  pièce jointe modifié : A2",  # its candidate_id, C2, is gone
    ]
    assert run("--data-dir", data_dir, "sessions", "show", "--json") == 0
    assert [c["id"] for c in run.json()["candidates"]] == ["C1", "C3", "C4"]


# --- the module entry point -------------------------------------------------------------------
def test_python_dash_m_entry_point(tmp_path: Path, home: Path) -> None:
    pkg = pb.write_package(
        tmp_path / "in" / "bad.zip",
        mutate=lambda m: m["session"].update(certification={"code": "NOPE", "version": "1"}),
        extra={"/etc/passwd": b"x"},
    )
    proc = subprocess.run(
        [sys.executable, "-m", "jury_app", "package", "validate", str(pkg)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == "erreur : /etc/passwd : chemin absolu interdit\n"
    assert not home.exists()
