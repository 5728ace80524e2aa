"""Pages of a PDF as images, to show a procès-verbal before signing it.

PySide6-Essentials has no QtPdf; PDFium (pypdfium2, its prebuilt library for Windows, macOS and
Linux, no display needed) renders the pages with their form fields, so each juror's box shows what
it reads (« non signé », or the stamp). The images are plain RGB bytes: the screen wraps them.
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_app.domain.problems import InvalidInput

MAX_PAGES = 60


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    rgb: bytes  # 3 bytes per pixel, rows top to bottom


def page_images(pdf: bytes, *, scale: float = 1.0, max_pages: int = MAX_PAGES) -> list[PageImage]:
    """The PDF's pages (at most `max_pages`) rendered at `scale` (1.0: 72 pixels per inch)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise InvalidInput.one("PDF", "PDF illisible") from exc
    try:
        doc.init_forms()  # the signature fields' appearances are drawn too
        images = []
        for index in range(min(len(doc), max_pages)):
            bitmap = doc[index].render(scale=scale, may_draw_forms=True, rev_byteorder=True)
            images.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
        return images
    finally:
        doc.close()
