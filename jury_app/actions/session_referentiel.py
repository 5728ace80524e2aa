"""Moving a session to another version of its référentiel, before the jury has recorded anything.

A session keeps the référentiel it was imported with; a corrected or completed version (imported
with `referentiel import`) replaces it only while no evaluation exists: no grid, no run, no decision,
no deliberation. The move is audited (which version before, which after, who, when).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.package.importer import PINNED
from jury_app.data.referentiel_files import imported_referentiels
from jury_app.data.referentiels import builtin_referentiels, canonical_json, fingerprint
from jury_app.data.session_store import referentiel_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.durations import duration_problems
from jury_app.domain.messages import Message, joined, msg, plain
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Referentiel
from jury_app.domain.wording import term

_JURY_DATA = (
    (db.Grid, msg("{0} grilles")),
    (db.ModalityRun, msg("{0} passages")),
    (db.CompetenceDecision, msg("{0} jugements communs")),
    (db.UnitDecision, msg("{0} décisions")),
    (db.Deliberation, msg("{0} délibérations")),
)


@dataclass(frozen=True)
class ReferentielMove:
    session_id: str
    before: str  # CODE@VERSION
    after: str


def _problem(message: Message) -> Problem:
    return Problem("référentiel", "", str(message), message)


def _fits(orm: Orm, s: db.Session, ref: Referentiel) -> list[Problem]:
    """What of the session the new version does not know."""
    try:
        sdef = ref.session(s.session_definition_id)
    except KeyError:
        return [_problem(msg("{0} n'a pas de session « {1} », celle que tient {2}", ref.key, s.session_definition_id, s.id))]
    problems: list[Problem] = []
    units = {u.id for u in ref.units}
    paths = {p.id for p in ref.paths}
    for c in s.candidates:
        if paths and c.path not in paths:
            problems.append(_problem(msg("candidat {0} : parcours « {1} » inconnu de {2}", c.ref, c.path, ref.key)))
        for unit in [*c.units_sought, *c.units_held]:
            if unit not in units:
                problems.append(
                    _problem(
                        msg("candidat {0} : {1} « {2} » inconnu de {3}", c.ref, term(ref.terms.unit_short), unit, ref.key)
                    )
                )
    modalities = {m.id for m in sdef.modalities}
    for slot in s.schedule:
        if slot.modality_id not in modalities:
            problems.append(
                _problem(
                    msg(
                        "passage de {0} : modalité « {1} » inconnue de {2}",
                        slot.candidate_ref,
                        slot.modality_id,
                        ref.key,
                    )
                )
            )
    problems += [
        _problem(msg("durée {0} : {1}", p.key, p.message) if p.key else plain(p.message))
        for p in duration_problems(sdef, s.durations, {c.path for c in s.candidates})
    ]
    profiles = {p.id for p in sdef.jury.profiles}
    for j in s.jury:
        if j.profile is not None and j.profile not in profiles:
            problems.append(_problem(msg("juré {0} : profil « {1} » inconnu de {2}", j.ref, j.profile, ref.key)))
    return problems


def set_session_referentiel(
    ctx: AppContext, session_id: str, key: str, clock: Clock, *, actor: str = "responsable"
) -> ReferentielMove:
    """Move the session to `key` (CODE@VERSION), another version of the same certification."""
    known = {**builtin_referentiels(), **imported_referentiels(ctx.paths.referentiels)}
    ref = known.get(key)
    if ref is None:
        names = ", ".join(sorted(known))
        raise InvalidInput.one("référentiel", msg("référentiel inconnu : « {0} » (connus : {1})", key, names))
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        current = referentiel_of(orm, s)
        if current.code != ref.code:
            raise InvalidInput.one(
                "référentiel",
                msg(
                    "{0} relève de {1} : elle ne passe qu'à une autre version de ce référentiel, pas à {2}",
                    s.id,
                    current.code,
                    ref.key,
                ),
            )
        if current.key == ref.key and fingerprint(current) == fingerprint(ref):
            raise InvalidInput.one("référentiel", msg("{0} utilise déjà {1}", s.id, ref.key))
        recorded = [
            Message(label.template, (n,))
            for model, label in _JURY_DATA
            if (n := orm.scalar(select(func.count()).select_from(model).where(model.session_id == s.id)) or 0)
        ]
        if recorded:
            raise InvalidInput.one(
                "référentiel",
                msg("le jury a déjà travaillé sur {0} ({1}) : son référentiel ne change plus", s.id, joined(recorded, ", ")),
            )
        problems = _fits(orm, s, ref)
        if problems:
            raise InvalidInput(problems)
        digest = fingerprint(ref)
        stored_key = ref.key
        stored = orm.get(db.StoredReferentiel, stored_key)
        if stored is not None and stored.sha256 != digest:
            stored_key = f"{ref.key}{PINNED}{digest[:12]}"
            stored = orm.get(db.StoredReferentiel, stored_key)
        if stored is None:
            orm.add(
                db.StoredReferentiel(
                    key=stored_key,
                    code=ref.code,
                    version=ref.version,
                    title=ref.title,
                    sha256=digest,
                    body=canonical_json(ref),
                )
            )
            orm.flush()  # the session points to it: stored first
        before = s.referentiel_key
        s.referentiel_key = stored_key
        now = clock.now()
        s.updated_at = now
        audit.append(orm, s.id, actor, "session.referentiel", {"candidate": "", "item": ""}, before, stored_key, now)
        orm.flush()
        return ReferentielMove(s.id, current.key, ref.key)
