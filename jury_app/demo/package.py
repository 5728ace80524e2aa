"""The demo session packages, as zip bytes that are the same on every call.

On any machine, in any timezone and on any day: the manifest is built through the `Manifest` model
(so it is valid by construction) and serialised with sorted keys; the candidates' documents come
from `jury_app.demo.documents`; the zip members have a fixed order, date and attributes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from jury_app.data.package.format import (
    ATTACHMENTS_DIR,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    Accommodations,
    AttachmentIn,
    CandidateIn,
    CertificationRef,
    EcfResult,
    HeldUnit,
    Manifest,
    ScheduleEntry,
    SessionInfo,
)
from jury_app.demo.content import (
    APPROVAL_NUMBER,
    CENTRE,
    DEMO_SESSION_ID,
    JURY,
    ROOM_MSP,
    TITLE_SESSION,
    DemoSession,
    documents_for,
)
from jury_app.demo.documents import render_pdf
from jury_app.demo.zip_members import zip_member
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput

DEMO_PACKAGE_FILENAME = f"{DEMO_SESSION_ID}.zip"

TP_CODE = "TP-00403"


def _start(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime(day.year, day.month, day.day, int(hours), int(minutes))


def _schedule(session: DemoSession) -> list[ScheduleEntry]:
    entries = [
        ScheduleEntry(
            candidate_id=c.id,
            modality_id=modality,
            start=_start(day, hhmm),
            room=ROOM_MSP if modality == "msp" else session.rooms[-1],
        )
        for c in session.candidates
        for modality, day, hhmm in c.slots
    ]
    return sorted(entries, key=lambda e: (e.start, e.candidate_id))


def _attachments(session: DemoSession) -> list[tuple[AttachmentIn, bytes]]:
    out: list[tuple[AttachmentIn, bytes]] = []
    for c in session.candidates:
        for doc in documents_for(session, c):
            data = render_pdf(session, c, doc)
            meta = AttachmentIn(
                id=f"{c.id}-{doc.suffix}",
                candidate_id=c.id,
                kind=doc.kind,
                title=f"{doc.title} — {c.first_name} {c.last_name}",
                member=f"{ATTACHMENTS_DIR}{c.id}-{doc.suffix}.pdf",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            out.append((meta, data))
    return out


def _manifest(session: DemoSession, attachments: Sequence[AttachmentIn]) -> Manifest:
    return Manifest(
        format=PACKAGE_FORMAT,
        format_version=PACKAGE_FORMAT_VERSION,
        session=SessionInfo(
            id=session.id,
            title=session.title,
            certification=CertificationRef(code="TP-00403", version="08"),
            kind=session.kind,
            unit_id=session.unit_id,
            dates=list(session.dates),
            centre=CENTRE,
            rooms=list(session.rooms),
            session_lead="Nathalie Berthier",
            approval_number=APPROVAL_NUMBER,
            session_number=session.number,
            durations=dict(session.durations),
        ),
        jury=list(JURY),
        candidates=[
            CandidateIn(
                id=c.id,
                last_name=c.last_name,
                first_name=c.first_name,
                path=c.path,
                units_sought=list(c.units_sought),
                units_held=list(c.units_held),
                accommodations=Accommodations(extra_time_percent=c.extra_time_percent, notes=c.accommodation_notes),
                civility=c.civility,
                birth_date=c.birth_date,
                candidate_number=c.candidate_number,
                ecf_results=[EcfResult(unit_id=u, result=r, date=d) for u, r, d in c.ecf],
                company_hours=c.company_hours,
                units_held_detail=[
                    HeldUnit(
                        unit_id=h.unit_id,
                        obtained_under=h.obtained_under,
                        proof_attachment_id=f"{c.id}-ccp-{h.unit_id.lower()}",
                        obtained_on=h.obtained_on,
                    )
                    for h in c.held
                ],
            )
            for c in session.candidates
        ],
        schedule=_schedule(session),
        scenario_cards=list(session.scenario_cards),
        attachments=list(attachments),
    )


def build_demo_package(session: DemoSession = TITLE_SESSION) -> bytes:
    """A demonstration package (the title session's by default), as zip bytes: the same on every call."""
    attachments = _attachments(session)
    manifest = _manifest(session, [meta for meta, _ in attachments])
    manifest_bytes = (
        json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zip_member(z, MANIFEST, manifest_bytes)
        for meta, data in attachments:
            zip_member(z, meta.member, data)
    return buf.getvalue()


def write_demo_package(out: Path, code: str = TP_CODE, *, session: DemoSession | None = None) -> Path:
    """Write the demo package of the certification `code` (or of the TP CIP's demo `session`) to `out`
    (or into it, when it is a folder), atomically."""
    data, filename = demo_package(code) if session is None else (build_demo_package(session), f"{session.id}.zip")
    target = out / filename if out.is_dir() else out
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.chmod(0o644)  # mkstemp makes it private; a package is an ordinary document
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def demo_codes() -> tuple[str, ...]:
    """The certifications that have a demo session: the TP CIP and the RNCP ones of the seeds."""
    from jury_app.demo.rncp_content import RNCP_DEMOS

    return (TP_CODE, *RNCP_DEMOS)


def demo_package(code: str) -> tuple[bytes, str]:
    """The demo package of the certification `code` and its file name; refused for another code."""
    from jury_app.demo.rncp_content import RNCP_DEMOS

    wanted = code.split("@")[0].casefold()
    if wanted == TP_CODE.casefold():
        return build_demo_package(), DEMO_PACKAGE_FILENAME
    for key, demo in RNCP_DEMOS.items():
        if key.casefold() == wanted:
            from jury_app.demo.rncp import build_package

            return build_package(demo), f"{demo.session_id}.zip"
    demos = ", ".join(demo_codes())
    raise InvalidInput.one(
        "--referentiel", msg("pas de session de démonstration pour « {0} » (démonstrations : {1})", code, demos)
    )
