"""A result file altered anywhere, from another session or package, or signed with a key that is not
the juror's: refused with a French message naming the file and the field, and the lead's database
left byte for byte as it was."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jury_app.actions import grids, jurors, results_export, results_import, results_plan
from jury_app.actions.context import AppContext
from jury_app.data.results_file import read_result_file, sign_document
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.reports import keys

SID = "DEMO-CIP-2026-11"

Tamper = Callable[[bytes], bytes]


def _edit(change: Callable[[dict[str, Any]], None]) -> Tamper:
    def tamper(data: bytes) -> bytes:
        doc = json.loads(data)
        change(doc)
        return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")

    return tamper


def _grid(doc: dict[str, Any], cand: str = "C01") -> dict[str, Any]:
    return next(g for g in doc["content"]["grids"] if g["candidate"] == cand)


def _flip_signature(doc: dict[str, Any]) -> None:
    raw = bytearray(base64.b64decode(doc["signature"]["value"]))
    raw[10] ^= 0x01  # inside r
    doc["signature"]["value"] = base64.b64encode(bytes(raw)).decode("ascii")


def _other_certificate(doc: dict[str, Any]) -> None:
    _key, cert = keys.create_juror_key("une phrase assez longue", "Martine Roussel", f"Jury {SID}")
    doc["certificate_pem"] = cert.decode("ascii")


SIGNATURE = "signature invalide"
# (what is changed, how, what the refusal says)
CASES: list[tuple[str, Tamper, str]] = [
    ("session id", _edit(lambda d: d["session"].update(id="AUTRE-SESSION")), SIGNATURE),
    ("package hash", _edit(lambda d: d["session"].update(package_sha256="0" * 64)), SIGNATURE),
    ("juror", _edit(lambda d: d["juror"].update(id="J2", name="Karim Benali")), SIGNATURE),
    ("exported_at", _edit(lambda d: d.update(exported_at="2026-12-07T23:59:00Z")), SIGNATURE),
    ("scope", _edit(lambda d: d["scope"]["candidates"].remove("C03")), SIGNATURE),
    ("a mark", _edit(lambda d: _grid(d)["marks"].update({"CP1.3": "satisfied"})), SIGNATURE),
    ("a mark removed", _edit(lambda d: _grid(d)["marks"].pop("CP1.2")), SIGNATURE),
    (
        "an observation",
        _edit(lambda d: _grid(d)["assessments"]["CP1"].update(observation="Excellent")),
        SIGNATURE,
    ),
    (
        "a judgement",
        _edit(lambda d: _grid(d, "C05")["assessments"][OVERALL].update(judgement="not_acquired")),
        SIGNATURE,
    ),
    ("a note", _edit(lambda d: _grid(d)["notes"][0].update(text="Autre chose")), SIGNATURE),
    ("a recusal", _edit(lambda d: d["content"]["declarations"][-2].update(has_link=False)), SIGNATURE),
    ("a grid removed", _edit(lambda d: d["content"]["grids"].pop()), SIGNATURE),
    ("the app version", _edit(lambda d: d.update(app_version="9.9.9")), SIGNATURE),
    ("the certificate (another one)", _edit(_other_certificate), SIGNATURE),
    (
        "the certificate (damaged)",
        _edit(lambda d: d.update(certificate_pem=d["certificate_pem"].replace("MII", "MIJ", 1))),
        "certificat illisible",
    ),
    ("the signature value", _edit(_flip_signature), SIGNATURE),
    ("the signature, not base64", _edit(lambda d: d["signature"].update(value="pas du base64 !")), "base64"),
    ("the signature algorithm", _edit(lambda d: d["signature"].update(algorithm="rsa-sha1")), "valeur non autorisée"),
    ("the signature removed", _edit(lambda d: d.pop("signature")), "champ obligatoire manquant"),
    ("an added field", _edit(lambda d: d.update(commentaire="ajouté")), "champ inconnu"),
    ("an added field in a grid", _edit(lambda d: _grid(d).update(bonus=1)), "champ inconnu"),
    (
        "a mark outside the scale",
        _edit(lambda d: _grid(d)["marks"].update({"CP1.3": "parfait"})),
        "valeur non autorisée",
    ),
    ("a local time", _edit(lambda d: d.update(exported_at="2026-12-07T18:00:00+01:00")), "UTC"),
    (
        "format_version true",
        _edit(lambda d: d.update(format_version=True)),
        "version de format non prise en charge : true",
    ),
    ("format_version 2", _edit(lambda d: d.update(format_version=2)), "version de format non prise en charge : 2"),
    ("another format", _edit(lambda d: d.update(format="jury-app-session-package")), "pas un fichier de résultats"),
    ("truncated JSON", lambda b: b[: len(b) // 2], "JSON invalide"),
    ("invalid UTF-8", lambda b: b.replace(b"Bonne posture", b"Bonne \xff posture", 1), "encodage invalide"),
    ("a byte order mark", lambda b: b"\xef\xbb\xbf" + b, "marque d'ordre d'octets"),
    ("a duplicate key", lambda b: b.replace(b"{", b'{"format": "jury-app-results",', 1), "clé en double"),
    ("empty", lambda b: b"", "JSON invalide"),
    ("an array", lambda b: b"[]", "objet JSON est attendu"),
]


@pytest.fixture
def lead_with_j1(lead: AppContext, laptops: Any, lead_clock: FakeClock) -> AppContext:
    """The lead after J1's first file: J1's key registered, J1's grids merged."""
    (outcome,) = results_import.import_results(lead, [laptops.j1_v1], accept_new_keys=True, clock=lead_clock)
    assert outcome.status == "imported"
    return lead


def _refused_without_trace(
    lead: AppContext, path: Path, kit: Any, lead_clock: FakeClock
) -> results_import.ImportOutcome:
    archive = lead.paths.root / "results" / SID
    archived = sorted(archive.iterdir()) if archive.exists() else []
    before = kit.db_digest(lead)
    lead_clock.advance(60)
    (outcome,) = results_import.import_results(lead, [path], accept_new_keys=True, clock=lead_clock)
    assert outcome.status == "refused", outcome
    assert outcome.problems
    assert all(p.member == str(path) for p in outcome.problems)
    assert kit.db_digest(lead) == before
    assert (sorted(archive.iterdir()) if archive.exists() else []) == archived
    return outcome


@pytest.mark.parametrize(("what", "tamper", "expected"), CASES, ids=[c[0] for c in CASES])
def test_tampering_is_refused_and_changes_nothing(
    what: str,
    tamper: Tamper,
    expected: str,
    tmp_path: Path,
    lead_with_j1: AppContext,
    laptops: Any,
    kit: Any,
    lead_clock: FakeClock,
) -> None:
    path = tmp_path / "altéré.json"
    path.write_bytes(tamper(laptops.j1_v2.read_bytes()))
    outcome = _refused_without_trace(lead_with_j1, path, kit, lead_clock)
    messages = " | ".join(str(p) for p in outcome.problems)
    assert expected in messages, messages
    assert "altéré.json" in messages
    with pytest.raises(InvalidInput):
        results_plan.inspect_result_file(lead_with_j1, path)


def test_the_signature_names_its_field(lead: AppContext, tmp_path: Path, laptops: Any) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(_edit(lambda d: d.update(exported_at="2026-12-07T23:59:00Z"))(laptops.j1_v1.read_bytes()))
    with pytest.raises(InvalidInput) as caught:
        read_result_file(path.read_bytes(), str(path))
    (problem,) = caught.value.problems
    assert problem.pointer == "/signature" and problem.member == str(path)
    assert str(problem).startswith(f"{path} /signature : signature invalide")


def test_a_missing_file_is_refused(lead: AppContext, tmp_path: Path, lead_clock: FakeClock) -> None:
    (outcome,) = results_import.import_results(lead, [tmp_path / "absent.json"], accept_new_keys=True, clock=lead_clock)
    assert outcome.status == "refused" and "fichier introuvable" in outcome.problems[0].message


def _laptop_export(
    folder: Path, package: Path, kit: Any, lead_clock: FakeClock, *, juror: str, passphrase: str, session: str = SID
) -> Path:
    """A laptop with `package`, on which `juror` judges C05 and exports."""
    ctx = kit.new_laptop(folder, package)
    try:
        jurors.declare(ctx, session, "C05", juror, has_link=False)
        key = grids.GridKey(session, "C05", "ef", juror)
        grids.set_judgement(ctx, key, OVERALL, Judgement.NOT_ACQUIRED, lead_clock)
        lead_clock.advance(7200)
        if session != SID:
            jurors.set_pin(ctx, session, juror, kit.PINS[juror], lead_passphrase="phrase du responsable")
        return results_export.export_results(
            ctx, session, juror, passphrase, folder / "out.json", clock=lead_clock, pin=kit.PINS[juror]
        ).path
    finally:
        ctx.close()


def test_a_file_from_another_session(
    tmp_path: Path, lead: AppContext, repackage: Any, kit: Any, lead_clock: FakeClock
) -> None:
    package = repackage(tmp_path / "other.zip", lambda m: m["session"].update(id="AUTRE-CIP-2026-12"))
    path = _laptop_export(
        tmp_path / "other",
        package,
        kit,
        lead_clock,
        juror="J1",
        passphrase="phrase secrète",
        session="AUTRE-CIP-2026-12",
    )
    outcome = _refused_without_trace(lead, path, kit, lead_clock)
    (problem,) = outcome.problems
    assert problem.pointer == "/session/id"
    assert problem.message.startswith("fichier d'une autre session")


def test_a_file_from_another_package_of_the_same_session(
    tmp_path: Path, lead: AppContext, repackage: Any, kit: Any, lead_clock: FakeClock
) -> None:
    package = repackage(tmp_path / "other.zip", lambda m: m["session"].update(title="Session titre CIP — autre"))
    path = _laptop_export(tmp_path / "other", package, kit, lead_clock, juror="J1", passphrase="phrase secrète")
    outcome = _refused_without_trace(lead, path, kit, lead_clock)
    (problem,) = outcome.problems
    assert problem.pointer == "/session/package_sha256"
    assert problem.message.startswith("fichier d'un autre paquet")


def _resign(data: bytes, change: Callable[[dict[str, Any]], None] | None = None) -> tuple[bytes, str]:
    """The file's content re-signed with a fresh key, whose certificate it now carries."""
    key_pem, cert_pem = keys.create_juror_key("une phrase assez longue", "Martine Roussel", f"Jury {SID}")
    doc = json.loads(data)
    doc.pop("signature")
    doc["certificate_pem"] = cert_pem.decode("ascii")
    if change is not None:
        change(doc)
    signed = sign_document(doc, keys.load_private_key(key_pem, "une phrase assez longue"), "x")
    return signed, keys.fingerprint(cert_pem)


def test_resigned_with_a_fresh_key_after_the_jurors_key_is_registered(
    tmp_path: Path, lead_with_j1: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    data, fingerprint = _resign(laptops.j1_v2.read_bytes())
    path = tmp_path / "resigned.json"
    path.write_bytes(data)
    read_result_file(data, str(path))  # the signature itself holds
    info = results_plan.inspect_result_file(lead_with_j1, path)
    assert info.key_status == "mismatch" and info.fingerprint == fingerprint
    outcome = _refused_without_trace(lead_with_j1, path, kit, lead_clock)
    (problem,) = outcome.problems
    assert problem.pointer == "/certificate_pem"
    assert problem.message.startswith("clé inconnue")
    assert laptops.fingerprints["J1"] in problem.message and fingerprint in problem.message


def test_resigned_with_a_fresh_key_before_any_key_is_registered(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    data, fingerprint = _resign(laptops.j1_v1.read_bytes())
    path = tmp_path / "resigned.json"
    path.write_bytes(data)
    before = kit.db_digest(lead)
    (outcome,) = results_import.import_results(lead, [path], accept_new_keys=False, clock=lead_clock)
    assert outcome.status == "refused"
    assert outcome.problems[0].message.startswith("clé inconnue : premier fichier de Martine Roussel")
    assert fingerprint in outcome.problems[0].message
    # confirming another fingerprint (the real J1's) does not let it in either
    (outcome,) = results_import.import_results(
        lead, [path], accept_new_keys=False, trusted_fingerprints={laptops.fingerprints["J1"]}, clock=lead_clock
    )
    assert outcome.status == "refused"
    assert kit.db_digest(lead) == before
    # the real file, its fingerprint confirmed, goes in
    (outcome,) = results_import.import_results(
        lead,
        [laptops.j1_v1],
        accept_new_keys=False,
        trusted_fingerprints={laptops.fingerprints["J1"]},
        clock=lead_clock,
    )
    assert outcome.status == "imported" and outcome.key_registered


def test_a_third_laptop_claiming_to_be_j1(
    tmp_path: Path, lead_with_j1: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    path = _laptop_export(tmp_path / "third", laptops.package, kit, lead_clock, juror="J1", passphrase="phrase usurpée")
    outcome = _refused_without_trace(lead_with_j1, path, kit, lead_clock)
    assert outcome.problems[0].message.startswith("clé inconnue : ce fichier est signé avec une clé")


def test_a_juror_outside_the_jury(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    data, _ = _resign(laptops.j1_v1.read_bytes(), lambda d: d["juror"].update(id="J9"))
    path = tmp_path / "j9.json"
    path.write_bytes(data)
    outcome = _refused_without_trace(lead, path, kit, lead_clock)
    assert outcome.problems[0].pointer == "/juror/id"
    assert "n'appartient pas au jury" in outcome.problems[0].message


def test_a_signed_file_naming_an_unknown_criterion(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    data, _ = _resign(laptops.j1_v1.read_bytes(), lambda d: _grid(d)["marks"].update({"CP9.9": Mark.SATISFIED.value}))
    path = tmp_path / "cp99.json"
    path.write_bytes(data)
    outcome = _refused_without_trace(lead, path, kit, lead_clock)
    assert any(p.pointer.endswith("/marks/CP9.9") for p in outcome.problems)
