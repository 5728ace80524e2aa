"""The search box and the filter over the candidates, on the overview, the deliberation list and the
closing check: real widgets on the demo session, a candidate found by typing part of their name
without its accents, and the candidates of one state kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jury_app.actions import exam, grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import CandidateState
from jury_app.domain.grading import Mark
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.overview.closing_dialog import ClosingDialog
from jury_app.ui.overview.overview_screen import OverviewScreen

SID = "DEMO-CIP-2026-11"


def _day(ctx: AppContext, clock: FakeClock) -> None:
    """C01 marked apart by its two jurors on one criterion, C05 absent."""
    for juror in ("J1", "J2"):
        jurors.declare(ctx, SID, "C01", juror, has_link=False)
        grids.set_mark(
            ctx,
            GridKey(SID, "C01", "msp", juror),
            "CP1.1",
            Mark.SATISFIED if juror == "J1" else Mark.NOT_SATISFIED,
            clock,
        )
    exam.mark_absent(ctx, SID, "C05", "J1", clock)


def test_the_deliberation_list_is_searched_and_filtered(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    _day(ctx, clock)
    screen = DeliberationScreen(ctx, SID, "J1", clock)
    qtbot.addWidget(screen)
    screen.show()
    everyone = screen.candidates.visible_refs()
    assert everyone == ["C01", "C02", "C03", "C04", "C05"]
    name = screen.candidates._names["C03"]
    qtbot.keyClicks(screen.filter.search, name.split()[-1].upper().replace("È", "E").replace("É", "E"))
    assert screen.candidates.visible_refs() == ["C03"]
    assert screen.candidates.current_ref() == "C03"  # the one kept is shown
    screen.filter.search.clear()
    screen.filter.set_shown(CandidateState.DISAGREEMENT)
    assert screen.candidates.visible_refs() == ["C01"]
    screen.filter.set_shown(CandidateState.ABSENT)
    assert screen.candidates.visible_refs() == ["C05"]
    screen.filter.set_shown(CandidateState.CLOSED)
    assert screen.candidates.visible_refs() == []
    screen.filter.set_shown(None)
    assert screen.candidates.visible_refs() == everyone


def test_the_overview_and_the_closing_check_are_filtered(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    _day(ctx, clock)
    overview = OverviewScreen(ctx, clock)
    qtbot.addWidget(overview)
    overview.load(SID, "J1")
    overview.show()
    assert overview.view is not None
    refs = [row.ref for row in overview.view.rows]

    def shown() -> list[str]:
        return [ref for r, ref in enumerate(refs) if not overview.table.isRowHidden(r)]

    overview.filter.set_shown(CandidateState.ABSENT)
    assert shown() == ["C05"]
    overview.filter.set_shown(CandidateState.DISAGREEMENT)
    assert shown() == ["C01"]
    overview.filter.set_shown(None)
    qtbot.keyClicks(overview.filter.search, "C04")
    assert shown() == ["C04"]

    closing = ClosingDialog(ctx, SID)
    qtbot.addWidget(closing)
    tree = closing.tree

    def lines() -> set[str]:
        return {
            tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()) if not tree.topLevelItem(i).isHidden()
        }

    names = {row.ref: row.name for row in overview.view.rows}
    # The absent C05 is listed too: its deliberation (with no decision) is still to close.
    assert lines() == {names[r] for r in ("C01", "C02", "C03", "C04", "C05")}
    closing.filter.set_shown(CandidateState.DISAGREEMENT)
    assert lines() == {names["C01"]}
    closing.filter.set_shown(None)
    qtbot.keyClicks(closing.filter.search, "c02")
    assert lines() == {names["C02"]}
    shown = sum(1 for i in range(tree.topLevelItemCount()) if not tree.topLevelItem(i).isHidden())
    assert (
        shown
        and closing.summary.text()
        == f"{closing.issue_count} élément(s) manquant(s), dont {shown} pour les candidats choisis :"
    )
    closing.filter.search.clear()
    assert closing.summary.text() == f"{closing.issue_count} élément(s) manquant(s) :"
