"""A modality on documents (note de synthèse, dossier écrit, livret 2, passeport compétences):
no timer, the candidate's documents open from here and the jurors judge on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import AttachmentView, viewable_copy
from jury_app.actions.exam import RunView
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.documents import document_kind_label, open_with_system


class DocumentPanel(QFrame):
    """What the jurors assess, and a button per document of the kinds the modality names."""

    def __init__(self, ctx: AppContext, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPanel")
        theme.follow(
            self,
            "QFrame#documentPanel { border: 1px solid @border; border-radius: 6px; background: @soft_bg; }"
            "QLabel#documentTitle { font-size: @size(1.2); font-weight: bold; }",
        )
        self.setAccessibleName(self.tr("Documents évalués"))
        self.ctx = ctx
        self.runner = runner
        self.open_file: Callable[[Path], object] = open_with_system
        """Opens a document with the system's reader (replaceable, e.g. by tests)."""
        self._key: tuple[object, ...] = ()
        self.buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        self.title_label = QLabel(self.tr("Modalité évaluée sur document"))
        self.title_label.setObjectName("documentTitle")
        layout.addWidget(self.title_label)
        self.explanation = QLabel(
            self.tr(
                "Pas de chronomètre : ouvrez le document du candidat, puis jugez chaque compétence "
                "dans la grille (acquis ou non acquis, avec une observation)."
            )
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self._buttons_layout = QVBoxLayout()
        self._buttons_layout.setSpacing(4)
        layout.addLayout(self._buttons_layout)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("missing")
        layout.addWidget(self.missing_label)
        layout.addStretch(1)

    def set_run(self, view: RunView) -> None:
        key = (view.candidate_ref, view.modality.id, view.documents)
        if key == self._key:
            return
        self._key = key
        for button in self.buttons:
            self._buttons_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for document in view.documents:
            button = QPushButton(self.tr("Ouvrir : {0}").format(document.title))
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            button.setToolTip(self.tr("Ouvrir « {0} » dans le lecteur de PDF").format(document.title))
            button.setAccessibleName(self.tr("Ouvrir {0}").format(document.title))
            button.clicked.connect(lambda _checked=False, d=document: self.open_document(d))
            self._buttons_layout.addWidget(button)
            self.buttons.append(button)
        wanted = ", ".join(document_kind_label(k) for k in view.modality.documents)
        if view.documents:
            self.missing_label.setText(self.tr("Documents attendus : {0}").format(wanted))
        else:
            self.missing_label.setText(
                self.tr("Aucun document de ce type dans le paquet pour ce candidat (attendu : {0}).").format(wanted)
            )

    def open_document(self, document: AttachmentView) -> None:
        """Open one of the candidate's documents with the system's reader (a copy checked against its hash)."""
        if self.runner.read(lambda: self.open_file(viewable_copy(self.ctx, document))) is False:
            self.runner.tell(self.tr("Aucun programme n'a pu ouvrir « {0} ».").format(document.title))
