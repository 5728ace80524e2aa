"""Whole-file checks of a référentiel someone completed by hand (JSON or a spreadsheet), before the
model reads it: every reference, duplicate and duration problem at once, each with where it is.

The model (`domain.referentiel`) refuses the same things, but stops at the first; a certifier who
filled a workbook wants the whole list. Stricter than the model on one point: a référentiel
completed by hand names the paths of every modality (an empty list would silently mean "every path").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from jury_app.domain.messages import Message, msg

Loc = tuple[str | int, ...]
"""Where a value is in the référentiel's JSON: ("sessions", 0, "modalities", 2, "paths")."""


def _items(raw: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _unknown_competence(cid: object) -> Message:
    return msg("compétence inconnue : « {0} »", cid)


def _unknown_unit(unit: object) -> Message:
    return msg("CCP/bloc inconnu : « {0} »", unit)


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _doubles(entries: Iterable[tuple[Loc, Any]], what: Message) -> Iterator[tuple[Loc, Message]]:
    listed = list(entries)
    seen = Counter(v for _loc, v in listed if isinstance(v, str))
    for loc, value in listed:
        if isinstance(value, str) and seen[value] > 1:
            yield loc, msg("identifiant de {0} en double : « {1} »", what, value)


def reference_problems(raw: Any) -> list[tuple[Loc, Message]]:
    """Every problem of references, identifiers, paths and durations of `raw`, with its location."""
    if not isinstance(raw, dict):
        return [((), msg("un objet JSON est attendu"))]
    problems: list[tuple[Loc, Message]] = []
    units = _items(raw, "units")
    competences = _items(raw, "competences")
    sessions = _items(raw, "sessions")
    paths = _items(raw, "paths")
    unit_ids = {u.get("id") for _, u in units}
    comp_ids = {c.get("id") for _, c in competences}
    session_ids = {s.get("id") for _, s in sessions}
    path_ids = {p.get("id") for _, p in paths}

    problems += _doubles([(("units", i, "id"), u.get("id")) for i, u in units], msg("CCP/bloc"))
    problems += _doubles([(("competences", i, "id"), c.get("id")) for i, c in competences], msg("compétence"))
    problems += _doubles(
        [
            (("competences", i, "criteria", j, "id"), cr.get("id"))
            for i, c in competences
            for j, cr in _items(c, "criteria")
        ],
        msg("critère"),
    )
    problems += _doubles([(("sessions", i, "id"), s.get("id")) for i, s in sessions], msg("session"))
    problems += _doubles([(("paths", i, "id"), p.get("id")) for i, p in paths], msg("parcours"))

    for i, u in units:
        for j, cid in enumerate(_strings(u.get("competence_ids"))):
            if cid not in comp_ids:
                problems.append((("units", i, "competence_ids", j), _unknown_competence(cid)))
    for i, c in competences:
        if c.get("unit_id") not in unit_ids:
            problems.append((("competences", i, "unit_id"), _unknown_unit(c.get("unit_id"))))
    for i, t in _items(raw, "transversal_competences"):
        for j, cid in enumerate(_strings(t.get("evaluated_through"))):
            if cid not in comp_ids:
                problems.append((("transversal_competences", i, "evaluated_through", j), _unknown_competence(cid)))
    for i, p in paths:
        for j, sid in enumerate(_strings(p.get("session_ids"))):
            if sid not in session_ids:
                problems.append((("paths", i, "session_ids", j), msg("session inconnue : « {0} »", sid)))
    for i, e in _items(raw, "equivalences"):
        if e.get("to_unit") not in unit_ids:
            problems.append((("equivalences", i, "to_unit"), _unknown_unit(e.get("to_unit"))))
    for i, s in sessions:
        problems += _session_problems(("sessions", i), s, unit_ids, comp_ids, path_ids)
    return problems


def _session_problems(
    at: Loc, s: dict[str, Any], unit_ids: set[Any], comp_ids: set[Any], path_ids: set[Any]
) -> list[tuple[Loc, Message]]:
    problems: list[tuple[Loc, Message]] = []
    if s.get("unit_id") is not None and s.get("unit_id") not in unit_ids:
        problems.append(((*at, "unit_id"), _unknown_unit(s.get("unit_id"))))
    modalities = _items(s, "modalities")
    problems += _doubles([((*at, "modalities", i, "id"), m.get("id")) for i, m in modalities], msg("modalité"))
    modality_ids = {m.get("id") for _, m in modalities}
    for i, m in modalities:
        here: Loc = (*at, "modalities", i)
        for j, cid in enumerate(_strings(m.get("evaluates"))):
            if cid not in comp_ids:
                problems.append(((*here, "evaluates", j), _unknown_competence(cid)))
        for j, dep in enumerate(_strings(m.get("after"))):
            if dep not in modality_ids:
                problems.append(((*here, "after", j), msg("modalité inconnue : « {0} »", dep)))
        modality_paths = _strings(m.get("paths"))
        if not modality_paths:
            pathless = msg("modalité « {0} » sans parcours : nommez les parcours qu'elle sert", m.get("id"))
            problems.append(((*here, "paths"), pathless))
        for j, path in enumerate(modality_paths):
            if path_ids and path not in path_ids:
                problems.append(((*here, "paths", j), msg("parcours inconnu du référentiel : « {0} »", path)))
        problems += _phase_problems(here, m)
    return problems


def _phase_problems(here: Loc, m: dict[str, Any]) -> list[tuple[Loc, Message]]:
    problems: list[tuple[Loc, Message]] = []
    phases = _items(m, "phases")
    problems += _doubles([((*here, "phases", i, "id"), p.get("id")) for i, p in phases], msg("phase"))
    total = m.get("duration_min")
    if not isinstance(total, int) or isinstance(total, bool):
        return problems
    known = 0
    for i, p in phases:
        minutes = p.get("duration_min")
        if isinstance(minutes, int) and not isinstance(minutes, bool):
            known += minutes
            if minutes > total:
                longer = msg(
                    "la phase « {0} » dure {1} min, plus que sa modalité « {2} » ({3} min)",
                    p.get("id"),
                    minutes,
                    m.get("id"),
                    total,
                )
                problems.append(((*here, "phases", i, "duration_min"), longer))
    if known > total and not any(loc[-1] == "duration_min" for loc, _ in problems):
        over = msg("les phases de « {0} » font {1} min, plus que la modalité ({2} min)", m.get("id"), known, total)
        problems.append(((*here, "phases"), over))
    return problems
