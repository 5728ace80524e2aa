"""A juror's key is theirs: one certificate for one juror only, a forged first file cannot lock the
genuine one out, and the session lead revokes and resets a juror's PIN and key, the reason signed
in the audit trail."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_app.actions import jurors, results_import
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.signing import juror_key_info
from jury_app.data import models as db
from jury_app.data import signatures
from jury_app.data.credentials import reset_statement
from jury_app.data.results_file import sign_document
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.reports import keys

SID = "DEMO-CIP-2026-11"
LEAD = "phrase du responsable"


def _import(lead: AppContext, lead_clock: FakeClock, path: Path, *trusted: str) -> results_import.ImportOutcome:
    (outcome,) = results_import.import_results(
        lead, [path], accept_new_keys=False, trusted_fingerprints=set(trusted), clock=lead_clock
    )
    return outcome


def _resigned(data: bytes, key: Any, cert_pem: bytes, change: Any = None) -> bytes:
    doc = json.loads(data)
    doc.pop("signature")
    doc["certificate_pem"] = cert_pem.decode("ascii")
    if change is not None:
        change(doc)
    return sign_document(doc, key, "x")


def test_one_certificate_is_never_registered_for_two_jurors(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    """What the tester did: J1's key registered as J2's. J1 signs a file claiming to be J2's."""
    j1_key_file, j1_cert_file = (laptops.j1 / "keys" / SID / "J1.key.pem", laptops.j1 / "keys" / SID / "J1.crt.pem")
    j1_key = keys.load_private_key(j1_key_file.read_bytes(), kit.PASSPHRASES["J1"])
    assert _import(lead, lead_clock, laptops.j1_v1, laptops.fingerprints["J1"]).status == "imported"
    as_j2 = tmp_path / "j2-signe-par-j1.json"
    as_j2.write_bytes(_resigned(laptops.j2_v1.read_bytes(), j1_key, j1_cert_file.read_bytes()))
    before = kit.db_digest(lead)
    # even with J1's fingerprint "confirmed" for it
    outcome = _import(lead, lead_clock, as_j2, laptops.fingerprints["J1"])
    assert outcome.status == "refused"
    assert any("la clé enregistrée ici pour Martine Roussel (J1" in p.message for p in outcome.problems)
    assert any("une clé n'appartient qu'à un juré" in p.message for p in outcome.problems)
    assert kit.db_digest(lead) == before
    assert juror_key_info(lead, SID, "J2") is None


def _forged_j2_file(tmp_path: Path, laptops: Any) -> tuple[Path, str]:
    """Someone else's key, a file in J2's name dated after J2's genuine one."""
    key, _pem, cert = keys.create_key("phrase du faussaire", "Karim Benali", f"Jury {SID}")

    def later(doc: dict[str, Any]) -> None:
        doc["exported_at"] = doc["exported_at"].replace("T08:", "T09:")

    forged = tmp_path / "j2-falsifie.json"
    forged.write_bytes(_resigned(laptops.j2_v1.read_bytes(), key, cert, later))
    return forged, keys.fingerprint(cert)


def test_a_forged_first_file_registered_by_mistake_does_not_lock_the_genuine_juror_out(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    forged, forged_fp = _forged_j2_file(tmp_path, laptops)
    # The lead confirmed the forged fingerprint (by mistake): the forged file is in.
    assert _import(lead, lead_clock, forged, forged_fp).status == "imported"
    genuine = _import(lead, lead_clock, laptops.j2_v1, laptops.fingerprints["J2"])
    assert genuine.status == "refused" and genuine.problems[0].message.startswith("clé inconnue")

    # The lead revokes the key registered for J2, with a reason.
    with pytest.raises(InvalidInput, match="raison"):
        jurors.reset_juror(lead, SID, "J2", reason=" ", lead_passphrase=LEAD, clock=lead_clock)
    info = jurors.reset_juror(
        lead, SID, "J2", reason="premier fichier de J2 falsifié", lead_passphrase=LEAD, clock=lead_clock
    )
    # The lead's key of this laptop was made when the jurors' PINs were confirmed: not made again.
    assert info.revoked_fingerprint == forged_fp and not info.lead_key_created
    # The forged file cannot come back; the genuine one, older than it, now goes in.
    again = _import(lead, lead_clock, forged, forged_fp)
    assert again.status == "refused"
    assert any("clé révoquée le" in p.message and "premier fichier de J2 falsifié" in p.message for p in again.problems)
    outcome = _import(lead, lead_clock, laptops.j2_v1, laptops.fingerprints["J2"])
    assert outcome.status == "imported", outcome.problems
    assert kit.snapshot(lead, "J2") == laptops.j2_at_v1
    assert verify_audit(lead, SID).ok, verify_audit(lead, SID).problems


def test_the_reset_is_signed_by_the_lead_and_the_juror_chooses_anew(
    tmp_path: Path, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    shutil.copytree(laptops.j1, tmp_path / "j1")
    ctx = kit.open_laptop(tmp_path / "j1")  # J1's laptop: J1 forgot their passphrase
    try:
        old = juror_key_info(ctx, SID, "J1")
        assert old is not None
        info = jurors.reset_juror(
            ctx, SID, "J1", reason="phrase secrète oubliée", lead_passphrase=LEAD, clock=lead_clock
        )
        assert info.had_pin and info.revoked_fingerprint == old.fingerprint
        assert juror_key_info(ctx, SID, "J1") is None
        assert not jurors.verify_pin(ctx, SID, "J1", kit.PINS["J1"])
        folder = ctx.paths.keys / SID
        assert not (folder / "J1.key.pem").exists()  # will never sign again
        (kept,) = folder.glob("J1.revoque-*.crt.pem")  # kept to check what it signed before
        assert keys.fingerprint(kept.read_bytes()) == old.fingerprint

        with ctx.database.reader() as orm:
            entry = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "juror.reset")).one()
            before, after = json.loads(entry.before), json.loads(entry.after)
            at = entry.at
        assert entry.actor == "lead" and before == {"pin": True, "key": old.fingerprint}
        assert after["reason"] == "phrase secrète oubliée" and after["lead"] == info.lead_fingerprint
        statement = reset_statement(
            SID, "J1", True, old.fingerprint, "phrase secrète oubliée", at, info.lead_fingerprint
        )
        assert signatures.holds(after["lead_certificate"], statement, after["signature"])
        assert not signatures.holds(after["lead_certificate"], {**statement, "juror": "J2"}, after["signature"])

        # A wrong lead passphrase changes nothing; nothing left to reset is told.
        with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
            jurors.reset_juror(ctx, SID, "J2", reason="essai", lead_passphrase="pas la bonne", clock=lead_clock)
        assert jurors.verify_pin(ctx, SID, "J2", kit.PINS["J2"])
        with pytest.raises(InvalidInput, match="rien à réinitialiser"):
            jurors.reset_juror(ctx, SID, "J1", reason="encore", lead_passphrase=LEAD, clock=lead_clock)

        # J1 chooses a new PIN, then a new key, and exports again.
        jurors.set_pin(ctx, SID, "J1", "8642", lead_passphrase="phrase du responsable")
        from jury_app.actions.results_export import export_results

        export = export_results(ctx, SID, "J1", "nouvelle phrase de Martine", tmp_path, clock=lead_clock, pin="8642")
        assert export.key_created and export.fingerprint != old.fingerprint
        assert verify_audit(ctx, SID).ok
    finally:
        ctx.close()
