"""The juror's modality screen on the demo session: real widgets, real SQLite, a fake clock."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.exam import set_timer_speed
from jury_app.actions.grids import GridKey, grid_view, save_snippet
from jury_app.actions.jurors import declare
from jury_app.actions.packages import import_
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import TimerStatus, WarningLevel
from jury_app.paths import resolve
from jury_app.ui.modality import ModalityScreen
from jury_app.ui.modality.actor_view import ActorView
from tests.helpers import package_builder as builder

SID = "DEMO-CIP-2026-11"

Opener = Callable[..., ModalityScreen]


@pytest.fixture
def beeps() -> list[int]:
    return []


@pytest.fixture
def open_screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot, beeps: list[int]) -> Opener:
    def _open(
        candidate: str = "C01",
        modality: str = "msp",
        *,
        declared: bool = True,
        context: AppContext | None = None,
        session: str = SID,
    ) -> ModalityScreen:
        app_ctx = context or ctx
        if declared:
            declare(app_ctx, session, candidate, "J1", has_link=False)
        screen = ModalityScreen(app_ctx, GridKey(session, candidate, modality, "J1"), clock, rng=random.Random(7))
        qtbot.addWidget(screen)
        screen.timer_panel.sound = lambda: beeps.append(1)
        screen.resize(1280, 720)
        screen.show()
        qtbot.waitExposed(screen)
        _activate(qtbot, screen)
        return screen

    return _open


def _activate(qtbot: QtBot, screen: ModalityScreen) -> None:
    """Shortcuts only reach an active window."""
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)


def _reply(monkeypatch: pytest.MonkeyPatch, text: str, ok: bool = True) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, ok)))


def test_draw_start_next_phase_pause_and_resume(
    open_screen: Opener, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_screen()
    tp, dp = screen.timer_panel, screen.draw_panel
    assert tp.countdown.text() == "15:00"
    assert tp.phase_label.full_text() == "Phase 1/2 : Tirage au sort et préparation"
    assert tp.warning_label.text() == "Prêt à démarrer"

    # Starting without a draw is refused by the action: what, why, and that nothing was lost.
    qtbot.mouseClick(tp.start_button, Qt.MouseButton.LeftButton)
    assert screen.error_text() == (
        "Refusé — Démarrer le chronomètre : tirez d'abord au sort la fiche scénario\n"
        "Rien n'a été perdu : ce qui était enregistré l'est toujours."
    )
    assert screen.saved_indicator.state == "idle" and screen.saved_indicator.text() != "Non enregistré"
    assert tp.state is not None and tp.state.status is TimerStatus.NOT_STARTED

    # The draw (Ctrl+T): the candidate is told the type of structure only; the card stays hidden.
    assert dp.draw_button.isVisible()
    dp.witness_edit.setText("Mme Témoin")
    qtbot.keyClick(screen.checklist.rows["CP1.1"], Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    card = screen.run.card
    assert card is not None and card.witness == "Mme Témoin"
    assert screen.error_text() == ""
    shown = dp.title_label.text() + dp.structure_label.text() + dp.info_label.text()
    assert card.title not in shown and card.actor_text not in shown
    assert dp.structure_label.text() == f"Type de structure (à annoncer au candidat) : {card.structure_type}"
    assert dp.structure_label.property("announce") == "true" and not dp.card_shown
    assert screen.saved_indicator.text().startswith("Enregistré à ")
    assert not dp.draw_button.isVisible() and dp.redraw_button.isVisible() and dp.reveal_button.isVisible()

    qtbot.mouseClick(dp.actor_button, Qt.MouseButton.LeftButton)  # the card goes to the actor
    assert isinstance(dp.actor_view, ActorView) and dp.actor_view.isVisible()
    assert dp.actor_view.text_view.toPlainText() == card.actor_text
    dp.actor_view.close()
    _activate(qtbot, screen)

    _reply(monkeypatch, "   ")  # a new draw needs a reason: refused without one
    qtbot.mouseClick(dp.redraw_button, Qt.MouseButton.LeftButton)
    assert "motif" in screen.error_text()
    assert screen.run.card == card
    _reply(monkeypatch, "fiche déjà connue du candidat")
    qtbot.mouseClick(dp.redraw_button, Qt.MouseButton.LeftButton)
    assert screen.run.redraws == 1 and screen.run.card is not None and screen.run.card.ref != card.ref
    card = screen.run.card
    assert card.title not in dp.title_label.text()

    # The candidate leaves to prepare: the timer starts and the jurors see the card's title.
    qtbot.mouseClick(tp.start_button, Qt.MouseButton.LeftButton)
    assert screen.run.status is Status.IN_PROGRESS
    assert dp.card_shown and card.title in dp.title_label.text() and not dp.reveal_button.isVisible()
    assert not dp.redraw_button.isVisible() and dp.actor_button.isVisible()
    assert tp.pause_button.isVisible() and not tp.start_button.isVisible()

    clock.advance(10 * 60)
    tp.refresh()
    assert tp.countdown.text() == "05:00"
    assert tp.state is not None and not tp.state.proposes_next
    assert tp.next_button.property("proposed") == "false"
    clock.advance(5 * 60)
    tp.refresh()
    assert tp.countdown.text() == "00:00"
    assert tp.state is not None and tp.state.proposes_next
    assert tp.next_button.property("proposed") == "true"

    # Ctrl+→ asks first; Ctrl+→ again moves on; Ctrl+← takes it back within a few seconds.
    row = screen.checklist.rows["CP1.1"]
    qtbot.keyClick(row, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tp.confirm_bar.isVisible() and "Entretien d'accueil avec le comédien" in tp.confirm_bar.label.text()
    assert tp.phase_label.full_text() == "Phase 1/2 : Tirage au sort et préparation"
    qtbot.keyClick(row, Qt.Key.Key_Escape)
    assert not tp.confirm_bar.isVisible() and screen.run.timer.phase_index == 0
    qtbot.keyClick(row, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(row, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tp.phase_label.full_text() == "Phase 2/2 : Entretien d'accueil avec le comédien"
    assert tp.undo_bar.isVisible() and not tp.confirm_bar.isVisible()
    clock.advance(4)
    qtbot.keyClick(row, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tp.phase_label.full_text() == "Phase 1/2 : Tirage au sort et préparation"
    assert screen.run.timer.elapsed_s == 15 * 60 + 4  # the first phase went on
    qtbot.keyClick(row, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(row, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tp.countdown.text() == "30:00"
    assert "réel 15:04" in tp._phase_rows[0][1].text()
    clock.advance(11)
    tp.refresh()
    assert not tp.undo_bar.isVisible()  # too late to take it back
    qtbot.keyClick(row, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert screen.run.timer.phase_index == 1

    # Pause first, reason after: the clock stops at the keystroke, the reason is asked while paused.
    clock.advance(49)
    asked: list[float] = []

    def reply_later(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append(screen.run.timer.elapsed_s)
        return ("", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(reply_later))
    qtbot.keyClick(row, Qt.Key.Key_F5)
    assert tp.state is not None and tp.state.status is TimerStatus.PAUSED and tp.state.reason_missing
    assert asked == [60]  # asked once the clock had stopped
    assert tp.warning_label.text() == "EN PAUSE — raison à indiquer"
    assert tp.resume_button.isVisible() and tp.resume_button.text() == "Raison de la pause…"
    assert "indiquez la raison de la pause pour reprendre" in screen.error_text()
    clock.advance(120)
    tp.refresh()
    assert tp.countdown.text() == "29:00"  # a paused timer does not run
    _reply(monkeypatch, "alarme incendie")
    qtbot.mouseClick(tp.resume_button, Qt.MouseButton.LeftButton)  # the reason first
    assert tp.state is not None and tp.state.status is TimerStatus.PAUSED and not tp.state.reason_missing
    assert tp.warning_label.text() == "EN PAUSE" and tp.resume_button.text() == "Reprendre"
    qtbot.mouseClick(tp.resume_button, Qt.MouseButton.LeftButton)
    clock.advance(60)
    tp.refresh()
    assert tp.state is not None and tp.state.status is TimerStatus.RUNNING
    assert tp.state.elapsed_s == pytest.approx(120)  # the two minutes of pause are not counted
    assert tp.countdown.text() == "28:00"
    assert "en pause 02:00" in tp.detail_label.text()

    # Terminer: asked in the band (Ctrl+Fin or the button), then confirmed.
    qtbot.mouseClick(tp.finish_button, Qt.MouseButton.LeftButton)
    assert tp.confirm_bar.isVisible() and "10 critère(s) non noté(s)" in tp.confirm_bar.label.text()
    assert screen.run.status is Status.IN_PROGRESS
    qtbot.keyClick(row, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert screen.run.status is Status.DONE
    assert screen.header.status_label.text() == "Terminée"
    assert not tp.finish_button.isEnabled() and not tp.next_button.isEnabled()


def test_the_countdown_ignores_a_change_of_the_computers_time(
    open_screen: Opener, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_screen()
    tp, dp = screen.timer_panel, screen.draw_panel
    qtbot.mouseClick(dp.draw_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tp.start_button, Qt.MouseButton.LeftButton)
    clock.advance(5 * 60)
    clock.change_time(+3600)
    tp.refresh()
    assert tp.countdown.text() == "10:00" and tp.state is not None and tp.state.warning is WarningLevel.NONE
    clock.change_time(-2 * 3600)
    clock.advance(60)
    tp.refresh()
    assert tp.countdown.text() == "09:00"  # not back to 15:00
    _reply(monkeypatch, "retard du comédien")
    qtbot.mouseClick(tp.pause_button, Qt.MouseButton.LeftButton)  # taken at once
    assert tp.state is not None and tp.state.status is TimerStatus.PAUSED
    assert screen.error_text() == ""
    qtbot.mouseClick(tp.resume_button, Qt.MouseButton.LeftButton)
    assert tp.state is not None and tp.state.status is TimerStatus.RUNNING


def test_marks_by_keyboard_and_mouse_are_durable_and_undoable(
    open_screen: Opener, ctx: AppContext, qtbot: QtBot
) -> None:
    screen = open_screen()
    checklist = screen.checklist
    saved: list[object] = []
    screen.saved.connect(saved.append)
    assert checklist.counter_label.text() == "10 critères non notés"
    assert checklist.rows["CP1.1"].property("unmarked") == "true"

    checklist.focus_row("CP1.1")
    qtbot.keyClick(checklist.rows["CP1.1"], Qt.Key.Key_1)
    assert checklist.focused_criterion() == "CP1.2"  # the focus moved on
    qtbot.keyClick(checklist.rows["CP1.2"], Qt.Key.Key_2)
    qtbot.keyClick(checklist.rows["CP1.3"], Qt.Key.Key_3)
    assert checklist.focused_criterion() == "CP1.4"
    assert checklist.counter_label.text() == "7 critères non notés"
    assert checklist.rows["CP1.1"].property("unmarked") == "false"
    assert checklist.rows["CP1.1"].radios[Mark.SATISFIED].isChecked()
    assert len(saved) == 3 and screen.saved_indicator.text().startswith("Enregistré à ")

    qtbot.mouseClick(checklist.rows["CP1.4"].radios[Mark.NOT_SATISFIED], Qt.MouseButton.LeftButton)
    assert screen.grid.marks["CP1.4"] is Mark.NOT_SATISFIED
    assert checklist.counter_label.text() == "6 critères non notés"
    qtbot.keyClick(checklist.rows["CP1.4"], Qt.Key.Key_Delete)  # cleared
    assert "CP1.4" not in screen.grid.marks
    assert checklist.counter_label.text() == "7 critères non notés"

    # F3 jumps to the next criterion without a mark.
    checklist.focus_row("CP1.1")
    qtbot.keyClick(checklist.rows["CP1.1"], Qt.Key.Key_F3)
    assert checklist.focused_criterion() == "CP1.4"

    # A restart reads back what was saved.
    reopened = AppContext(ctx.paths)
    try:
        marks = grid_view(reopened, screen.key).marks
    finally:
        reopened.close()
    assert marks == {"CP1.1": Mark.SATISFIED, "CP1.2": Mark.NOT_SATISFIED, "CP1.3": Mark.NOT_OBSERVED}

    # Ctrl+Z reverts the last change: the clearing of CP1.4.
    qtbot.keyClick(checklist.rows["CP1.1"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.grid.marks["CP1.4"] is Mark.NOT_SATISFIED
    assert checklist.rows["CP1.4"].radios[Mark.NOT_SATISFIED].isChecked()

    # The suggestion follows the marks; the judgement is the juror's.
    box = checklist.boxes["CP1"]
    assert box.suggestion_label.text().startswith("Suggestion : à venir")
    for cid in ("CP1.2", "CP1.3", "CP1.4", "CP1.5"):
        checklist.focus_row(cid)
        qtbot.keyClick(checklist.rows[cid], Qt.Key.Key_1)
    assert box.suggestion_label.text() == "Suggestion : acquise"
    # The last criterion marked, the focus is on the judgement: 2 sets the other value.
    assert checklist.judgement_row("CP1").hasFocus()
    qtbot.keyClick(checklist.judgement_row("CP1"), Qt.Key.Key_Eacute, Qt.KeyboardModifier.NoModifier, -1)
    assert screen.grid.competences[0].judgement is Judgement.NOT_ACQUIRED
    assert box.judgement_row.buttons[Judgement.NOT_ACQUIRED].isChecked()
    assert checklist.focused_criterion() == "CP2.1"
    assert checklist.judgements_label.text() == "1 jugement à poser"

    # Observations: pending while typed, saved when the focus leaves the box.
    box.observation_edit.setFocus()
    qtbot.keyClicks(box.observation_edit, "Reformule bien la demande")
    assert screen.saved_indicator.state == "pending"
    checklist.focus_row("CP2.1")
    assert screen.grid.competences[0].observation == "Reformule bien la demande"
    assert screen.saved_indicator.state == "saved"

    # A note, tagged with the phase (none yet).
    screen.notes_panel.note_edit.setText("Arrivé en avance")
    qtbot.keyClick(checklist.rows["CP2.1"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [(n.phase_label, n.text) for n in screen.grid.notes] == [("Avant le début", "Arrivé en avance")]
    assert screen.notes_panel.notes_list.count() == 1
    assert screen.notes_panel.note_edit.text() == ""


def test_observation_is_saved_after_a_short_idle_time(open_screen: Opener, qtbot: QtBot) -> None:
    screen = open_screen()
    box = screen.checklist.boxes["CP2"]
    box.observation_edit.setFocus()
    qtbot.keyClicks(box.observation_edit, "Écoute active")
    qtbot.waitUntil(lambda: screen.grid.competences[1].observation == "Écoute active", timeout=4000)


def test_note_during_a_phase_and_the_bank_of_observations(
    open_screen: Opener, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    save_snippet(ctx, "Martine Roussel", "Présente clairement l'offre de services")
    screen = open_screen("C01", "qp")
    assert screen.snippet_owner == "Martine Roussel"
    assert screen.snippets_panel.texts == ["Présente clairement l'offre de services"]
    screen.start()
    clock.advance(12 * 60 + 30)
    screen.add_note("Support visuel clair")
    assert screen.grid.notes[-1].phase_label == "Présentation orale par le candidat 12:30"

    checklist = screen.checklist
    checklist.focus_row("CP6.1")
    qtbot.keyClick(checklist.rows["CP6.1"], Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert screen.grid.competences[2].observation == "Présente clairement l'offre de services"

    edit = checklist.observation_edit("CP6")
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " ; alliance de travail")
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, len("alliance de travail"))
    edit.setTextCursor(cursor)
    qtbot.mouseClick(screen.snippets_panel.save_button, Qt.MouseButton.LeftButton)
    assert "alliance de travail" in screen.snippets_panel.texts
    # the text typed was saved when the focus left the box
    assert screen.grid.competences[2].observation == "Présente clairement l'offre de services ; alliance de travail"


def test_extra_time_lengthens_the_phases(open_screen: Opener) -> None:
    screen = open_screen("C03", "msp")
    assert screen.header.extra_time_label.isVisible()
    assert screen.header.extra_time_label.text() == "Tiers temps +33 % : phases allongées"
    assert [p.duration_s for p in screen.run.plan] == [1200, 2400]
    assert screen.timer_panel.countdown.text() == "20:00"
    assert screen.timer_panel._phase_rows[0][1].text() == "20:00 (au lieu de 15:00)"
    assert not open_screen("C01", "qp").header.extra_time_label.isVisible()


def test_overall_judgement_of_the_final_interview(open_screen: Opener, qtbot: QtBot) -> None:
    screen = open_screen("C05", "ef")
    checklist = screen.checklist
    assert list(checklist.boxes) == [OVERALL] and checklist.rows == {}
    assert not checklist.counter_label.isVisible()
    assert not screen.draw_panel.isVisible()
    box = checklist.boxes[OVERALL]
    assert box.title_label.text() == "Appréciation globale : Entretien final"
    assert box.judgement_row.hasFocus()  # nothing else to do here: the focus is on the judgement
    qtbot.mouseClick(box.judgement_row.buttons[Judgement.ACQUIRED], Qt.MouseButton.LeftButton)
    assert screen.grid.competences[0].judgement is Judgement.ACQUIRED
    assert screen.grid.completeness.complete
    assert checklist.judgements_label.text() == "Jugements posés"


def test_order_of_the_modalities_is_told(open_screen: Opener, qtbot: QtBot) -> None:
    screen = open_screen("C01", "et")
    qtbot.mouseClick(screen.timer_panel.start_button, Qt.MouseButton.LeftButton)
    assert "se déroule obligatoirement après : Mise en situation professionnelle" in screen.error_text()
    assert screen.saved_indicator.text() != "Non enregistré"  # refused: nothing lost
    assert screen.run.status is Status.TODO


def test_refused_without_a_declaration(open_screen: Opener, qtbot: QtBot) -> None:
    screen = open_screen("C02", "qp", declared=False)
    row = screen.checklist.rows["CP3.1"]
    qtbot.mouseClick(row.radios[Mark.SATISFIED], Qt.MouseButton.LeftButton)
    assert screen.error_text() == (
        "Refusé — Noter le critère CP3.1 : déclarez d'abord n'avoir aucun lien avec ce candidat\n"
        "Rien n'a été perdu : ce qui était enregistré l'est toujours."
    )
    assert not row.radios[Mark.SATISFIED].isChecked()  # nothing shown that was not saved
    assert screen.saved_indicator.state == "idle"


def test_warnings_colour_and_sound(open_screen: Opener, clock: FakeClock, qtbot: QtBot, beeps: list[int]) -> None:
    screen = open_screen("C01", "qp")
    tp = screen.timer_panel
    qtbot.keyClick(screen.checklist.rows["CP3.1"], Qt.Key.Key_F5)
    assert screen.run.status is Status.IN_PROGRESS
    assert tp.clock_face.property("warning") == "none"
    clock.advance(16 * 60)  # 4 minutes before the end of the 20-minute presentation
    tp.refresh()
    tp.refresh()
    assert tp.warning_level is WarningLevel.SOON
    assert tp.clock_face.property("warning") == "soon"
    assert tp.warning_label.text() == "Moins de 5 minutes"
    assert len(beeps) == 1
    clock.advance(3 * 60 + 30)
    tp.refresh()
    assert tp.warning_level is WarningLevel.IMMINENT and len(beeps) == 2
    clock.advance(45)
    tp.refresh()
    assert tp.warning_level is WarningLevel.OVER and len(beeps) == 3
    assert tp.countdown.text() == "+00:15"
    assert tp.clock_face.property("warning") == "over"
    assert tp.next_button.property("proposed") == "true"
    screen.next_phase()
    assert tp.warning_level is WarningLevel.NONE and len(beeps) == 3

    tp.sound_enabled = False
    clock.advance(37 * 60)
    tp.refresh()
    assert tp.warning_level is WarningLevel.SOON and len(beeps) == 3


def test_incident_and_abandon(open_screen: Opener, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen("C01", "qp")
    screen.start()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", True)))
    qtbot.mouseClick(screen.footer.incident_button, Qt.MouseButton.LeftButton)
    assert screen.error_text().startswith("Refusé : décrivez l'incident")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Malaise du candidat", True)))
    qtbot.mouseClick(screen.footer.incident_button, Qt.MouseButton.LeftButton)
    assert screen.error_text() == "" and screen.saved_indicator.state == "saved"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(screen.footer.abandon_button, Qt.MouseButton.LeftButton)
    assert screen.run.status is Status.ABANDONED
    assert screen.header.status_label.text() == "Abandon"
    assert not screen.timer_panel.pause_button.isEnabled() and not screen.timer_panel.finish_button.isEnabled()


def test_mock_session_is_flagged_and_accelerated(open_screen: Opener, tmp_path: Path, clock: FakeClock) -> None:
    manifest = builder.valid_manifest("BLANC-2026")
    manifest["session"]["kind"] = "mock"
    mock_ctx = AppContext(resolve(tmp_path / "mock-data"))
    try:
        import_(mock_ctx, builder.write_package(tmp_path / "blanc.zip", manifest))
        set_timer_speed(mock_ctx, "BLANC-2026", 10)
        screen = open_screen("C1", "qp", context=mock_ctx, session="BLANC-2026")
        assert screen.mock_banner.isVisible()
        assert screen.header.mock_label.text().startswith("EXAMEN BLANC")
        assert screen.timer_panel.speed_label.isVisible() and screen.timer_panel.speed_label.text() == "×10"
        screen.start()
        clock.advance(60)
        screen.timer_panel.refresh()
        assert screen.timer_panel.countdown.text() == "10:00"  # 20 minutes, ten times faster
        screen.close_screen()
    finally:
        mock_ctx.close()


def test_every_control_has_an_accessible_name_and_a_tooltip(open_screen: Opener) -> None:
    screen = open_screen("C01", "msp")
    screen.draw()
    controls = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QListWidget, QTextBrowser)
    missing = [
        f"{type(w).__name__} {w.text() if isinstance(w, QAbstractButton) else ''}"
        for w in screen.findChildren(QWidget)
        if isinstance(w, controls)
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), QTabBar)
        and not (w.accessibleName() and w.toolTip())
    ]
    assert missing == []


def test_absent_candidate_and_paper_grid(open_screen: Opener, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen("C02", "qp")
    qtbot.mouseClick(screen.footer.paper_box, Qt.MouseButton.LeftButton)
    assert screen.grid.source == "paper" and screen.footer.paper_box.isChecked()
    assert screen.absent_button.isEnabled()
    _reply(monkeypatch, "pas de nouvelles")
    qtbot.mouseClick(screen.absent_button, Qt.MouseButton.LeftButton)
    assert screen.run.status is Status.ABSENT
    assert screen.header.status_label.text() == "Candidat absent"
    assert not screen.absent_button.isEnabled() and not screen.timer_panel.start_button.isEnabled()


def test_the_card_is_shown_to_the_jurors_only_on_an_explicit_action(open_screen: Opener, qtbot: QtBot) -> None:
    """RE line 1517: the candidate draws "sans en prendre connaissance"; the jury tells the structure."""
    screen = open_screen("C02", "msp")
    dp = screen.draw_panel
    screen.draw()
    card = screen.run.card
    assert card is not None and not dp.card_shown
    assert all(card.title not in label.text() for label in (dp.title_label, dp.structure_label, dp.info_label))
    assert card.structure_type in dp.structure_label.text()
    qtbot.mouseClick(dp.reveal_button, Qt.MouseButton.LeftButton)  # the candidate has left the room
    assert dp.card_shown and dp.title_label.text() == f"Fiche : {card.title}"
    assert not dp.reveal_button.isVisible() and dp.structure_label.property("announce") == "false"
    assert screen.run.status is Status.TODO  # shown without starting anything
