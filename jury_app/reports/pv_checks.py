"""Checking a procès-verbal against what it must be: the bytes generated, signatures only after them,
each signature valid and made with the certificate of the juror whose field it fills, and every
juror who must sign signed.

What the PV must be comes either from this laptop's record of it (`expected_from_record`, on the
lead's laptop) or from a certificates file (`expected_from_certificates`: a request received, the
archive, the lead's export), so that a PV is checked the same way everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.pv_records import PvRecordView
from jury_app.data.session_store import session_row
from jury_app.domain.messages import Told, msg
from jury_app.domain.wording import capital, role_label
from jury_app.reports.keys import fingerprint
from jury_app.reports.pv_issue import structure_problem
from jury_app.reports.pv_request import PvCertificates, Signatory
from jury_app.reports.signing import SignatureInfo, VerificationReport, verify_pdf


@dataclass(frozen=True)
class Expected:
    """What a session's PV must be, and who must sign it with which certificate."""

    session_id: str
    sha256: str
    size: int
    revisions: int
    closed: bool
    signatories: tuple[Signatory, ...]
    certificates: dict[str, str]  # juror ref -> fingerprint of the certificate known for them

    def by_field(self, field: str) -> Signatory | None:
        return next((s for s in self.signatories if s.field == field), None)


def registered_certificates(orm: Orm, session_id: str) -> dict[str, str]:
    """juror ref -> certificate PEM registered for them in the session."""
    rows = orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == session_id))
    return {r.juror_ref: r.certificate_pem for r in rows}


def expected_from_record(orm: Orm, record: PvRecordView) -> Expected:
    jurors = {j.ref: j for j in orm.scalars(select(db.JuryMember).where(db.JuryMember.session_id == record.session_id))}
    pems = registered_certificates(orm, record.session_id)
    signatories = tuple(
        Signatory(
            juror_ref=ref,
            field=field,
            name=jurors[ref].display_name if ref in jurors else ref,
            certificate_pem=pems.get(ref),
        )
        for ref, field in record.signatories
    )
    return Expected(
        record.session_id,
        record.sha256,
        record.size,
        record.revisions,
        record.closed,
        signatories,
        {ref: fingerprint(pem.encode("ascii")) for ref, pem in pems.items()},
    )


def expected_from_certificates(certs: PvCertificates) -> Expected:
    known = {
        s.juror_ref: fingerprint(s.certificate_pem.encode("ascii")) for s in certs.signatories if s.certificate_pem
    }
    return Expected(
        certs.session_id,
        certs.pv_sha256,
        certs.pv_size,
        certs.pv_revisions,
        certs.closed,
        certs.signatories,
        known,
    )


@dataclass(frozen=True)
class SignerLine:
    signature: SignatureInfo
    juror_ref: str | None  # the juror whose field it fills
    juror_name: str | None
    registered: bool | None  # the certificate is the one known for that juror; None: none known
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PvVerdict:
    report: VerificationReport
    signers: tuple[SignerLine, ...]
    missing: tuple[Signatory, ...]  # jurors who must sign and have not
    problems: tuple[str, ...]  # everything wrong but the missing signatures, in French

    @property
    def intact(self) -> bool:
        """Nothing wrong with what is there (signatures may still be missing)."""
        return not self.problems

    @property
    def complete(self) -> bool:
        return not self.problems and not self.missing


def is_generated_pv(pdf: bytes, expected: Expected) -> bool:
    return len(pdf) >= expected.size and hashlib.sha256(pdf[: expected.size]).hexdigest() == expected.sha256


def check_pv(pdf: bytes, expected: Expected, *, strict_certificates: bool = True) -> PvVerdict:
    """The PV checked against `expected`. With `strict_certificates`, a signature by a juror for
    whom no certificate is known is a problem; without, it is only marked unknown (None)."""
    report = verify_pdf(pdf)
    problems: list[str] = []
    structure = None
    if not is_generated_pv(pdf, expected):
        problems.append(Told(msg("ce PDF n'est pas le procès-verbal généré pour la session {0}", expected.session_id)))
    else:
        structure = structure_problem(pdf, expected.revisions)
        if structure:
            problems.append(structure)
    if not expected.closed:
        problems.append(
            Told(msg("procès-verbal généré alors qu'une délibération était ouverte : il ne peut pas être signé"))
        )
    lines: list[SignerLine] = []
    signed_fields: set[str] = set()
    for sig in report.signatures:
        who = expected.by_field(sig.field_name)
        own: list[str] = list(sig.problems)
        registered: bool | None = None
        if who is None:
            own.append(Told(msg("le champ {0} n'est celui d'aucun juré qui doit signer", sig.field_name)))
        else:
            signed_fields.add(sig.field_name)
            known = expected.certificates.get(who.juror_ref)
            if known is not None:
                registered = known == sig.fingerprint
                if not registered:
                    own.append(Told(msg("ce certificat n'est pas celui enregistré pour {0}", who.name)))
            elif strict_certificates:
                registered = False
                own.append(Told(msg("aucun certificat enregistré pour {0} : signature non reconnue", who.name)))
        name = who.name if who else (sig.signer_name or sig.field_name)
        problems += [Told(msg("{0} ({1}) : {2}", name, sig.field_name, p)) for p in own]
        lines.append(SignerLine(sig, who.juror_ref if who else None, who.name if who else None, registered, tuple(own)))
    if report.modified_after_last_signature and structure is None:
        problems.append(Told(msg("le fichier a été modifié après la dernière signature")))
    missing = tuple(s for s in expected.signatories if s.field not in signed_fields)
    return PvVerdict(report, tuple(lines), missing, tuple(problems))


def certificates_of(orm: Orm, record: PvRecordView, exported_at: datetime) -> PvCertificates:
    """What checks the session's PV anywhere: its hash as generated, and each signatory's
    registered certificate (when this laptop knows it)."""
    s = session_row(orm, record.session_id)
    jurors = {j.ref: j for j in s.jury}
    pems = registered_certificates(orm, record.session_id)
    return PvCertificates(
        session_id=s.id,
        session_title=s.title,
        centre=s.centre_name,
        timezone=s.timezone,
        pv_sha256=record.sha256,
        pv_size=record.size,
        pv_revisions=record.revisions,
        state_digest=record.state_digest,
        closed=record.closed,
        generated_at=record.generated_at,
        exported_at=exported_at,
        signatories=tuple(
            Signatory(
                juror_ref=ref,
                field=field,
                name=jurors[ref].display_name if ref in jurors else ref,
                role=capital(role_label(jurors[ref].role, civility=jurors[ref].civility)) if ref in jurors else "",
                certificate_pem=pems.get(ref),
            )
            for ref, field in record.signatories
        ),
    )
