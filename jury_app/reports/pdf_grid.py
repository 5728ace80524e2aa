"""The evaluation grids of one candidate as a PDF: one section per modality, the jurors side by side."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from reportlab.platypus import KeepTogether, Spacer

from jury_app.domain.wording import (
    NNBSP,
    absence_sentence,
    attachment_label,
    capital,
    competence_label,
    extra_time_text,
    fr,
    fr_dates,
    fr_datetime,
    fr_duration,
    fr_time,
    incident_label,
    judgement_label,
    mark_cell,
    path_label,
    quoted,
    role_label,
    run_status_label,
    source_label,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    CompetenceMarks,
    GridReport,
    IncidentLine,
    JurorGridState,
    ModalityReport,
    PauseLine,
    PhaseTiming,
)
from jury_app.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    GREEN,
    LIGHT_BG,
    MUTED,
    RED,
    ReportRenderer,
    grid_table,
    info_table,
    label_value,
    para,
    wrap_text,
)
from jury_app.reports.people import accommodations_text, candidate_identity, candidate_label

MARK_COLOURS = {"satisfied": GREEN, "not_satisfied": RED, "not_observed": MUTED, None: MUTED}


def mark_cell_styles(row: int, col: int, mark: str | None) -> list[tuple[Any, ...]]:
    styles: list[tuple[Any, ...]] = [("TEXTCOLOR", (col, row), (col, row), MARK_COLOURS[mark])]
    if mark is None:
        styles.append(("FONTSIZE", (col, row), (col, row), 7.5))
    return styles


def identity_rows(report: GridReport) -> list[tuple[str, str]]:
    """The candidate and session lines at the top of the grids (shared with the feedback)."""
    c = report.candidate
    h = report.header
    path = capital(path_label(c.path, h.terms))
    if c.units_sought:
        word = h.terms.unit_short if len(c.units_sought) == 1 else h.terms.unit_plural
        path += fr(f" — {word} visés : {', '.join(c.units_sought)}")
    if c.units_held:
        path += fr(f" ; déjà acquis : {', '.join(c.units_held)}")
    jury = ", ".join(f"{j.name} ({role_label(j.role, civility=j.civility)})" for j in report.jury)
    return [
        (candidate_label(c), candidate_identity(c)),
        ("Parcours", path),
        ("Aménagements", accommodations_text(c)),
        ("Session", f"{h.session_title} ({h.session_id}) — {h.session_definition_title}"),
        ("Dates", fr_dates(h.dates)),
        ("Centre", ", ".join(x for x in (h.centre_name, h.centre_address) if x)),
        ("Jury", jury),
    ]


def incident_text(i: IncidentLine, zone: tzinfo, *, with_modality: bool = False) -> str:
    where = f", {i.modality_title}" if with_modality and i.modality_title else ""
    who = f" ({i.juror_name})" if i.juror_name else ""
    label = incident_label(i.kind, capitalised=True)
    body = i.text
    if body.lower().startswith(label.lower()):  # "Pause : ..." already says what it is
        return fr(f"{fr_datetime(i.at, zone)}{where} — ") + body + who
    return fr(f"{fr_datetime(i.at, zone)}{where} — {label} : ") + body + who


class GridRenderer(ReportRenderer):
    juror_column = 84.0

    def __init__(self, report: GridReport) -> None:
        super().__init__(report.header)
        self.report = report

    def running_title(self) -> str:
        h = self.header
        return fr(f"{h.document} — {self.report.candidate.name} — {h.session_title} — {fr_dates(h.dates)}")

    def story(self) -> list[Any]:
        r = self.report
        h = r.header
        out: list[Any] = [
            para(h.document, "title"),
            para(f"{h.certification_label} — {h.certification_code}, version {h.certification_version}", "subtitle"),
        ]
        if h.mock:
            out.append(para(MOCK_MENTION, "mention"))
        rows = identity_rows(r)
        if r.recusals:
            rows.append(
                (
                    "Récusation",
                    "; ".join(
                        f"{x.juror_name} — lien déclaré{NNBSP}: {quoted(x.note)}" if x.note else x.juror_name
                        for x in r.recusals
                    ),
                )
            )
        if r.absent:
            rows.append(
                ("Présence", fr(f"{absence_sentence(r.candidate.civility)} : les modalités n'ont pas eu lieu."))
            )
        elif r.abandoned:
            rows.append(("Présence", "Abandon en cours d'épreuve (voir les incidents)."))
        out.append(info_table(rows, self.content_width))
        if r.incidents:
            out.append(para("Incidents", "h3"))
            out += [para(incident_text(i, self.header.zone), "bullet") for i in r.incidents]
        out.append(Spacer(1, 4))
        if any(comp.criteria for m in r.modalities for comp in m.competences):
            legend = (
                "Appréciation de chaque critère par chaque juré : ✓ Satisfait · ✗ Non satisfait · — Non observé. "
                "Le jugement est celui du juré ; la suggestion est ce que l'application propose d'après les critères."
            )
        else:  # a référentiel without criteria: each juror judges each competence directly
            legend = "Chaque compétence est jugée directement par chaque juré (acquise ou non acquise), avec ses observations."
        out.append(para(fr(legend), "small"))
        for m in r.modalities:
            out += self.modality(m)
        return out

    # --- one modality --------------------------------------------------------------------------
    def modality(self, m: ModalityReport) -> list[Any]:
        duration = f" — {fr_duration(m.duration_min * 60)}" if m.duration_min else ""
        lines = [para(f"{m.title}{duration}", "h2")]
        status = run_status_label(m.status)
        if m.on_document and m.status == "todo":  # no timer: judged on the candidate's documents
            status = "sur document (" + ", ".join(attachment_label(k) for k in m.documents) + ")"
        extras = []
        if m.extra_time_percent:
            extras.append(extra_time_text(m.extra_time_percent))
        if m.speed != 1.0:
            extras.append(f"chronomètre accéléré ×{m.speed:g}")
        lines.append(label_value("Déroulement", " — ".join([status, *extras])))
        if m.jurors:
            lines.append(label_value("Saisie", f"{NNBSP}; ".join(self.state(s, self.header.zone) for s in m.jurors)))
        if m.scenario is not None:
            sc = m.scenario
            value = f"{sc.ref} — {sc.title}"
            if sc.structure_type:
                value += f" ({sc.structure_type})"
            value += f", le {fr_datetime(sc.drawn_at, self.header.zone)}"
            if sc.witness:
                value += f", témoin{NNBSP}: {sc.witness}"
            if sc.redraws:
                value += f" — {sc.redraws} nouveau{'x' if sc.redraws > 1 else ''} tirage{'s' if sc.redraws > 1 else ''}"
            lines.append(label_value("Fiche scénario tirée au sort", value))
        out: list[Any] = [KeepTogether(lines)]
        if m.phases and any(p.actual_s is not None for p in m.phases):
            out.append(Spacer(1, 4))
            out.append(self.timings(m.phases))
        elif m.phases:
            planned = ", ".join(f"{p.title} {fr_duration(p.planned_s)}" for p in m.phases)
            out.append(label_value("Phases prévues", planned))
        if m.pauses:
            out.append(para("Pauses", "h3"))
            out += [para(self.pause_text(p, self.header.zone), "bullet") for p in m.pauses]
        if m.incidents:
            out.append(para("Incidents", "h3"))
            out += [para(incident_text(i, self.header.zone), "bullet") for i in m.incidents]
        if not m.graded:
            reason = {
                "absent": f"{absence_sentence(self.report.candidate.civility)} : modalité non passée, aucune grille.",
                "abandoned": "Abandon du candidat : aucune grille saisie pour cette modalité.",
            }.get(m.status, "Aucune grille saisie pour cette modalité.")
            out.append(Spacer(1, 4))
            out.append(para(fr(reason), "body"))
            return out
        for comp in m.competences:
            out.append(Spacer(1, 6))
            out.append(KeepTogether([self.competence_table(comp, m.jurors)]))
        if m.notes:
            out.append(para("Notes prises pendant l'épreuve", "h3"))
            out.append(self.notes_table(m))
        return out

    @staticmethod
    def state(s: JurorGridState, zone: tzinfo) -> str:
        if s.source is None:
            return f"{s.juror.short_name}{NNBSP}: non saisie"
        done = "complète" if s.complete else "incomplète"
        saved = f", enregistrée le {fr_datetime(s.saved_at, zone)}" if s.saved_at else ""
        return f"{s.juror.short_name}{NNBSP}: {source_label(s.source)} ({done}{saved})"

    @staticmethod
    def pause_text(p: PauseLine, zone: tzinfo) -> str:
        length = fr_duration(p.duration_s) if p.duration_s is not None else "en cours"
        phase = f" ({p.phase_title})" if p.phase_title else ""
        return f"{fr_time(p.at, zone)}{phase}, {length}{NNBSP}: {p.reason}"

    def timings(self, phases: tuple[PhaseTiming, ...]) -> Any:
        """Planned and actual time of each phase. Every value is a wrapping paragraph in a column
        wide enough for « −1 h 02 min 10 s »: a long duration or a total never overprints its
        neighbour nor leaves its cell."""
        rows: list[list[Any]] = [["Phase", "Prévu", "Réel", "Écart", "Pauses"]]
        total_planned = 0
        total_actual = 0.0

        def cell(value: str, bold: bool = False) -> Any:
            return para(value, "cell_bold" if bold else "cell")

        for p in phases:
            total_planned += p.planned_s
            if p.actual_s is None:
                rows.append([cell(p.title), cell(fr_duration(p.planned_s)), cell("—"), "", ""])
                continue
            total_actual += p.actual_s
            delta = p.actual_s - p.planned_s
            sign = "+" if delta >= 0 else ""
            pauses = f"{p.pauses} ({fr_duration(p.paused_s)})" if p.pauses else ""
            late = delta > 60
            rows.append(
                [
                    cell(p.title),
                    cell(fr_duration(p.planned_s)),
                    cell(fr_duration(p.actual_s)),
                    para(f"<font color='#{RED.hexval()[2:]}'>{sign}{fr_duration(delta)}</font>", "cell", markup=True)
                    if late
                    else cell(sign + fr_duration(delta)),
                    cell(pauses),
                ]
            )
        rows.append(
            [cell("Total", True), cell(fr_duration(total_planned), True), cell(fr_duration(total_actual), True), "", ""]
        )
        widths = [72.0, 84.0, 84.0, 92.0]
        return grid_table(
            rows, [self.content_width - sum(widths), *widths], styles=[("BACKGROUND", (0, -1), (-1, -1), LIGHT_BG)]
        )

    def competence_table(self, comp: CompetenceMarks, jurors: tuple[JurorGridState, ...]) -> Any:
        n = len(jurors)
        cw = self.juror_column if n <= 3 else max(56.0, (self.content_width - 200) / n)
        widths = [self.content_width - n * cw] + [cw] * n
        inner = widths[0] - 8  # the cell's padding
        head = wrap_text(competence_label(comp.competence_id, comp.title), inner, FONT_BOLD, 8)
        rows: list[list[Any]] = [[head] + [s.juror.short_name for s in jurors]]
        styles: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "LEFT")]
        for crit in comp.criteria:
            r = len(rows)
            rows.append(
                [wrap_text(f"{crit.criterion_id}  {crit.text}", inner)] + [mark_cell(mark) for mark in crit.marks]
            )
            for c, mark in enumerate(crit.marks, 1):
                styles += mark_cell_styles(r, c, mark)
        r = len(rows)
        rows.append(["Jugement du juré"] + [judgement_label(j, capitalised=True) for j in comp.judgements])
        styles += [("BACKGROUND", (0, r), (-1, r), LIGHT_BG), ("FONT", (0, r), (-1, r), FONT_BOLD, 8.5, 10.5)]
        if any(s is not None for s in comp.suggested):
            r = len(rows)
            rows.append(
                ["Suggestion de l'application (d'après les critères)"]
                + [judgement_label(s) if s is not None else "" for s in comp.suggested]
            )
            styles += [("FONT", (0, r), (-1, r), FONT, 7.5, 9), ("TEXTCOLOR", (0, r), (-1, r), MUTED)]
        full = self.content_width - 8
        for state, obs in zip(jurors, comp.observations, strict=True):
            if not obs:
                continue
            r = len(rows)
            rows.append([wrap_text(f"Observations de {state.juror.short_name}{NNBSP}: {obs}", full)] + [""] * n)
            styles.append(("SPAN", (0, r), (-1, r)))
        return grid_table(rows, widths, styles=styles)

    def notes_table(self, m: ModalityReport) -> Any:
        rows: list[list[Any]] = [["Heure", "Juré", "Phase", "Note"]]
        for note in m.notes:
            rows.append(
                [
                    fr_time(note.at, self.header.zone),
                    para(note.juror_name, "cell"),
                    para(note.phase_label, "cell"),
                    para(note.text, "cell"),
                ]
            )
        widths = [44.0, 80.0, 110.0, self.content_width - 234]
        return grid_table(rows, widths)


def render_grid(report: GridReport) -> bytes:
    """The candidate's evaluation grids, as PDF bytes."""
    return GridRenderer(report).render()
