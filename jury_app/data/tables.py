"""Reading a list the session lead keeps in a spreadsheet: CSV or XLSX, one header row.

CSV in UTF-8 with or without a byte order mark (or Windows-1252, as Excel writes it on Windows),
separated by « ; », « , » or tabulations; XLSX read with openpyxl (the sheet named for the list, or
the first one). Headers are matched to the expected columns whatever their accents, case and
punctuation; every row keeps its line number, so that each problem names the line and the column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jury_app.data.files import read_bounded
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.session_draft import fold

MAX_LIST_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    """The header as the template writes it."""
    required: bool = False
    aliases: tuple[str, ...] = ()
    help: str = ""
    example: str = ""

    def names(self) -> set[str]:
        return {fold(self.header), *(fold(a) for a in self.aliases)}


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]

    def get(self, key: str) -> str:
        return self.values.get(key, "").strip()


@dataclass(frozen=True)
class Table:
    label: str | Message
    """The file's name, or what the table is (« Tableau des candidats »), for messages."""
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def problem(self, row: Row, key: str, message: Message) -> Problem:
        """« Date de naissance, ligne 7 : … » for the cell of `row` in column `key`.

        The column keeps its French header in every language: it is the name the list's file gives it."""
        header = next(c.header for c in self.columns if c.key == key)
        return Problem.at(str(self.label), "", msg("{0}, ligne {1} : {2}", header, row.line, message), self.label)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _decode(data: bytes, label: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # what Excel writes as « CSV » on a French Windows
    except UnicodeDecodeError:
        raise InvalidInput.at(label, msg("encodage illisible : enregistrez la liste en CSV UTF-8 ou en XLSX")) from None


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ";"))


def _csv_rows(data: bytes, label: str) -> list[tuple[int, list[str]]]:
    text = _decode(data, label)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    try:
        for cells in reader:
            rows.append((reader.line_num, [c.strip() for c in cells]))
    except csv.Error as exc:
        raise InvalidInput.at(label, msg("ligne {0} : CSV illisible", reader.line_num)) from exc
    return rows


def _xlsx_rows(data: bytes, label: str, sheet: str) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput.at(label, msg("classeur XLSX illisible")) from exc
    try:
        wanted = fold(sheet)
        ws = next((book[n] for n in book.sheetnames if fold(n) == wanted), book[book.sheetnames[0]])
        rows = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise InvalidInput.at(label, _too_long())
            rows.append((number, [_cell_text(v) for v in values]))
        return rows
    finally:
        book.close()


def _too_long() -> Message:
    return msg("plus de {0} lignes", MAX_ROWS)


def read_table(path: Path, columns: Sequence[Column], sheet: str) -> Table:
    """The rows of a CSV or XLSX list, their cells under the columns' keys.

    Refuses, with every problem at once: a file that cannot be read, a required column missing,
    a column the list does not expect (a misspelt « Date de naissance » would be lost otherwise),
    a column given twice.
    """
    label = path.name
    data = read_bounded(path, MAX_LIST_BYTES, msg("une liste CSV ou XLSX"), label)
    if data.startswith(b"PK\x03\x04"):
        raw = _xlsx_rows(data, label, sheet)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise InvalidInput.at(label, msg("ce n'est pas un classeur XLSX"))
    else:
        raw = _csv_rows(data, label)
    raw = [(n, cells) for n, cells in raw if any(cells)]
    if not raw:
        raise InvalidInput.at(label, msg("la liste est vide : une ligne d'en-tête est attendue"))
    header_line, header = raw[0]
    keys: list[str | None] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for text in header:
        if not text:
            keys.append(None)
            continue
        col = next((c for c in columns if fold(text) in c.names()), None)
        if col is None:
            expected = ", ".join(f"« {c.header} »" for c in columns)
            unknown = msg("ligne {0} : colonne inconnue « {1} » (colonnes prévues : {2})", header_line, text, expected)
            problems.append(Problem.at(label, "", unknown))
            keys.append(None)
        elif col.key in seen:
            twice = msg("ligne {0} : colonne « {1} » donnée deux fois", header_line, col.header)
            problems.append(Problem.at(label, "", twice))
            keys.append(None)
        else:
            seen[col.key] = text
            keys.append(col.key)
    for c in columns:
        if c.required and c.key not in seen:
            problems.append(Problem.at(label, "", msg("colonne manquante : « {0} »", c.header)))
    if problems:
        raise InvalidInput(problems)
    if len(raw) > MAX_ROWS + 1:
        raise InvalidInput.at(label, _too_long())
    rows = []
    for number, cells in raw[1:]:
        values = {k: v for k, v in zip(keys, cells, strict=False) if k is not None and v}
        extra = [v for k, v in zip(keys, cells, strict=False) if k is None and v]
        extra += cells[len(keys) :]
        if any(extra):
            problems.append(Problem.at(label, "", msg("ligne {0} : une valeur hors des colonnes prévues", number)))
        rows.append(Row(number, values))
    if problems:
        raise InvalidInput(problems)
    return Table(label, tuple(columns), tuple(rows))
