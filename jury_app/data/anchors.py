"""Signed documents against the audit trail: the seals a rewrite of the database cannot move.

A seal is a point of the trail (an entry's number and hash) written into a document signed with a
key the database does not hold: a juror's result file (the trail up to their last entry when they
exported it), the procès-verbal (the session's trail when it was generated, signed by the jurors),
an archive's manifest (signed by the session lead). As each entry's hash covers the one before, a
seal vouches for the whole trail up to it: an entry changed, removed, inserted or renumbered before
it, or the trail cut short of it, no longer gives the sealed hash, whoever recomputed the chain.

What came after the last seal is covered by nothing signed; `changed_since` tells what changed
there for the candidates a signed procès-verbal had decided, which only a reopened deliberation
(and a new PV to sign) explains.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jury_app.data.audit import Entry, TrailHead, item_text, replay, value_text

_COMPARED = ("seq", "at", "actor", "action", "target", "before", "after")


@dataclass(frozen=True)
class Seal:
    """What a signed document vouches for: the trail up to `head`; for a juror's result file, also
    how many of those entries are theirs."""

    what: str  # the document, as messages name it: « le procès-verbal signé …/proces-verbal.pdf »
    head: TrailHead
    actor: str | None = None
    actor_entries: int | None = None


def seal_problems(entries: Sequence[Entry], seal: Seal) -> list[str]:
    """What in the trail (`entries`, in order) contradicts the seal; empty when it holds."""
    n = seal.head.entries
    if n <= 0:
        return []
    if len(entries) < n:
        return [
            f"{seal.what} scelle le journal jusqu'à l'entrée n° {n}, or il s'arrête à la n° {len(entries)} : "
            "des entrées ont été retirées"
        ]
    entry = entries[n - 1]
    if entry.seq != n or entry.hash != seal.head.head:
        return [
            f"l'entrée n° {n} du journal n'est plus celle que {seal.what} a scellée : le journal a été réécrit "
            "jusqu'à elle (entrées modifiées, retirées ou renumérotées, empreintes recalculées)"
        ]
    if seal.actor is not None:
        count = sum(1 for e in entries[:n] if e.actor == seal.actor)
        if count != seal.actor_entries or entry.actor != seal.actor:
            return [
                f"{seal.what} compte {seal.actor_entries} entrée(s) de {seal.actor} jusqu'à la n° {n}, le journal "
                f"{count} : le journal a été réécrit"
            ]
    return []


def decided_candidates(entries: Sequence[Entry]) -> set[str]:
    """The candidates whose deliberation the trail leaves closed."""
    closed: set[str] = set()
    for e in entries:
        if e.action in ("deliberation.close", "deliberation.reopen"):
            candidate = str(json.loads(e.target).get("candidate", ""))
            (closed.add if e.action == "deliberation.close" else closed.discard)(candidate)
    return closed


def changed_since(entries: Sequence[Entry], seal: Seal) -> list[str]:
    """For the candidates decided when the seal was made, every mark, judgement, observation and
    decision the trail changed after it, and the reopenings that came first."""
    n = seal.head.entries
    before, after = entries[:n], entries[n:]
    decided = decided_candidates(before)
    then, now = replay(before), replay(entries)
    problems = []
    for key in sorted(set(then) | set(now), key=str):
        if key[1] in decided and (then.get(key) or None) != (now.get(key) or None):
            problems.append(
                f"{item_text(key)} : {value_text(key[0], then.get(key))} dans {seal.what}, "
                f"{value_text(key[0], now.get(key))} aujourd'hui (entrée postérieure à sa signature)"
            )
    if problems:
        for e in after:
            target = json.loads(e.target)
            if e.action == "deliberation.reopen" and target.get("candidate") in decided:
                problems.append(
                    f"délibération de {target.get('candidate')} rouverte après {seal.what} (entrée n° {e.seq}) : "
                    "un nouveau procès-verbal est à générer et à faire signer"
                )
    return problems


def _entry_text(line: Mapping[str, Any]) -> str:
    """What an entry of the trail is about, in French: « critère CP1.2 de J1 (C02, msp) »."""
    action = str(line.get("action", ""))
    try:
        t = json.loads(line.get("target") or "{}")
        if action in ("grid.mark", "grid.judgement", "grid.observation"):
            return item_text((action, t["candidate"], t["modality"], t["juror"], t["item"]))
        if action in ("deliberation.judgement", "deliberation.decision"):
            return item_text((action, t["candidate"], t["item"]))
        told = ", ".join(str(v) for v in t.values() if v)
    except (ValueError, KeyError, TypeError, AttributeError):
        told = ""
    return f"{action} ({told})" if told else action


def _difference(mine: Mapping[str, Any], theirs: Mapping[str, Any], what: str) -> str:
    seq, action = theirs.get("seq"), str(theirs.get("action", ""))
    if (mine.get("action"), mine.get("target")) != (theirs.get("action"), theirs.get("target")):
        return (
            f"entrée n° {seq} du journal : {what} y porte {_entry_text(theirs)} ({theirs.get('actor')}), le journal "
            f"d'ici {_entry_text(mine)} ({mine.get('actor')}) : entrées retirées, insérées ou renumérotées"
        )
    if (mine.get("before"), mine.get("after")) != (theirs.get("before"), theirs.get("after")):
        return (
            f"entrée n° {seq} du journal, {_entry_text(theirs)} : {value_text(action, theirs.get('after'))} dans "
            f"{what}, {value_text(action, mine.get('after'))} ici : entrée réécrite"
        )
    return (
        f"entrée n° {seq} du journal, {_entry_text(theirs)} : faite par {theirs.get('actor')} à {theirs.get('at')} "
        f"d'après {what}, par {mine.get('actor')} à {mine.get('at')} d'après le journal d'ici"
    )


def trail_differences(
    local: Sequence[Mapping[str, Any]], sealed: Sequence[Mapping[str, Any]], what: str, *, limit: int = 5
) -> list[str]:
    """Where the trail here differs from the copy a signed document holds (an archive's audit trail,
    every column of each entry): the first entries that differ, what they say there and here."""
    differing = [(m, t) for m, t in zip(local, sealed, strict=False) if any(m.get(k) != t.get(k) for k in _COMPARED)]
    problems = [_difference(m, t, what) for m, t in differing[:limit]]
    if len(differing) > limit:
        problems.append(f"… et {len(differing) - limit} autre(s) entrée(s) différente(s) de celles de {what}")
    return problems
