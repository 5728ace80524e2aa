"""A « PV à faire signer » received from the session lead, signed on the juror's own laptop: the
pages shown first (each box as it reads now), then the passphrase. The file is signed in place, to
be taken back to the lead (or to the next juror).

A large session's PV runs to a hundred pages: each page is drawn when it scrolls into view and
dropped once far from it, so the dialog opens at once and holds a few pages' pixels, not all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.pv_files import pv_pages
from jury_app.domain.clock import Clock
from jury_app.reports.pdf_preview import PdfPages
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.signature.sign_dialog import SignReportDialog

PREVIEW_SCALE = 1.1
KEEP_SCREENS = 3  # pages drawn within this many screens of the view are kept, others dropped


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
        self._document: PdfPages | None = None
        self.page_view = QScrollArea(self)
        self.page_view.setWidgetResizable(True)
        self.page_view.setAccessibleName(self.tr("Pages du procès-verbal"))
        self._holder = QWidget(self.page_view)
        self._column = QVBoxLayout(self._holder)
        self.page_view.setWidget(self._holder)
        self.page_view.verticalScrollBar().valueChanged.connect(self.draw_visible_pages)
        read_first = QLabel(self.tr("Lisez le procès-verbal avant de le signer :"), self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, read_first)
        layout.insertWidget(2, self.page_view, 1)
        self._open_pages()
        self.resize(760, 860)

    def _open_pages(self) -> None:
        """(Re)opens the file: one empty frame per page, the size the page will be drawn at."""
        self._close_pages()
        for label in self.pages:
            self._column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self._document = ActionRunner(self, tell=self._fail).read(lambda: pv_pages(self.pdf_path))
        if self._document is None:
            return
        count = self._document.count
        for index in range(count):
            width, height = self._document.size(index)
            label = QLabel(self._holder)
            label.setFixedSize(round(width * PREVIEW_SCALE), round(height * PREVIEW_SCALE))
            label.setAccessibleName(self.tr("Page {0} sur {1}").format(index + 1, count))
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()  # placed by the layout now, also when the dialog is already on screen
            self.pages.append(label)
        self._column.activate()  # the frames placed now, to tell which are in view
        self.draw_visible_pages()

    def _close_pages(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def drawn(self, index: int) -> bool:
        return not self.pages[index].pixmap().isNull()

    def draw_visible_pages(self) -> None:
        """Draws the pages in view (and the next screen's), drops those far from it."""
        if self._document is None or not self.pages:
            return
        top = self.page_view.verticalScrollBar().value()
        screen = max(self.page_view.viewport().height(), 1)
        wanted = QRect(0, top, self._holder.width() or 1, 2 * screen)
        kept = QRect(0, top - KEEP_SCREENS * screen, self._holder.width() or 1, (2 * KEEP_SCREENS + 1) * screen)
        for index, label in enumerate(self.pages):
            where = label.geometry()
            if where.intersects(wanted) and not self.drawn(index):
                page = self._document.render(index, scale=PREVIEW_SCALE)
                image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
                label.setPixmap(QPixmap.fromImage(image.copy()))  # the copy owns its pixels
            elif not where.intersects(kept) and self.drawn(index):
                label.setPixmap(QPixmap())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._holder.adjustSize()
        self.draw_visible_pages()

    def sign(self) -> bool:
        if not super().sign():
            return False
        self.message.setText(
            self.message.text()
            + "\n"
            + self.tr("Rapportez ce fichier au responsable de session (ou transmettez-le au juré suivant).")
        )
        top = self.page_view.verticalScrollBar().value()
        self._open_pages()  # the juror's box now shows their stamp
        self.page_view.verticalScrollBar().setValue(top)
        self.draw_visible_pages()
        return True

    def done(self, result: int) -> None:
        self._close_pages()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._close_pages()
        super().closeEvent(event)
