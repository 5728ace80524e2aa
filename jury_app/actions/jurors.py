"""Actions of the jurors themselves: who they are on this laptop, and their declarations."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.declarations import write_declaration
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.codes import SessionKind
from jury_app.domain.problems import InvalidInput
from jury_app.domain.rules import check_jury

MIN_PIN_LENGTH = 4


@dataclass(frozen=True)
class JurorInfo:
    ref: str
    name: str
    role: str
    profession: str
    has_pin: bool


def _pin_hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()


def jury_members(ctx: AppContext, session_id: str) -> list[JurorInfo]:
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        with_pin = set(
            orm.scalars(select(db.JurorCredential.juror_ref).where(db.JurorCredential.session_id == session_id))
        )
        return [JurorInfo(j.ref, j.display_name, j.role, j.profession, j.ref in with_pin) for j in s.jury]


def jury_problems(ctx: AppContext, session_id: str) -> list[str]:
    """What is wrong with the jury against the rules of the référentiel (empty when fine)."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        _, sdef = definition_of(orm, s)
        return check_jury(len(s.jury), sdef, mock=s.kind == SessionKind.MOCK)


def _juror(orm: object, session: db.Session, juror_ref: str) -> db.JuryMember:
    for j in session.jury:
        if j.ref == juror_ref:
            return j
    raise InvalidInput.one("juré", f"juré inconnu dans cette session : « {juror_ref} »")


def set_pin(ctx: AppContext, session_id: str, juror_ref: str, pin: str) -> None:
    """First use on this laptop: the juror chooses a PIN that protects their grids."""
    if len(pin) < MIN_PIN_LENGTH or not pin.isdigit():
        raise InvalidInput.one("PIN", f"le code doit compter au moins {MIN_PIN_LENGTH} chiffres")
    salt = secrets.token_bytes(16)
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror(orm, s, juror_ref)
        exists = orm.scalar(
            select(db.JurorCredential).where(
                db.JurorCredential.session_id == session_id, db.JurorCredential.juror_ref == juror_ref
            )
        )
        if exists is not None:
            raise InvalidInput.one("PIN", "ce juré a déjà un code sur cet ordinateur")
        orm.add(
            db.JurorCredential(
                session_id=session_id, juror_ref=juror_ref, pin_salt=salt.hex(), pin_hash=_pin_hash(pin, salt)
            )
        )


def verify_pin(ctx: AppContext, session_id: str, juror_ref: str, pin: str) -> bool:
    with ctx.database.reader() as orm:
        cred = orm.scalar(
            select(db.JurorCredential).where(
                db.JurorCredential.session_id == session_id, db.JurorCredential.juror_ref == juror_ref
            )
        )
        if cred is None:
            return False
        return hmac.compare_digest(cred.pin_hash, _pin_hash(pin, bytes.fromhex(cred.pin_salt)))


@dataclass(frozen=True)
class DeclarationView:
    candidate_ref: str
    juror_ref: str
    has_link: bool
    note: str


def declare(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    juror_ref: str,
    *,
    has_link: bool,
    note: str = "",
    clock: Clock | None = None,
) -> DeclarationView:
    """The juror declares having no link with the candidate, or a link: then they are recused."""
    if has_link and not note.strip():
        raise InvalidInput.one("déclaration", "précisez la nature du lien avec le candidat")
    now = (clock or SystemClock()).now()
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror(orm, s, juror_ref)
        if candidate_ref not in {c.ref for c in s.candidates}:
            raise InvalidInput.one("candidat", f"candidat inconnu : « {candidate_ref} »")
        existing = orm.scalar(
            select(db.Declaration).where(
                db.Declaration.session_id == session_id,
                db.Declaration.candidate_ref == candidate_ref,
                db.Declaration.juror_ref == juror_ref,
            )
        )
        if existing is not None and existing.has_link:
            raise InvalidInput.one("déclaration", "la récusation est déjà enregistrée")
        write_declaration(
            orm,
            existing,
            session_id=session_id,
            candidate_ref=candidate_ref,
            juror_ref=juror_ref,
            has_link=has_link,
            note=note.strip(),
            at=now,
        )
    return DeclarationView(candidate_ref, juror_ref, has_link, note.strip())


def declarations(ctx: AppContext, session_id: str) -> dict[tuple[str, str], DeclarationView]:
    """Every declaration of the session, by (candidate, juror)."""
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.Declaration).where(db.Declaration.session_id == session_id))
        return {
            (d.candidate_ref, d.juror_ref): DeclarationView(d.candidate_ref, d.juror_ref, d.has_link, d.note)
            for d in rows
        }
