"""`jury-app package template|new|schedule`: a session lead's lists and PDFs to a planned package,
validated and imported, with every problem told (file, line, column) and nothing written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from jury_app import cli

DATES = "2026-03-09,2026-03-10"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("JURY_APP_HOME", str(folder))
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    code = cli.run([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err.splitlines()


def _new(lists: dict[str, Path], out: Path, *extra: str | Path) -> list[str | Path]:
    return [
        "package", "new", "--referentiel", "TP-00403", "--kind", "title", "--name", "Session CIP mars 2026",
        "--place", "AFPA Lyon", "--dates", DATES, "--jurors", lists["jurors"], "--candidates", lists["candidates"],
        "--cards", lists["cards"], "--rooms", "2", "--duration", "et/presentation=10", "--out", out, *extra,
    ]  # fmt: skip


@pytest.mark.parametrize("xlsx", [False, True], ids=["csv", "xlsx"])
def test_new_plans_validates_and_imports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType, xlsx: bool
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes", xlsx=xlsx)
    docs = session_lists.write_documents(tmp_path / "pdf")
    out = tmp_path / "paquet.zip"
    code, text, err = _run(capsys, *_new(lists, out, "--documents", docs, "--approval-number", "AG-69-0042"))
    assert code == 0, err
    assert text.startswith(f"Paquet écrit : {out} — session Session-CIP-mars-2026-2026-03-09 (TP-00403@08")
    assert "12 candidats, 4 jurés, 6 fiches scénario, 6 pièces jointes, 48 passages planifiés." in text
    assert sorted(line for line in err if line.startswith("non associé")) == [
        f"non associé : {docs / 'inconnu.pdf'} (ne nomme aucun candidat (numéro ou nom))",
        f"non associé : {docs / 'notes.txt'} (pas un PDF : ignoré)",
    ]
    to_complete = [line for line in err if line.startswith("à compléter")]  # told, the package is written
    assert len(to_complete) == 11 and "à compléter : Moussa N'Diaye — manque dossier projet" in to_complete
    assert not any("Anaïs Lefèvre" in line for line in to_complete)
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        members = sorted(z.namelist())
        assert all(n.isascii() for n in members)
        assert z.read("attachments/2026-001-dp.pdf").startswith(b"%PDF-")
    kinds = {(a["candidate_id"], a["kind"]) for a in manifest["attachments"]}
    assert kinds == {
        ("2026-001", "dossier_professionnel"),
        ("2026-001", "dossier_projet"),
        ("2026-001", "resultats_ecf"),
        ("2026-002", "dossier_professionnel"),
        ("2026-005", "livret_certification"),
        ("2026-012", "preuve_stage"),
    }
    assert manifest["session"]["approval_number"] == "AG-69-0042"
    assert manifest["session"]["durations"] == {"et/presentation": 10}
    anais = manifest["candidates"][0]
    assert (anais["last_name"], anais["birth_date"], anais["units_sought"]) == (
        "Lefèvre",
        "1988-02-14",
        ["CCP1", "CCP2", "CCP3"],
    )

    assert _run(capsys, "package", "validate", out)[0] == 0
    code, text, _ = _run(capsys, "package", "schedule", out)
    assert code == 0
    assert "Lundi 09/03/2026" in text and "Mardi 10/03/2026" in text
    assert "  Salle 1 — jury : Martine Roussel, Paul Durand" in text
    code, text, _ = _run(capsys, "package", "schedule", out, "--json")
    plan = json.loads(text)
    assert code == 0 and plan["problems"] == [] and len(plan["passages"]) == 48
    assert plan["jury_minutes"] == 12 * 140
    code, text, _ = _run(capsys, "--data-dir", tmp_path / "data", "package", "import", out)
    assert (code, text) == (
        0,
        "Session Session-CIP-mars-2026-2026-03-09 importée : 12 candidats, 4 jurés, 6 pièces jointes.\n",
    )


def test_bad_lists_list_every_problem_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    rows = [list(r) for r in session_lists.CANDIDATES]
    rows[6][4] = "2090-01-01"
    rows[7][0] = "2026-001"
    lists = session_lists.write_lists(tmp_path / "listes", candidates=rows)
    session_lists.write_csv(lists["jurors"], ["Nom", "Prénom", "Rôle"], [["Roussel", "Martine", "chef"]])
    docs = tmp_path / "pdf"
    docs.mkdir()
    (docs / "2026-003 dossier professionnel.pdf").write_bytes(b"PK\x03\x04 not a pdf")
    out = tmp_path / "paquet.zip"
    code, text, err = _run(capsys, *_new(lists, out, "--documents", docs))
    assert code == 2 and text == ""
    assert err == [
        "erreur : jures.csv : Rôle, ligne 2 : « chef » : président(e) ou membre attendu",
        "erreur : candidats.csv : Date de naissance, ligne 8 : 01/01/2090 est dans le futur",
        "erreur : candidats.csv : Numéro de candidat, ligne 9 : « 2026-001 » déjà donné ligne 2 (numéro en double)",
    ]
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["listes", "pdf"]

    lists = session_lists.write_lists(tmp_path / "listes")
    code, _, err = _run(capsys, *_new(lists, out, "--documents", docs))
    assert code == 2
    assert err == [
        "erreur : 2026-003 dossier professionnel.pdf : ce fichier n'est pas un PDF (son contenu n'en est pas un)"
    ]
    assert not out.exists()


def test_a_jury_load_the_days_cannot_hold_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    session_lists.write_csv(lists["jurors"], session_lists.JUROR_HEADER, session_lists.JURORS[:2])
    out = tmp_path / "paquet.zip"
    code, _, err = _run(capsys, *_new(lists, out))
    assert code == 2 and not out.exists()
    (line,) = err
    assert line.startswith(
        "erreur : planning : Les journées ne suffisent pas : 12 candidat(s) demandent 28 h de présence du jury ; 2 journée(s) avec 1 jury(s) en offrent 17 h"
    )


def test_durations_left_to_the_session_are_asked_never_guessed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    argv = [a for a in _new(lists, tmp_path / "p.zip") if a not in ("--duration", "et/presentation=10")]
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert err[0] == (
        "erreur : --duration : durée de « Entretien technique », phase « Présentation de l'analyse de pratique » "
        "à définir par la session : --duration et/presentation=MINUTES"
    )
    code, _, err = _run(capsys, *argv, "--duration", "et/synthese=25")
    assert code == 2 and any("est fixée par le référentiel (20 min)" in line for line in err)


def test_a_mock_session_from_a_cohort_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    session_lists.write_csv(lists["jurors"], ["Nom", "Prénom"], [["Formatrice", "Agnès"], ["Formateur", "Marc"]])
    out = tmp_path / "blanc.zip"
    argv = [a if a != "title" else "mock" for a in _new(lists, out)]
    code, text, err = _run(capsys, *argv, "--mock-of", "ccp1")
    assert code == 0, err
    assert "(TP-00403@08, Session du CCP Accueillir pour analyser la demande" in text
    assert (
        ", EXAMEN BLANC) : 12 candidats, 2 jurés, 6 fiches scénario, 0 pièces jointes, 36 passages planifiés." in text
    )
    with zipfile.ZipFile(out) as z:
        session = json.loads(z.read("manifest.json"))["session"]
    assert (session["kind"], session["definition_id"], session["unit_id"]) == ("mock", "ccp1", "CCP1")


def test_template(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, text, _ = _run(capsys, "package", "template", "--out", tmp_path / "modele.xlsx")
    assert code == 0 and text.startswith("Modèle de listes écrit")
    assert (tmp_path / "modele.xlsx").read_bytes().startswith(b"PK")
    code, _, err = _run(capsys, "package", "template", "--out", tmp_path / "absent" / "m.xlsx")
    assert code == 2 and err


def test_unknown_kind_and_referentiel(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    argv = [a if a != "title" else "ccp7" for a in _new(lists, tmp_path / "p.zip")]
    code, _, err = _run(capsys, *argv)
    assert (code, err) == (
        2,
        [
            "erreur : --kind : type de session inconnu pour TP-00403@08 : « ccp7 » (types : mock, title, ccp1, ccp2, ccp3, capitalisation)"
        ],
    )


def test_an_rncp_certification_with_its_jury_profiles_and_durations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    jurors = session_lists.write_csv(
        tmp_path / "jury.csv",
        ["Nom", "Prénom", "Rôle", "Profil"],
        [
            ["Roussel", "Martine", "présidente", "directeur-expert-insertion"],
            ["Durand", "Paul", "membre", "Chargé d’insertion professionnelle salarié et/ou formateur"],
        ],
    )
    argv = [
        "package", "new", "--referentiel", "RNCP35667", "--kind", "title", "--name", "Session CIP MFR",
        "--place", "MFR Moirans", "--dates", DATES, "--jurors", jurors, "--candidates", lists["candidates"],
    ]  # fmt: skip
    code, _, err = _run(capsys, *argv, "--out", tmp_path / "r.zip")
    assert code == 2 and [line.split(" : --duration ")[-1] for line in err] == [
        "bc01-oral-jury=MINUTES",
        "bc02-etude-de-cas=MINUTES",
        "bc03-entretien-professionnel=MINUTES",
    ]
    durations = ["--duration", "bc01-oral-jury=30", "--duration", "bc02-etude-de-cas=45"]
    durations += ["--duration", "bc03-entretien-professionnel=30"]
    # RNCP35667's registration ended on 17/06/2023: the session is held only with a reason, printed on the PV.
    code, _, err = _run(capsys, *argv, *durations, "--out", tmp_path / "r.zip")
    assert code == 2 and "après l'échéance de l'enregistrement" in err[0] and "17/06/2023" in err[0]
    assert not (tmp_path / "r.zip").exists()
    durations += ["--registration-ended-reason", "Session de rattrapage autorisée par le certificateur"]
    code, text, err = _run(capsys, *argv, *durations, "--out", tmp_path / "r.zip")
    assert code == 0, err
    # The VAE candidates are judged on their livret 2 (documents): only the 8 in formation sit orals.
    assert "12 candidats, 2 jurés, 0 fiches scénario, 0 pièces jointes, 24 passages planifiés." in text
