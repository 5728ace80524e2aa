"""The timer of a modality: a large countdown, the phases, and the buttons that drive it.

The panel never counts ticks: every refresh (a QTimer, every 250 ms) recomputes the state from the
recorded events and the clock. It only asks for actions through its signals; the screen calls the
action and hands the returned `RunView` back with `set_run`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.exam import RunView
from jury_app.domain.clock import Clock
from jury_app.domain.rules import CandidateModalityStatus
from jury_app.domain.timer import (
    TimerError,
    TimerState,
    TimerStatus,
    WarningLevel,
    compute_state,
    format_seconds,
    undoable_next,
)
from jury_app.ui.common import theme
from jury_app.ui.common.feedback import ElidedLabel
from jury_app.ui.modality.feedback import repolish
from jury_app.ui.modality.timer_bars import ActionBar

REFRESH_MS = 250

_SEVERITY = {WarningLevel.NONE: 0, WarningLevel.SOON: 1, WarningLevel.IMMINENT: 2, WarningLevel.OVER: 3}

_STYLE = """
QFrame#clockFace { border-radius: 8px; border: 2px solid @border; background: @surface; }
QFrame#clockFace QLabel { color: @text; }
QFrame#clockFace[warning="soon"] { background: @time_soon_bg; border-color: @time_soon_border; }
QFrame#clockFace[warning="soon"] QLabel { color: @time_warning_fg; }
QFrame#clockFace[warning="imminent"] { background: @time_imminent_bg; border-color: @time_imminent_border; }
QFrame#clockFace[warning="imminent"] QLabel { color: @time_warning_fg; }
QFrame#clockFace[warning="over"] { background: @time_over_bg; border-color: @time_over_border; }
QFrame#clockFace[warning="over"] QLabel { color: @time_over_fg; }
QFrame#clockFace[warning="paused"] { background: @time_paused_bg; border-color: @time_paused_border; }
QFrame#clockFace[warning="finished"] { background: @time_finished_bg; border-color: @time_finished_border; }
QFrame#clockFace[warning="finished"] QLabel { color: @muted; }
QLabel#phaseTitle { font-size: @size(1.4); font-weight: bold; }
QLabel#speed { background: @badge_bg; color: @badge_fg; font-weight: bold; padding: 2px 8px; border-radius: 4px; }
QLabel[phaseState="current"] { font-weight: bold; color: @accent; }
QLabel[phaseState="done"] { color: @muted; }
QPushButton { padding: 6px 10px; }
QPushButton#nextButton[proposed="true"] {
    background: @primary_bg; color: @primary_fg; font-weight: bold; border: 3px solid @attention; border-radius: 4px;
}
QPushButton#finishButton[proposed="true"] {
    background: @primary_bg; color: @primary_fg; font-weight: bold; border: 3px solid @attention; border-radius: 4px;
}
"""


class CountdownLabel(QLabel):
    """The remaining time in big digits; the font follows the size of the label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Ignored: the font follows the size, so the size must not follow the font's size hint.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(220, 96))
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(96)
        self.setFont(font)

    def show_time(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Measured on a reference as wide as the text can be, so that the size stays put from
        # "14:59" to "+00:01" (the digits of DejaVu Sans all have the same width).
        reference = "+00:00" if len(self.text()) <= len("+00:00") else "+0:00:00"
        probe = QFont(self.font())
        probe.setPixelSize(100)
        metrics = QFontMetrics(probe)
        width = max(1, metrics.horizontalAdvance(reference))
        height = max(1, metrics.height())
        size = int(min(100 * self.width() * 0.92 / width, 100 * self.height() * 0.95 / height))
        size = max(36, min(320, size))
        if size != self.font().pixelSize():
            font = QFont(self.font())
            font.setPixelSize(size)
            self.setFont(font)


class TimerPanel(QFrame):
    """Countdown, phases and the timer's buttons for one modality run."""

    start_requested = Signal()
    pause_requested = Signal()
    """Stop the clock now; the reason is asked once it has stopped."""
    reason_requested = Signal()
    """The pause's reason is still to give (required before going on)."""
    resume_requested = Signal()
    next_requested = Signal()
    """Move to the next phase (confirmed, or asked by its button)."""
    finish_requested = Signal()
    """End the modality (confirmed in the band)."""
    undo_next_requested = Signal()
    """Take back the phase change just made."""

    def __init__(self, clock: Clock, *, sound_enabled: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        theme.follow(self, _STYLE)
        self.setAccessibleName(self.tr("Chronomètre"))
        self._clock = clock
        self._run: RunView | None = None
        self._state: TimerState | None = None
        self.unmarked_count = 0
        """Criteria still unmarked in the juror's grid, told when ending the modality."""
        self._heard: tuple[int | None, WarningLevel] = (None, WarningLevel.NONE)
        self.sound: Callable[[], None] = QApplication.beep
        """Called when the timer enters SOON, IMMINENT or OVER (replaceable, e.g. by tests)."""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        # One line, cut with « … » if need be (full title in the tooltip): the panel must fit 1280x720.
        self.phase_label = ElidedLabel()
        self.phase_label.setObjectName("phaseTitle")
        self.phase_label.setAccessibleName(self.tr("Phase en cours"))
        top.addWidget(self.phase_label, 1)
        self.speed_label = QLabel()
        self.speed_label.setObjectName("speed")
        self.speed_label.setToolTip(self.tr("Examen blanc : le chronomètre est accéléré"))
        self.speed_label.setAccessibleName(self.tr("Vitesse du chronomètre"))
        self.speed_label.hide()
        top.addWidget(self.speed_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.clock_face = QFrame()
        self.clock_face.setObjectName("clockFace")
        self.clock_face.setProperty("warning", "none")
        face = QVBoxLayout(self.clock_face)
        face.setContentsMargins(8, 4, 8, 6)
        face.setSpacing(0)
        self.countdown = CountdownLabel()
        self.countdown.setAccessibleName(self.tr("Temps restant"))
        self.countdown.setToolTip(
            self.tr("Temps restant dans la phase ; au-delà, le dépassement est compté avec un « + ».")
        )
        face.addWidget(self.countdown, 1)
        self.warning_label = QLabel()
        self.warning_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.follow(self.warning_label, "font-size: @size(1.3); font-weight: bold;")
        self.warning_label.setAccessibleName(self.tr("Alerte de temps"))
        face.addWidget(self.warning_label)
        self.detail_label = QLabel()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setAccessibleName(self.tr("Temps écoulé et pauses"))
        face.addWidget(self.detail_label)
        layout.addWidget(self.clock_face, 1)

        self.phases_box = QFrame()
        self.phases_box.setAccessibleName(self.tr("Phases prévues"))
        self.phases_box.setToolTip(
            self.tr("Phases prévues, durée accordée au candidat et durée réelle des phases terminées")
        )
        self._phases_layout = QGridLayout(self.phases_box)
        self._phases_layout.setContentsMargins(2, 2, 2, 2)
        self._phases_layout.setVerticalSpacing(1)
        self._phases_layout.setColumnStretch(0, 1)
        self._phase_rows: list[tuple[QLabel, QLabel]] = []
        layout.addWidget(self.phases_box)

        buttons = QGridLayout()
        self.start_button = self._button(
            self.tr("Démarrer"), self.tr("Démarrer le chronomètre (F5 ou Ctrl+Espace)"), self.start_requested.emit
        )
        self.pause_button = self._button(
            self.tr("Pause"),
            self.tr("Arrêter le chronomètre tout de suite ; la raison est demandée ensuite (F5 ou Ctrl+Espace)"),
            self.pause_requested.emit,
        )
        self.resume_button = self._button(
            self.tr("Reprendre"), self.tr("Reprendre après la pause (F5 ou Ctrl+Espace)"), self._resume_clicked
        )
        self.next_button = self._button(
            self.tr("Phase suivante"),
            self.tr("Terminer cette phase et passer à la suivante (Ctrl+→, puis Ctrl+→ pour confirmer)"),
            self.next_requested.emit,
        )
        self.next_button.setObjectName("nextButton")
        self.finish_button = self._button(
            self.tr("Terminer la modalité…"),
            self.tr("Arrêter définitivement le chronomètre (Ctrl+Fin ; confirmation demandée)"),
            self.ask_finish,
        )
        self.finish_button.setObjectName("finishButton")
        self.sound_box = QCheckBox(self.tr("Signal sonore"))
        self.sound_box.setChecked(sound_enabled)
        self.sound_box.setToolTip(self.tr("Un bip à 5 minutes de la fin, à 1 minute et quand le temps est dépassé"))
        self.sound_box.setAccessibleName(self.tr("Signal sonore des alertes"))
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 0)
        buttons.addWidget(self.resume_button, 0, 0)
        buttons.addWidget(self.next_button, 0, 1)
        buttons.addWidget(self.finish_button, 1, 0)
        buttons.addWidget(self.sound_box, 1, 1)
        layout.addLayout(buttons)
        self.confirm_bar = ActionBar(
            "confirmBar",
            self.tr("Confirmer"),
            self.tr("Annuler (Échap)"),
            accept_tip=self.tr("Faire ce qui est demandé ci-contre"),
            cancel_tip=self.tr("Ne rien changer (Échap)"),
        )
        self.confirm_bar.accepted.connect(self.confirm)
        self.confirm_bar.cancelled.connect(lambda: setattr(self, "_asking", ""))
        layout.addWidget(self.confirm_bar)
        self.undo_bar = ActionBar(
            "undoBar",
            self.tr("Annuler le changement (Ctrl+←)"),
            accept_tip=self.tr("Revenir à la phase précédente, qui continue (Ctrl+←)"),
        )
        self.undo_bar.accepted.connect(self.undo_next_requested)
        layout.addWidget(self.undo_bar)
        self._asking = ""  # "next" or "finish" while the confirmation band asks
        style = self.style()
        for button, icon in (
            (self.start_button, QStyle.StandardPixmap.SP_MediaPlay),
            (self.pause_button, QStyle.StandardPixmap.SP_MediaPause),
            (self.resume_button, QStyle.StandardPixmap.SP_MediaPlay),
            (self.next_button, QStyle.StandardPixmap.SP_MediaSkipForward),
            (self.finish_button, QStyle.StandardPixmap.SP_MediaStop),
        ):
            button.setIcon(style.standardIcon(icon))

        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)

    def _button(self, text: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(tooltip)
        button.clicked.connect(slot)
        button.setMinimumHeight(36)
        return button

    # --- what the screen reads -----------------------------------------------------------------
    @property
    def sound_enabled(self) -> bool:
        return self.sound_box.isChecked()

    @sound_enabled.setter
    def sound_enabled(self, value: bool) -> None:
        self.sound_box.setChecked(value)

    @property
    def state(self) -> TimerState | None:
        """The state shown by the last refresh."""
        return self._state

    @property
    def warning_level(self) -> WarningLevel:
        return self._state.warning if self._state is not None else WarningLevel.NONE

    def phase_label_for_note(self) -> str:
        """ "Entretien d'accueil avec le comédien 12:30": the phase and the time spent in it."""
        state = self._state
        if state is None or state.phase is None:
            return self.tr("Avant le début")
        if state.status is TimerStatus.FINISHED:
            return self.tr("Après la fin")
        return f"{state.phase.title} {format_seconds(state.elapsed_s)}"

    # --- updates -------------------------------------------------------------------------------
    def set_run(self, view: RunView) -> None:
        first = self._run is None
        if first or view.plan != self._run_plan():
            self._build_phase_rows(view)
        self._run = view
        self.refresh(announce=not first)

    def _run_plan(self) -> object:
        return self._run.plan if self._run is not None else None

    def _build_phase_rows(self, view: RunView) -> None:
        for title, duration in self._phase_rows:
            title.deleteLater()
            duration.deleteLater()
        self._phase_rows = []
        for i, _phase in enumerate(view.plan):
            title = QLabel()
            title.setWordWrap(True)
            duration = QLabel()
            duration.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._phases_layout.addWidget(title, i, 0)
            self._phases_layout.addWidget(duration, i, 1)
            self._phase_rows.append((title, duration))

    def refresh(self, *, announce: bool = True) -> None:
        """Recompute the state from the events and the clock, and show it."""
        view = self._run
        if view is None:
            return
        try:
            state = compute_state(view.plan, view.events, self._clock.steady(), speed=view.speed)
        except TimerError as exc:  # events that do not replay: say so rather than crash the screen
            self.phase_label.set_full_text(self.tr("Chronomètre illisible : {0}").format(exc))
            return
        self._state = state
        self._show_state(view, state)
        self._maybe_sound(state, announce)

    def _maybe_sound(self, state: TimerState, announce: bool) -> None:
        phase, level = self._heard
        if state.phase_index != phase or _SEVERITY[state.warning] < _SEVERITY[level]:
            level = WarningLevel.NONE
        if _SEVERITY[state.warning] > _SEVERITY[level] and announce and self.sound_enabled:
            self.sound()
        self._heard = (state.phase_index, state.warning)

    def _show_state(self, view: RunView, state: TimerState) -> None:
        total = len(view.plan)
        blocked = view.status in (CandidateModalityStatus.ABSENT, CandidateModalityStatus.ABANDONED)
        if not view.plan:  # a duration left to the session and still unset: nothing to time yet
            phase_text = view.modality.title
        elif state.phase is None:
            first = view.plan[0].title
            phase_text = self.tr("Phase {0}/{1} : {2}").format(1, total, first)
        else:
            assert state.phase_index is not None
            phase_text = self.tr("Phase {0}/{1} : {2}").format(state.phase_index + 1, total, state.phase.title)
        self.phase_label.set_full_text(phase_text)
        self.phase_label.setAccessibleName(self.tr("Phase en cours"))
        self.phase_label.setAccessibleDescription(phase_text)

        if view.speed != 1:
            self.speed_label.setText(self.tr("×{0}").format(f"{view.speed:g}"))
            self.speed_label.show()
        else:
            self.speed_label.hide()

        countdown = format_seconds(state.remaining_s)
        self.countdown.show_time(countdown)
        self.countdown.setAccessibleDescription(countdown)

        face = state.warning.value
        warning_text = {
            WarningLevel.NONE: "",
            WarningLevel.SOON: self.tr("Moins de 5 minutes"),
            WarningLevel.IMMINENT: self.tr("Moins d'une minute"),
            WarningLevel.OVER: self.tr("Temps dépassé"),
        }[state.warning]
        if blocked:
            face = "finished"
            warning_text = (
                self.tr("Candidat absent")
                if view.status is CandidateModalityStatus.ABSENT
                else self.tr("Abandon enregistré")
            )
        elif state.status is TimerStatus.PAUSED:
            face = "paused"
            warning_text = self.tr("EN PAUSE — raison à indiquer") if state.reason_missing else self.tr("EN PAUSE")
        elif state.status is TimerStatus.FINISHED:
            face = "finished"
            warning_text = self.tr("Modalité terminée")
        elif view.duration_problem:
            warning_text = self.tr("Durée à définir pour la session")
        elif state.status is TimerStatus.NOT_STARTED:
            warning_text = self.tr("Prêt à démarrer")
        if self.clock_face.property("warning") != face:
            self.clock_face.setProperty("warning", face)
            repolish(self.clock_face)
            for child in self.clock_face.findChildren(QLabel):
                repolish(child)
        self.warning_label.setText(warning_text)
        self.warning_label.setAccessibleDescription(warning_text)

        if view.duration_problem:
            self.detail_label.setText(self.tr("Durée non fixée : à définir dans le paquet de session"))
        elif state.phase is None:
            self.detail_label.setText(self.tr("Durée prévue : {0}").format(format_seconds(state.remaining_s)))
        else:
            detail = self.tr("Écoulé {0} sur {1}").format(
                format_seconds(state.elapsed_s), format_seconds(state.phase.duration_s)
            )
            if state.paused_s >= 1:
                detail += self.tr(" · en pause {0}").format(format_seconds(state.paused_s))
            self.detail_label.setText(detail)

        self._show_phases(view, state)
        self._show_buttons(view, state, blocked)

    def _show_phases(self, view: RunView, state: TimerState) -> None:
        actuals = {a.id: a for a in state.phase_actuals}
        for i, (phase, (title, duration)) in enumerate(zip(view.plan, self._phase_rows, strict=True)):
            planned = format_seconds(phase.duration_s)
            text = planned
            if phase.duration_s != phase.base_s:
                text = self.tr("{0} (au lieu de {1})").format(planned, format_seconds(phase.base_s))
            if phase.shared:  # the référentiel leaves it open: it counts down the time it shares
                text = self.tr("{0} en commun").format(text)
                duration.setToolTip(
                    self.tr(
                        "Durée non fixée par le référentiel : cette phase et les autres phases non fixées "
                        "partagent le temps restant de la modalité ({0})"
                    ).format(planned)
                )
            elif phase.source == "session":
                text = self.tr("{0} · fixée pour la session").format(text)
                duration.setToolTip(self.tr("Durée que le référentiel laisse à la session, fixée dans le paquet"))
            actual = actuals.get(phase.id)
            if actual is not None and actual.ended_at is not None:
                text = self.tr("{0} · réel {1}").format(text, format_seconds(actual.elapsed_s))
                status = "done"
                mark = "✓"
            elif state.phase_index == i and state.status is not TimerStatus.FINISHED:
                status = "current"
                mark = "▶"
            else:
                status = "todo"
                mark = "·"
            title.setText(f"{mark} {i + 1}. {phase.title}")
            duration.setText(text)
            for label in (title, duration):
                if label.property("phaseState") != status:
                    label.setProperty("phaseState", status)
                    repolish(label)
            title.setAccessibleName(title.text())
            duration.setAccessibleName(self.tr("Durée de la phase {0}").format(i + 1))

    def _show_buttons(self, view: RunView, state: TimerState, blocked: bool) -> None:
        status = state.status
        running = status in (TimerStatus.RUNNING, TimerStatus.PAUSED) and not blocked
        self.start_button.setVisible(status in (TimerStatus.NOT_STARTED, TimerStatus.FINISHED))
        self.start_button.setEnabled(status is TimerStatus.NOT_STARTED and not blocked and not view.duration_problem)
        if view.duration_problem:
            self.start_button.setToolTip(
                self.tr(
                    "Le référentiel ne fixe pas cette durée : le responsable de session la fixe dans le paquet "
                    "(session.durations), puis met la session à jour"
                )
            )
        self.pause_button.setVisible(status is TimerStatus.RUNNING)
        self.pause_button.setEnabled(not blocked)
        self.resume_button.setVisible(status is TimerStatus.PAUSED)
        self.resume_button.setEnabled(not blocked)
        self.resume_button.setText(self.tr("Raison de la pause…") if state.reason_missing else self.tr("Reprendre"))
        self.next_button.setEnabled(running and state.next_phase is not None)
        self.finish_button.setEnabled(running)
        propose_next = running and state.proposes_next
        propose_finish = running and state.next_phase is None and state.remaining_s <= 0
        for button, proposed in ((self.next_button, propose_next), (self.finish_button, propose_finish)):
            value = "true" if proposed else "false"
            if button.property("proposed") != value:
                button.setProperty("proposed", value)
                repolish(button)
        if (self._asking == "next" and not self.next_button.isEnabled()) or (
            self._asking == "finish" and not self.finish_button.isEnabled()
        ):
            self._asking = ""
            self.confirm_bar.hide()
        undo = undoable_next(view.events, self._clock.steady()) if not blocked else None
        if undo is not None and state.phase is not None:
            self.undo_bar.label.setText(self.tr("Phase « {0} » commencée").format(state.phase.title))
            self.undo_bar.label.setToolTip(self.undo_bar.label.text())
        self.undo_bar.setVisible(undo is not None)
        if state.next_phase is not None and running:
            self.next_button.setToolTip(
                self.tr("Passer à : {0} (Ctrl+→)").format(state.next_phase.title)
                + (self.tr(" — le temps de la phase est écoulé") if propose_next else "")
            )

    # --- buttons -------------------------------------------------------------------------------
    def _resume_clicked(self) -> None:
        if self._state is not None and self._state.reason_missing:
            self.reason_requested.emit()
        else:
            self.resume_requested.emit()

    @property
    def asking(self) -> str:
        """ "next" or "finish" while the band asks to confirm, else ""."""
        return self._asking

    def ask_next(self) -> None:
        """Ctrl+→: ask in the band; the same keys again (or Confirmer) move on."""
        state = self._state
        if self._asking == "next":
            self.confirm()
        elif self.next_button.isEnabled() and state is not None and state.next_phase is not None:
            self._asking = "next"
            self.confirm_bar.ask(
                self.tr("Passer à la phase « {0} » ? Ctrl+→ ou Confirmer : oui · Échap : non").format(
                    state.next_phase.title
                )
            )

    def ask_finish(self) -> None:
        """Ctrl+Fin or the button: ask in the band; the same keys again (or Confirmer) end the modality."""
        if self._asking == "finish":
            self.confirm()
        elif self.finish_button.isEnabled():
            self._asking = "finish"
            text = self.tr("Terminer la modalité ? Le chronomètre s'arrête définitivement.")
            if self.unmarked_count:
                text += " " + self.tr(
                    "Il reste {0} critère(s) non noté(s) ; vous pourrez compléter la grille ensuite."
                ).format(self.unmarked_count)
            self.confirm_bar.ask(text + " " + self.tr("Ctrl+Fin ou Confirmer : oui · Échap : non"))

    def confirm(self) -> None:
        asking, self._asking = self._asking, ""
        self.confirm_bar.hide()
        if asking == "next":
            self.next_requested.emit()
        elif asking == "finish":
            self.finish_requested.emit()

    def cancel_confirmation(self) -> None:
        self.confirm_bar.cancel()

    def toggle(self) -> None:
        """F5 / Ctrl+Espace: start, pause or resume, whichever applies."""
        state = self._state
        if state is None or (
            self._run is not None
            and self._run.status in (CandidateModalityStatus.ABSENT, CandidateModalityStatus.ABANDONED)
        ):
            return
        if state.status is TimerStatus.NOT_STARTED:
            self.start_requested.emit()
        elif state.status is TimerStatus.RUNNING:
            self.pause_requested.emit()
        elif state.status is TimerStatus.PAUSED:
            self._resume_clicked()

    # The display is refreshed while it can be seen; the time itself never depends on it.
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._ticker.stop()
        super().hideEvent(event)

    @property
    def ticking(self) -> bool:
        return self._ticker.isActive()
