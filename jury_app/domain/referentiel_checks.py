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

Loc = tuple[str | int, ...]
"""Where a value is in the référentiel's JSON: ("sessions", 0, "modalities", 2, "paths")."""


def _items(raw: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _doubles(entries: Iterable[tuple[Loc, Any]], what: str) -> Iterator[tuple[Loc, str]]:
    listed = list(entries)
    seen = Counter(v for _loc, v in listed if isinstance(v, str))
    for loc, value in listed:
        if isinstance(value, str) and seen[value] > 1:
            yield loc, f"identifiant de {what} en double : « {value} »"


def reference_problems(raw: Any) -> list[tuple[Loc, str]]:
    """Every problem of references, identifiers, paths and durations of `raw`, with its location."""
    if not isinstance(raw, dict):
        return [((), "un objet JSON est attendu")]
    problems: list[tuple[Loc, str]] = []
    units = _items(raw, "units")
    competences = _items(raw, "competences")
    sessions = _items(raw, "sessions")
    paths = _items(raw, "paths")
    unit_ids = {u.get("id") for _, u in units}
    comp_ids = {c.get("id") for _, c in competences}
    session_ids = {s.get("id") for _, s in sessions}
    path_ids = {p.get("id") for _, p in paths}

    problems += _doubles([(("units", i, "id"), u.get("id")) for i, u in units], "CCP/bloc")
    problems += _doubles([(("competences", i, "id"), c.get("id")) for i, c in competences], "compétence")
    problems += _doubles(
        [
            (("competences", i, "criteria", j, "id"), cr.get("id"))
            for i, c in competences
            for j, cr in _items(c, "criteria")
        ],
        "critère",
    )
    problems += _doubles([(("sessions", i, "id"), s.get("id")) for i, s in sessions], "session")
    problems += _doubles([(("paths", i, "id"), p.get("id")) for i, p in paths], "parcours")

    for i, u in units:
        for j, cid in enumerate(_strings(u.get("competence_ids"))):
            if cid not in comp_ids:
                problems.append((("units", i, "competence_ids", j), f"compétence inconnue : « {cid} »"))
    for i, c in competences:
        if c.get("unit_id") not in unit_ids:
            problems.append((("competences", i, "unit_id"), f"CCP/bloc inconnu : « {c.get('unit_id')} »"))
    for i, t in _items(raw, "transversal_competences"):
        for j, cid in enumerate(_strings(t.get("evaluated_through"))):
            if cid not in comp_ids:
                problems.append(
                    (("transversal_competences", i, "evaluated_through", j), f"compétence inconnue : « {cid} »")
                )
    for i, p in paths:
        for j, sid in enumerate(_strings(p.get("session_ids"))):
            if sid not in session_ids:
                problems.append((("paths", i, "session_ids", j), f"session inconnue : « {sid} »"))
    for i, e in _items(raw, "equivalences"):
        if e.get("to_unit") not in unit_ids:
            problems.append((("equivalences", i, "to_unit"), f"CCP/bloc inconnu : « {e.get('to_unit')} »"))
    for i, s in sessions:
        problems += _session_problems(("sessions", i), s, unit_ids, comp_ids, path_ids)
    return problems


def _session_problems(
    at: Loc, s: dict[str, Any], unit_ids: set[Any], comp_ids: set[Any], path_ids: set[Any]
) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    if s.get("unit_id") is not None and s.get("unit_id") not in unit_ids:
        problems.append(((*at, "unit_id"), f"CCP/bloc inconnu : « {s.get('unit_id')} »"))
    modalities = _items(s, "modalities")
    problems += _doubles([((*at, "modalities", i, "id"), m.get("id")) for i, m in modalities], "modalité")
    modality_ids = {m.get("id") for _, m in modalities}
    for i, m in modalities:
        here: Loc = (*at, "modalities", i)
        for j, cid in enumerate(_strings(m.get("evaluates"))):
            if cid not in comp_ids:
                problems.append(((*here, "evaluates", j), f"compétence inconnue : « {cid} »"))
        for j, dep in enumerate(_strings(m.get("after"))):
            if dep not in modality_ids:
                problems.append(((*here, "after", j), f"modalité inconnue : « {dep} »"))
        modality_paths = _strings(m.get("paths"))
        if not modality_paths:
            problems.append(
                ((*here, "paths"), f"modalité « {m.get('id')} » sans parcours : nommez les parcours qu'elle sert")
            )
        for j, path in enumerate(modality_paths):
            if path_ids and path not in path_ids:
                problems.append(((*here, "paths", j), f"parcours inconnu du référentiel : « {path} »"))
        problems += _phase_problems(here, m)
    return problems


def _phase_problems(here: Loc, m: dict[str, Any]) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    phases = _items(m, "phases")
    problems += _doubles([((*here, "phases", i, "id"), p.get("id")) for i, p in phases], "phase")
    total = m.get("duration_min")
    if not isinstance(total, int) or isinstance(total, bool):
        return problems
    known = 0
    for i, p in phases:
        minutes = p.get("duration_min")
        if isinstance(minutes, int) and not isinstance(minutes, bool):
            known += minutes
            if minutes > total:
                problems.append(
                    (
                        (*here, "phases", i, "duration_min"),
                        f"la phase « {p.get('id')} » dure {minutes} min, plus que sa modalité « {m.get('id')} » "
                        f"({total} min)",
                    )
                )
    if known > total and not any(loc[-1] == "duration_min" for loc, _ in problems):
        problems.append(
            ((*here, "phases"), f"les phases de « {m.get('id')} » font {known} min, plus que la modalité ({total} min)")
        )
    return problems
