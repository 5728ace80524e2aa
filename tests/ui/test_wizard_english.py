"""The « Nouvelle session » wizard in English: the problems the domain words (the plan's clashes,
the days that cannot hold the candidates) read in English; the command line keeps the French text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard import SessionWizard
from jury_app.ui.wizard.wizard import CANDIDATES, CARDS, DOCUMENTS, DURATIONS, JURORS, PLAN, SESSION
from tests.helpers.english import french_in

DAY1, DAY2 = dt.date(2026, 3, 9), dt.date(2026, 3, 10)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, english: None) -> SessionWizard:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), FakeClock(dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_welcome()
    win.welcome.new_button.click()
    assert isinstance(win.wizard, SessionWizard)
    return win.wizard


def _next(wizard: SessionWizard, expected: int) -> None:
    wizard.next()
    assert wizard.currentId() == expected, [
        getattr(p, "problems", None) and p.problems.text() for p in wizard.pages.values()
    ]


def _to_durations(wizard: SessionWizard, lists: dict[str, Path], days: tuple[dt.date, ...]) -> None:
    _next(wizard, SESSION)
    page = wizard.pages[SESSION]
    page.name.setText("CIP March 2026")
    page.place.setText("Lyon")
    for day in days:
        page.date_edit.setDate(day)
        page.add_button.click()
    assert page.chosen_dates() == days
    page.rooms.setValue(2)
    _next(wizard, JURORS)
    assert wizard.pages[JURORS].import_file(lists["jurors"])
    _next(wizard, CANDIDATES)
    assert wizard.pages[CANDIDATES].import_file(lists["candidates"])
    _next(wizard, DOCUMENTS)
    _next(wizard, CARDS)
    assert wizard.pages[CARDS].import_file(lists["cards"])
    _next(wizard, DURATIONS)


def _to_plan(wizard: SessionWizard, lists: dict[str, Path], days: tuple[dt.date, ...]) -> None:
    _to_durations(wizard, lists, days)
    wizard.pages[DURATIONS].set_minutes("et/presentation", 10)
    _next(wizard, PLAN)


def _plan_problems(wizard: SessionWizard) -> list[str]:
    plan = wizard.pages[PLAN]
    return [plan.problem_list.item(i).text() for i in range(plan.problem_list.count())]


def test_a_clash_on_the_plan_in_english(
    qtbot: QtBot, wizard: SessionWizard, tmp_path: Path, session_lists: ModuleType
) -> None:
    _to_plan(wizard, session_lists.write_lists(tmp_path / "lists"), (DAY1, DAY2))
    plan = wizard.pages[PLAN]
    assert plan.problem_list.count() == 0
    first = plan.passages[0]
    other = next(
        p for p in plan.passages[1:] if p.juror_ids == first.juror_ids and p.candidate_id != first.candidate_id
    )
    plan.move_passage(plan.passages.index(other), first.start.date(), first.start.time(), 0)
    problems = _plan_problems(wizard)
    assert any("(juror): two passages at once, " in m for m in problems), problems
    assert not any("en même temps" in m or "juré" in m for m in problems), problems
    wizard.next()
    assert wizard.currentId() == PLAN  # still refused, in English


def test_days_that_cannot_hold_the_candidates_in_english(
    qtbot: QtBot, wizard: SessionWizard, tmp_path: Path, session_lists: ModuleType
) -> None:
    _to_plan(wizard, session_lists.write_lists(tmp_path / "lists"), (DAY1,))
    problems = _plan_problems(wizard)
    load = next(m for m in problems if m.startswith("The days are not enough: 12 candidate(s) need 28 h of jury"))
    assert "1 day(s) with 2 jury(ies) offer" in load and "Not planned: " in load
    assert not any("journée" in m or "planifié" in m for m in problems), problems


def test_the_durations_page_tells_what_is_left_to_set_in_english(
    qtbot: QtBot, wizard: SessionWizard, tmp_path: Path, session_lists: ModuleType
) -> None:
    _to_durations(wizard, session_lists.write_lists(tmp_path / "lists"), (DAY1, DAY2))
    durations = wizard.pages[DURATIONS]
    wizard.next()
    assert wizard.currentId() == DURATIONS  # refused, and told in English
    told = durations.problems.text()
    assert "Duration of “Entretien technique”, phase “Présentation de l'analyse de pratique”: to be set." in told
    assert french_in(told) == [], told

    durations.set_minutes("et/presentation", 20)  # with the 20 min synthesis, more than the modality's 40
    durations.set_minutes("et/questions", 5)
    wizard.next()
    assert wizard.currentId() == DURATIONS
    told = durations.problems.text()
    assert "the phases of “Entretien technique” take 45 min, the modality 40 min" in told
    assert french_in(told) == [], told
