"""The planner and the checks of a plan, on the TP CIP title session as the RE describes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import combinations, pairwise

import pytest

from jury_app.data.referentiels import find_builtin
from jury_app.domain.planner import propose
from jury_app.domain.schedule import (
    DayWindow,
    Learner,
    Passage,
    ScheduleSetup,
    check,
    form_panels,
    load,
    timing,
)

REF = find_builtin("TP-00403", "08")
assert REF is not None
TITLE = REF.session("titre")
LUNCH = ((dt.time(12, 30), dt.time(13, 30)),)
DAY1, DAY2 = dt.date(2026, 3, 9), dt.date(2026, 3, 10)
DURATIONS = {"et/presentation": 10}  # the lead sets it; questions get the rest of the 40 minutes


def _days(*days: dt.date) -> tuple[DayWindow, ...]:
    return tuple(DayWindow(d, dt.time(8, 30), dt.time(18, 0), LUNCH) for d in days)


def _setup(
    candidates: int = 12, jurors: int = 4, rooms: int = 2, cards: int = 12, extra: dict[int, int] | None = None
) -> ScheduleSetup:
    learners = tuple(
        Learner(f"C{i:02d}", f"Candidat {i}", "vae" if i % 3 == 0 else "formation", (extra or {}).get(i, 0))
        for i in range(1, candidates + 1)
    )
    panels = form_panels(
        [(f"J{i}", None) for i in range(1, jurors + 1)], [f"Salle {i}" for i in range(1, rooms + 1)], TITLE, mock=False
    )
    return ScheduleSetup(
        REF, TITLE, DURATIONS, learners, panels, _days(DAY1, DAY2), cards, juror_names={"J1": "Claire Martin"}
    )


def _jury_spans(setup: ScheduleSetup, p: Passage) -> list[tuple[dt.datetime, dt.datetime]]:
    extra = next(c.extra_time_percent for c in setup.candidates if c.id == p.candidate_id)
    t = timing(TITLE.modality(p.modality_id), setup.durations, extra)
    assert t is not None
    return [
        (p.start + dt.timedelta(minutes=s.offset), p.start + dt.timedelta(minutes=s.offset + s.minutes))
        for s in t.segments
        if s.jury
    ]


def test_durations_come_from_the_re_with_extra_time_rounded_up() -> None:
    msp = timing(TITLE.modality("msp"), DURATIONS)
    assert msp is not None and (msp.minutes, msp.jury_minutes) == (45, 30)
    assert [(s.offset, s.minutes, s.jury) for s in msp.segments] == [(0, 15, False), (15, 30, True)]
    et = timing(TITLE.modality("et"), DURATIONS)
    assert et is not None and (et.minutes, et.jury_minutes) == (40, 20)
    # A third more time: 15 -> 20, 30 -> 40 (39.9 rounded up to the minute).
    msp_extra = timing(TITLE.modality("msp"), DURATIONS, 33)
    assert msp_extra is not None and [s.minutes for s in msp_extra.segments] == [20, 40]
    # RE: the jury is present 2 h 20 for a title candidate.
    setup = _setup(candidates=1)
    assert load(setup)[0] == 140 == TITLE.jury.presence_min


def test_twelve_candidates_two_days_two_panels_plan_without_overlap_in_re_order() -> None:
    setup = _setup()
    plan = propose(setup)
    assert plan.problems == ()
    assert check(setup, plan.passages) == []
    assert len(plan.passages) == 12 * 4
    by = {(p.candidate_id, p.modality_id): p for p in plan.passages}
    for c in setup.candidates:
        mine = [by[(c.id, m)] for m in ("msp", "et", "qp", "ef")]
        assert len({p.start.date() for p in mine}) == 1 and len({p.juror_ids for p in mine}) == 1
        assert by[(c.id, "et")].start == by[(c.id, "msp")].end  # the synthesis follows the interview at once
        assert by[(c.id, "ef")].start >= max(by[(c.id, m)].end for m in ("msp", "et", "qp"))
        for a, b in combinations(mine, 2):
            assert a.end <= b.start or b.end <= a.start
    # Independently of check(): no juror and no room in two places at once, all within the day.
    for key in [f"J{i}" for i in range(1, 5)] + ["Salle 1", "Salle 2"]:
        spans = sorted(s for p in plan.passages if key in p.juror_ids or key == p.room for s in _jury_spans(setup, p))
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start
    for p in plan.passages:
        assert dt.time(8, 30) <= p.start.time() and p.end.time() <= dt.time(18, 0)
        assert p.end.time() <= dt.time(12, 30) or p.start.time() >= dt.time(13, 30)


def test_the_same_input_gives_the_same_plan() -> None:
    assert propose(_setup()) == propose(_setup())


def test_two_jurors_cannot_hear_twelve_candidates_in_two_days() -> None:
    setup = _setup(jurors=2)
    plan = propose(setup)
    (problem,) = plan.problems
    assert "Les journées ne suffisent pas" in problem.message
    assert "28 h de présence du jury" in problem.message and "17 h" in problem.message
    assert "Candidat 12" in problem.message
    planned = {p.candidate_id for p in plan.passages}
    assert len(planned) < 12
    assert any("n'est pas planifié" in p.message for p in check(setup, plan.passages))


def test_four_jurors_in_one_room_are_told_the_rooms_they_lack() -> None:
    (problem,) = propose(_setup(jurors=4, rooms=1)).problems
    assert "Vos 4 jurés peuvent former 2 jurys : indiquez 2 salles" in problem.message
    (problem,) = propose(_setup(jurors=2)).problems
    assert "jurés peuvent former" not in problem.message and "Ajoutez une journée, un jury" in problem.message


def test_extra_time_lengthens_the_passages_and_the_jury_load() -> None:
    setup = _setup(candidates=3, extra={1: 33})
    plan = propose(setup)
    assert plan.problems == () and check(setup, plan.passages) == []
    msp = next(p for p in plan.passages if p.candidate_id == "C01" and p.modality_id == "msp")
    assert (msp.end - msp.start) == dt.timedelta(minutes=60)


@pytest.fixture
def planned() -> tuple[ScheduleSetup, list[Passage]]:
    setup = _setup(candidates=6)
    plan = propose(setup)
    assert plan.problems == ()
    return setup, list(plan.passages)


def _move(passages: list[Passage], cand: str, modality: str, start: dt.datetime, **changes: object) -> list[Passage]:
    out = []
    for p in passages:
        if (p.candidate_id, p.modality_id) == (cand, modality):
            p = replace(p, start=start, end=start + (p.end - p.start), **changes)  # type: ignore[arg-type]
        out.append(p)
    return out


def test_a_moved_passage_that_overlaps_a_juror_and_a_room_is_refused(
    planned: tuple[ScheduleSetup, list[Passage]],
) -> None:
    setup, passages = planned
    other = next(
        p
        for p in passages
        if p.candidate_id != "C01" and p.juror_ids == passages[0].juror_ids and p.modality_id == "qp"
    )
    mine = next(p for p in passages if p.candidate_id == "C01" and p.modality_id == "ef")
    moved = _move(passages, "C01", "ef", other.start)
    messages = [p.message for p in check(setup, moved)]
    jurors = [m for m in messages if "(juré) : deux passages en même temps" in m]
    assert len(jurors) == len(mine.juror_ids)  # each juror of the panel, named
    assert any(m.startswith(f"La salle « {mine.room} » : deux passages en même temps") for m in messages)


def test_order_day_end_breaks_and_candidate_overlaps(planned: tuple[ScheduleSetup, list[Passage]]) -> None:
    setup, passages = planned
    msp = next(p for p in passages if p.candidate_id == "C02" and p.modality_id == "msp")
    before = _move(passages, "C02", "et", msp.start - dt.timedelta(hours=1) if msp.start.hour > 9 else msp.start)
    assert any("doit suivre « Mise en situation professionnelle »" in p.message for p in check(setup, before))
    late = _move(passages, "C03", "qp", dt.datetime.combine(DAY1, dt.time(17, 30)))
    assert any("hors des horaires du jour (08:30–18:00)" in p.message for p in check(setup, late))
    lunch = _move(passages, "C03", "qp", dt.datetime.combine(DAY1, dt.time(12, 0)))
    assert any("empiète sur la pause de 12:30 à 13:30" in p.message for p in check(setup, lunch))
    qp = next(p for p in passages if p.candidate_id == "C04" and p.modality_id == "qp")
    twice = _move(passages, "C04", "ef", qp.start + dt.timedelta(minutes=10))
    assert any("est attendu(e) à deux passages en même temps" in p.message for p in check(setup, twice))
    elsewhere = _move(passages, "C04", "ef", dt.datetime(2026, 3, 12, 9, 0))
    assert any("ce n'est pas une date de la session" in p.message for p in check(setup, elsewhere))


def test_too_few_scenario_cards_for_a_day(planned: tuple[ScheduleSetup, list[Passage]]) -> None:
    setup, passages = planned
    few = replace(setup, cards=2)
    (problem,) = [p for p in check(few, passages) if "fiche(s) scénario" in p.message]
    assert problem.message.startswith("Le 09/03/2026 : 6 mises en situation pour 2 fiche(s) scénario")
    # The planner spreads the mises en situation over the days when the cards are few.
    plan = propose(replace(setup, cards=3))
    assert plan.problems == ()
    assert check(replace(setup, cards=3), plan.passages) == []


def test_a_modality_left_out_or_twice_and_a_jury_too_small(planned: tuple[ScheduleSetup, list[Passage]]) -> None:
    setup, passages = planned
    dropped = [p for p in passages if (p.candidate_id, p.modality_id) != ("C05", "qp")]
    assert any(
        m.message == "Candidat 5 : « Questionnement à partir de production(s) » n'est pas planifié(e)"
        for m in check(setup, dropped)
    )
    alone = [replace(p, juror_ids=p.juror_ids[:1]) if p.candidate_id == "C05" else p for p in passages]
    assert any("1 juré(s), le référentiel en demande 2" in m.message for m in check(setup, alone))


def test_a_duration_still_to_be_set_stops_the_plan() -> None:
    setup = replace(_setup(candidates=1), durations={})
    et = timing(TITLE.modality("et"), {})
    assert et is not None  # the RE gives the whole 40 minutes: planned without splitting the phases
    cap = REF.session("capitalisation")
    assert timing(cap.modality("entretien_capitalisation"), {}) is None
    learner = Learner("C01", "Anne Capi", "capitalisation", units_held=("CCP1", "CCP2", "CCP3"))
    plan = propose(replace(setup, definition=cap, candidates=(learner,)))
    assert [p.message for p in plan.problems] == [
        "Anne Capi : durée à définir pour Entretien avec le jury (capitalisation de CCP)"
    ]


def test_panels_keep_the_profiles_the_referentiel_asks() -> None:
    ref = find_builtin("RNCP35667")
    assert ref is not None
    sdef = ref.title_session()
    jurors = [
        ("J1", "praticien-ou-formateur"),
        ("J2", "praticien-ou-formateur"),
        ("J3", "directeur-expert-insertion"),
        ("J4", "directeur-expert-insertion"),
    ]
    panels = form_panels(jurors, ["A", "B"], sdef, mock=False)
    assert [set(p.juror_ids) for p in panels] == [{"J3", "J1"}, {"J4", "J2"}]
    # One room: one panel of everyone. A mock session: one trainer per panel.
    assert len(form_panels(jurors, ["A"], sdef, mock=False)) == 1
    assert [p.juror_ids for p in form_panels(jurors[:2], ["A", "B"], sdef, mock=True)] == [("J1",), ("J2",)]
