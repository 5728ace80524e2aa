"""The candidates' dossiers of the demo session, as small PDFs that are the same bytes everywhere.

reportlab draws them in invariant mode with a fixed date and identifier, in the DejaVu Sans font
shipped in resources/fonts, so that they depend neither on the clock nor on SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from jury_app.demo.content import (
    CENTRE,
    CERTIFICATION_TEXT,
    PATH_TEXT,
    Candidate,
    CandidateDocument,
    DemoSession,
)
from jury_app.resources import resource

_PDF_DATE = "D:20261116090000+01'00'"  # dossiers "received" by the centre on 16/11/2026, 9:00
# One embedded font only, to keep each PDF small (a DejaVu subset weighs some 20 KB): headings
# are drawn bold by stroking the glyph outlines (text render mode 2) instead of a second font.
_FONT = "JuryAppDemo-DejaVuSans"


@cache
def _register_fonts() -> None:
    path = resource("fonts", "DejaVuSans.ttf")
    if not path.is_file():
        raise FileNotFoundError(f"Police introuvable : {path} (ressources incomplètes)")
    pdfmetrics.registerFont(TTFont(_FONT, str(path)))


@contextmanager
def _invariant_reportlab() -> Iterator[None]:
    previous = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = previous


class _Page:
    """A few helpers over one reportlab canvas: a cursor going down the page, wrapped text."""

    MARGIN = 56.0

    def __init__(self, c: canvas.Canvas, doc_label: str) -> None:
        self.c = c
        self.doc_label = doc_label
        self.width, self.height = A4
        self.page_no = 1
        self.y = self.height - self.MARGIN

    def text(
        self,
        text: str,
        *,
        size: float = 10.5,
        bold: bool = False,
        gap: float = 4.0,
        indent: float = 0.0,
        bullet: bool = False,
    ) -> None:
        if bullet:
            indent += 12
        width = self.width - 2 * self.MARGIN - indent
        leading = size * 1.35
        for i, line in enumerate(simpleSplit(text, _FONT, size, width)):
            if self.y - leading < self.MARGIN + 20:
                self.new_page()
            if bullet and i == 0:
                self.c.setFont(_FONT, size)
                self.c.drawString(self.MARGIN + indent - 10, self.y - size, "•")
            self.c.saveState()  # the render mode and line width belong to the graphics state
            t = self.c.beginText(self.MARGIN + indent, self.y - size)
            t.setFont(_FONT, size)
            if bold:
                self.c.setLineWidth(size * 0.035)
                t.setTextRenderMode(2)  # fill and stroke: a bold weight from the regular font
            t.textLine(line)
            self.c.drawText(t)
            self.c.restoreState()
            self.y -= leading
        self.y -= gap

    def rule(self) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(self.MARGIN, self.y, self.width - self.MARGIN, self.y)
        self.y -= 12

    def footer(self) -> None:
        self.c.setFont(_FONT, 8)
        self.c.drawString(self.MARGIN, 30, f"{self.doc_label} — document fictif de démonstration")
        self.c.drawRightString(self.width - self.MARGIN, 30, f"page {self.page_no}")

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page_no += 1
        self.y = self.height - self.MARGIN


@dataclass(frozen=True)
class DemoDocument:
    """One invented document: who, which one, for which session, and its body."""

    seed: str  # what makes its /ID: the session, the candidate and the kind
    doc_title: str
    candidate_id: str
    full_name: str
    subject: str
    keywords: str
    certification_text: str
    identity: tuple[str, ...]  # the lines under the candidate's name (path, units, session, centre)
    context: str
    lines: tuple[str, ...]  # `## ` a heading, `### ` a sub-heading, `- ` a bullet, else a paragraph
    civility: str = ""  # « M. », « Mme » or "" (named neutrally)


def render_pdf(session: DemoSession, c: Candidate, doc: CandidateDocument) -> bytes:
    """A document of a TP CIP demo session's candidate."""
    identity = [f"Parcours : {PATH_TEXT[c.path]}"]
    if c.units_held:
        identity.append(f"CCP déjà acquis : {', '.join(c.units_held)}")
    if c.units_sought:
        identity.append(f"CCP visés à cette session : {', '.join(c.units_sought)}")
    identity.append(f"Session : {session.title} ({session.id}), {session.dates_text}")
    identity.append(f"Centre : {CENTRE.name}, {CENTRE.address}")
    return render_document(
        DemoDocument(
            seed=f"jury_app demo {session.id} {c.id} {doc.kind}{'' if doc.kind != 'preuve_ccp' else doc.suffix}",
            doc_title=doc.title,
            candidate_id=c.id,
            full_name=f"{c.first_name} {c.last_name}",
            subject=f"{session.title} ({session.id}) — document fictif",
            keywords="démonstration, TP-00403, CIP",
            certification_text=CERTIFICATION_TEXT,
            identity=tuple(identity),
            context=c.context,
            lines=doc.lines,
            civility=c.civility,
        )
    )


def render_document(d: DemoDocument) -> bytes:
    """The document as a small PDF, the same bytes on every machine and every day."""
    _register_fonts()
    doc_title = d.doc_title
    full_name = d.full_name
    buf = io.BytesIO()
    with _invariant_reportlab():
        cv = canvas.Canvas(
            buf,
            pagesize=A4,
            pageCompression=1,
            invariant=1,
            initialFontName=_FONT,
            initialFontSize=10,
            lang="fr-FR",
        )
        # The creation date and the /ID must not depend on SOURCE_DATE_EPOCH nor on the clock.
        cv.setDateFormatter(lambda *_: _PDF_DATE)
        cv._doc.signature = hashlib.md5(d.seed.encode(), usedforsecurity=False)
        cv.setTitle(f"{doc_title} — {full_name}")
        cv.setAuthor(full_name)
        cv.setSubject(d.subject)
        cv.setCreator("jury_app — paquet de démonstration")
        cv.setProducer("jury_app")
        cv.setKeywords(d.keywords)

        page = _Page(cv, f"{doc_title} — {full_name}")
        page.text(d.certification_text, size=9, gap=24)
        page.text(doc_title, size=22, bold=True, gap=10)
        page.rule()
        label = {"Mme": "Candidate", "M.": "Candidat"}.get(d.civility, "Personne candidate")
        page.text(f"{label} : {full_name} ({d.candidate_id})", size=13, bold=True, gap=6)
        for i, line in enumerate(d.identity):
            page.text(line, gap=16 if i == len(d.identity) - 1 else 2)
        page.text("Contexte d'exercice", bold=True, size=12)
        page.text(d.context, gap=16)
        for line in d.lines:
            if line.startswith("## "):
                page.y -= 6
                page.text(line[3:], bold=True, size=12, gap=4)
            elif line.startswith("- "):
                page.text(line[2:], indent=8, bullet=True, gap=4)
            elif line.startswith("### "):
                page.text(line[4:], size=10.5, bold=True, gap=3)
            else:
                page.text(line, gap=8)
        page.y -= 10
        page.text(
            "Document fictif produit pour la démonstration de jury_app : les personnes, les "
            "structures et les situations décrites sont inventées.",
            size=8.5,
        )
        page.footer()
        cv.showPage()
        cv.save()
    return buf.getvalue()
