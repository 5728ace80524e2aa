"""The audit trail: who changed which evaluation or decision, when, from what to what.

Entries are appended in the same transaction as the change they record, numbered per session,
and chained: `hash = SHA-256(prev_hash + canonical JSON of the entry)`. Verification walks the
chain (an edited entry no longer matches its hash; a deleted one leaves a gap or a broken link)
and replays it against the evaluations it covers (a mark, judgement, observation or decision
changed outside the app no longer matches the last value the trail recorded for it).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.raw import driver, stamp, unstamp
from jury_app.domain.wording import OVERALL_TITLE, judgement_label, mark_label

GENESIS = "0" * 64


class Entry(NamedTuple):
    """An entry of the trail as read for checking it: every column of `audit_log`, read by a plain
    statement (a merged session's trail holds over a hundred thousand entries; ORM objects cost
    seconds)."""

    pk: int
    session_id: str
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    before: str | None
    after: str | None
    prev_hash: str
    hash: str


_encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
json_text = _text = json.encoder.encode_basestring  # a string as that encoder writes it (ensure_ascii=False)


# The C scanner json.loads runs, without its per-call work.
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def json_value(text: str) -> Any:
    """`json.loads(text)` for a target the trail holds: the scanner's value when it spans the whole
    text; anything else (spaces around it, not JSON, not text) goes through json.loads itself."""
    try:
        value, end = _scan(text, 0)
    except (StopIteration, TypeError):
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


def _canonical(value: Any) -> str:
    return _encoder.encode(value)  # what json.dumps with these options writes, its encoder made once


def item_target(where: dict[str, str]) -> tuple[str, str]:
    """The canonical JSON of `{**where, "item": item}` split around the item's value: (head, tail),
    so that the target of each item of one grid is `head + json string of item + tail`."""
    keys = sorted({*where, "item"})
    i = keys.index("item")
    before = ",".join(f"{_text(k)}:{_text(where[k])}" for k in keys[:i])
    after = ",".join(f"{_text(k)}:{_text(where[k])}" for k in keys[i + 1 :])
    return "{" + before + ("," if before else "") + '"item":', ("," + after if after else "") + "}"


def entry_hash(
    prev_hash: str,
    session_id: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    target: str,
    before: str | None,
    after: str | None,
) -> str:
    return _hash(prev_hash, session_id, seq, at.isoformat(), actor, action, target, before, after)


def _hash(
    prev_hash: str,
    session_id: str,
    seq: int,
    at_iso: str,
    actor: str,
    action: str,
    target: str,
    before: str | None,
    after: str | None,
) -> str:
    """SHA-256 of the previous hash and the entry's list as `_canonical` writes it, here written
    directly: a merge hashes a hundred thousand entries, and `audit verify` as many."""
    try:
        if type(seq) is not int:
            raise TypeError(seq)
        body = "[%s,%d,%s,%s,%s,%s,%s,%s]" % (  # noqa: UP031 (the fastest way to write it)
            _text(session_id),
            seq,
            _text(at_iso),
            _text(actor),
            _text(action),
            _text(target),
            "null" if before is None else _text(before),
            "null" if after is None else _text(after),
        )
    except TypeError:  # a value that is not text (a row altered by hand): written as the encoder writes it
        body = _canonical([session_id, seq, at_iso, actor, action, target, before, after])
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


_LAST = "SELECT seq, hash FROM audit_log WHERE session_id = ? ORDER BY seq DESC LIMIT 1"
_INSERT = (
    "INSERT INTO audit_log (session_id, seq, at, actor, action, target, before, after, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Trail:
    """The session's trail, extended in memory: entries numbered, chained and hashed as they are
    added, then written in one statement (a merge of result files adds thousands at once).

    On the driver's connection (`data.raw`), in the caller's transaction: a click and a merge alike.
    """

    def __init__(self, conn: sqlite3.Connection, session_id: str) -> None:
        last = conn.execute(_LAST, (session_id,)).fetchone()
        self.session_id = session_id
        self.seq: int = last[0] if last is not None else 0
        self.prev: str = last[1] if last is not None else GENESIS
        self.rows: list[tuple[Any, ...]] = []
        self._at: tuple[datetime, str, str] | None = None  # the last time added: (it, in ISO, as stored)

    def _times(self, at: datetime) -> tuple[str, str]:
        """(ISO, stored) forms of `at` in UTC, hashed as read back; worked out once for a merge's
        thousands of entries, which share their time."""
        if self._at is None or self._at[0] != at or self._at[0].tzinfo != at.tzinfo:
            utc = at.astimezone(UTC)
            self._at = (at, utc.isoformat(), stamp(utc))
        return self._at[1], self._at[2]

    def add(
        self, actor: str, action: str, target: dict[str, str], before: str | None, after: str | None, at: datetime
    ) -> None:
        self.add_json(actor, action, _canonical(target), before, after, at)

    def add_json(
        self, actor: str, action: str, target_json: str, before: str | None, after: str | None, at: datetime
    ) -> None:
        """`add`, the target given as its canonical JSON already (`item_target`)."""
        iso, stored = self._times(at)
        self.seq += 1
        digest = _hash(self.prev, self.session_id, self.seq, iso, actor, action, target_json, before, after)
        row = (self.session_id, self.seq, stored, actor, action, target_json, before, after, self.prev, digest)
        self.rows.append(row)
        self.prev = digest

    def add_many(self, actor: str, at: datetime, entries: Iterable[tuple[str, str, str | None, str | None]]) -> None:
        """`add_json` for each (action, target JSON, before, after) of one actor at one time, in one
        loop: what every entry of a merge shares is written once, each entry's list completed from it."""
        iso, stored = self._times(at)
        sid, seq, prev, rows = self.session_id, self.seq, self.prev, self.rows
        try:
            head, shared = f"[{_text(sid)},", f",{_text(iso)},{_text(actor)},"
        except TypeError:  # not text: entry by entry, as `_hash` writes it
            head = shared = ""
        sha256 = hashlib.sha256
        for action, target, before, after in entries:
            seq += 1
            try:
                if not head:
                    raise TypeError(sid)
                body = (
                    f"{head}{seq}{shared}{_text(action)},{_text(target)},"
                    f"{'null' if before is None else _text(before)},{'null' if after is None else _text(after)}]"
                )
                digest = sha256((prev + body).encode("utf-8")).hexdigest()
            except TypeError:
                digest = _hash(prev, sid, seq, iso, actor, action, target, before, after)
            rows.append((sid, seq, stored, actor, action, target, before, after, prev, digest))
            prev = digest
        self.seq, self.prev = seq, prev

    def write(self, conn: sqlite3.Connection) -> None:
        """The entries added, in one statement; nothing reads them back."""
        if self.rows:
            conn.executemany(_INSERT, self.rows)
            self.rows = []


def append(
    orm: Orm,
    session_id: str,
    actor: str,
    action: str,
    target: dict[str, str],
    before: str | None,
    after: str | None,
    at: datetime,
) -> None:
    """Record one change; call inside the transaction that makes it."""
    conn = driver(orm)
    trail = Trail(conn, session_id)
    trail.add(actor, action, target, before, after, at)
    trail.write(conn)


@dataclass(frozen=True)
class AuditReport:
    session_id: str
    entries: int
    problems: tuple[str, ...]
    checked: tuple[str, ...] = ()  # the signed documents the trail was found to agree with

    @property
    def ok(self) -> bool:
        return not self.problems


def _chain_problems(entries: list[Entry]) -> list[str]:
    problems = []
    prev = GENESIS
    at, iso = None, ""
    for expected_seq, e in enumerate(entries, start=1):
        if e.seq != expected_seq:
            problems.append(f"entrée n° {expected_seq} manquante (suppression dans le journal)")
            break
        if e.prev_hash != prev:
            problems.append(f"entrée n° {e.seq} : chaînage rompu (une entrée précédente a été supprimée ou modifiée)")
            break
        if e.at is not at:  # entries of one time share their datetime (`entries_of`): its ISO form made once
            at, iso = e.at, e.at.isoformat()
        if _hash(prev, e.session_id, e.seq, iso, e.actor, e.action, e.target, e.before, e.after) != e.hash:
            problems.append(f"entrée n° {e.seq} : contenu modifié après coup ({e.action})")
            break
        prev = e.hash
    return problems


def _grid_key(t: dict[str, str]) -> tuple[str, str, str]:
    return (t["candidate"], t["modality"], t["juror"])


def replay(entries: Iterable[Entry]) -> dict[tuple[str, ...], str | None]:
    """The last value the trail recorded for each evaluated item."""
    state: dict[tuple[str, ...], str | None] = {}
    for e in entries:
        t = json_value(e.target)
        if e.action.startswith("grid.") and e.action in ("grid.mark", "grid.judgement", "grid.observation"):
            state[(e.action, *_grid_key(t), t["item"])] = e.after
        elif e.action == "deliberation.judgement" or e.action == "deliberation.decision":
            state[(e.action, t["candidate"], t["item"])] = e.after
        elif e.action == "mock.reset":  # a rehearsal candidate wiped: nothing of theirs remains
            for key in [k for k in state if k[1] == t["candidate"]]:
                del state[key]
    return state


def decision_value(granted: bool | None, reason: str, complementary: bool = False) -> str | None:
    """A decision as the trail records it; a complementary evaluation ordered is one too."""
    if complementary:
        return _canonical({"granted": None, "complementary_evaluation": True, "reason": reason})
    return None if granted is None else _canonical({"granted": granted, "reason": reason})


def judgement_value(judgement: str | None, reason: str) -> str | None:
    """A common judgement as the trail records it: the value, and its reason when it has one (a
    judgement departing from every juror's)."""
    if judgement is None or not reason:
        return judgement
    return _canonical({"judgement": judgement, "reason": reason})


_MARKS = (
    "SELECT g.candidate_ref, g.modality_id, g.juror_ref, m.criterion_id, m.mark "
    "FROM criterion_marks AS m JOIN grids AS g ON g.pk = m.grid_pk WHERE g.session_id = ?"
)
_ASSESSMENTS = (
    "SELECT g.candidate_ref, g.modality_id, g.juror_ref, a.competence_id, a.judgement, a.observation "
    "FROM competence_assessments AS a JOIN grids AS g ON g.pk = a.grid_pk WHERE g.session_id = ?"
)


def _current(orm: Orm, session_id: str) -> dict[tuple[str, ...], str | None]:
    """Every evaluated item's value in the database: the grids' in two statements for the whole
    session (a merged session holds thousands of grids), the decisions' as rows."""
    current: dict[tuple[str, ...], str | None] = {}
    conn = driver(orm)
    for cand, modality, juror, criterion, mark in conn.execute(_MARKS, (session_id,)):
        current[("grid.mark", cand, modality, juror, criterion)] = mark
    for cand, modality, juror, competence, judgement, observation in conn.execute(_ASSESSMENTS, (session_id,)):
        if judgement is not None:
            current[("grid.judgement", cand, modality, juror, competence)] = judgement
        if observation:
            current[("grid.observation", cand, modality, juror, competence)] = observation
    for d in orm.scalars(select(db.CompetenceDecision).where(db.CompetenceDecision.session_id == session_id)):
        if d.judgement is not None:
            current[("deliberation.judgement", d.candidate_ref, d.competence_id)] = judgement_value(d.judgement, d.reason)
    for u in orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == session_id)):
        value = decision_value(u.granted, u.reason, u.complementary)
        if value is not None:
            current[("deliberation.decision", u.candidate_ref, u.unit_id)] = value
    return current


_ITEMS = {
    "grid.mark": "critère",
    "grid.judgement": "jugement",
    "grid.observation": "observations",
    "deliberation.judgement": "jugement commun",
    "deliberation.decision": "décision",
}


def item_text(key: tuple[str, ...]) -> str:
    """An evaluated item of `replay`, in French: « critère CP1.2 de J1, C01, msp »."""
    action, *where = key
    item = where[-1] if where[-1] != "__overall__" else OVERALL_TITLE
    if action.startswith("grid."):
        cand, modality, juror, _ = where
        return f"{_ITEMS[action]} {item} de {juror} ({cand}, {modality})"
    return f"{_ITEMS.get(action, action)} {item} ({where[0]})"


def value_text(action: str, value: str | None) -> str:
    """A value the trail recorded, in French."""
    if value in (None, ""):
        return "rien"
    assert value is not None
    if action == "grid.mark":
        return mark_label(value)
    if action in ("grid.judgement", "deliberation.judgement"):
        return judgement_label(value)
    if action == "deliberation.decision":
        try:
            decision = json.loads(value)
            granted, reason = decision.get("granted"), str(decision.get("reason") or "")
        except (ValueError, AttributeError):
            granted, reason = None, ""
        said = {True: "accord", False: "refus"}.get(granted, "à décider")  # nouns: no agreement to get wrong
        return f"{said} (motif « {reason[:40]} »)" if reason else said
    short = " ".join(value.split())
    return f"« {short[:57]}… »" if len(short) > 60 else f"« {short} »"


def verify(orm: Orm, session_id: str, entries: list[Entry] | None = None) -> AuditReport:
    """The chain, then every value it records against the database; `entries`: the trail, when read already."""
    if entries is None:
        entries = entries_of(orm, session_id)
    problems = _chain_problems(entries)
    if not problems:
        recorded = {k: v for k, v in replay(entries).items() if v not in (None, "")}
        current = _current(orm, session_id)
        same = recorded == current  # compared whole first: a merged session holds 120,000 items
        differ = [] if same else [k for k in recorded.keys() | current.keys() if recorded.get(k) != current.get(k)]
        for key in sorted(differ, key=str):  # only what differs sorted
            problems.append(
                f"{item_text(key)} : la base contient {value_text(key[0], current.get(key))}, le journal "
                f"{value_text(key[0], recorded.get(key))} (modification hors de l'application)"
            )
    return AuditReport(session_id, len(entries), tuple(problems))


# --- the trail's head: what a signed artifact seals ----------------------------------------------


@dataclass(frozen=True)
class TrailHead:
    """A point of the trail: the number of its last entry (0 when empty) and that entry's hash.

    The chain makes the hash of entry n depend on every entry before it: a signed document that
    carries (n, hash) vouches for the whole trail up to n."""

    entries: int
    head: str


_ENTRIES = (
    "SELECT pk, session_id, seq, at, actor, action, target, before, after, prev_hash, hash "
    "FROM audit_log WHERE session_id = ? ORDER BY seq"
)


def entries_of(orm: Orm, session_id: str) -> list[Entry]:
    """The session's trail, in order, each entry's time read back aware as the models read it (once for
    the thousands of entries of a merge, which share it)."""
    times: dict[str, datetime] = {}
    return [
        Entry(pk, sid, seq, times.get(at) or times.setdefault(at, unstamp(at)), actor, action, target, before, after, prev, digest)
        for pk, sid, seq, at, actor, action, target, before, after, prev, digest in driver(orm).execute(
            _ENTRIES, (session_id,)
        )
    ]


def head(orm: Orm, session_id: str) -> TrailHead:
    """The session's trail as it stands: its last entry."""
    last = orm.execute(
        select(db.AuditEntry.seq, db.AuditEntry.hash)
        .where(db.AuditEntry.session_id == session_id)
        .order_by(db.AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return TrailHead(0, GENESIS) if last is None else TrailHead(last.seq, last.hash)


def actor_head(orm: Orm, session_id: str, actor: str) -> tuple[int, TrailHead]:
    """How many entries `actor` made, and the trail up to their last one (what their result file seals)."""
    count = orm.scalar(
        select(func.count())
        .select_from(db.AuditEntry)
        .where(db.AuditEntry.session_id == session_id, db.AuditEntry.actor == actor)
    )
    last = orm.execute(
        select(db.AuditEntry.seq, db.AuditEntry.hash)
        .where(db.AuditEntry.session_id == session_id, db.AuditEntry.actor == actor)
        .order_by(db.AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return count or 0, TrailHead(0, GENESIS) if last is None else TrailHead(last.seq, last.hash)
