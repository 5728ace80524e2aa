"""Signing the procès-verbal: handwritten signatures, jurors' keys, PAdES signatures, checking them.

A juror's key is made on first use, protected by a passphrase they choose (never stored: it cannot
be recovered), kept in `keys/<session>/<juror>.key.pem` beside its certificate `.crt.pem`, and the
certificate is registered for the juror in the session (`JurorKey`).

Only the session's current PV can be signed: the one this laptop generated from closed
deliberations, unchanged since but for signatures (`reports.pv_issue`), or a « PV à faire signer »
received from the session lead (`reports.pv_request`), checked against the certificates it carries.
Each signature shows in the juror's box the stamp drawn at signing: their handwritten strokes, name,
role, the date and time in the session's zone. A PV is verified complete and true only when every
juror who must sign has signed, each with the certificate registered for them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
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
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.wording import DEFAULT_TIMEZONE, capital, fr_datetime, machine_zone, role_label, session_zone
from jury_app.reports import keys
from jury_app.reports.juror_keys import KeyInfo as KeyInfo
from jury_app.reports.juror_keys import ensure_key, registered_key
from jury_app.reports.pdf_pv_stamp import signed_stamp_pdf
from jury_app.reports.pv_checks import check_pv, expected_from_certificates, expected_from_record
from jury_app.reports.pv_issue import INFO_SESSION, pv_standing
from jury_app.reports.pv_request import archived_certificates, is_request, read_certificates, read_request, request_zip
from jury_app.reports.signing import (
    SignatureInfo,
    field_rect,
    pdf_info,
    pv_signature_field_name,
    sign_pdf,
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


# --- the jury of a session ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Juror:
    ref: str
    name: str
    index: int  # 1-based position in the session's jury
    formal_name: str = ""  # "Mme Martine Roussel"
    role_text: str = ""  # "Présidente du jury"

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
        raise InvalidInput.one("juré", msg("juré inconnu dans cette session : « {0} »", juror_ref))


def _facts_of(s: db.Session) -> _SessionFacts:
    jurors = tuple(
        _Juror(
            j.ref,
            j.display_name,
            i,
            f"{j.civility} {j.display_name}" if j.civility else j.display_name,
            capital(role_label(j.role, civility=j.civility)),
        )
        for i, j in enumerate(s.jury, start=1)
    )
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
    fields_added: bool  # always False now: the PV is generated with its fields (kept for the CLI)
    key_created: bool  # the juror's key was made for this signature (first use)
    remaining_jurors: tuple[str, ...]  # names of the jurors whose field is still empty
    timezone: str = DEFAULT_TIMEZONE  # the session's: where `signed_at` is told

    @property
    def zone(self) -> tzinfo:
        return session_zone(self.timezone)


def _refuse(where: str, problems: Sequence[str], advice: bool = False) -> InvalidInput:
    """The problems found in a PDF; with `advice`, each tells not to sign it."""
    told = [
        msg("{0} : ne signez pas ce document (vérifiez-le avec « jury-app report verify »)", p) if advice else plain(p)
        for p in problems
    ]
    return InvalidInput([Problem(where, "", str(m), m) for m in told])


def _stamp(ctx: AppContext, facts: _SessionFacts, juror: _Juror, pdf: bytes, when: datetime) -> bytes:
    """The juror's box once signed, the size of their field: strokes drawn on this laptop, name,
    role, date and time of signing in the session's zone."""
    rect = field_rect(pdf, juror.field_name)
    width, height = (rect[2] - rect[0], rect[3] - rect[1]) if rect else (240.0, 110.0)
    zone = session_zone(facts.timezone)
    return signed_stamp_pdf(
        width,
        height,
        name=juror.formal_name,
        role=juror.role_text,
        signed_at=f"le {fr_datetime(when, zone)} ({facts.timezone})",
        strokes=handwritten_signature(ctx, facts.id, juror.ref),
    )


def _sign_bytes(
    ctx: AppContext,
    facts: _SessionFacts,
    juror: _Juror,
    pdf: bytes,
    passphrase: str,
    clock: Clock,
    known_cert: str | None,
    pin: str,
) -> tuple[bytes, KeyInfo, datetime]:
    with ctx.database.session() as orm:
        info, key = ensure_key(orm, ctx.paths, facts.id, juror.ref, passphrase, pin=pin)
        if known_cert is not None and keys.fingerprint(known_cert.encode("ascii")) != info.fingerprint:
            orm.rollback()
            raise InvalidInput.one(
                "clé de signature",
                msg(
                    "la clé de {0} sur cet ordinateur n'est pas celle que le responsable de session a enregistrée "
                    "pour ce juré : signez sur l'ordinateur où sont vos fichiers de résultats, ou demandez au "
                    "responsable de vérifier votre certificat",
                    juror.name,
                ),
            )
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
        stamp_pdf=_stamp(ctx, facts, juror, pdf, signed_at),
    )
    return signed, info, signed_at


def _replace(path: Path, original: bytes, data: bytes) -> None:
    # Another signature written meanwhile (another window, another juror) must not be lost.
    if hashlib.sha256(read_bounded(path, MAX_PDF_BYTES, msg("un fichier"))).digest() != hashlib.sha256(original).digest():
        raise InvalidInput.one(str(path), msg("le fichier a changé pendant la signature : recommencez"))
    write_atomic(path, data)


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

    `pdf_path` is the session's PV as this laptop generated it, or a « PV à faire signer » file
    (.jurypv) received from the lead. Refused (nothing written) when it is not the session's current
    PV from closed deliberations, when an earlier signature does not hold, when this juror need not
    sign or has signed, when `pin` is not the juror's PIN on this laptop, or when the passphrase
    does not open the juror's key (made on first use).
    """
    path = Path(pdf_path)
    where = str(path)
    original = read_bounded(path, MAX_PDF_BYTES, msg("un fichier"))
    facts = _session_facts(ctx, session_id)
    if is_request(original):
        pdf, certs = read_request(original, where)
        if certs.session_id != session_id:
            raise InvalidInput.one(
                where, msg("ce procès-verbal est celui de la session {0}, pas de {1}", certs.session_id, session_id)
            )
        expected = expected_from_certificates(certs)
        verdict = check_pv(pdf, expected, strict_certificates=False)
    else:
        pdf, certs = original, None
        with ctx.database.reader() as orm:
            standing = pv_standing(orm, session_id, pdf, facts.timezone)
            if standing.record is None or standing.problems:
                raise _refuse(where, standing.problems)
            expected = expected_from_record(orm, standing.record)
        verdict = check_pv(pdf, expected)
    juror = facts.juror(juror_ref)
    own = expected.by_field(juror.field_name)
    if own is None or own.juror_ref != juror_ref:
        raise InvalidInput.one(
            where, msg("{0} n'a pas à signer ce procès-verbal (récusé pour chaque candidat)", juror.name)
        )
    if verdict.problems:
        raise _refuse(where, verdict.problems, advice=True)
    if any(line.signature.field_name == juror.field_name for line in verdict.signers):
        raise InvalidInput.one(where, msg("{0} a déjà signé ce document", juror.name))

    signed, info, signed_at = _sign_bytes(ctx, facts, juror, pdf, passphrase, clock, own.certificate_pem, pin)
    if certs is not None:
        filled = tuple(
            s.model_copy(update={"certificate_pem": info.certificate_pem}) if s.juror_ref == juror_ref else s
            for s in certs.signatories
        )
        _replace(path, original, request_zip(signed, certs.model_copy(update={"signatories": filled})))
    else:
        _replace(path, original, signed)
    done = {line.signature.field_name for line in verdict.signers} | {juror.field_name}
    return SignResult(
        pdf_path=path,
        juror_ref=juror_ref,
        signer_name=juror.name,
        field_name=juror.field_name,
        signed_at=signed_at,
        fingerprint=info.fingerprint,
        fields_added=False,
        key_created=info.created,
        remaining_jurors=tuple(s.name for s in expected.signatories if s.field not in done),
        timezone=facts.timezone,
    )


# --- verifying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignerCheck:
    signature: SignatureInfo
    juror_ref: str | None  # the juror whose field it fills
    juror_name: str | None
    registered: bool | None  # the certificate is the one registered for that juror; None: not known
    field_matches: bool | None  # kept for the JSON output: the field is a signatory's

    @property
    def ok(self) -> bool:
        return self.signature.ok and self.registered is True


@dataclass(frozen=True)
class EmptyField:
    field_name: str
    juror_ref: str | None
    juror_name: str | None


@dataclass(frozen=True)
class VerifyResult:
    pdf_path: Path
    session_id: str | None  # the session checked against; None: neither here nor in a certificates file
    signers: tuple[SignerCheck, ...]
    empty_fields: tuple[EmptyField, ...]  # jurors who must sign and have not
    modified_after_last_signature: bool
    all_ok: bool  # complete and true: every juror who must sign signed, all valid, the PV current
    problems: tuple[str, ...]  # what is wrong or missing, in French; empty when all is well
    timezone: str | None = None  # the session's; None: unknown here
    basis: str = ""  # what the check rests on: this laptop's session, or a certificates file

    @property
    def zone(self) -> tzinfo:
        """Where the signing times are told: the session's zone, else this computer's."""
        return session_zone(self.timezone) if self.timezone else machine_zone()


def _session_here(ctx: AppContext, session_id: str | None) -> _SessionFacts | None:
    if session_id is None or not ctx.has_database:
        return None
    with ctx.database.reader() as orm:
        s = orm.get(db.Session, session_id)
        return None if s is None else _facts_of(s)


def verify_report(
    ctx: AppContext, pdf_path: Path | str, session_id: str | None, certs_path: Path | str | None = None
) -> VerifyResult:
    """Whether the PDF is its session's PV, complete and true.

    The session is the one named, else the one the PV's metadata names. When this laptop holds it,
    the PV must be the current one it generated, and every certificate the one registered for the
    juror; otherwise the certificates file `certs_path` (a request, the session's archive or the JSON it keeps)
    says what the PV must be. `all_ok` only when every juror who must sign has signed, every
    signature is valid and intact, and nothing but signatures was added after generation.
    """
    path = Path(pdf_path)
    data = read_bounded(path, MAX_PDF_BYTES, msg("un fichier"))
    certs = None
    pdf = data
    if is_request(data):
        pdf, certs = read_request(data, str(path))
    if certs_path is not None:
        certs = archived_certificates(Path(certs_path)) or read_certificates(
            read_bounded(Path(certs_path), MAX_PDF_BYTES, msg("un fichier")), str(certs_path)
        )
    sid = session_id or pdf_info(pdf).get(INFO_SESSION) or (certs.session_id if certs else None)
    facts = _session_here(ctx, sid)
    problems: list[str] = []
    basis = ""
    expected = None
    if facts is not None:
        with ctx.database.reader() as orm:
            standing = pv_standing(orm, facts.id, pdf, facts.timezone)
            if standing.record is not None:
                expected = expected_from_record(orm, standing.record)
                problems += [p for p in (standing.superseded, standing.altered) if p]
                basis = f"session {facts.id} de cet ordinateur"
            elif certs is None:
                problems += standing.problems
    if expected is None and certs is not None:
        if sid is not None and certs.session_id != sid:
            problems.append(
                Told(msg("le fichier de certificats est celui de la session {0}, pas de {1}", certs.session_id, sid))
            )
        expected = expected_from_certificates(certs)
        basis = f"fichier de certificats du {fr_datetime(certs.exported_at, session_zone(certs.timezone))}"
        if certs_path is None and facts is None:
            # Each juror who signs a request adds their certificate to it: what it carries tells
            # nothing of who signed, only the lead's certificates do.
            problems.append(
                Told(
                    msg(
                        "ce fichier porte ses propres certificats, ajoutés par ceux qui l'ont signé : donnez ceux du "
                        "responsable de session ou de l'archive avec --certs"
                    )
                )
            )
    if expected is None and facts is None:
        unknown: Message | str = sid or msg("inconnue")
        problems.append(
            Told(
                msg(
                    "session {0} absente de cet ordinateur : donnez les certificats des jurés avec --certs "
                    "(fichier du responsable de session ou de l'archive)",
                    unknown,
                )
            )
        )
    report = verify_pdf(pdf)
    signers: list[SignerCheck] = []
    empty: list[EmptyField] = []
    if expected is not None:
        verdict = check_pv(pdf, expected)
        problems += list(verdict.problems)
        problems += [Told(msg("signature manquante : {0} ({1})", s.name, s.field)) for s in verdict.missing]
        signers = [
            SignerCheck(x.signature, x.juror_ref, x.juror_name, x.registered, x.juror_ref is not None)
            for x in verdict.signers
        ]
        empty = [EmptyField(s.field, s.juror_ref, s.name) for s in verdict.missing]
        report = verdict.report
    else:
        signers = [SignerCheck(sig, None, None, None, None) for sig in report.signatures]
    if not report.signatures:
        problems.append(Told(msg("aucune signature dans ce document")))
    return VerifyResult(
        pdf_path=path,
        session_id=expected.session_id if expected is not None else None,
        signers=tuple(signers),
        empty_fields=tuple(empty),
        modified_after_last_signature=report.modified_after_last_signature,
        all_ok=expected is not None and not problems,
        problems=tuple(dict.fromkeys(problems)),
        timezone=facts.timezone if facts is not None else (certs.timezone if certs is not None else None),
        basis=basis,
    )
