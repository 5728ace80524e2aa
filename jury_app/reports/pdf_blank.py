"""Blank paper grids: the grid of each modality, with empty boxes, for a juror whose laptop fails.

What is written on paper is keyed into the app afterwards, where the grid is marked « papier ».
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import KeepTogether, PageBreak, Spacer

from jury_app.domain.wording import (
    NNBSP,
    capital,
    competence_label,
    fr,
    fr_dates,
    fr_duration,
    path_label,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    PAPER_MENTION,
    BlankCompetence,
    BlankGridReport,
)
from jury_app.reports.pdf_base import FONT, FONT_BOLD, LIGHT_BG, ReportRenderer, grid_table, info_table, para, wrap_text
from jury_app.reports.people import accommodations_text, candidate_identity, candidate_label

BOX = "☐"
SPACE = "\u00a0" * 6 + " "  # a visible gap between the boxes: paragraphs collapse plain spaces


class BlankGridsRenderer(ReportRenderer):
    mark_column = 62.0

    def __init__(self, reports: Sequence[BlankGridReport]) -> None:
        if not reports:
            raise ValueError("aucune grille à imprimer")
        super().__init__(reports[0].header)
        self.reports = tuple(reports)

    def running_title(self) -> str:
        h = self.header
        return fr(f"{h.document} — {self.reports[0].candidate.name} — {h.session_title} — {fr_dates(h.dates)}")

    def story(self) -> list[Any]:
        out: list[Any] = []
        for i, r in enumerate(self.reports):
            if i:
                out.append(PageBreak())
            out += self.grid(r)
        return out

    def grid(self, r: BlankGridReport) -> list[Any]:
        h = r.header
        c = r.candidate
        duration = f" — {fr_duration(r.duration_min * 60)}" if r.duration_min else ""
        out: list[Any] = [
            para(h.document, "title"),
            para(f"{r.modality_title}{duration}", "h2first"),
            para(f"{h.certification_label} — {h.certification_code}, version {h.certification_version}", "subtitle"),
            para(fr(PAPER_MENTION), "notice"),
        ]
        if h.mock:
            out.append(para(MOCK_MENTION, "mention"))
        path = capital(path_label(c.path, h.terms))
        if c.extra_time_percent:
            path += f" — {accommodations_text(c)}"
        jurors = SPACE.join(f"{BOX} {j.name}" for j in r.jurors) or "__________________________"
        out.append(
            info_table(
                [
                    (candidate_label(c), candidate_identity(c)),
                    ("Parcours", path),
                    ("Session", f"{h.session_title} ({h.session_id}) — {fr_dates(h.dates)}"),
                    ("Membre du jury (cocher)", jurors),
                    (
                        "Date et heures",
                        f"le ____ /____ /________{SPACE}début{NNBSP}: ____ h ____{SPACE}fin{NNBSP}: ____ h ____",
                    ),
                ]
                + (
                    [
                        (
                            "Fiche scénario tirée",
                            f"n°{NNBSP}________{SPACE}titre{NNBSP}: ____________________________________",
                        )
                    ]
                    if r.scenario_drawn_by_lot
                    else []
                ),
                self.content_width,
                label_width=118,
            )
        )
        if r.phases:
            rows: list[list[Any]] = [["Phase", "Prévu", "Début", "Fin", "Pauses et motifs"]]
            rows += [[para(p.title, "cell"), fr_duration(p.planned_s), "", "", ""] for p in r.phases]
            out.append(Spacer(1, 6))
            out.append(
                grid_table(
                    rows,
                    [self.content_width - 60 - 55 - 55 - 140, 60, 55, 55, 140],
                    styles=[("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white"]), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)],
                )
            )
        out.append(Spacer(1, 4))
        if any(comp.criteria for comp in r.competences):
            out.append(
                para(
                    fr(
                        "Pour chaque critère, cochez une case : Satisfait, Non satisfait ou Non observé. Puis le jugement du juré sur la compétence."
                    ),
                    "small",
                )
            )
        for comp in r.competences:
            out.append(Spacer(1, 6))
            out.append(KeepTogether([self.competence_table(comp)]))
        notes = [["Heure", "Note"]] + [["", ""] for _ in range(6)]
        out.append(
            KeepTogether(
                [
                    para("Notes prises pendant l'épreuve", "h3"),
                    grid_table(
                        notes,
                        [50, self.content_width - 50],
                        styles=[("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)],
                    ),
                    Spacer(1, 14),
                    para(fr("Signature du juré : ______________________________"), "body"),
                    Spacer(1, 8),
                    para(
                        fr("Ressaisie dans l'application le ____ /____ /________ par ______________________________"),
                        "body",
                    ),
                ]
            )
        )
        return out

    def competence_table(self, comp: BlankCompetence) -> Any:
        mc = self.mark_column
        widths = [self.content_width - 3 * mc, mc, mc, mc]
        inner = widths[0] - 8
        label = competence_label(comp.competence_id, comp.title)
        styles: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("FONT", (1, 0), (-1, 0), FONT, 7, 9)]
        if comp.criteria:
            rows: list[list[Any]] = [
                [wrap_text(label, inner, FONT_BOLD, 8), "Satisfait", "Non satisfait", "Non observé"]
            ]
        else:  # an interview judged as a whole: no criterion to tick
            rows = [[label, "", "", ""]]
            styles.append(("SPAN", (0, 0), (-1, 0)))
        for crit_id, crit_text in comp.criteria:
            rows.append([wrap_text(f"{crit_id}  {crit_text}", inner), BOX, BOX, BOX])
        if comp.criteria:
            styles += [("FONT", (1, 1), (-1, len(rows) - 1), FONT, 12, 13), ("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
        r = len(rows)
        rows.append(
            [para("<b>Jugement du juré</b>", "cell", markup=True), f"{BOX} Acquis      {BOX} Non acquis", "", ""]
        )
        styles += [
            ("SPAN", (1, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), LIGHT_BG),
            ("FONT", (1, r), (-1, r), FONT, 9.5, 12),
        ]
        r = len(rows)
        rows.append([para(f"<b>Observations{NNBSP}:</b>", "cell", markup=True), "", "", ""])
        room = 40 if comp.criteria else 150  # the overall judgement of a whole interview needs more
        styles += [("SPAN", (0, r), (-1, r)), ("BOTTOMPADDING", (0, r), (-1, r), room)]
        return grid_table(rows, widths, styles=styles)


def render_blank_grids(reports: Sequence[BlankGridReport]) -> bytes:
    """Blank paper grids, one modality per section (each starts a page), as PDF bytes."""
    return BlankGridsRenderer(reports).render()
