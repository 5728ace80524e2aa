"""The exam room's record of one modality for one candidate, as several laptops may hold it.

Each laptop records a *version* of the run: its status, its timer events and its draws of a scenario
card. Merging the jurors' files must not depend on their order, so the merged state is a function of
the set of versions seen, never of which came first:

- a version *extends* another when it holds everything the other holds and more of the same story
  (the same draws then a redraw, the same timer events then more, a status further on: to do, in
  progress, then done or abandoned); an empty version (nothing started, no card) says nothing;
- the versions that no other extends are the maximal ones: one alone is the run; several are a
  *conflict* (absent here and evaluated there, two different cards drawn, two different timed
  runs), which the session lead resolves by choosing one, with a reason.

A version is a plain JSON-ready dict: {"status", "timer_speed", "events": [...], "draws": [...]}, each
event {"seq", "kind", "at", "phase_id", "reason", "juror", "steady_at"} and each draw {"seq", "card",
"drawn_at", "day", "witness", "reason", "juror", "superseded"}, times as ISO 8601 UTC text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Version = Mapping[str, Any]

ABSENCE = "absence"
CARD = "card"
RUN = "run"

_STEPS = {"todo": 0, "in_progress": 1, "done": 2, "abandoned": 2}
"""Statuses on the way of a run; "absent" and "not_applicable" are no step of it."""


def canonical(version: Version) -> str:
    return json.dumps(version, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(version: Version) -> str:
    return hashlib.sha256(canonical(version).encode("utf-8")).hexdigest()


def is_empty(version: Version) -> bool:
    """Nothing started, no card drawn: a version that says nothing."""
    return version["status"] == "todo" and not version["events"] and not version["draws"]


def _draw_key(draw: Mapping[str, Any]) -> tuple[Any, ...]:
    """A draw, its `superseded` flag aside: a later redraw supersedes it without changing it."""
    return tuple(sorted((k, v) for k, v in draw.items() if k != "superseded"))


def _prefix(short: Sequence[Any], long: Sequence[Any]) -> bool:
    return len(short) <= len(long) and list(long[: len(short)]) == list(short)


def _status_follows(before: str, after: str) -> bool:
    if before == after:
        return True
    if before not in _STEPS or after not in _STEPS:
        return False
    return _STEPS[before] < _STEPS[after] or (before == "in_progress" and after in ("done", "abandoned"))


def extends(older: Version, newer: Version) -> bool:
    """Whether `newer` holds everything `older` holds, and goes on from it (equal versions included)."""
    if is_empty(older):
        return True
    if not _status_follows(older["status"], newer["status"]):
        return False
    if older["events"] and older["timer_speed"] != newer["timer_speed"]:
        return False
    if not _prefix(older["events"], newer["events"]):
        return False
    return _prefix([_draw_key(d) for d in older["draws"]], [_draw_key(d) for d in newer["draws"]])


def maximal(versions: Iterable[Version]) -> list[Version]:
    """The versions no other one extends, without repeats, in digest order (so: any input order)."""
    unique = {digest(v): v for v in versions if not is_empty(v)}
    items = sorted(unique.items())
    return [
        v
        for d, v in items
        if not any(other_d != d and extends(v, other) and not extends(other, v) for other_d, other in items)
    ]


def current_card(version: Version) -> str | None:
    current = [d["card"] for d in version["draws"] if not d["superseded"]]
    return current[-1] if current else None


def conflict_kind(versions: Sequence[Version]) -> str:
    """What several maximal versions disagree on, told first by what matters most to the PV."""
    statuses = {v["status"] for v in versions}
    if "absent" in statuses and len(statuses) > 1:
        return ABSENCE
    if len({current_card(v) for v in versions}) > 1:
        return CARD
    return RUN


def pick(versions: Sequence[Version], here: Iterable[str]) -> Version:
    """The run shown while a conflict waits for the lead's choice: the one recorded on this laptop if
    it is among them, else the first by digest. Either way the same whatever the order of the files."""
    local = set(here)
    by_digest = sorted((digest(v), v) for v in versions)
    for d, v in by_digest:
        if d in local:
            return v
    return by_digest[0][1]
