"""The session's results as a spreadsheet: CSV for French Excel, or XLSX.

One row per candidate: id, name, path, absence, the decision on each CCP/block and on the title,
and the reasons. The CSV is UTF-8 with a byte order mark and `;` separators, which is what Excel
opens directly in a French locale. The XLSX has the same columns, plus a sheet with every
competence's common judgement and one that names the competences.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jury_app.domain.wording import (
    capital,
    judgement_label,
    path_label,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    PvCandidate,
    PvReport,
)

RESULTS_SHEET = "Résultats"
JUDGEMENTS_SHEET = "Jugements communs"
COMPETENCES_SHEET = "Compétences"


def result_header(report: PvReport) -> list[str]:
    head = ["Identifiant", "Nom", "Prénom", "Parcours", "Absent"]
    head += [u.unit_id for u in report.units]
    if report.decides_title:
        head.append("Titre")
    head += [f"Motif {u.unit_id}" for u in report.units]
    if report.decides_title:
        head.append("Motif titre")
    head.append("Délibération")
    return head


def result_row(report: PvReport, c: PvCandidate) -> list[str]:
    outcomes = list(c.units) + ([c.title] if report.decides_title and c.title is not None else [])
    return [
        c.candidate.ref,
        c.candidate.last_name,
        c.candidate.first_name,
        capital(path_label(c.candidate.path)),
        "oui" if c.absent else "non",
        *(o.status_text for o in outcomes),
        *(o.reason for o in outcomes),
        "close" if c.closed else "en cours",
    ]


def results_csv(report: PvReport) -> bytes:
    """The results as CSV bytes: UTF-8 with BOM, `;` separated, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(result_header(report))
    for c in report.candidates:
        writer.writerow(result_row(report, c))
    return buf.getvalue().encode("utf-8-sig")


_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="E6EBF1")


def _head(ws: Worksheet, values: list[str]) -> None:
    ws.append(values)
    for cell in ws[1]:
        cell.font = _BOLD
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"


def _widths(ws: Worksheet, minimum: int = 8, maximum: int = 60) -> None:
    for i, column in enumerate(ws.iter_cols(values_only=True), 1):
        longest = max((len(str(v)) for v in column if v is not None), default=0)
        ws.column_dimensions[get_column_letter(i)].width = max(minimum, min(maximum, longest + 2))


def results_xlsx(report: PvReport) -> bytes:
    """The results as an XLSX workbook: results, common judgements, competences."""
    h = report.header
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = RESULTS_SHEET
    _head(ws, result_header(report))
    for c in report.candidates:
        ws.append(result_row(report, c))
    _widths(ws)
    ws.auto_filter.ref = ws.dimensions

    competences: dict[str, tuple[int, str, str]] = {}
    for c in report.candidates:
        for j in c.competences:
            competences.setdefault(j.competence_id, (j.number, j.title, j.unit_id))
    order = sorted(competences, key=lambda cid: competences[cid][0])
    js = wb.create_sheet(JUDGEMENTS_SHEET)
    _head(js, ["Identifiant", "Nom", "Prénom", *order])
    for c in report.candidates:
        given = {j.competence_id: j.judgement for j in c.competences}
        js.append(
            [
                c.candidate.ref,
                c.candidate.last_name,
                c.candidate.first_name,
                *(judgement_label(given[cid], capitalised=True) if given.get(cid) else "" for cid in order),
            ]
        )
    _widths(js, minimum=6)

    cs = wb.create_sheet(COMPETENCES_SHEET)
    _head(cs, ["Compétence", "CCP/bloc", "Intitulé"])
    for cid in order:
        _number, title, unit = competences[cid]
        cs.append([cid, unit, title])
    _widths(cs, maximum=100)

    props = wb.properties
    props.title = f"Résultats — {h.session_title} ({h.session_id})"
    props.subject = h.certification_label
    props.creator = "jury_app"
    props.description = MOCK_MENTION if h.mock else ""
    created = h.generated_at.astimezone(UTC).replace(tzinfo=None)
    props.created = created
    props.modified = created
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
