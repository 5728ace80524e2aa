"""The export and import dialogs, driven as a juror and the session lead would."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui.results import ExportResultsDialog, ImportResultsDialog

SID = "DEMO-CIP-2026-11"


def test_export_dialog_first_use(qtbot: QtBot, tmp_path: Path, laptops: Any, kit: Any, lead_clock: FakeClock) -> None:
    ctx = kit.new_laptop(tmp_path / "fresh", laptops.package)  # no key yet on this laptop
    try:
        dialog = ExportResultsDialog(ctx, SID, "J1", lead_clock)
        qtbot.addWidget(dialog)
        assert dialog.first_use and not dialog.confirm.isHidden()
        assert dialog.candidate.count() == 6  # all, then each candidate
        dialog.path.setText(str(tmp_path / "out.json"))
        dialog.fields.pin.setText("2222")  # another juror's PIN
        dialog.passphrase.setText("une phrase secrète")
        dialog.confirm.setText("une phrase secrète")
        assert not dialog.export()
        assert "code personnel incorrect pour Martine Roussel" in dialog.message.text()
        assert not (tmp_path / "out.json").exists()
        dialog.fields.pin.setText(kit.PINS["J1"])
        dialog.confirm.setText("une autre phrase")
        assert not dialog.export()
        assert "diffèrent" in dialog.message.text()
        dialog.confirm.setText("une phrase secrète")
        dialog.candidate.setCurrentIndex(5)  # C05
        assert dialog.export()
        info = dialog.result_info
        assert info is not None and info.candidates == ("C05",) and info.key_created
        assert (tmp_path / "out.json").exists()
        assert info.fingerprint in dialog.message.text()
        assert dialog.passphrase.text() == "" and dialog.fields.pin.text() == ""
    finally:
        ctx.close()


def test_export_dialog_wrong_passphrase(
    qtbot: QtBot, tmp_path: Path, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    shutil.copytree(laptops.j2, tmp_path / "j2")
    ctx = kit.open_laptop(tmp_path / "j2")
    try:
        dialog = ExportResultsDialog(ctx, SID, "J2", lead_clock)
        qtbot.addWidget(dialog)
        assert not dialog.first_use and dialog.confirm.isHidden()
        dialog.path.setText(str(tmp_path))
        dialog.fields.pin.setText(kit.PINS["J2"])
        dialog.passphrase.setText("pas la bonne")
        assert not dialog.export()
        assert "phrase secrète incorrecte" in dialog.message.text()
        dialog.fields.pin.setText(kit.PINS["J2"])
        dialog.passphrase.setText(kit.PASSPHRASES["J2"])
        assert dialog.export()
        assert dialog.result_info is not None and dialog.result_info.path.parent == tmp_path
    finally:
        ctx.close()


def test_import_dialog(qtbot: QtBot, tmp_path: Path, lead: AppContext, laptops: Any, lead_clock: FakeClock) -> None:
    tampered = tmp_path / "altéré.json"
    tampered.write_bytes(laptops.j2_v1.read_bytes().replace(b"Karim Benali", b"Karim Benalo"))
    dialog = ImportResultsDialog(lead, SID, lead_clock)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.set_files([laptops.j1_v1, laptops.j2_v1, tampered])
    text = dialog.details.toPlainText()
    assert "Martine Roussel (J1)" in text
    assert laptops.fingerprints["J1"][:8] not in text and laptops.fingerprints["J1"][-8:] in text  # not given away
    assert "critère CP1.3 : — → non satisfait (ajouté)" in text
    assert "Illisible ou altéré" in text and "signature invalide" in text
    assert set(dialog.key_boxes) == {laptops.fingerprints["J1"], laptops.fingerprints["J2"]}
    field = dialog.key_boxes[laptops.fingerprints["J1"]]
    assert field.accessibleName() == "Début de l'empreinte de Martine Roussel"
    assert not dialog.import_button.isEnabled()  # no key confirmed yet
    qtbot.keyClicks(field, laptops.fingerprints["J2"][:8])  # another juror's: not this one
    assert not dialog.import_button.isEnabled()
    field.clear()
    qtbot.keyClicks(field, laptops.fingerprints["J1"][:8].upper())
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=20000) as blocker:
        dialog.import_files()
        assert dialog.busy and not dialog.close_button.isEnabled()
    outcomes = blocker.args[0]
    assert not dialog.busy and dialog.close_button.isEnabled()
    assert [o.status for o in outcomes] == ["imported", "refused", "refused"]  # J2's key not confirmed
    assert "clé inconnue" in outcomes[1].problems[0].message
    assert "2 fichier(s) refusé(s)" in dialog.message.text()
    assert "Il manque des données" in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert verify_audit(lead, SID).ok

    # the same files again: J1's is already in, J2's key can now be confirmed
    dialog.set_files([laptops.j1_v1, laptops.j2_v1])
    assert "Déjà importé" in dialog.details.toPlainText()
    assert set(dialog.key_boxes) == {laptops.fingerprints["J2"]}
    dialog.key_boxes[laptops.fingerprints["J2"]].setText(laptops.fingerprints["J2"][:12])
    with qtbot.waitSignal(dialog.import_finished, timeout=20000) as blocker:
        dialog.import_files()
    outcomes = blocker.args[0]
    assert [o.status for o in outcomes] == ["unchanged", "imported"]
    assert dialog.message.text() == "Import terminé."
