"""A juror's PIN on this laptop: the one policy for choosing it and checking it.

The PIN says which juror is at the keyboard of a shared laptop: it opens their grids, and it is
asked again before anything is signed in their name (their key made, the procès-verbal signed,
their results exported), in the GUI and on the command line alike. It is stored as a scrypt hash
with its salt (`JurorCredential`); being a few digits, it does not withstand whoever can read the
database, which is what the signing key's passphrase is for.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.signatures import canonical, fingerprint_of, holds
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import InvalidInput

MIN_PIN_LENGTH = 4


def _problem(message: Message) -> InvalidInput:
    return InvalidInput.one("code personnel", message)


def pin_hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()


def check_new_pin(pin: str) -> None:
    if len(pin) < MIN_PIN_LENGTH or not pin.isdigit():
        raise _problem(msg("le code doit compter au moins {0} chiffres", MIN_PIN_LENGTH))


def credential(orm: Orm, session_id: str, juror_ref: str) -> db.JurorCredential | None:
    return orm.scalar(
        select(db.JurorCredential).where(
            db.JurorCredential.session_id == session_id, db.JurorCredential.juror_ref == juror_ref
        )
    )


def new_credential(orm: Orm, session_id: str, juror_ref: str, pin: str) -> None:
    """The juror's first PIN on this laptop, added to the caller's transaction."""
    check_new_pin(pin)
    if credential(orm, session_id, juror_ref) is not None:
        raise _problem(msg("ce juré a déjà un code sur cet ordinateur"))
    salt = secrets.token_bytes(16)
    orm.add(
        db.JurorCredential(
            session_id=session_id, juror_ref=juror_ref, pin_salt=salt.hex(), pin_hash=pin_hash(pin, salt)
        )
    )


def pin_matches(orm: Orm, session_id: str, juror_ref: str, pin: str) -> bool:
    cred = credential(orm, session_id, juror_ref)
    if cred is None:
        return False
    return hmac.compare_digest(cred.pin_hash, pin_hash(pin, bytes.fromhex(cred.pin_salt)))


def require_pin(orm: Orm, session_id: str, juror_ref: str, juror_name: str, pin: str) -> None:
    """Refused unless `pin` is the juror's: nothing is signed in a juror's name without it."""
    if credential(orm, session_id, juror_ref) is None:
        raise _problem(
            msg(
                "{0} n'a pas encore de code personnel sur cet ordinateur : il le choisit en se connectant "
                "(écran « Qui êtes-vous ? », ou jury-app jurors pin) avant de créer sa clé, signer ou exporter",
                juror_name,
            )
        )
    if not pin_matches(orm, session_id, juror_ref, pin):
        raise _problem(msg("code personnel incorrect pour {0}", juror_name))


# --- the lead resets a juror's PIN and key -------------------------------------------------------

RESET_ACTION = "juror.reset"


@dataclass(frozen=True)
class Reset:
    """What a reset took away: whether the juror had a PIN, and the fingerprint of their key."""

    juror_ref: str
    had_pin: bool
    fingerprint: str | None


def reset_statement(
    session_id: str, juror_ref: str, had_pin: bool, fingerprint: str | None, reason: str, at: datetime, lead: str
) -> dict[str, Any]:
    """What the lead signs for a reset (and `audit` checks): who, what was revoked, why, when, by whom."""
    return {
        "session": session_id,
        "juror": juror_ref,
        "pin": had_pin,
        "key": fingerprint,
        "reason": reason,
        "at": at.astimezone(UTC).isoformat(),
        "lead": lead,
    }


def reset_juror(
    orm: Orm,
    session_id: str,
    juror_ref: str,
    *,
    reason: str,
    at: datetime,
    lead_certificate: str,
    sign: Callable[[dict[str, Any]], str],
) -> Reset:
    """The juror's PIN and registered key taken away, in the caller's transaction, and the reset
    written in the audit trail signed by the lead (`sign` signs the statement)."""
    cred = credential(orm, session_id, juror_ref)
    key_row = orm.scalar(
        select(db.JurorKey).where(db.JurorKey.session_id == session_id, db.JurorKey.juror_ref == juror_ref)
    )
    if cred is None and key_row is None:
        raise _problem(msg("ce juré n'a ni code personnel ni clé sur cet ordinateur : rien à réinitialiser"))
    done = Reset(juror_ref, cred is not None, key_row.fingerprint if key_row is not None else None)
    for row in (cred, key_row):
        if row is not None:
            orm.delete(row)
    lead = fingerprint_of(lead_certificate) or ""
    statement = reset_statement(session_id, juror_ref, done.had_pin, done.fingerprint, reason, at, lead)
    audit.append(
        orm,
        session_id,
        "lead",
        RESET_ACTION,
        {"juror": juror_ref, "item": ""},
        canonical({"pin": done.had_pin, "key": done.fingerprint}).decode("utf-8"),
        canonical(
            {"reason": reason, "lead": lead, "lead_certificate": lead_certificate, "signature": sign(statement)}
        ).decode("utf-8"),
        at,
    )
    return done


@dataclass(frozen=True)
class Revocation:
    juror_ref: str
    at: datetime
    reason: str


def revoked_keys(orm: Orm, session_id: str) -> dict[str, Revocation]:
    """The fingerprints of the keys revoked in the session, from the audit trail's resets."""
    revoked: dict[str, Revocation] = {}
    for e in orm.scalars(
        select(db.AuditEntry).where(db.AuditEntry.session_id == session_id, db.AuditEntry.action == RESET_ACTION)
    ):
        try:
            before, after, target = (json.loads(x or "null") for x in (e.before, e.after, e.target))
            fingerprint = before.get("key") if isinstance(before, dict) else None
            reason = str(after.get("reason", "")) if isinstance(after, dict) else ""
            juror = str(target.get("juror", "")) if isinstance(target, dict) else ""
        except ValueError:
            continue
        if isinstance(fingerprint, str):
            revoked[fingerprint] = Revocation(juror, e.at, reason)
    return revoked


def registered_elsewhere(orm: Orm, fingerprint: str, session_id: str, juror_ref: str) -> db.JurorKey | None:
    """The registration of this certificate for another juror (of any session), if there is one:
    a key belongs to one juror only."""
    return orm.scalar(
        select(db.JurorKey)
        .where(
            db.JurorKey.fingerprint == fingerprint,
            (db.JurorKey.session_id != session_id) | (db.JurorKey.juror_ref != juror_ref),
        )
        .limit(1)
    )


def reset_problems(entries: Sequence[audit.Entry], lead_fingerprint: str | None) -> list[str]:
    """Every reset the trail records must carry the lead's signature over it, made (on a laptop with a
    lead key) with that key: a reset written into the database by hand has neither."""
    problems: list[str] = []  # each a `Told`
    for e in entries:
        if e.action != RESET_ACTION:
            continue
        try:
            before, after, target = (json.loads(x or "null") for x in (e.before, e.after, e.target))
            statement = reset_statement(
                e.session_id,
                str(target["juror"]),
                bool(before["pin"]),
                before["key"],
                str(after["reason"]),
                e.at,
                str(after["lead"]),
            )
            certificate, signature = str(after["lead_certificate"]), str(after["signature"])
        except (ValueError, KeyError, TypeError):
            problems.append(Told(msg("entrée n° {0} : réinitialisation d'un juré illisible", e.seq)))
            continue
        if fingerprint_of(certificate) != statement["lead"] or not holds(certificate, statement, signature):
            unsigned = msg(
                "entrée n° {0} : réinitialisation de {1} sans signature valide du responsable de session",
                e.seq,
                statement["juror"],
            )
            problems.append(Told(unsigned))
        elif lead_fingerprint is not None and statement["lead"] != lead_fingerprint:
            foreign = msg(
                "entrée n° {0} : réinitialisation de {1} signée par une clé qui n'est pas celle du responsable "
                "de session de ce poste",
                e.seq,
                statement["juror"],
            )
            problems.append(Told(foreign))
    return problems
