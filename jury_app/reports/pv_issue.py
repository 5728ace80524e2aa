"""Issuing the procès-verbal and telling whether a PDF is a session's current PV.

`issue_pv` builds the PV from the database, gives it one visible signature field per juror who must
sign (each reading « non signé »), writes in its metadata the session, the deliberation state it
was made from and the head of the audit trail (jury_app.reports.pdf_anchor), and records its hash
(in the caller's transaction). `pv_standing` tells, for any PDF, whether it is a PV this session
generated, made from closed deliberations, still current, and grown since only by signatures: what
signing requires, and what `report verify` reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session as Orm

from jury_app.data.pv_records import (
    PvRecordView,
    all_closed,
    deliberation_digest,
    latest_pv,
    pv_record_of,
    record_pv,
)
from jury_app.domain.clock import Clock
from jury_app.domain.messages import Told, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.wording import capital, moment_message, role_label, session_zone
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.pdf_anchor import trail_info
from jury_app.reports.pdf_pv import render_pv_with_areas
from jury_app.reports.pdf_pv_stamp import unsigned_box_pdf
from jury_app.reports.signing import FieldBox, add_signature_fields, pdf_info, revision_layout

INFO_SESSION = "Session"
INFO_STATE = "PvState"
INFO_CLOSED = "PvClosed"
INFO_GENERATED = "PvGenerated"


@dataclass(frozen=True)
class IssuedPv:
    pdf: bytes
    record: PvRecordView


def issue_pv(orm: Orm, session_id: str, clock: Clock) -> IssuedPv:
    """The session's PV as generated now, with its signature fields, recorded (not committed)."""
    now = clock.now()
    report = build_pv_report(orm, session_id, clock=clock)
    rendered = render_pv_with_areas(report)
    digest = deliberation_digest(orm, session_id)
    closed = all_closed(orm, session_id)
    by_field = {b.field_name: b for b in report.signatures}
    boxes = {}
    for area in rendered.signature_areas:
        juror = by_field[area.field_name].juror
        x0, y0, x1, y1 = (round(v) for v in area.rect)
        role = capital(role_label(juror.role, civility=juror.civility))
        boxes[area.field_name] = FieldBox(
            area.page, (x0, y0, x1, y1), unsigned_box_pdf(x1 - x0, y1 - y0, juror.formal_name, role)
        )
    # what it was made from, and the audit trail it reflects, sealed by the jurors' signatures
    info = {**pv_metadata(session_id, digest=digest, closed=closed, at=now), **trail_info(orm, session_id)}
    names = [b.field_name for b in report.signatures]
    pdf = add_signature_fields(rendered.pdf, names, boxes=boxes, info=info)
    record = record_pv(
        orm,
        session_id,
        pdf,
        revisions=revision_layout(pdf).total,
        state_digest=digest,
        closed=closed,
        signers=[(b.juror.ref, b.field_name) for b in report.signatures],
        at=now,
    )
    return IssuedPv(pdf, record)


def pv_metadata(session_id: str, *, digest: str, closed: bool, at: datetime) -> dict[str, str]:
    """The PV's own entries in its document information, written once at generation: what it was made
    from, so a reader (and `pv_standing`) can tell it apart from any other PDF. The one place that
    decides them."""
    return {
        INFO_SESSION: session_id,
        INFO_STATE: digest,
        INFO_CLOSED: "oui" if closed else "non",
        INFO_GENERATED: at.isoformat(),
    }


@dataclass(frozen=True)
class PvStanding:
    """What a PDF is to a session: its record (None: not a PV this session generated), and why it may
    not be signed (`problems`, in French; empty when it may)."""

    session_id: str
    record: PvRecordView | None
    superseded: Told | None  # why it is no longer the session's PV in force
    altered: Told | None  # what was added to it besides signatures
    problems: tuple[str, ...]

    @property
    def current(self) -> bool:
        """The session's PV in force (signable when generated from closed deliberations)."""
        return self.record is not None and self.superseded is None and self.altered is None


def structure_problem(pdf: bytes, generated_revisions: int) -> Told | None:
    """Why the updates after generation are not just signatures, one each (None when they are)."""
    layout = revision_layout(pdf)
    signed = layout.signed
    expected = tuple(range(generated_revisions, generated_revisions + len(signed)))
    if layout.total != generated_revisions + len(signed) or signed != expected:
        return Told(msg("le fichier a été modifié après sa génération autrement que par des signatures"))
    return None


OPEN_WHEN_GENERATED = Told(
    msg(
        "ce procès-verbal a été généré alors qu'une délibération était ouverte : il ne peut pas être signé ; "
        "générez-le à nouveau une fois toutes les délibérations closes"
    )
)


def pv_standing(orm: Orm, session_id: str, pdf: bytes, timezone: str) -> PvStanding:
    """Whether `pdf` is this session's PV, generated from closed deliberations, current, and changed
    since only by signatures."""
    record = pv_record_of(orm, session_id, pdf)
    if record is None:
        other = pdf_info(pdf).get(INFO_SESSION)
        if other and other != session_id:
            message = msg("ce procès-verbal est celui de la session {0}, pas de la session {1}", other, session_id)
        elif other:
            message = msg(
                "ce procès-verbal n'est pas l'un de ceux que cet ordinateur a générés pour la session {0}, "
                "ou il a été modifié avant d'être signé",
                session_id,
            )
        else:
            message = msg("ce PDF n'est pas un procès-verbal généré par l'application pour la session {0}", session_id)
        return PvStanding(session_id, None, None, None, (Told(message),))
    latest = latest_pv(orm, session_id)
    superseded = None
    if latest is not None and latest.pk != record.pk:
        when = moment_message(latest.generated_at, session_zone(timezone))
        superseded = Told(msg("un procès-verbal plus récent a été généré le {0} : celui-ci est remplacé", when))
    elif record.state_digest != deliberation_digest(orm, session_id):
        superseded = Told(
            msg(
                "la délibération a changé depuis la génération de ce procès-verbal (réouverture, décision, motif ou "
                "identité d'un candidat) : il est remplacé ; générez-le à nouveau"
            )
        )
    altered = structure_problem(pdf, record.revisions)
    problems = [p for p in (None if record.closed else OPEN_WHEN_GENERATED, superseded, altered) if p]
    return PvStanding(session_id, record, superseded, altered, tuple(problems))


@dataclass(frozen=True)
class CurrentPv:
    pdf: bytes
    new: bool  # generated now (the stored one was missing, damaged, replaced or not this session's)
    replaced_signatures: int  # signatures the stored PV carried when it is replaced


def current_pv(orm: Orm, session_id: str, clock: Clock, stored: bytes | None, timezone: str) -> CurrentPv:
    """The session's PV in force: the stored one (with its signatures) while it is current;
    otherwise a new one, issued and recorded (in the caller's transaction)."""
    signed = 0
    if stored is not None:
        try:
            if pv_standing(orm, session_id, stored, timezone).current:
                return CurrentPv(stored, False, 0)
            signed = len(revision_layout(stored).signed)
        except InvalidInput:  # a damaged file is simply replaced
            signed = 0
    return CurrentPv(issue_pv(orm, session_id, clock).pdf, True, signed)
