"""A list the lead types in a table or imports from a CSV or XLSX file: candidates, jurors, cards.

The table holds text, as the file does; turning it into candidates (or jurors, or cards) and telling
what is wrong, line by line, is the actions' job, the same as for a file. Each row remembers the id
its person already has in a session being edited, so that an edit never renames anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jury_app.actions.session_setup import ListColumn
from jury_app.ui.common.messages import translated

ID_ROLE = Qt.ItemDataRole.UserRole


class ListTable(QTableWidget):
    """A table with the list's columns (required ones marked *), each header explained in its tooltip."""

    def __init__(self, columns: Sequence[ListColumn], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = tuple(columns)
        for i, col in enumerate(self.columns):
            item = QTableWidgetItem(col.header + (" *" if col.required else ""))
            item.setToolTip(translated(col.help))
            self.setHorizontalHeaderItem(i, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(26)

    def add_row(self, values: dict[str, str] | None = None, ident: str | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for i, col in enumerate(self.columns):
            item = QTableWidgetItem((values or {}).get(col.key, ""))
            if i == 0 and ident is not None:
                item.setData(ID_ROLE, ident)
            self.setItem(row, i, item)
        return row

    def set_rows(self, rows: Sequence[dict[str, str]], ids: Sequence[str | None] = ()) -> None:
        self.setRowCount(0)
        for n, values in enumerate(rows):
            self.add_row(values, ids[n] if n < len(ids) else None)
        self.resizeColumnsToContents()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def rows(self) -> list[dict[str, str]]:
        """The cells of every row, by column key (row n of the table is « ligne n » in messages)."""
        out = []
        for r in range(self.rowCount()):
            cells = {}
            for i, col in enumerate(self.columns):
                item = self.item(r, i)
                cells[col.key] = item.text() if item is not None else ""
            out.append(cells)
        return out

    def kept_ids(self) -> dict[int, str]:
        """Line (1-based row) -> the id the row's person already has."""
        out = {}
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            ident = item.data(ID_ROLE) if item is not None else None
            if ident:
                out[r + 1] = str(ident)
        return out
