"""Reading a session's référentiel and package data back from the database."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.referentiels import parse_referentiel
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


def session_static(orm: Orm, session_id: str) -> SessionStatic:
    """Cached by (session, package hash): a package update reads it again; a click does not."""
    row = orm.execute(
        select(
            db.Session.package_sha256, db.Session.referentiel_key, db.Session.session_definition_id, db.Session.kind
        ).where(db.Session.id == session_id)
    ).first()
    if row is None:
        raise InvalidInput.one("session", msg("session inconnue : « {0} »", session_id))
    key = (session_id, row.package_sha256, row.referentiel_key)
    cached = _STATIC.get(key)
    if cached is None:
        stored = orm.get(db.StoredReferentiel, row.referentiel_key)
        assert stored is not None
        ref = _parse(stored.key, stored.sha256, stored.body)
        cached = SessionStatic(
            referentiel=ref,
            definition=ref.session(row.session_definition_id),
            kind=row.kind,
            candidates=frozenset(orm.scalars(select(db.Candidate.ref).where(db.Candidate.session_id == session_id))),
            jurors=frozenset(orm.scalars(select(db.JuryMember.ref).where(db.JuryMember.session_id == session_id))),
        )
        _STATIC[key] = cached
    return cached
