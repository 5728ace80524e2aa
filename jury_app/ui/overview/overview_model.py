"""A Qt table model over the session overview: candidates against modalities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from jury_app.actions.overview import Cell, Overview, RunningTimer
from jury_app.domain.clock import Clock
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import TimerError, TimerStatus, compute_state, format_seconds
from jury_app.ui.common import theme
from jury_app.ui.common.labels import path_label

Index = QModelIndex | QPersistentModelIndex

# The cell's tone in the theme (ui/common/theme.py): light tints, darker ones in a dark theme.
TONES = {
    Status.TODO: "surface",
    Status.IN_PROGRESS: "cell_progress_bg",
    Status.DONE: "cell_done_bg",
    Status.ABSENT: "state_absent_bg",
    Status.ABANDONED: "cell_abandoned_bg",
    Status.NOT_APPLICABLE: "state_na_bg",
}


def status_label(status: Status) -> str:
    return {
        Status.TODO: QCoreApplication.translate("overview", "À faire"),
        Status.IN_PROGRESS: QCoreApplication.translate("overview", "En cours"),
        Status.DONE: QCoreApplication.translate("overview", "Passée"),
        Status.ABSENT: QCoreApplication.translate("overview", "Absent"),
        Status.ABANDONED: QCoreApplication.translate("overview", "Abandon"),
        Status.NOT_APPLICABLE: QCoreApplication.translate("overview", "—"),
    }[status]


_HEADER_LINE = 20  # characters a column header line holds at the overview's column width


def _two_lines(title: str) -> str:
    """Long modality titles on two balanced lines, so every column header reads whole; a title too
    long for two lines (the RNCP référentiels' are) ends with « … », whole in the header's tooltip."""
    words = title.split()
    if len(title) < 24 or len(words) < 2:
        return title
    if len(title) <= 2 * _HEADER_LINE:
        best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
        return " ".join(words[:best]) + "\n" + " ".join(words[best:])
    lines = ["", ""]
    line = 0
    for word in words:
        candidate = f"{lines[line]} {word}".strip()
        if len(candidate) <= _HEADER_LINE or not lines[line]:
            lines[line] = candidate
        elif line == 0:
            line, lines[1] = 1, word
        else:
            return lines[0] + "\n" + lines[1] + " …"
    return "\n".join(lines)


def timer_text(timer: RunningTimer, clock: Clock) -> str:
    """ "12:34 · phase 2/2" ("+01:20 · …" past the phase's time) or "en pause": from the clock, at each tick."""
    try:
        state = compute_state(timer.plan, timer.events, clock.steady(), speed=timer.speed)
    except TimerError:
        return ""
    if state.status is TimerStatus.PAUSED:
        return QCoreApplication.translate("overview", "en pause")
    if state.phase_index is None:
        return ""
    # The time first: it is what a narrow cell must not cut.
    return QCoreApplication.translate("overview", "{0} · phase {1}/{2}").format(
        format_seconds(state.remaining_s), state.phase_index + 1, len(timer.plan)
    )


class OverviewModel(QAbstractTableModel):
    """The session's candidates against its modalities, as `viewer` (the juror at the keyboard) reads it:
    a modality is "Passée" only once their grid is complete, and one under way counts its time down."""

    FIXED = 2  # candidate, path

    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__()
        self.view: Overview | None = None
        self.viewer = ""
        self.clock = clock

    def set_overview(self, view: Overview, viewer: str = "") -> None:
        self.beginResetModel()
        self.view = view
        self.viewer = viewer
        self.endResetModel()

    def tick(self) -> None:
        """Repaint the cells of the modalities under way (their remaining time), nothing else."""
        if self.view is None:
            return
        for r, row in enumerate(self.view.rows):
            for c, cell in enumerate(row.cells):
                if cell.timer is not None:
                    index = self.index(r, self.FIXED + c)
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def incomplete_for_viewer(self, cell: Cell, recused: tuple[str, ...]) -> bool:
        """Done, but the viewer's own grid still lacks a mark or a judgement."""
        return (
            cell.status is Status.DONE
            and bool(self.viewer)
            and self.viewer not in recused
            and not cell.grids_complete.get(self.viewer, False)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if self.view is None or parent.isValid() else len(self.view.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if self.view is None or parent.isValid() else self.FIXED + len(self.view.modalities)

    def cell(self, index: Index) -> Cell | None:
        if self.view is None or not index.isValid() or index.column() < self.FIXED:
            return None
        return self.view.rows[index.row()].cells[index.column() - self.FIXED]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            self.view is not None
            and role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section >= self.FIXED
        ):
            return self.view.modalities[section - self.FIXED].title  # whole, when the header ends with …
        if self.view is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.view.rows[section].ref
        if section == 0:
            return QCoreApplication.translate("overview", "Candidat")
        if section == 1:
            return QCoreApplication.translate("overview", "Parcours")
        return _two_lines(self.view.modalities[section - self.FIXED].title)

    def _grids_text(self, cell: Cell, recused: tuple[str, ...]) -> str:
        assert self.view is not None
        parts = []
        for ref, _name in self.view.jurors:
            if ref in recused:
                parts.append(f"{ref} " + QCoreApplication.translate("overview", "récusé"))
            else:
                parts.append(f"{ref} {'✓' if cell.grids_complete.get(ref) else '…'}")
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None or not index.isValid():
            return None
        row = self.view.rows[index.row()]
        cell = self.cell(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                extra = f" (+{row.extra_time_percent} %)" if row.extra_time_percent else ""
                return f"{row.name}{extra}"
            if index.column() == 1:
                return path_label(row.path)
            assert cell is not None
            if cell.status is Status.NOT_APPLICABLE:
                return status_label(cell.status)
            time = cell.scheduled[11:16] if cell.scheduled else ""
            if time and self.view.dates and cell.scheduled[:10] != self.view.dates[0]:
                time = f"{cell.scheduled[8:10]}/{cell.scheduled[5:7]} {time}"  # not the first day
            return self._cell_text(cell, row.recused, time)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            tone = "warn_bg" if self.incomplete_for_viewer(cell, row.recused) else TONES[cell.status]
            return QBrush(theme.color(tone))
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is None:
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            tip = self._cell_text(cell, row.recused, "")
            if cell.scheduled:
                tip += "\n" + QCoreApplication.translate("overview", "Prévu le {0} à {1}").format(
                    cell.scheduled[:10], cell.scheduled[11:16]
                )
            return tip
        return None

    def _cell_text(self, cell: Cell, recused: tuple[str, ...], time: str) -> str:
        if cell.status is Status.NOT_APPLICABLE:
            return status_label(cell.status)
        head = status_label(cell.status)
        if self.incomplete_for_viewer(cell, recused):
            head = QCoreApplication.translate("overview", "Passée, grille incomplète")
        elif cell.status is Status.TODO and time:
            head += f" — {time}"
        elif cell.timer is not None and self.clock is not None:
            left = timer_text(cell.timer, self.clock)
            head += f" — {left}" if left else ""
        if cell.status in (Status.IN_PROGRESS, Status.DONE):
            return f"{head}\n{self._grids_text(cell, recused)}"
        return head
