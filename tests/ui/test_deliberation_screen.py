"""The jury's deliberation screen on the demo session: real widgets, real SQLite, a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import TITLE, deliberation_view
from jury_app.actions.grids import GridKey, grid_view, set_judgement, set_mark, set_observation
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common import theme
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.deliberation.marks_tree import DISAGREEMENT_BACKGROUND, MarksTree
from tests.helpers.english import french_in
from tests.helpers.jury_day import sit

SID = "DEMO-CIP-2026-11"
MODALITIES = ("msp", "et", "qp", "ef")
OBSERVATION = "Reformule avec justesse la demande de la personne."

Opener = Callable[..., DeliberationScreen]


def _fill_grids(
    ctx: AppContext, clock: FakeClock, candidate: str = "C01", judge: dict[str, Judgement] | None = None
) -> None:
    """Both jurors declare, mark every criterion (one disagreement: CP1.3 in the MSP) and judge every
    competence (acquired, unless `judge` says otherwise)."""
    for juror in ("J1", "J2"):
        declare(ctx, SID, candidate, juror, has_link=False)
    for modality in MODALITIES:
        for juror in ("J1", "J2"):
            key = GridKey(SID, candidate, modality, juror)
            for comp in grid_view(ctx, key).competences:
                cid = comp.key
                for crit in comp.criteria:
                    differs = modality == "msp" and juror == "J2" and crit.id == "CP1.3"
                    set_mark(ctx, key, crit.id, Mark.NOT_SATISFIED if differs else Mark.SATISFIED, clock)
                set_judgement(ctx, key, cid, (judge or {}).get(cid, Judgement.ACQUIRED), clock)
    set_observation(ctx, GridKey(SID, candidate, "msp", "J1"), "CP1", OBSERVATION, clock)


@pytest.fixture
def open_screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> Opener:
    def _open() -> DeliberationScreen:
        screen = DeliberationScreen(ctx, SID, "J1", clock)
        qtbot.addWidget(screen)
        screen.resize(1280, 720)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
        return screen

    return _open


def _choose(combo: QComboBox, text: str) -> None:
    """Pick an entry as the user does: the combo's `activated` carries the choice."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _type_reason(qtbot: QtBot, screen: DeliberationScreen, target: str, text: str) -> None:
    edit = screen.decisions.decision(target).reason_edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)  # ASCII only: QTest cannot type accented letters
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: saved with the decision


def test_deliberation_from_the_jurors_marks_to_closing_and_reopening(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_grids(ctx, clock)
    screen = open_screen()
    changes: list[object] = []
    screen.changed.connect(changes.append)
    assert screen.candidates.current_ref() == "C01"
    assert screen.view is not None and screen.view.candidate_ref == "C01"
    assert screen.candidate_label.text() == "Délibération — Camille Lefèvre"
    assert screen.candidates.badge_text("C01") == "à délibérer · 19 problèmes"

    # Blind marking: until both have finished (no timer ran here), J1 sees their own column only, and
    # the decisions wait for the jury's step; J1, the president, opens the deliberation early.
    assert screen.view.hidden_jurors == ("J2",)
    assert screen.step_band.stage == "blind" and "Notation à l'aveugle" in screen.step_band.label.text()
    assert screen.marks.tree.headerItem().text(MarksTree.FIRST_JUROR + 1) == "Karim Benali (masqué)"
    assert screen.marks.disagreements() == []  # nothing to compare yet
    assert not screen.decisions.common_combo("CP1").isEnabled()
    asked: list[str] = []

    def yes(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    qtbot.mouseClick(screen.step_band.open_button, Qt.MouseButton.LeftButton)
    assert "Cette ouverture anticipée est consignée" in asked[0]
    assert screen.step_band.stage == "sitting" and "présents : Martine Roussel, Karim Benali" in (
        screen.step_band.label.text()
    )
    assert screen.view.hidden_jurors == () and screen.decisions.common_combo("CP1").isEnabled()

    # The one criterion the jurors marked differently is highlighted, with "≠" and a tooltip.
    marks = screen.marks
    assert marks.disagreements() == ["msp/CP1/CP1.3"]
    row = marks.row("msp", "CP1", "CP1.3")
    assert row is not None
    assert row.text(MarksTree.DIFF) == "≠"
    assert row.text(MarksTree.FIRST_JUROR) == "✓ Satisfait"
    assert row.text(MarksTree.FIRST_JUROR + 1) == "✗ Non satisfait"
    for col in range(marks.tree.columnCount()):
        assert row.background(col).color() == theme.color(DISAGREEMENT_BACKGROUND)
    assert "Désaccord" in row.toolTip(MarksTree.LABEL) and "Karim Benali" in row.toolTip(MarksTree.LABEL)
    agreed = marks.row("msp", "CP1", "CP1.1")
    assert agreed is not None and agreed.text(MarksTree.DIFF) == ""
    assert agreed.background(MarksTree.FIRST_JUROR).color() != theme.color(DISAGREEMENT_BACKGROUND)
    # The jurors' judgements per competence, and the observations (tooltip and detail pane).
    comp = marks.row("msp", "CP1")
    assert comp is not None and comp.text(MarksTree.FIRST_JUROR).startswith("Acquise")
    assert OBSERVATION in comp.toolTip(MarksTree.FIRST_JUROR)
    marks.tree.setCurrentItem(comp)
    assert OBSERVATION in marks.detail.toPlainText()
    marks.only_disagreements.setChecked(True)
    assert not row.isHidden() and agreed.isHidden()
    marks.only_disagreements.setChecked(False)
    assert marks.row("ef", OVERALL) is not None  # the final interview: one overall judgement

    # The common judgement per competence: nothing preselected, the proposal shown.
    view = screen.view
    assert len(view.common) == 15
    assert screen.decisions.common_rows["CP1"].proposal.text() == "Proposition : acquise"
    assert screen.decisions.common_combo("CP1").currentText() == "—"
    assert not screen.close_button.isEnabled()
    for common in view.common:
        _choose(screen.decisions.common_combo(common.competence.id), "Acquise")
    assert screen.saved_label.text().startswith("Enregistré à ")
    assert len(changes) == 15
    stored = deliberation_view(ctx, SID, "C01")
    assert all(c.decided is Judgement.ACQUIRED for c in stored.common)

    # The decisions: CCP1 and CCP2 acquired, CCP3 refused without a reason.
    decisions = screen.decisions
    assert decisions.decision("CCP1").proposal.text() == "Proposition : acquis"
    _choose(decisions.decision("CCP1").combo, "Acquis")
    _choose(decisions.decision("CCP2").combo, "Acquis")
    _choose(decisions.decision("CCP3").combo, "Non acquis")
    ccp3 = decisions.decision("CCP3")
    assert ccp3.required_label.isVisible() and ccp3.required_label.text() == "Motif obligatoire"
    assert ccp3.reason_edit.property("missing") is True
    assert not screen.close_button.isEnabled()
    assert any(p.startswith("CCP3 : motif obligatoire") for p in screen.problem_texts())
    assert screen.problems.isVisible()
    assert "Un candidat qui échoue au titre conserve les CCP acquis" in decisions.note.text()

    # The title cannot be granted with a CCP refused: the choice is disabled with its reason, and
    # the action refuses it anyway, its message shown.
    title = decisions.decision(TITLE)
    assert title.proposal.text() == "Proposition : non délivré"
    model = title.combo.model()
    assert isinstance(model, QStandardItemModel) and not model.item(1).isEnabled()
    assert model.item(1).toolTip() == "CCP3 non acquis"
    assert title.blocked.isVisible() and title.blocked.text() == "Impossible à accorder : CCP3 non acquis"
    saved = len(changes)
    _choose(title.combo, "Délivré")
    assert "impossible d'accorder le titre : CCP3 non acquis" in screen.error_text()
    assert screen.saved_label.text().startswith("Enregistré à ")  # refused: nothing lost, the last save holds
    assert title.combo.currentText() == "—"  # back to what is stored
    assert len(changes) == saved
    _choose(title.combo, "Non délivré")
    assert screen.error_text() == ""

    # The reasons: typed then Enter (CCP3); typed and left idle (the title).
    _type_reason(qtbot, screen, "CCP3", "CP12 non atteinte")
    assert ccp3.reason_edit.property("missing") is False
    assert deliberation_view(ctx, SID, "C01").units[2].reason == "CP12 non atteinte"
    title.reason_edit.setFocus()
    qtbot.keyClicks(title.reason_edit, "CCP3 non acquis")
    assert screen.saved_label.state == "pending"
    qtbot.waitUntil(lambda: not title.pending, timeout=4000)
    assert screen.saved_label.text().startswith("Enregistré à ")
    assert screen.view is not None and screen.view.problems == ()
    assert screen.close_button.isEnabled()
    assert screen.candidates.badge_text("C01") == "prête à clore"

    # Closing: Ctrl+Enter, confirmed.
    asked: list[str] = []

    def yes(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    screen.candidates.setFocus()
    qtbot.keyClick(screen.candidates, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Camille Lefèvre" in asked[0]
    assert screen.view is not None and screen.view.closed
    assert deliberation_view(ctx, SID, "C01").closed
    assert screen.lock_band.isVisible()
    assert not screen.close_button.isVisible()
    assert all(not r.combo.isEnabled() for r in decisions.common_rows.values())
    assert all(not r.combo.isEnabled() and r.reason_edit.isReadOnly() for r in decisions.decision_rows.values())
    assert screen.candidates.badge_text("C01") == "close ✔"

    # Reopening asks a reason.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Erreur de saisie sur le CCP3", True)))
    qtbot.mouseClick(screen.lock_band.reopen_button, Qt.MouseButton.LeftButton)
    assert screen.view is not None and not screen.view.closed
    assert not screen.lock_band.isVisible()
    # Reopened, the decisions wait for the jury to sit again (the marks stay visible: it has sat before).
    assert not decisions.common_combo("CP1").isEnabled() and screen.step_band.stage == "ready"
    qtbot.mouseClick(screen.step_band.open_button, Qt.MouseButton.LeftButton)
    assert decisions.common_combo("CP1").isEnabled() and not ccp3.reason_edit.isReadOnly()
    assert screen.close_button.isEnabled()
    assert screen.saved_label.text().startswith("Enregistré à ")


def test_attachment_opens_with_one_click(ctx: AppContext, open_screen: Opener, qtbot: QtBot) -> None:
    screen = open_screen()
    opened: list[Path] = []
    screen.open_file = opened.append
    view = screen.view
    assert view is not None
    dossier = next(a for a in view.attachments if a.kind == "dossier_professionnel")
    button = next(b for b in screen.attachment_buttons if b.text() == "Dossier professionnel")
    assert dossier.title in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The viewer gets a copy under the document's own name (a .pdf), with the same bytes.
    assert [p.name for p in opened] == [dossier.filename]
    assert opened[0].suffix == ".pdf"
    assert opened[0].read_bytes() == dossier.path.read_bytes()
    assert screen.error_text() == ""


def test_candidates_by_keyboard_and_recused_juror(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, qtbot: QtBot
) -> None:
    declare(ctx, SID, "C02", "J2", has_link=True, note="ancienne collègue")
    screen = open_screen()
    assert [screen.candidates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(5)] == [
        "C01",
        "C02",
        "C03",
        "C04",
        "C05",
    ]
    screen.candidates.setFocus()
    qtbot.keyClick(screen.candidates, Qt.Key.Key_Down)
    assert screen.view is not None and screen.view.candidate_ref == "C02"
    assert screen.recused_label.isVisible() and "Karim Benali" in screen.recused_label.text()
    assert screen.marks.tree.columnCount() == MarksTree.FIRST_JUROR + 1  # J1 only
    assert screen.marks.count_label.text() == "Aucune grille saisie pour ce candidat."
    assert screen.open_step(["J1"], True)  # J2 recused: the president sits alone for this candidate

    # A reason typed and not yet saved is saved before moving to another candidate.
    _choose(screen.decisions.decision("CCP1").combo, "Non acquis")
    edit = screen.decisions.decision("CCP1").reason_edit
    edit.setText("Absent de la mise en situation")  # as if typed, without leaving the field
    edit.textEdited.emit(edit.text())
    qtbot.keyClick(screen.candidates, Qt.Key.Key_End)
    assert deliberation_view(ctx, SID, "C02").units[0].reason == "Absent de la mise en situation"

    assert screen.view is not None and screen.view.candidate_ref == "C05"
    assert set(screen.decisions.decision_rows) == {"CCP1", "CCP2", "CCP3", TITLE}
    assert len(screen.decisions.common_rows) == 15
    assert not screen.recused_label.isVisible()

    # The list goes back to the overview.
    with qtbot.waitSignal(screen.closed, timeout=1000):
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)


def test_what_the_evidence_does_not_allow_is_disabled_with_its_reason(
    ctx: AppContext, open_screen: Opener, qtbot: QtBot
) -> None:
    """C03 has no grid: no competence can be judged acquired, no CCP nor the title granted."""
    screen = open_screen()
    assert screen.select_candidate("C03")
    row = screen.decisions.common_rows["CP1"]
    assert row.proposal.text() == "Aucune évaluation"
    model = row.combo.model()
    assert isinstance(model, QStandardItemModel) and not model.item(1).isEnabled()
    assert "aucun juré ne l'a évaluée" in model.item(1).toolTip()
    ccp1 = screen.decisions.decision("CCP1")
    assert not ccp1.blocked.isHidden() and "CP1 : évaluée par aucun juré" in ccp1.blocked.text()
    assert not screen.decisions.adopt_button.isEnabled()
    assert "sans évaluation" in screen.decisions.adopt_button.toolTip()
    assert any("absente de cet ordinateur" in p for p in screen.problem_texts())


def test_an_absent_candidate_has_no_decision_field(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jury_app.actions.exam import mark_absent

    mark_absent(ctx, SID, "C04", "J1", clock, "pas venu")
    sit(ctx, SID, "C04", clock)  # the jury sits to record the absence and close
    screen = open_screen()
    assert screen.select_candidate("C04")
    assert screen.decisions.common_rows == {} and screen.decisions.decision_rows == {}
    assert not screen.decisions.absent_note.isHidden()
    assert screen.close_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    view = screen.ask_close()
    assert view is not None and view.closed and view.absent


def test_adopt_the_proposals_then_close_despite_a_missing_grid_with_its_reason(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_grids(ctx, clock)
    with ctx.database.session() as orm:  # J2's questionnement grid never reached this laptop
        from sqlalchemy import delete

        from jury_app.data import models as db

        orm.execute(delete(db.Grid).where(db.Grid.candidate_ref == "C01", db.Grid.modality_id == "qp", db.Grid.juror_ref == "J2"))
    sit(ctx, SID, "C01", clock)
    screen = open_screen()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert screen.decisions.adopt_button.isEnabled()
    screen.decisions.adopt_button.click()
    view = screen.view
    assert view is not None and all(c.decided is Judgement.ACQUIRED for c in view.common)
    assert [d.granted for d in view.decisions] == [True, True, True, True]
    assert screen.problem_texts() == [
        "Grille de Karim Benali pour « Questionnement à partir de production(s) » absente de cet ordinateur"
    ]
    assert screen.close_button.isEnabled() and screen.close_button.text() == "Clore malgré les manques…"

    from jury_app.ui.deliberation import override_dialog

    def fill(dialog: override_dialog.OverrideDialog) -> int:
        assert not dialog.ok.isEnabled()
        dialog.reasons["grid/qp/J2"].setText("Grille papier égarée, relue avec le juré")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(override_dialog.OverrideDialog, "exec", fill)
    view = screen.ask_close()
    assert view is not None and view.closed
    assert [o.reason for o in view.overridden] == ["Grille papier égarée, relue avec le juré"]


def test_a_common_judgement_against_both_jurors_asks_its_reason(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_grids(ctx, clock, judge={"CP11": Judgement.NOT_ACQUIRED})
    sit(ctx, SID, "C01", clock)
    screen = open_screen()
    asked: list[str] = []

    def cancel(*args: object, **_kw: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(cancel))
    _choose(screen.decisions.common_combo("CP11"), "Acquise")
    assert asked and "CP11" in asked[0]
    assert screen.decisions.common_combo("CP11").currentText() == "—"  # nothing chosen
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Pratique étayée à l'entretien final", True))
    )
    _choose(screen.decisions.common_combo("CP11"), "Acquise")
    row = screen.decisions.common_rows["CP11"]
    assert not row.reason.isHidden() and "Pratique étayée à l'entretien final" in row.reason.text()
    assert deliberation_view(ctx, SID, "C01").common[10].reason == "Pratique étayée à l'entretien final"


def test_in_english_what_the_evidence_does_not_allow_is_told_in_english(
    ctx: AppContext, clock: FakeClock, open_screen: Opener, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    """The reasons of the disabled choices, and the refusal of a grant anyway, read in English; the
    French ones are above (C01's title, C03 without any grid)."""
    _fill_grids(ctx, clock, judge={"CP11": Judgement.NOT_ACQUIRED})  # both jurors: CCP2 to refuse
    sit(ctx, SID, "C01", clock)
    screen = open_screen()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    screen.decisions.adopt_button.click()
    title = screen.decisions.decision(TITLE)
    model = title.combo.model()
    assert isinstance(model, QStandardItemModel) and not model.item(1).isEnabled()
    assert model.item(1).toolTip() == "CCP2: the decision on the CCP to take first"  # CCP2 waits for its reason
    assert title.blocked.text() == "Cannot be granted: CCP2: the decision on the CCP to take first"
    title.combo.setCurrentIndex(1)
    title.combo.activated.emit(1)
    told = screen.error_text()
    assert "cannot grant the title: CCP2: the decision on the CCP to take first" in told and french_in(told) == [], told

    assert screen.select_candidate("C03")  # no grid at all
    common = screen.decisions.common_rows["CP1"].combo.model()
    assert isinstance(common, QStandardItemModel) and not common.item(1).isEnabled()
    shown = common.item(1).toolTip()  # the title's and CCPs' reasons: test_deliberation_english
    assert shown == "CP1: no juror assessed it in a modality of the candidate's path, it cannot be judged acquired"
