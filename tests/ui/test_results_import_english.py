"""In English, the session lead's import screen reads in English: what each file would change, the
refusals, the outcome of each file and the differences of a file the database no longer matches.
The command line and the reports keep the French text (the same messages, untranslated)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from jury_app.actions import grids
from jury_app.actions.context import AppContext
from jury_app.actions.results_import import ImportOutcome
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.ui.results import ImportResultsDialog
from tests.helpers.english import french_in

SID = "DEMO-CIP-2026-11"

def import_now(qtbot: QtBot, dialog: ImportResultsDialog) -> list[ImportOutcome]:
    with qtbot.waitSignal(dialog.import_finished, timeout=20000) as blocker:
        dialog.import_files()
    outcomes: list[ImportOutcome] = blocker.args[0]
    return outcomes


def test_importing_a_jurors_file_with_differences_in_english(
    qtbot: QtBot, lead: AppContext, laptops: Any, lead_clock: FakeClock, english: None
) -> None:
    dialog = ImportResultsDialog(lead, SID, lead_clock)
    qtbot.addWidget(dialog)
    dialog.set_files([laptops.j1_v1, laptops.j2_v1])
    preview = dialog.details.toPlainText()
    assert "criterion CP1.3: — → not met (added)" in preview
    assert "judgement (competence CP1): — → acquired (added)" in preview
    assert french_in(preview) == [], "\n".join(french_in(preview))

    dialog.key_boxes[laptops.fingerprints["J1"]].setText(laptops.fingerprints["J1"][:8])
    outcomes = import_now(qtbot, dialog)
    assert [o.status for o in outcomes] == ["imported", "refused"]  # J2's key not confirmed
    assert outcomes[1].problems[0].message.startswith("clé inconnue : premier fichier de Karim Benali")  # CLI
    shown = dialog.details.toPlainText()
    assert "j1_v1.json imported: results of Martine Roussel exported on" in shown
    assert "unknown key: first file from Karim Benali on this computer" in shown
    assert "j2_v1.json refused: nothing was imported from this file" in shown
    assert "Data is missing:" in shown
    assert french_in(shown) == [] and french_in(dialog.message.text()) == []

    # a grid of J1 changed here without a file J1 signed: importing J1's file again tells the differences
    grids.set_mark(lead, grids.GridKey(SID, "C01", "msp", "J1"), "CP1.3", Mark.SATISFIED, lead_clock)
    grids.set_mark(lead, grids.GridKey(SID, "C01", "msp", "J1"), "CP1.1", None, lead_clock)
    dialog.set_files([laptops.j1_v1])
    outcomes = import_now(qtbot, dialog)
    assert [o.status for o in outcomes] == ["refused"] and len(outcomes[0].differences) == 2
    assert "2 différence(s)" in outcomes[0].problems[0].message  # the command line's French
    shown = dialog.details.toPlainText()
    assert "but the database no longer matches this file signed by Martine Roussel: 2 difference(s)" in shown
    assert "criterion CP1.3: met → not met (changed)" in shown
    assert "criterion CP1.1: — → met (added)" in shown
    assert french_in(shown) == [] and french_in(dialog.message.text()) == []
