"""Actions of the jurors themselves: who they are on this laptop, and their declarations; and the
session lead's reset of a juror's PIN and key.

The PIN policy is one, `jury_app.data.credentials`: the same rules for the login screen, the
signing of the procès-verbal and the export of results, in the GUI and on the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.data import attempts, credentials, signatures
from jury_app.data import models as db
from jury_app.data.credentials import new_credential, pin_matches
from jury_app.data.declarations import write_declaration
from jury_app.data.results_file import file_stamp
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.codes import SessionKind
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.rules import check_jury
from jury_app.reports.juror_keys import retire_key_files
from jury_app.reports.lead_key import ensure_lead_key, lead_key_info


@dataclass(frozen=True)
class JurorInfo:
    ref: str
    name: str
    role: str
    profession: str
    has_pin: bool
    key_fingerprint: str | None = None  # of the certificate registered for the juror here


def jury_members(ctx: AppContext, session_id: str) -> list[JurorInfo]:
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        with_pin = set(
            orm.scalars(select(db.JurorCredential.juror_ref).where(db.JurorCredential.session_id == session_id))
        )
        fingerprints = {
            row.juror_ref: row.fingerprint
            for row in orm.execute(
                select(db.JurorKey.juror_ref, db.JurorKey.fingerprint).where(db.JurorKey.session_id == session_id)
            )
        }
        return [
            JurorInfo(j.ref, j.display_name, j.role, j.profession, j.ref in with_pin, fingerprints.get(j.ref))
            for j in s.jury
        ]


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
    raise InvalidInput.one("juré", msg("juré inconnu dans cette session : « {0} »", juror_ref))


LEAD_SUBJECT = "lead"
"""Wrong lead passphrases typed to confirm an enrolment are counted under this subject."""


def _pin_subject(juror_ref: str) -> str:
    return f"pin:{juror_ref}"


def _wait_refusal(until: datetime, now: datetime, what: Message) -> InvalidInput:
    seconds = max(1, round((until - now).total_seconds()))
    return InvalidInput.one(
        "code",
        msg("trop d'essais erronés ({0}) : réessayez dans {1} s", what, seconds),
    )


def _check_wait(ctx: AppContext, session_id: str, subject: str, what: Message, now: datetime) -> None:
    with ctx.database.reader() as orm:
        until = attempts.next_try_at(orm, session_id, subject)
    if until is not None and until > now:
        raise _wait_refusal(until, now, what)


def _count_failure(ctx: AppContext, session_id: str, subject: str, now: datetime) -> None:
    """A wrong code, committed on its own: the refused action's rollback must not forget it."""
    with ctx.database.session() as orm:
        attempts.record_failure(orm, session_id, subject, now)


def set_pin(
    ctx: AppContext,
    session_id: str,
    juror_ref: str,
    pin: str,
    *,
    lead_passphrase: str,
    clock: Clock | None = None,
) -> None:
    """First use on this laptop: the juror chooses a PIN that protects their grids and their key,
    with the session lead's confirmation: the lead types their passphrase (the lead's key of this
    laptop, made on its first use). Nobody else can choose a juror's PIN, on a shared laptop or not."""
    now = (clock or SystemClock()).now()
    credentials.check_new_pin(pin)
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        _juror(orm, s, juror_ref)
        lead_name = s.session_lead
        if credentials.credential(orm, session_id, juror_ref) is not None:
            raise InvalidInput.one("code", msg("ce juré a déjà un code sur cet ordinateur"))
    _check_wait(ctx, session_id, LEAD_SUBJECT, msg("phrase secrète du responsable"), now)
    try:
        ensure_lead_key(ctx.paths, lead_passphrase, lead_name)
    except InvalidInput:
        _count_failure(ctx, session_id, LEAD_SUBJECT, now)
        raise
    with ctx.database.session() as orm:
        attempts.clear(orm, session_id, LEAD_SUBJECT)
        new_credential(orm, session_id, juror_ref, pin)


def verify_pin(ctx: AppContext, session_id: str, juror_ref: str, pin: str, *, clock: Clock | None = None) -> bool:
    """Whether `pin` is the juror's. A wrong one is counted; after five in a row each try waits
    longer (30 s, then twice as long each time), kept across restarts: refused while it waits."""
    now = (clock or SystemClock()).now()
    subject = _pin_subject(juror_ref)
    _check_wait(ctx, session_id, subject, msg("code personnel"), now)
    with ctx.database.reader() as orm:
        right = pin_matches(orm, session_id, juror_ref, pin)
        had_failures = attempts.failures(orm, session_id, subject) > 0
    if right and had_failures:
        with ctx.database.session() as orm:
            attempts.clear(orm, session_id, subject)
    elif not right:
        _count_failure(ctx, session_id, subject, now)
    return right


def pin_wait(ctx: AppContext, session_id: str, juror_ref: str, *, clock: Clock | None = None) -> float:
    """Seconds before the juror's PIN may be tried again (0: now)."""
    now = (clock or SystemClock()).now()
    with ctx.database.reader() as orm:
        until = attempts.next_try_at(orm, session_id, _pin_subject(juror_ref))
    return max(0.0, (until - now).total_seconds()) if until is not None else 0.0


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
        raise InvalidInput.one("déclaration", msg("précisez la nature du lien avec le candidat"))
    now = (clock or SystemClock()).now()
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror(orm, s, juror_ref)
        if candidate_ref not in {c.ref for c in s.candidates}:
            raise InvalidInput.one("candidat", msg("candidat inconnu : « {0} »", candidate_ref))
        existing = orm.scalar(
            select(db.Declaration).where(
                db.Declaration.session_id == session_id,
                db.Declaration.candidate_ref == candidate_ref,
                db.Declaration.juror_ref == juror_ref,
            )
        )
        if existing is not None and existing.has_link:
            raise InvalidInput.one("déclaration", msg("la récusation est déjà enregistrée"))
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


# --- the lead resets a juror's PIN and key ---------------------------------------------------------


@dataclass(frozen=True)
class ResetInfo:
    juror_ref: str
    juror_name: str
    had_pin: bool
    revoked_fingerprint: str | None  # the key taken away, if the juror had one
    lead_fingerprint: str
    lead_key_created: bool


def lead_key_exists(ctx: AppContext) -> bool:
    """Whether the session lead's key was made on this laptop (else its passphrase is to be chosen)."""
    return lead_key_info(ctx.paths) is not None


def reset_juror(
    ctx: AppContext, session_id: str, juror_ref: str, *, reason: str, lead_passphrase: str, clock: Clock
) -> ResetInfo:
    """The session lead takes a juror's PIN and key away, so that they choose new ones: a forgotten PIN
    or passphrase, a key made by someone else in their name, a forged first result file registered.

    Needs the lead's passphrase (the lead's key is made on first use) and a reason; the reset is one
    commit with its audit entry, signed by the lead. The juror's private key file is deleted, its
    certificate kept to check what it signed before. Their next PIN and key are new; imports signed
    with the revoked key no longer count as their latest file.
    """
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise InvalidInput.one("réinitialisation", msg("indiquez la raison de la réinitialisation"))
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        juror = _juror(orm, s, juror_ref)
        name, lead_name = juror.display_name, s.session_lead
    lead, key = ensure_lead_key(ctx.paths, lead_passphrase, lead_name)
    now = clock.now()
    with ctx.database.session() as orm:
        done = credentials.reset_juror(
            orm,
            session_id,
            juror_ref,
            reason=reason,
            at=now,
            lead_certificate=lead.certificate_pem,
            sign=lambda statement: signatures.sign(key, statement),
        )
        attempts.clear(orm, session_id, _pin_subject(juror_ref))  # a fresh start for the new PIN
    if done.fingerprint is not None:
        retire_key_files(ctx.paths, session_id, juror_ref, file_stamp(now))
    return ResetInfo(juror_ref, name, done.had_pin, done.fingerprint, lead.fingerprint, lead.created)
