"""The draw by lot of the scenario card (mise en situation): draw, redraw with a reason, actor's view.

As the RE has it (seed 002, line 1517): the candidate draws the card "sans en prendre connaissance",
the card goes to the actor, and the jury tells the candidate only the type of structure. So while
the candidate is in the room the screen shows the structure type alone, in large type; the card's
title appears for the jurors once the candidate has left to prepare (the timer started) or on an
explicit "Afficher la fiche". The role itself opens only in the actor's window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.exam import RunView
from jury_app.ui.common import theme
from jury_app.ui.modality.actor_view import ActorView
from jury_app.ui.modality.feedback import local_time, repolish


class DrawPanel(QFrame):
    """Draw the scenario card before the start; then show its title and structure type."""

    draw_requested = Signal(str)
    """With the witness's name (may be empty)."""
    redraw_requested = Signal(str, str)
    """With the witness's name and the reason of the new draw (the action refuses an empty one)."""
    emergency_requested = Signal(str, str)
    """With the witness's name and the reason of reusing a card already drawn today (none left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPanel")
        theme.follow(
            self,
            "QFrame#drawPanel { border: 1px solid @border; border-radius: 6px; background: @soft_bg; }"
            "QLabel#cardTitle { font-size: @size(1.2); font-weight: bold; }"
            "QLabel#structure { font-size: @size(1.1); }"
            'QLabel#structure[announce="true"] { font-size: @size(1.5); font-weight: bold; color: @info_fg; }'
            "QLabel#hiddenCard { color: @muted; font-style: italic; }",
        )
        self.setAccessibleName(self.tr("Tirage au sort de la fiche scénario"))
        self._view: RunView | None = None
        self._revealed_card: str | None = None  # the card a juror chose to show before the start
        self.actor_view: ActorView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Fiche scénario tirée"))
        layout.addWidget(self.title_label)
        self.structure_label = QLabel()
        self.structure_label.setObjectName("structure")
        self.structure_label.setWordWrap(True)
        self.structure_label.setAccessibleName(self.tr("Type de structure, à annoncer au candidat"))
        layout.addWidget(self.structure_label)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        theme.follow(self.info_label, "color: @muted;")
        self.info_label.setAccessibleName(self.tr("Heure du tirage et témoin"))

        row = QHBoxLayout()
        self.witness_edit = QLineEdit()
        self.witness_edit.setPlaceholderText(self.tr("Témoin du tirage (facultatif)"))
        self.witness_edit.setToolTip(self.tr("Nom de la personne qui assiste au tirage, consigné avec lui"))
        self.witness_edit.setAccessibleName(self.tr("Témoin du tirage"))
        row.addWidget(self.witness_edit, 1)
        self.draw_button = QPushButton(self.tr("Tirer au sort la fiche scénario"))
        self.draw_button.setToolTip(self.tr("Tirer une fiche parmi celles qui n'ont pas encore servi aujourd'hui"))
        self.draw_button.setAccessibleName(self.tr("Tirer au sort la fiche scénario"))
        self.draw_button.clicked.connect(lambda: self.draw_requested.emit(self.witness_edit.text()))
        row.addWidget(self.draw_button)
        self.emergency_button = QPushButton(self.tr("Réutilisation d'urgence…"))
        self.emergency_button.setToolTip(
            self.tr(
                "Toutes les fiches ont déjà été tirées aujourd'hui : en réutiliser une, pour un motif consigné "
                "comme incident au procès-verbal"
            )
        )
        self.emergency_button.setAccessibleName(self.tr("Réutiliser une fiche déjà tirée aujourd'hui"))
        self.emergency_button.clicked.connect(self.ask_emergency)
        row.addWidget(self.emergency_button)
        layout.addLayout(row)

        actions = QHBoxLayout()
        actions.addWidget(self.info_label, 1)
        self.actor_button = QPushButton(self.tr("Vue comédien…"))
        self.actor_button.setToolTip(
            self.tr("Ouvrir le rôle du comédien dans une fenêtre à part, en grands caractères (pas pour le candidat)")
        )
        self.actor_button.setAccessibleName(self.tr("Vue comédien"))
        self.actor_button.clicked.connect(self.open_actor_view)
        actions.addWidget(self.actor_button)
        self.reveal_button = QPushButton(self.tr("Afficher la fiche…"))
        self.reveal_button.setToolTip(
            self.tr("Le candidat est sorti se préparer : afficher le titre de la fiche pour les jurés")
        )
        self.reveal_button.setAccessibleName(self.tr("Afficher la fiche pour les jurés"))
        self.reveal_button.clicked.connect(self.reveal)
        actions.addWidget(self.reveal_button)
        self.redraw_button = QPushButton(self.tr("Nouveau tirage…"))
        self.redraw_button.setToolTip(self.tr("Tirer une autre fiche ; la raison est demandée et consignée"))
        self.redraw_button.setAccessibleName(self.tr("Nouveau tirage"))
        self.redraw_button.clicked.connect(self.ask_redraw)
        actions.addWidget(self.redraw_button)
        layout.addLayout(actions)

    def set_run(self, view: RunView) -> None:
        self._view = view
        started = bool(view.events)
        card = view.card
        if card is None:
            self.title_label.setText(self.tr("Fiche scénario : pas encore tirée"))
            self.structure_label.setText(self.tr("Tirez la fiche au sort avec le candidat avant de démarrer."))
            self.info_label.clear()
            self.info_label.hide()
        else:
            shown = started or self._revealed_card == card.ref
            if shown:
                self.title_label.setText(self.tr("Fiche : {0}").format(card.title))
                self.title_label.setObjectName("cardTitle")
            else:
                self.title_label.setText(
                    self.tr("Fiche tirée : son contenu reste masqué tant que le candidat est présent")
                )
                self.title_label.setObjectName("hiddenCard")
            repolish(self.title_label)
            self.title_label.setToolTip(self.title_label.text())
            self.structure_label.setText(
                self.tr("Type de structure (à annoncer au candidat) : {0}").format(card.structure_type)
            )
            info = self.tr("Tirée à {0}").format(local_time(card.drawn_at))
            if card.witness:
                info += self.tr(", témoin : {0}").format(card.witness)
            if view.redraws:
                info += self.tr(" (nouveaux tirages : {0})").format(view.redraws)
            self.info_label.setText(info)
            self.info_label.show()
        self.witness_edit.setVisible(not started)
        none_left = view.cards_left == 0
        self.draw_button.setVisible(card is None and not started)
        self.draw_button.setEnabled(not none_left)
        self.draw_button.setToolTip(
            self.tr("Toutes les fiches ont déjà été tirées aujourd'hui")
            if none_left
            else self.tr("Tirer une fiche parmi celles qui n'ont pas encore servi aujourd'hui")
        )
        self.emergency_button.setVisible(none_left and not started)
        self.redraw_button.setVisible(card is not None and not started)
        self.actor_button.setVisible(card is not None)
        hidden = card is not None and not started and self._revealed_card != card.ref
        self.reveal_button.setVisible(hidden)
        announce = "true" if hidden else "false"
        if self.structure_label.property("announce") != announce:
            self.structure_label.setProperty("announce", announce)
            repolish(self.structure_label)
        if self.actor_view is not None and card is not None and self.actor_view.card != card:
            self.actor_view.close()
            self.actor_view = None

    @property
    def card_shown(self) -> bool:
        """Whether the jurors' screen shows the card's title."""
        view = self._view
        return (
            view is not None and view.card is not None and (bool(view.events) or self._revealed_card == view.card.ref)
        )

    def reveal(self) -> None:
        """The candidate has left: the jurors may see which card was drawn."""
        if self._view is not None and self._view.card is not None:
            self._revealed_card = self._view.card.ref
            self.set_run(self._view)

    def open_actor_view(self) -> None:
        if self._view is None or self._view.card is None:
            return
        if self.actor_view is None:
            self.actor_view = ActorView(self._view.card, self)
        self.actor_view.show()
        self.actor_view.raise_()
        self.actor_view.activateWindow()

    def ask_redraw(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Nouveau tirage"),
            self.tr("Raison du nouveau tirage (consignée comme incident) :"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if ok:
            self.redraw_requested.emit(self.witness_edit.text(), reason)

    def ask_emergency(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Réutilisation d'urgence d'une fiche"),
            self.tr(
                "Toutes les fiches ont déjà été tirées aujourd'hui. Pourquoi en réutiliser une ? "
                "(consigné comme incident au procès-verbal)"
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if ok:
            self.emergency_requested.emit(self.witness_edit.text(), reason)
