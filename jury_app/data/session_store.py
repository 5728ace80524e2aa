"""Reading a session's référentiel and package data back from the database."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.referentiels import parse_referentiel
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Referentiel, SessionDefinition


@lru_cache(maxsize=16)
def _parse(key: str, sha256: str, body: str) -> Referentiel:
    return parse_referentiel(body.encode("utf-8"), key)


def session_row(orm: Orm, session_id: str) -> db.Session:
    s = orm.get(db.Session, session_id)
    if s is None:
        raise InvalidInput([Problem("session", "", f"session inconnue : « {session_id} »")])
    return s


def referentiel_of(orm: Orm, session: db.Session) -> Referentiel:
    stored = orm.get(db.StoredReferentiel, session.referentiel_key)
    assert stored is not None  # foreign key
    return _parse(stored.key, stored.sha256, stored.body)


def definition_of(orm: Orm, session: db.Session) -> tuple[Referentiel, SessionDefinition]:
    ref = referentiel_of(orm, session)
    return ref, ref.session(session.session_definition_id)
