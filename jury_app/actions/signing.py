"""Signing the procès-verbal: handwritten signatures, jurors' keys, PAdES signatures, checking them.

A juror's key is made on first use, protected by a passphrase they choose (never stored: it cannot
be recovered), kept in `keys/<session>/<juror>.key.pem` beside its certificate `.crt.pem`, and the
certificate is registered for the juror in the session (`JurorKey`). A signature is trusted when
it is intact and its certificate is the one registered for a juror of the session.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.files import read_bounded, write_atomic
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock
from jury_app.domain.problems import InvalidInput
from jury_app.domain.wording import DEFAULT_TIMEZONE, machine_zone, session_zone
from jury_app.reports.juror_keys import KeyInfo as KeyInfo
from jury_app.reports.juror_keys import ensure_key, registered_key
from jury_app.reports.signing import (
    SignatureInfo,
    add_signature_fields,
    pv_signature_field_name,
    sign_pdf,
    signature_fields,
    verify_pdf,
)
from jury_app.reports.strokes import Strokes, normalise_strokes

REASON = "Procès-verbal de délibération — {title}"
MAX_PDF_BYTES = 256 * 1024**2
"""A procès-verbal to sign or verify is read whole: larger files are refused before reading."""


# --- files ------------------------------------------------------------------------------------


def key_paths(ctx: AppContext, session_id: str, juror_ref: str) -> tuple[Path, Path]:
    """(private key, certificate) files of a juror in a session."""
    return ctx.paths.juror_key_files(session_id, juror_ref)


def _read_pdf(pdf_path: Path) -> bytes:
    return read_bounded(pdf_path, MAX_PDF_BYTES, "un fichier PDF")


# --- the jury of a session ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Juror:
    ref: str
    name: str
    index: int  # 1-based position in the session's jury

    @property
    def field_name(self) -> str:
        return pv_signature_field_name(self.index)


@dataclass(frozen=True)
class _SessionFacts:
    id: str
    title: str
    centre: str
    jurors: tuple[_Juror, ...]
    timezone: str

    def juror(self, juror_ref: str) -> _Juror:
        for j in self.jurors:
            if j.ref == juror_ref:
                return j
        raise InvalidInput.one("juré", f"juré inconnu dans cette session : « {juror_ref} »")


def _facts_of(s: db.Session) -> _SessionFacts:
    jurors = tuple(_Juror(j.ref, j.display_name, i) for i, j in enumerate(s.jury, start=1))
    return _SessionFacts(s.id, s.title, s.centre_name, jurors, s.timezone)


def _session_facts(ctx: AppContext, session_id: str) -> _SessionFacts:
    with ctx.database.reader() as orm:
        return _facts_of(session_row(orm, session_id))


# --- handwritten signature ----------------------------------------------------------------------


def save_handwritten_signature(ctx: AppContext, session_id: str, juror_ref: str, strokes: Any, clock: Clock) -> None:
    """Records the juror's drawn signature for the session, replacing any earlier drawing."""
    clean = normalise_strokes(strokes)
    with ctx.database.session() as orm:
        _facts_of(session_row(orm, session_id)).juror(juror_ref)
        row = orm.scalar(
            select(db.HandwrittenSignature).where(
                db.HandwrittenSignature.session_id == session_id, db.HandwrittenSignature.juror_ref == juror_ref
            )
        )
        if row is None:
            orm.add(
                db.HandwrittenSignature(session_id=session_id, juror_ref=juror_ref, strokes=clean, drawn_at=clock.now())
            )
        else:
            row.strokes = clean
            row.drawn_at = clock.now()


def handwritten_signature(ctx: AppContext, session_id: str, juror_ref: str) -> Strokes | None:
    """The juror's drawn signature for the session, or None when they have not drawn it."""
    with ctx.database.reader() as orm:
        strokes = orm.scalar(
            select(db.HandwrittenSignature.strokes).where(
                db.HandwrittenSignature.session_id == session_id, db.HandwrittenSignature.juror_ref == juror_ref
            )
        )
        return None if strokes is None else [[list(map(float, p)) for p in s] for s in strokes]


# --- keys -------------------------------------------------------------------------------------


def juror_key_info(ctx: AppContext, session_id: str, juror_ref: str) -> KeyInfo | None:
    """The juror's registered key, or None before its first use (then a passphrase is to be chosen)."""
    with ctx.database.reader() as orm:
        _facts_of(session_row(orm, session_id)).juror(juror_ref)
        return registered_key(orm, ctx.paths, session_id, juror_ref)


def ensure_juror_key(ctx: AppContext, session_id: str, juror_ref: str, passphrase: str, *, pin: str) -> KeyInfo:
    """The juror's key: made and registered on first use (one commit), else opened with the passphrase.

    Refused without the juror's PIN."""
    with ctx.database.session() as orm:
        return ensure_key(orm, ctx.paths, session_id, juror_ref, passphrase, pin=pin)[0]


# --- signing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignResult:
    pdf_path: Path
    juror_ref: str
    signer_name: str
    field_name: str
    signed_at: datetime
    fingerprint: str
    fields_added: bool  # the PDF had no signature fields: one per juror was added first
    key_created: bool  # the juror's key was made for this signature (first use)
    remaining_jurors: tuple[str, ...]  # names of the jurors whose field is still empty
    timezone: str = DEFAULT_TIMEZONE  # the session's: where `signed_at` is told

    @property
    def zone(self) -> tzinfo:
        return session_zone(self.timezone)


def _refuse_if_not_intact(pdf: bytes, where: str) -> None:
    report = verify_pdf(pdf)
    if not report.signatures:
        return
    if not report.all_valid:
        raise InvalidInput.one(
            where,
            "une signature déjà présente n'est pas valide ou le fichier a été modifié après elle : "
            "ne signez pas ce document (vérifiez-le avec « jury-app report verify »)",
        )


def sign_report(
    ctx: AppContext,
    session_id: str,
    pdf_path: Path | str,
    juror_ref: str,
    passphrase: str,
    clock: Clock,
    *,
    pin: str,
) -> SignResult:
    """The juror signs the procès-verbal `pdf_path` in their own field; the file is replaced atomically.

    A PDF without signature fields first gets one per juror of the session, in the jury's order.
    Refused when `pin` is not the juror's PIN, when this juror's field is already signed, when an
    earlier signature does not hold, or when the passphrase does not open the juror's key (a key is
    made on first use).
    """
    path = Path(pdf_path)
    where = str(path)
    facts = _session_facts(ctx, session_id)
    juror = facts.juror(juror_ref)
    original = _read_pdf(path)
    pdf = original
    fields = signature_fields(pdf)
    fields_added = False
    if not fields:
        pdf = add_signature_fields(pdf, [j.field_name for j in facts.jurors])
        fields = signature_fields(pdf)
        fields_added = True
    state = next((f for f in fields if f.name == juror.field_name), None)
    if state is None:
        raise InvalidInput.one(
            where, f"ce document n'a pas de champ de signature pour {juror.name} ({juror.field_name})"
        )
    if state.signed:
        raise InvalidInput.one(where, f"{juror.name} a déjà signé ce document")
    _refuse_if_not_intact(pdf, where)

    with ctx.database.session() as orm:
        info, key = ensure_key(orm, ctx.paths, session_id, juror_ref, passphrase, pin=pin)
    signed_at = clock.now()
    signed = sign_pdf(
        pdf,
        juror.field_name,
        key,
        info.certificate_pem.encode("ascii"),
        juror.name,
        REASON.format(title=facts.title),
        facts.centre,
        signing_time=signed_at,
    )
    # Another signature written meanwhile (another window, another juror) must not be lost.
    if hashlib.sha256(_read_pdf(path)).digest() != hashlib.sha256(original).digest():
        raise InvalidInput.one(where, "le fichier a changé pendant la signature : recommencez")
    write_atomic(path, signed)
    empty = {f.name for f in signature_fields(signed) if not f.signed}
    return SignResult(
        pdf_path=path,
        juror_ref=juror_ref,
        signer_name=juror.name,
        field_name=juror.field_name,
        signed_at=signed_at,
        fingerprint=info.fingerprint,
        fields_added=fields_added,
        key_created=info.created,
        remaining_jurors=tuple(j.name for j in facts.jurors if j.field_name in empty),
        timezone=facts.timezone,
    )


# --- verifying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignerCheck:
    signature: SignatureInfo
    juror_ref: str | None  # the juror whose registered certificate signed, if any
    juror_name: str | None
    registered: bool | None  # the certificate is registered for a juror of the session; None: session unknown
    field_matches: bool | None  # the signed field is that juror's own; None when not known

    @property
    def ok(self) -> bool:
        return self.signature.ok and self.registered is not False and self.field_matches is not False


@dataclass(frozen=True)
class EmptyField:
    field_name: str
    juror_ref: str | None  # the juror this field is for, when the session is known
    juror_name: str | None


@dataclass(frozen=True)
class VerifyResult:
    pdf_path: Path
    session_id: str | None  # the session whose registered certificates were checked; None: unknown here
    signers: tuple[SignerCheck, ...]
    empty_fields: tuple[EmptyField, ...]
    modified_after_last_signature: bool
    all_ok: bool
    problems: tuple[str, ...]  # what is wrong, in French; empty when all is well
    timezone: str | None = None  # the session's; None: unknown here

    @property
    def zone(self) -> tzinfo:
        """Where the signing times are told: the session's zone, else this computer's."""
        return session_zone(self.timezone) if self.timezone else machine_zone()


def _known_session(ctx: AppContext, session_id: str | None, fingerprints: set[str]) -> _SessionFacts | None:
    """The session to check against: the one named; else the only one whose registered certificates
    signed; else the only session of the data folder. None when there is none of these here."""
    if not ctx.has_database:
        return None
    with ctx.database.reader() as orm:
        if session_id is not None:
            s = orm.get(db.Session, session_id)
            return None if s is None else _facts_of(s)
        ids = set(orm.scalars(select(db.JurorKey.session_id).where(db.JurorKey.fingerprint.in_(fingerprints))))
        if len(ids) != 1:
            all_ids = list(orm.scalars(select(db.Session.id)))
            ids = set(all_ids) if len(all_ids) == 1 and not ids else set()
        if len(ids) != 1:
            return None
        s = orm.get(db.Session, ids.pop())
        return None if s is None else _facts_of(s)


def verify_report(ctx: AppContext, pdf_path: Path | str, session_id: str | None) -> VerifyResult:
    """Every signature of the PDF checked, and, when the session is in the data folder, whether each
    certificate is the one registered for the juror of the signed field.

    `all_ok` only when there is at least one signature, every one valid and intact, nothing changed
    after the last one, and (session known) every certificate registered for the juror whose field
    it signed. Fields still empty are listed; they do not make the check fail.
    """
    path = Path(pdf_path)
    report = verify_pdf(_read_pdf(path))
    facts = _known_session(ctx, session_id, {s.fingerprint for s in report.signatures if s.fingerprint})
    registered: dict[str, str] = {}
    if facts is not None:
        with ctx.database.reader() as orm:
            rows = orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == facts.id))
            registered = {r.fingerprint: r.juror_ref for r in rows}
    by_ref = {j.ref: j for j in facts.jurors} if facts is not None else {}
    by_field = {j.field_name: j for j in facts.jurors} if facts is not None else {}

    problems: list[str] = []
    signers: list[SignerCheck] = []
    for sig in report.signatures:
        who = sig.signer_name or sig.field_name
        problems += [f"{who} ({sig.field_name}) : {p}" for p in sig.problems]
        if facts is None:
            signers.append(SignerCheck(sig, None, None, None, None))
            continue
        ref = registered.get(sig.fingerprint) if sig.fingerprint else None
        juror = by_ref.get(ref) if ref is not None else None
        matches = None if juror is None else juror.field_name == sig.field_name
        if juror is None:
            problems.append(
                f"{who} ({sig.field_name}) : certificat non enregistré pour un juré de la session {facts.id}"
            )
        elif not matches:
            problems.append(f"{who} ({sig.field_name}) : ce champ n'est pas celui de {juror.name}")
        signers.append(SignerCheck(sig, ref, juror.name if juror else None, juror is not None, matches))
    if not report.signatures:
        problems.append("aucune signature dans ce document")
    if report.modified_after_last_signature:
        problems.append("le fichier a été modifié après la dernière signature")
    empty = tuple(
        EmptyField(
            name,
            by_field[name].ref if name in by_field else None,
            by_field[name].name if name in by_field else None,
        )
        for name in report.empty_fields
    )
    all_ok = report.all_valid and all(s.ok for s in signers)
    return VerifyResult(
        pdf_path=path,
        session_id=facts.id if facts is not None else None,
        signers=tuple(signers),
        empty_fields=empty,
        modified_after_last_signature=report.modified_after_last_signature,
        all_ok=all_ok,
        problems=tuple(problems),
        timezone=facts.timezone if facts is not None else None,
    )
