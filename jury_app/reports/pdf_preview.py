"""Pages of a PDF as images, to show a procès-verbal before signing it.

PySide6-Essentials has no QtPdf; PDFium (pypdfium2, its prebuilt library for Windows, macOS and
Linux, no display needed) renders the pages with their form fields, so each juror's box shows what
it reads (« non signé », or the stamp). The images are plain RGB bytes: the screen wraps them.
A session of 300 candidates makes a PV of a hundred pages: `PdfPages` keeps the document open and
renders a page when it is asked for, so the screen draws the pages the juror scrolls to.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Any

from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    rgb: bytes  # 3 bytes per pixel, rows top to bottom


class PdfPages:
    """An open PDF whose pages are rendered one at a time. Not thread-safe (PDFium is not): used
    from one thread, closed when done (or as a context manager)."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2 as pdfium

        try:
            self._doc: Any = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise InvalidInput.one("PDF", msg("PDF illisible")) from exc
        self._doc.init_forms()  # the signature fields' appearances are drawn too
        self.count: int = len(self._doc)

    def size(self, index: int) -> tuple[float, float]:
        """(width, height) of page `index` in points (1/72 inch)."""
        width, height = self._doc[index].get_size()
        return float(width), float(height)

    def render(self, index: int, *, scale: float = 1.0) -> PageImage:
        """Page `index` at `scale` (1.0: 72 pixels per inch)."""
        bitmap = self._doc[index].render(scale=scale, may_draw_forms=True, rev_byteorder=True)
        return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))

    def close(self) -> None:
        self._doc.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def page_images(pdf: bytes, *, scale: float = 1.0) -> list[PageImage]:
    """Every page of the PDF rendered at `scale`."""
    with PdfPages(pdf) as pages:
        return [pages.render(i, scale=scale) for i in range(pages.count)]
