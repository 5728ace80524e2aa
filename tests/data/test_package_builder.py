"""The package builder: names, sizes and hashes are the app's; a document that is not a PDF or is
over the cap, or a draft the validator refuses, leaves nothing written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from jury_app.data.package.builder import MAX_DOCUMENT_BYTES, write_package
from jury_app.data.package.validate import validate_package
from jury_app.data.referentiels import find_builtin
from jury_app.domain.problems import InvalidInput
from jury_app.domain.session_draft import CandidateDraft, CardDraft, DocumentDraft, JurorDraft, SessionDraft

REF = find_builtin("TP-00403", "08")
assert REF is not None


def _draft(tmp_path: Path, session_lists: ModuleType) -> SessionDraft:
    pdf = tmp_path / "Dossier pro d'Élodie.pdf"
    pdf.write_bytes(session_lists.pdf_bytes("Dossier professionnel d'Élodie D'Almeida"))
    return SessionDraft(
        referentiel=REF,
        definition_id="ccp2",
        session_id="CCP2-2026-03",
        title="Session CCP2, mars 2026",
        centre_name="Centre d'Évry",
        dates=(dt.date(2026, 3, 9),),
        rooms=("Salle 1",),
        jurors=(JurorDraft("J1", "Roussel", "Martine", "Mme", "president"), JurorDraft("J2", "Durand", "Paul")),
        candidates=(CandidateDraft("C1", "D'Almeida", "Élodie", "formation", birth_date=dt.date(1979, 7, 3)),),
        cards=(CardDraft("S1", "Titre", "Mission locale", "Texte"),),
        documents=(DocumentDraft("C1", "dossier_projet", pdf),),
    )


def test_a_draft_makes_a_package_the_validator_accepts(tmp_path: Path, session_lists: ModuleType) -> None:
    draft = _draft(tmp_path, session_lists)
    out = write_package(draft, tmp_path / "p.zip")
    assert out.path == tmp_path / "p.zip" and out.session_definition.id == "ccp2"
    pkg = validate_package(tmp_path / "p.zip")
    (a,) = pkg.manifest.attachments
    data = draft.documents[0].source.read_bytes()
    assert (a.member, a.size, a.sha256) == ("attachments/C1-projet.pdf", len(data), hashlib.sha256(data).hexdigest())
    assert a.title == "Dossier projet — Élodie D'Almeida"
    assert (pkg.manifest.session.kind, pkg.manifest.session.unit_id) == ("ccp", "CCP2")
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        assert z.read(a.member) == data
        assert json.loads(z.read("manifest.json"))["candidates"][0]["units_sought"] == ["CCP2"]


def test_a_file_named_pdf_that_is_not_one_and_one_over_the_cap(tmp_path: Path, session_lists: ModuleType) -> None:
    draft = _draft(tmp_path, session_lists)
    fake = tmp_path / "faux.pdf"
    fake.write_bytes(b"<html>pas un PDF</html>")
    huge = tmp_path / "enorme.pdf"
    with huge.open("wb") as fh:  # sparse: the cap is checked from the metadata, before reading
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_DOCUMENT_BYTES + 1)
    bad = replace(
        draft, documents=(*draft.documents, DocumentDraft("C1", "autre", fake), DocumentDraft("C1", "autre", huge))
    )
    with pytest.raises(InvalidInput) as exc:
        write_package(bad, tmp_path / "p.zip")
    assert [str(p) for p in exc.value.problems] == [
        "faux.pdf : ce fichier n'est pas un PDF (son contenu n'en est pas un)",
        "enorme.pdf : fichier trop volumineux (64 Mo) : un document PDF fait au plus 64 Mo",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dossier pro d'Élodie.pdf", "enorme.pdf", "faux.pdf"]


def test_what_the_validator_refuses_is_never_written(tmp_path: Path, session_lists: ModuleType) -> None:
    draft = _draft(tmp_path, session_lists)
    early = replace(draft, candidates=(replace(draft.candidates[0], birth_date=dt.date(2026, 4, 1)),))
    with pytest.raises(InvalidInput) as exc:
        write_package(early, tmp_path / "p.zip")
    assert [p.message for p in exc.value.problems] == [
        "date de naissance du candidat C1 (2026-04-01) postérieure à la session"
    ]
    nameless = replace(draft, candidates=(replace(draft.candidates[0], last_name=""),))
    with pytest.raises(InvalidInput) as exc:
        write_package(nameless, tmp_path / "p.zip")
    assert [p.message for p in exc.value.problems] == ["candidat 1, nom : texte trop court (au moins 1 caractère(s))"]
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".zip", ".tmp")]
