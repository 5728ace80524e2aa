"""Writing a référentiel as a workbook (`referentiel_sheets`), and reading one back into its JSON with
the sheet, row and column of every value."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jury_app.data.referentiel_sheets import (
    CERTIFICATION,
    CERTIFICATION_TARGET,
    COMPETENCES,
    CRITERIA,
    EQUIVALENCES,
    EXPLANATIONS,
    KEY_VALUE,
    LINES_SEP,
    LIST_SEP,
    MODALITIES,
    NOTES,
    PATHS,
    PHASES,
    PROFILES,
    RULES,
    SESSIONS,
    TABLES,
    TRANSVERSAL,
    TRANSVERSAL_CRITERIA,
    UNIT_RULES,
    UNITS,
    Column,
    Table,
)
from jury_app.domain.messages import Message, msg
from jury_app.domain.referentiel import Referentiel

_BOLD = Font(bold=True)
_HEAD = PatternFill("solid", fgColor="E6EBF1")


# --- writing ----------------------------------------------------------------------------------------


def _cell(value: Any, column: Column) -> Any:
    if value is None:
        return None
    if column.kind == "bool":
        return "oui" if value else "non"
    if column.kind == "list":
        return f"{LIST_SEP} ".join(str(v) for v in value) or None
    if column.kind == "lines":
        return LINES_SEP.join(str(v) for v in value) or None
    if isinstance(value, str):
        return value or None
    return value


def _get(data: dict[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _table(wb: Workbook, table: Table, rows: list[dict[str, Any]]) -> None:
    ws = wb.create_sheet(table.sheet)
    ws.append([c.header for c in table.columns])
    for row in rows:
        ws.append([_cell(_get(row, c.field), c) for c in table.columns])
    _dress(ws)


def _key_value(wb: Workbook, table: Table, data: dict[str, Any]) -> None:
    ws = wb.create_sheet(table.sheet)
    ws.append(["Champ", "Valeur"])
    for c in table.columns:
        ws.append([c.header, _cell(_get(data, c.field), c)])
    _dress(ws)


def _dress(ws: Worksheet) -> None:
    for cell in ws[1]:
        cell.font = _BOLD
        cell.fill = _HEAD
    ws.freeze_panes = "A2"
    for i, column in enumerate(ws.iter_cols(values_only=True), 1):
        longest = max((len(line) for v in column if v is not None for line in str(v).splitlines()), default=8)
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(70, longest + 2))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)


def referentiel_workbook(ref: Referentiel) -> bytes:
    """The référentiel as an XLSX workbook: one sheet per kind of thing, and one that explains them."""
    data = ref.model_dump(mode="json")
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    _key_value(wb, CERTIFICATION, data)
    _table(wb, UNITS, data["units"])
    _table(wb, COMPETENCES, data["competences"])
    _table(wb, CRITERIA, [{**cr, "competence": c["id"]} for c in data["competences"] for cr in c["criteria"]])
    _table(wb, TRANSVERSAL, data["transversal_competences"])
    _table(
        wb,
        TRANSVERSAL_CRITERIA,
        [{**cr, "competence": t["id"]} for t in data["transversal_competences"] for cr in t["criteria"]],
    )
    _table(wb, PATHS, data["paths"])
    _table(wb, SESSIONS, data["sessions"])
    _table(wb, PROFILES, [{**p, "session": s["id"]} for s in data["sessions"] for p in s["jury"]["profiles"]])
    _table(wb, MODALITIES, [{**m, "session": s["id"]} for s in data["sessions"] for m in s["modalities"]])
    _table(
        wb,
        PHASES,
        [
            {**p, "session": s["id"], "modality": m["id"]}
            for s in data["sessions"]
            for m in s["modalities"]
            for p in m["phases"]
        ],
    )
    rules = data["decision_rules"]
    _key_value(wb, RULES, rules)
    _table(
        wb,
        UNIT_RULES,
        [{"target": u["id"], "rule": rules["unit_granted_when"]} for u in data["units"]]
        + [{"target": CERTIFICATION_TARGET, "rule": rules["title_granted_when"]}],
    )
    _table(wb, EQUIVALENCES, data["equivalences"])
    _table(wb, NOTES, [{"text": n} for n in data["notes"]])
    _explanations(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _explanations(wb: Workbook) -> None:
    ws = wb.create_sheet(EXPLANATIONS)
    ws.append(["Feuille", "Colonne", "Explication"])
    for table in TABLES:
        ws.append([table.sheet, "", table.help])
        for c in table.columns:
            required = "obligatoire" if c.required else "facultatif"
            kind = {"list": "liste séparée par des virgules", "lines": "une ligne par élément", "bool": "oui ou non"}
            detail = "; ".join(x for x in (required, kind.get(c.kind, ""), c.help) if x)
            ws.append(["", c.header, detail])
    _dress(ws)


# --- reading ---------------------------------------------------------------------------------------


_BOOK = msg("classeur")
_REQUIRED = msg("valeur obligatoire manquante")


def _at_cell(sheet: str, row: int, column: str) -> Message:
    return msg("feuille « {0} », ligne {1}, colonne {2}", sheet, row, column)


@dataclass(frozen=True)
class Place:
    sheet: str
    row: int
    columns: dict[str, str]  # field -> column letter

    def text(self, field: str | None = None) -> Message:
        column = self.columns.get(field or "") if field else None
        return (
            _at_cell(self.sheet, self.row, column)
            if column
            else msg("feuille « {0} », ligne {1}", self.sheet, self.row)
        )


@dataclass
class Reading:
    """What a workbook says, as the référentiel's JSON, and where each part of it was read."""

    raw: dict[str, Any] = field(default_factory=dict)
    places: dict[tuple[str | int, ...], Place] = field(default_factory=dict)
    problems: list[tuple[Message, Message]] = field(default_factory=list)  # (where, message)

    def place_of(self, loc: tuple[str | int, ...]) -> Message:
        """The nearest sheet position of a JSON location: the row of the object, the column of its field."""
        for n in range(len(loc), -1, -1):
            place = self.places.get(loc[:n])
            if place is not None:
                fieldname = next((p for p in loc[n:] if isinstance(p, str)), None)
                return place.text(fieldname)
        return _BOOK


def _convert(value: Any, column: Column) -> tuple[Any, Message | None]:
    """A cell's value as the JSON wants it, or why it cannot be."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return (([] if column.kind in ("list", "lines") else None), None)
    if column.kind == "int":
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return None, msg("un nombre entier est attendu")
        try:
            number = float(str(value).replace(",", ".").strip())
        except ValueError:
            return None, msg("un nombre entier est attendu, pas « {0} »", value)
        if number != int(number):
            return None, msg("un nombre entier est attendu, pas « {0} »", value)
        return int(number), None
    if column.kind == "float":
        try:
            return float(str(value).replace(",", ".").strip()), None
        except ValueError:
            return None, msg("un nombre est attendu, pas « {0} »", value)
    text = value.isoformat()[:10] if hasattr(value, "isoformat") else str(value).strip()
    if column.kind == "bool":
        if text.casefold() in ("oui", "vrai", "true", "1", "x"):
            return True, None
        if text.casefold() in ("non", "faux", "false", "0"):
            return False, None
        return None, msg("« oui » ou « non » attendu, pas « {0} »", text)
    if column.kind == "list":
        return [p.strip() for p in text.split(LIST_SEP) if p.strip()], None
    if column.kind == "lines":
        return [p.strip() for p in text.splitlines() if p.strip()], None
    return text, None


def _set(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        data = data.setdefault(part, {})
    data[parts[-1]] = value


def _rows(ws: Worksheet, table: Table, reading: Reading) -> Iterator[tuple[dict[str, Any], Place]]:
    """Each non-empty row as a dict of the table's fields, with its place; unknown headings are problems."""
    headers = [str(v).strip() if v is not None else "" for v in next(ws.iter_rows(max_row=1, values_only=True), ())]
    by_header = {c.header.casefold(): c for c in table.columns}
    letters: dict[str, str] = {}
    index: dict[int, Column] = {}
    for i, h in enumerate(headers):
        if not h:
            continue
        column = by_header.get(h.casefold())
        if column is None:
            known = ", ".join(c.header for c in table.columns)
            where = msg("feuille « {0} », colonne {1}", table.sheet, get_column_letter(i + 1))
            reading.problems.append((where, msg("colonne inconnue « {0} » (colonnes : {1})", h, known)))
            continue
        index[i] = column
        letters[column.field] = get_column_letter(i + 1)
    for column in table.columns:
        if column.required and column.field not in letters:
            missing = msg("colonne obligatoire manquante : « {0} »", column.header)
            reading.problems.append((msg("feuille « {0} »", table.sheet), missing))
    for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        place = Place(table.sheet, r, letters)
        row: dict[str, Any] = {}
        for i, column in index.items():
            value, problem = _convert(values[i] if i < len(values) else None, column)
            if problem is not None:
                reading.problems.append((place.text(column.field), msg("{0} : {1}", column.header, problem)))
            elif column.required and value in (None, []):
                reading.problems.append((place.text(column.field), msg("{0} : {1}", column.header, _REQUIRED)))
            elif value is not None:  # an empty optional cell: the référentiel's default
                _set(row, column.field, value)
        yield row, place


def _key_values(ws: Worksheet, table: Table, reading: Reading, loc: tuple[str | int, ...]) -> dict[str, Any]:
    by_header = {c.header.casefold(): c for c in table.columns}
    data: dict[str, Any] = {}
    letters: dict[str, str] = {}
    for r, values in enumerate(ws.iter_rows(min_row=2, max_col=2, values_only=True), start=2):
        label = str(values[0]).strip() if values and values[0] is not None else ""
        if not label:
            continue
        column = by_header.get(label.casefold())
        if column is None:
            reading.problems.append((_at_cell(table.sheet, r, "A"), msg("champ inconnu « {0} »", label)))
            continue
        value, problem = _convert(values[1] if len(values) > 1 else None, column)
        letters[column.field] = "B"
        reading.places[(*loc, *column.field.split("."))] = Place(table.sheet, r, {column.field.split(".")[-1]: "B"})
        if problem is not None:
            reading.problems.append((_at_cell(table.sheet, r, "B"), msg("{0} : {1}", label, problem)))
        elif value not in (None, []):
            _set(data, column.field, value)
        elif column.required:
            reading.problems.append((_at_cell(table.sheet, r, "B"), msg("{0} : {1}", label, _REQUIRED)))
    reading.places.setdefault(loc, Place(table.sheet, 2, {}))
    return data


def read_workbook(data: bytes) -> Reading:
    """The workbook's référentiel as JSON, with where each value was read and the problems of form."""
    reading = Reading()
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheets = {name.casefold(): wb[name] for name in wb.sheetnames}

    def sheet(table: Table) -> Worksheet | None:
        ws = sheets.get(table.sheet.casefold())
        if ws is None and table not in (NOTES, EQUIVALENCES, TRANSVERSAL, TRANSVERSAL_CRITERIA, PROFILES, PHASES):
            reading.problems.append((_BOOK, msg("feuille manquante : « {0} »", table.sheet)))
        return ws

    raw = reading.raw
    for table in KEY_VALUE:
        ws = sheet(table)
        if ws is not None:
            loc: tuple[str | int, ...] = () if table is CERTIFICATION else ("decision_rules",)
            values = _key_values(ws, table, reading, loc)
            if table is CERTIFICATION:
                raw.update(values)
            else:
                raw["decision_rules"] = values
    _assemble(reading, sheet)
    wb.close()
    return reading


def _collect(reading: Reading, ws: Worksheet | None, table: Table) -> list[tuple[dict[str, Any], Place]]:
    return list(_rows(ws, table, reading)) if ws is not None else []


def _assemble(reading: Reading, sheet: Any) -> None:
    raw, places = reading.raw, reading.places
    units = _collect(reading, sheet(UNITS), UNITS)
    competences = _collect(reading, sheet(COMPETENCES), COMPETENCES)
    raw["units"] = []
    for i, (u, place) in enumerate(units):
        places[("units", i)] = place
        u["competence_ids"] = [c["id"] for c, _ in competences if c.get("unit_id") == u.get("id")]
        raw["units"].append(u)
    raw["competences"] = []
    by_competence: dict[str, dict[str, Any]] = {}
    for i, (c, place) in enumerate(competences):
        places[("competences", i)] = place
        c.setdefault("criteria_to_be_set", False)
        c["criteria"] = []
        raw["competences"].append(c)
        by_competence.setdefault(str(c.get("id")), c)
    index = {str(c.get("id")): i for i, (c, _) in enumerate(competences)}
    for cr, place in _collect(reading, sheet(CRITERIA), CRITERIA):
        owner = by_competence.get(str(cr.pop("competence", "")))
        if owner is None:
            unknown = msg("critère « {0} » : compétence inconnue", cr.get("id"))
            reading.problems.append((place.text("competence"), unknown))
            continue
        places[("competences", index[str(owner["id"])], "criteria", len(owner["criteria"]))] = place
        owner["criteria"].append(cr)

    raw["transversal_competences"] = []
    transversal: dict[str, dict[str, Any]] = {}
    for i, (t, place) in enumerate(_collect(reading, sheet(TRANSVERSAL), TRANSVERSAL)):
        places[("transversal_competences", i)] = place
        t.setdefault("evaluated_through", [])
        t["criteria"] = []
        raw["transversal_competences"].append(t)
        transversal.setdefault(str(t.get("id")), t)
    for cr, place in _collect(reading, sheet(TRANSVERSAL_CRITERIA), TRANSVERSAL_CRITERIA):
        owner = transversal.get(str(cr.pop("competence", "")))
        if owner is None:
            unknown = msg("critère « {0} » : compétence transversale inconnue", cr.get("id"))
            reading.problems.append((place.text("competence"), unknown))
            continue
        owner["criteria"].append(cr)

    raw["paths"] = []
    for i, (p, place) in enumerate(_collect(reading, sheet(PATHS), PATHS)):
        places[("paths", i)] = place
        raw["paths"].append(p)
    _assemble_sessions(reading, sheet)

    rules = raw.setdefault("decision_rules", {})
    unit_ids = [str(u.get("id")) for u in raw["units"]]
    for rule, place in _collect(reading, sheet(UNIT_RULES), UNIT_RULES):
        target = str(rule.get("target"))
        value = rule.get("rule")
        if target.casefold() == CERTIFICATION_TARGET:
            places[("decision_rules", "title_granted_when")] = place
            rules["title_granted_when"] = value
        elif target not in unit_ids:
            unknown = msg("règle de décision pour un bloc inconnu : « {0} »", target)
            reading.problems.append((place.text("target"), unknown))
        elif rules.setdefault("unit_granted_when", value) != value:
            reading.problems.append(
                (
                    place.text("rule"),
                    msg("les blocs suivent tous la même règle : une seule règle par bloc est prise en charge"),
                )
            )
        else:
            places[("decision_rules", "unit_granted_when")] = place
    raw["equivalences"] = []
    for i, (e, place) in enumerate(_collect(reading, sheet(EQUIVALENCES), EQUIVALENCES)):
        places[("equivalences", i)] = place
        raw["equivalences"].append(e)
    raw["notes"] = [n["text"] for n, _ in _collect(reading, sheet(NOTES), NOTES)]
    raw.setdefault("transversal_competences", [])


def _assemble_sessions(reading: Reading, sheet: Any) -> None:
    raw, places = reading.raw, reading.places
    raw["sessions"] = []
    by_session: dict[str, tuple[int, dict[str, Any]]] = {}
    for i, (s, place) in enumerate(_collect(reading, sheet(SESSIONS), SESSIONS)):
        places[("sessions", i)] = place
        s.setdefault("jury", {}).setdefault("profiles", [])
        s["modalities"] = []
        raw["sessions"].append(s)
        by_session.setdefault(str(s.get("id")), (i, s))
    for p, place in _collect(reading, sheet(PROFILES), PROFILES):
        found = by_session.get(str(p.pop("session", "")))
        if found is None:
            reading.problems.append((place.text("session"), msg("profil « {0} » : session inconnue", p.get("id"))))
            continue
        i, s = found
        places[("sessions", i, "jury", "profiles", len(s["jury"]["profiles"]))] = place
        s["jury"]["profiles"].append(p)
    by_modality: dict[tuple[str, str], tuple[tuple[str | int, ...], dict[str, Any]]] = {}
    for m, place in _collect(reading, sheet(MODALITIES), MODALITIES):
        session = str(m.pop("session", ""))
        found = by_session.get(session)
        if found is None:
            reading.problems.append(
                (place.text("session"), msg("modalité « {0} » : session inconnue « {1} »", m.get("id"), session))
            )
            continue
        i, s = found
        loc: tuple[str | int, ...] = ("sessions", i, "modalities", len(s["modalities"]))
        places[loc] = place
        m["phases"] = []
        s["modalities"].append(m)
        by_modality.setdefault((session, str(m.get("id"))), (loc, m))
    for ph, place in _collect(reading, sheet(PHASES), PHASES):
        key = (str(ph.pop("session", "")), str(ph.pop("modality", "")))
        found_m = by_modality.get(key)
        if found_m is None:
            reading.problems.append(
                (
                    place.text("modality"),
                    msg(
                        "phase « {0} » : modalité inconnue « {1} » de la session « {2} »", ph.get("id"), key[1], key[0]
                    ),
                )
            )
            continue
        loc, m = found_m
        places[(*loc, "phases", len(m["phases"]))] = place
        m["phases"].append(ph)
