"""Reading a session's référentiel and package data back from the database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.raw import driver
from jury_app.data.referentiels import parse_referentiel
from jury_app.domain.codes import SessionKind
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Referentiel, SessionDefinition


@lru_cache(maxsize=16)
def _parse(key: str, sha256: str, body: str) -> Referentiel:
    return parse_referentiel(body.encode("utf-8"), key)


def session_ids(orm: Orm) -> list[str]:
    """Every session's id, in order."""
    return list(orm.scalars(select(db.Session.id).order_by(db.Session.id)))


def session_row(orm: Orm, session_id: str) -> db.Session:
    s = orm.get(db.Session, session_id)
    if s is None:
        raise InvalidInput.one("session", msg("session inconnue : « {0} »", session_id))
    return s


def referentiel_of(orm: Orm, session: db.Session) -> Referentiel:
    stored = orm.get(db.StoredReferentiel, session.referentiel_key)
    assert stored is not None  # foreign key
    return _parse(stored.key, stored.sha256, stored.body)


def definition_of(orm: Orm, session: db.Session) -> tuple[Referentiel, SessionDefinition]:
    ref = referentiel_of(orm, session)
    return ref, ref.session(session.session_definition_id)


@dataclass(frozen=True)
class SessionStatic:
    """What a package gives a session and the jury never changes: read once per package."""

    referentiel: Referentiel
    definition: SessionDefinition
    kind: str
    candidates: frozenset[str]
    jurors: frozenset[str]


_STATIC: dict[tuple[str, str, str], SessionStatic] = {}
_SESSION = "SELECT package_sha256, referentiel_key, session_definition_id, kind FROM sessions WHERE id = ?"


def session_static(on: Orm | sqlite3.Connection, session_id: str) -> SessionStatic:
    """Cached by (session, package hash): a package update reads it again; a click does not.

    On the driver's connection (`data.raw`, or the one under an ORM session): one statement on a click."""
    conn = on if isinstance(on, sqlite3.Connection) else driver(on)
    row = conn.execute(_SESSION, (session_id,)).fetchone()
    if row is None:
        raise InvalidInput.one("session", msg("session inconnue : « {0} »", session_id))
    sha, ref_key, definition_id, kind = row
    key = (session_id, sha, ref_key)
    cached = _STATIC.get(key)
    if cached is None:
        stored = conn.execute("SELECT key, sha256, body FROM referentiels WHERE key = ?", (ref_key,)).fetchone()
        assert stored is not None  # foreign key
        ref = _parse(*stored)
        cached = SessionStatic(
            referentiel=ref,
            definition=ref.session(definition_id),
            kind=SessionKind(kind),
            candidates=frozenset(
                r for (r,) in conn.execute("SELECT ref FROM candidates WHERE session_id = ?", (session_id,))
            ),
            jurors=frozenset(
                r for (r,) in conn.execute("SELECT ref FROM jury_members WHERE session_id = ?", (session_id,))
            ),
        )
        _STATIC[key] = cached
    return cached
