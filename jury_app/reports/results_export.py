"""The session's results as a spreadsheet (CSV for French Excel, or XLSX), or as JSON for a script.

One row per candidate: id, candidate number, civility, name, birth date, path, absence, the
decision on each CCP/block and on the title, the reasons, the deliberation and its date, and the
certification's and session's codes: what a records office files. No cell can be evaluated as a
formula (a reason typed « => … » stays text), dates are dates, and every sheet prints on one
page's width. The CSV is UTF-8 with a byte order mark and `;` separators, which is what Excel
opens directly in a French locale. The XLSX has the same columns, plus a sheet with every
competence's common judgement and one that names the competences.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from jury_app.domain.wording import (
    capital,
    certification_word,
    fr_date,
    judgement_label,
    local_date,
    path_label,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    HeldLine,
    PvCandidate,
    PvReport,
    UnitOutcome,
)

RESULTS_SHEET = "Résultats"
JUDGEMENTS_SHEET = "Jugements communs"
COMPETENCES_SHEET = "Compétences"

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may take for the start of a formula (or of a DDE command) in a cell."""

Cell = str | date | None


def neutralised(value: str) -> str:
    """A CSV cell a spreadsheet will not evaluate: a text starting like a formula gets an apostrophe
    in front (« =>  compétences … » is written « '=> compétences … »)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def result_header(report: PvReport) -> list[str]:
    word = certification_word(report.header.terms)
    head = ["Identifiant", "N° de candidat", "Civilité", "Nom", "Prénom", "Date de naissance", "Parcours", "Absent"]
    head += [u.unit_id for u in report.units]
    if report.decides_title:
        head.append(capital(word))
    head += [f"Motif {u.unit_id}" for u in report.units]
    if report.decides_title:
        head.append(f"Motif {word}")
    head += ["Délibération", "Date de délibération", "Certification", "Code RNCP", "N° de session", "Session"]
    return head


def result_row(report: PvReport, c: PvCandidate) -> list[Cell]:
    """One candidate's row; dates stay dates (each format writes them its own way)."""
    h = report.header
    outcomes = list(c.units) + ([c.title] if report.decides_title and c.title is not None else [])
    closed_on = local_date(c.closed_at, h.zone) if c.closed and c.closed_at is not None else None
    return [
        c.candidate.ref,
        c.candidate.candidate_number,
        c.candidate.civility,
        c.candidate.last_name,
        c.candidate.first_name,
        c.candidate.birth_date,
        capital(path_label(c.candidate.path, report.header.terms)),
        "oui" if c.absent else "non",
        *(o.status_text for o in outcomes),
        *(o.reason for o in outcomes),
        "close" if c.closed else "en cours",
        closed_on,
        f"{h.certification_code} v{h.certification_version}",
        h.rncp or "",
        h.session_number,
        h.session_id,
    ]


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return fr_date(value)  # 07/12/2026: a date to French Excel
    return neutralised(value)


def results_csv(report: PvReport) -> bytes:
    """The results as CSV bytes: UTF-8 with BOM, `;` separated, CRLF line ends, no cell a formula."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(result_header(report))
    for c in report.candidates:
        writer.writerow([_csv_cell(v) for v in result_row(report, c)])
    return buf.getvalue().encode("utf-8-sig")


_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="E6EBF1")


def _append(ws: Worksheet, values: list[Cell]) -> None:
    """A row whose texts are texts: openpyxl takes a text starting with « = » for a formula, so
    every text cell is typed as a string (and shown with Excel's text prefix when it looks like a
    formula); dates are typed dates, shown 07/12/2026."""
    ws.append(values)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(_FORMULA_STARTS):
                cell.quotePrefix = True
        elif isinstance(cell.value, date):
            cell.number_format = "DD/MM/YYYY"


def _head(ws: Worksheet, values: list[str]) -> None:
    _append(ws, list(values))
    for cell in ws[1]:
        cell.font = _BOLD
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"


def _fit_page(ws: Worksheet) -> None:
    """Printed in landscape, every column on one page's width, the header on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_title_rows = "1:1"


def _widths(ws: Worksheet, minimum: int = 8, maximum: int = 60) -> None:
    for i, column in enumerate(ws.iter_cols(values_only=True), 1):
        longest = max((10 if isinstance(v, date) else len(str(v)) for v in column if v is not None), default=0)
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
        _append(ws, result_row(report, c))
    _widths(ws)
    ws.auto_filter.ref = ws.dimensions
    _fit_page(ws)

    competences: dict[str, tuple[int, str, str]] = {}
    for c in report.candidates:
        for j in c.competences:
            competences.setdefault(j.competence_id, (j.number, j.title, j.unit_id))
    order = sorted(competences, key=lambda cid: competences[cid][0])
    js = wb.create_sheet(JUDGEMENTS_SHEET)
    _head(js, ["Identifiant", "Nom", "Prénom", *order])
    for c in report.candidates:
        given = {j.competence_id: j.judgement for j in c.competences}
        _append(
            js,
            [
                c.candidate.ref,
                c.candidate.last_name,
                c.candidate.first_name,
                *(judgement_label(given[cid], capitalised=True) if given.get(cid) else None for cid in order),
            ],
        )
    _widths(js, minimum=6)
    _fit_page(js)

    cs = wb.create_sheet(COMPETENCES_SHEET)
    _head(cs, ["Compétence", capital(h.terms.unit_short), "Intitulé"])
    for cid in order:
        _number, title, unit = competences[cid]
        _append(cs, [cid, unit, title])
    _widths(cs, maximum=100)
    _fit_page(cs)

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


def _proof(h: HeldLine | None) -> dict[str, Any] | None:
    """A unit held before the session: the document that proves it, under which version."""
    if h is None:
        return None
    return {
        "document": h.proof or None,
        "attachment": h.proof_ref,
        "obtained_under": h.obtained_under,
        "through_equivalence": h.through_equivalence,
    }


def _outcome(o: UnitOutcome) -> dict[str, Any]:
    # status: granted, refused, pending, held, not_presented, absent
    return {"status": o.status, "label": o.status_text, "proposal": o.proposal, "reason": o.reason}


def _units(c: PvCandidate) -> list[dict[str, Any]]:
    held = {x.unit_id: x for x in c.held}
    return [
        {"id": o.unit_id, **_outcome(o), "held_before": o.unit_id in held, "proof": _proof(held.get(o.unit_id))}
        for o in c.units
    ]


def results_document(report: PvReport) -> dict[str, Any]:
    """The results as plain data (`report results --format json`), a public interface (fields are only
    ever added): per candidate the path and presence; per competence the number of juror judgements
    it rests on and the common judgement with its reason; per CCP/block the decision, whether held
    before and on which proof, and its reason; the decision on the certification and its reason; what
    the jury closed despite and the identity changes, each with its reason."""
    h = report.header
    terms = h.terms
    return {
        "format": "jury-app-results",
        "format_version": 1,
        "session_id": h.session_id,
        "session_title": h.session_title,
        "session_kind": h.session_kind,
        "mock": h.mock,
        "generated_at": h.generated_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "certification": {
            "code": h.certification_code,
            "version": h.certification_version,
            "rncp": h.rncp,
            "label": h.certification_label,
            "terms": terms.model_dump(),
        },
        "session_definition": h.session_definition_title,
        "decides_certification": report.decides_title,
        "complementary_session": report.complementary_session or None,
        "units": [{"id": u.unit_id, "number": u.number, "title": u.title} for u in report.units],
        "candidates": [
            {
                "id": c.candidate.ref,
                "last_name": c.candidate.last_name,
                "first_name": c.candidate.first_name,
                "path": c.candidate.path,
                "path_label": path_label(c.candidate.path, terms),
                "presence": "absent" if c.absent else "abandoned" if c.abandoned else "present",
                "absent": c.absent,
                "abandoned": c.abandoned,
                "deliberation_closed": c.closed,
                "units": _units(c),
                "certification": _outcome(c.title) if c.title is not None else None,
                "competences": [
                    {
                        "id": j.competence_id,
                        "unit": j.unit_id,
                        "judgement": j.judgement,  # the jury's common judgement
                        "juror_judgements": j.juror_judgements,
                        "reason": j.reason,  # why it departs from every juror's, when it does
                    }
                    for j in c.competences
                ],
                "closed_despite": [{"missing": o.message, "reason": o.reason} for o in c.overrides],
                "identity_changes": [
                    {"before": i.before, "after": i.after, "reason": i.reason, "at": i.at.astimezone(UTC).isoformat()}
                    for i in c.identity_changes
                ],
            }
            for c in report.candidates
        ],
    }


def results_json(report: PvReport) -> bytes:
    return (json.dumps(results_document(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
