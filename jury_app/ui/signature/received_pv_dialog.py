"""A « PV à faire signer » received from the session lead, signed on the juror's own laptop: the
pages shown first (each box as it reads now), then the passphrase. The file is signed in place, to
be taken back to the lead (or to the next juror)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.pv_files import pv_pages
from jury_app.domain.clock import Clock
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.signature.sign_dialog import SignReportDialog

PREVIEW_SCALE = 1.1


class ReceivedPvDialog(SignReportDialog):
    """Reads the received PV's pages, then signs it with the juror's passphrase."""

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        juror_ref: str,
        pdf_path: Path | str,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, session_id, juror_ref, pdf_path, clock, parent)
        self.setWindowTitle(self.tr("Signer un procès-verbal reçu"))
        self.pages: list[QLabel] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Pages du procès-verbal"))
        holder = QWidget(scroll)
        column = QVBoxLayout(holder)
        images = ActionRunner(self, tell=self._fail).read(lambda: pv_pages(self.pdf_path, scale=PREVIEW_SCALE)) or []
        for number, page in enumerate(images, 1):
            image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
            label = QLabel(holder)
            label.setPixmap(QPixmap.fromImage(image.copy()))  # the copy owns its pixels
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Page {0} sur {1}").format(number, len(images)))
            column.addWidget(label)
            self.pages.append(label)
        scroll.setWidget(holder)
        read_first = QLabel(self.tr("Lisez le procès-verbal avant de le signer :"), self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, read_first)
        layout.insertWidget(2, scroll, 1)
        self.resize(760, 860)

    def sign(self) -> bool:
        if not super().sign():
            return False
        self.message.setText(
            self.message.text()
            + "\n"
            + self.tr("Rapportez ce fichier au responsable de session (ou transmettez-le au juré suivant).")
        )
        return True
