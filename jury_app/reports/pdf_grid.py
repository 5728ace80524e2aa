"""The evaluation grids of one candidate as a PDF: one section per modality, the jurors side by side."""

from __future__ import annotations

from datetime import tzinfo
from functools import cache
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
    FONT_BOLD,
    GREEN,
    LIGHT_BG,
    MUTED,
    RED,
    ReportRenderer,
    info_table,
    label_value,
    para,
)
from jury_app.reports.pdf_rows import Cell, Row, RuledRows, cell, head_cell, head_row
from jury_app.reports.people import accommodations_text, candidate_identity, candidate_label

MARK_COLOURS = {"satisfied": GREEN, "not_satisfied": RED, "not_observed": MUTED, None: MUTED}


EMPTY = cell("")


@cache
def mark_cell_of(mark: str | None) -> Cell:
    """A juror's mark of a criterion, in its colour (smaller when not given)."""
    return cell(mark_cell(mark), size=7.5 if mark is None else 8.5, colour=MARK_COLOURS[mark])


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
            out.append(self.competence_table(comp, m.jurors))
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

    def timings(self, phases: tuple[PhaseTiming, ...]) -> RuledRows:
        """Planned and actual time of each phase. Every value wraps in a column wide enough for
        « −1 h 02 min 10 s »: a long duration or a total never overprints its neighbour nor leaves
        its cell."""
        fixed = [72.0, 84.0, 84.0, 92.0]
        widths = [self.content_width - sum(fixed), *fixed]
        rows = [head_row([head_cell(t) for t in ("Phase", "Prévu", "Réel", "Écart", "Pauses")])]
        total_planned = 0
        total_actual = 0.0

        def line(*values: str, late: bool = False) -> Row:
            """A phase's row; an overrun of more than a minute in red."""
            cells = [cell(v, w) for v, w in zip(values, widths, strict=True)]
            if late:
                cells[3] = cell(values[3], widths[3], colour=RED)
            return Row(tuple(cells))

        for p in phases:
            total_planned += p.planned_s
            if p.actual_s is None:
                rows.append(line(p.title, fr_duration(p.planned_s), "—", "", ""))
                continue
            total_actual += p.actual_s
            delta = p.actual_s - p.planned_s
            sign = "+" if delta >= 0 else ""
            pauses = f"{p.pauses} ({fr_duration(p.paused_s)})" if p.pauses else ""
            rows.append(
                line(
                    p.title,
                    fr_duration(p.planned_s),
                    fr_duration(p.actual_s),
                    sign + fr_duration(delta),
                    pauses,
                    late=delta > 60,
                )
            )
        totals = ("Total", fr_duration(total_planned), fr_duration(total_actual), "", "")
        rows.append(Row(tuple(cell(v, w, font=FONT_BOLD) for v, w in zip(totals, widths, strict=True)), LIGHT_BG))
        return RuledRows(widths, rows)

    def competence_table(self, comp: CompetenceMarks, jurors: tuple[JurorGridState, ...]) -> RuledRows:
        n = len(jurors)
        cw = self.juror_column if n <= 3 else max(56.0, (self.content_width - 200) / n)
        widths = [self.content_width - n * cw] + [cw] * n
        rows = [
            head_row(
                [head_cell(competence_label(comp.competence_id, comp.title), widths[0])]
                + [head_cell(s.juror.short_name) for s in jurors]
            )
        ]
        for crit in comp.criteria:
            rows.append(Row((cell(f"{crit.criterion_id}  {crit.text}", widths[0]), *map(mark_cell_of, crit.marks))))
        rows.append(
            Row(
                (
                    cell("Jugement du juré", font=FONT_BOLD),
                    *(cell(judgement_label(j, capitalised=True), font=FONT_BOLD) for j in comp.judgements),
                ),
                LIGHT_BG,
            )
        )
        if any(s is not None for s in comp.suggested):
            small = {"size": 7.5, "leading": 9.0, "colour": MUTED}
            rows.append(
                Row(
                    (
                        cell("Suggestion de l'application (d'après les critères)", **small),
                        *(cell(judgement_label(s) if s is not None else "", **small) for s in comp.suggested),
                    )
                )
            )
        for state, obs in zip(jurors, comp.observations, strict=True):
            if obs:
                text = f"Observations de {state.juror.short_name}{NNBSP}: {obs}"
                rows.append(Row((cell(text, self.content_width), *[EMPTY] * n), spans=True))
        return RuledRows(widths, rows, keep_within=self.frame_height)  # on one page when it can be

    def notes_table(self, m: ModalityReport) -> RuledRows:
        widths = [44.0, 80.0, 110.0, self.content_width - 234]
        rows = [head_row([head_cell(t) for t in ("Heure", "Juré", "Phase", "Note")])]
        for note in m.notes:
            values = (fr_time(note.at, self.header.zone), note.juror_name, note.phase_label, note.text)
            rows.append(Row(tuple(cell(v, w) for v, w in zip(values, widths, strict=True))))
        return RuledRows(widths, rows)


def render_grid(report: GridReport) -> bytes:
    """The candidate's evaluation grids, as PDF bytes."""
    return GridRenderer(report).render()
