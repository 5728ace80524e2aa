"""The feedback of a mock session for one candidate: strengths and points to improve, per competence."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Spacer

from jury_app.domain.wording import (
    FEEDBACK_STATUS_LABELS,
    NNBSP,
    absence_sentence,
    capital,
    competence_label,
    fr,
    fr_dates,
    judgement_label,
    path_label,
    quoted,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    FeedbackCompetence,
    FeedbackCriterion,
    FeedbackReport,
)
from jury_app.reports.pdf_base import GREEN, RED, ReportRenderer, grid_table, info_table, para, text
from jury_app.reports.people import candidate_identity, candidate_label


class FeedbackRenderer(ReportRenderer):
    def __init__(self, report: FeedbackReport) -> None:
        super().__init__(report.header)
        self.report = report

    def running_title(self) -> str:
        h = self.header
        return fr(f"{h.document} — {self.report.candidate.name} — {h.session_title} — {fr_dates(h.dates)}")

    def story(self) -> list[Any]:
        r = self.report
        h = r.header
        c = r.candidate
        out: list[Any] = [
            para("Retour au candidat — examen blanc", "title"),
            para(f"{h.certification_label} — {h.certification_code}, version {h.certification_version}", "subtitle"),
            para(MOCK_MENTION, "mention"),
            info_table(
                [
                    (candidate_label(c), candidate_identity(c)),
                    ("Parcours", capital(path_label(c.path, h.terms))),
                    ("Session", f"{h.session_title} ({h.session_id})"),
                    ("Dates", fr_dates(h.dates)),
                    ("Centre", h.centre_name),
                    ("Jury", ", ".join(j.name for j in r.jury)),
                ],
                self.content_width,
            ),
            Spacer(1, 6),
            para(
                fr(
                    "Ce document reprend, critère par critère, ce que le jury a observé pendant l'examen blanc : "
                    "les points forts (critères satisfaits) et les points à améliorer (critères non satisfaits ou "
                    "non observés), avec les observations des jurés. Il prépare la session de certification et n'a "
                    "aucune valeur certificative."
                ),
                "body",
            ),
        ]
        if r.absent:
            out.append(para(fr(f"{absence_sentence(c.civility)} : aucune épreuve n'a été observée."), "body"))
            return out
        if not r.competences:
            out.append(para(fr("Aucune grille n'a encore été saisie pour ce candidat : rien à restituer."), "body"))
            return out
        out.append(para("Vue d'ensemble", "h2"))
        out.append(self.overview())
        out.append(para("Détail par compétence", "h2"))
        for comp in r.competences:
            out.append(self.competence(comp))
        return out

    def overview(self) -> Any:
        rows: list[list[Any]] = [["Compétence", "Points forts", "À améliorer", "Jugement du jury"]]
        for comp in self.report.competences:
            rows.append(
                [
                    para(competence_label(comp.competence_id, comp.title), "cell"),
                    str(len(comp.strengths)) if comp.strengths or comp.improvements else "—",
                    str(len(comp.improvements)) if comp.strengths or comp.improvements else "—",
                    judgement_label(comp.judgement, capitalised=True),
                ]
            )
        w = 70.0
        return grid_table(
            rows,
            [self.content_width - 3 * w - 20, w, w, w + 20],
            styles=[("ALIGN", (1, 1), (2, -1), "CENTER")],
            zebra=True,
        )

    @staticmethod
    def _items(items: tuple[FeedbackCriterion, ...], empty: str, *, show_status: bool) -> list[Any]:
        if not items:
            return [para(empty, "small")]
        out = []
        for i in items:
            status = (
                f" <font size=7 color='#5A5F66'>({FEEDBACK_STATUS_LABELS.get(i.status, i.status)})</font>"
                if show_status
                else ""
            )
            out.append(para(f"{text(i.text)}{status}", "cell", markup=True))
            out.append(Spacer(1, 2))
        return out

    def competence(self, comp: FeedbackCompetence) -> Any:
        parts: list[Any] = [para(competence_label(comp.competence_id, comp.title), "h3")]
        if comp.strengths or comp.improvements:
            half = self.content_width / 2
            rows: list[list[Any]] = [
                ["Points forts", "Points à améliorer"],
                [
                    self._items(comp.strengths, "Aucun critère satisfait relevé.", show_status=False),
                    self._items(comp.improvements, "Aucun point à améliorer relevé.", show_status=True),
                ],
            ]
            parts.append(
                grid_table(
                    rows,
                    [half, half],
                    styles=[("TEXTCOLOR", (0, 0), (0, 0), GREEN), ("TEXTCOLOR", (1, 0), (1, 0), RED)],
                )
            )
        if comp.not_evaluated:
            names = ", ".join(i.criterion_id for i in comp.not_evaluated)
            parts.append(para(fr(f"Critères non évalués pendant l'examen blanc : {names}."), "small"))
        if comp.observations:
            parts.append(Spacer(1, 3))
            for o in comp.observations:
                parts.append(
                    para(
                        f"{quoted(text(o.text))} <font color='#5A5F66'>— {text(o.juror_name)}, {text(o.modality_title)}</font>",
                        "bullet",
                        markup=True,
                    )
                )
        if comp.judgement:
            parts.append(
                para(
                    f"<b>Jugement du jury{NNBSP}:</b> {judgement_label(comp.judgement, capitalised=True)}",
                    "body",
                    markup=True,
                )
            )
        parts.append(Spacer(1, 4))
        return KeepTogether(parts)


def render_feedback(report: FeedbackReport) -> bytes:
    """The feedback of a mock session, as PDF bytes (every page marked EXAMEN BLANC)."""
    return FeedbackRenderer(report).render()
