"""The demo sessions of the RNCP certifications: their packages, and their completion through the
real actions (each modality of each candidate's path run or studied, scored by both jurors, then
deliberated block by block, with a complementary evaluation where the référentiel provides one).

What a candidate takes, which documents they bring and what the jury decides all come from the
référentiel: the content module only says who the people are and how the story goes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import zipfile
from functools import cache
from pathlib import Path

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, jury_step, packages
from jury_app.actions.context import AppContext
from jury_app.actions.sessions import list_sessions
from jury_app.actions.signing import save_handwritten_signature
from jury_app.data.package.format import (
    ATTACHMENTS_DIR,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    AttachmentIn,
    CandidateIn,
    CertificationRef,
    Manifest,
    ScheduleEntry,
    SessionInfo,
)
from jury_app.data.referentiels import find_builtin
from jury_app.demo.documents import DemoDocument, render_document
from jury_app.demo.rncp_content import RncpCandidate, RncpDemo
from jury_app.demo.zip_members import zip_member
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import Proposal
from jury_app.domain.referentiel import Judgement, Referentiel
from jury_app.domain.rules import candidate_scope
from jury_app.domain.wording import attachment_label, capital, fr_date, path_label, session_zone

SIGNATURES = (
    [[[0.08, 0.62], [0.16, 0.3], [0.25, 0.7], [0.33, 0.36], [0.42, 0.66]], [[0.5, 0.5], [0.7, 0.35], [0.9, 0.55]]],
    [[[0.1, 0.4], [0.2, 0.7], [0.3, 0.3], [0.45, 0.68], [0.6, 0.32]], [[0.62, 0.6], [0.9, 0.45]]],
)
OBSERVATIONS = (
    "Analyse étayée par des exemples précis tirés de la pratique.",
    "Démarche structurée, partenaires bien identifiés.",
    "Posture professionnelle adaptée, argumentation claire.",
)
WEAK = "Éléments insuffisants au regard des attendus du bloc."


def referentiel_of(demo: RncpDemo) -> Referentiel:
    return _builtin(demo.code, demo.version)


@cache
def _builtin(code: str, version: str) -> Referentiel:
    ref = find_builtin(code, version)
    if ref is None:
        raise LookupError(f"référentiel intégré introuvable : {code}@{version}")
    return ref


def _documents(demo: RncpDemo, c: RncpCandidate) -> list[tuple[AttachmentIn, bytes]]:
    """The documents the modalities of the candidate's path assess, one PDF each."""
    ref = referentiel_of(demo)
    sdef = ref.title_session()
    kinds: list[str] = []
    for m in sdef.modalities_for(c.path):
        kinds += [k for k in m.documents if k not in kinds]
    out = []
    for kind in kinds:
        title = capital(attachment_label(kind))
        lines: list[str] = []
        for unit, example in zip(ref.units, c.examples, strict=True):
            lines += [f"## {unit.id} — {unit.title}", f"- {example}"]
        data = render_document(
            DemoDocument(
                seed=f"jury_app demo {demo.session_id} {c.id} {kind}",
                doc_title=title,
                candidate_id=c.id,
                full_name=f"{c.first_name} {c.last_name}",
                subject=f"{demo.title} ({demo.session_id}) — document fictif",
                keywords=f"démonstration, {demo.code}",
                certification_text=demo.certification_text,
                identity=(
                    f"Parcours : {path_label(c.path, ref.terms)}",
                    f"{capital(ref.terms.unit_plural)} présentés : {', '.join(u.id for u in ref.units)}",
                    f"Session : {demo.title} ({demo.session_id}), {fr_date(demo.day)}",
                    f"Centre : {demo.centre.name}, {demo.centre.address}",
                ),
                context=c.context,
                lines=tuple(lines),
                civility=c.civility,
            )
        )
        member = f"{ATTACHMENTS_DIR}{c.id}-{kind.replace('_', '-')}.pdf"
        meta = AttachmentIn(
            id=f"{c.id}-{kind.replace('_', '-')}",
            candidate_id=c.id,
            kind=kind,
            title=f"{title} — {c.first_name} {c.last_name}",
            member=member,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        out.append((meta, data))
    return out


def _manifest(demo: RncpDemo, attachments: list[AttachmentIn]) -> Manifest:
    ref = referentiel_of(demo)
    units = [u.id for u in ref.units]
    return Manifest(
        format=PACKAGE_FORMAT,
        format_version=PACKAGE_FORMAT_VERSION,
        session=SessionInfo(
            id=demo.session_id,
            title=demo.title,
            certification=CertificationRef(code=demo.code, version=demo.version),
            kind="title",
            dates=[demo.day],
            centre=demo.centre,
            rooms=list(demo.rooms),
            session_lead=demo.session_lead,
            durations=dict(demo.durations),
            registration_ended_reason=demo.registration_ended_reason,
            session_number=f"{demo.code}-DEMO-01",
        ),
        jury=list(demo.jury),
        candidates=[
            CandidateIn(
                id=c.id,
                last_name=c.last_name,
                first_name=c.first_name,
                civility=c.civility,
                path=c.path,
                units_sought=units,
            )
            for c in demo.candidates
        ],
        schedule=sorted(
            (
                ScheduleEntry(
                    candidate_id=c.id,
                    modality_id=modality,
                    start=dt.datetime.combine(demo.day, dt.time.fromisoformat(hhmm)),
                    room=demo.rooms[0],
                )
                for c in demo.candidates
                for modality, hhmm in c.slots
            ),
            key=lambda e: (e.start, e.candidate_id),
        ),
        attachments=attachments,
    )


def build_package(demo: RncpDemo) -> bytes:
    """The demo package of `demo`, as zip bytes: the same bytes on every call."""
    documents = [d for c in demo.candidates for d in _documents(demo, c)]
    manifest = _manifest(demo, [meta for meta, _ in documents])
    manifest_bytes = (
        json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zip_member(z, MANIFEST, manifest_bytes)
        for meta, data in documents:
            zip_member(z, meta.member, data)
    return buf.getvalue()


# --- the session worked through by the jury ------------------------------------------------------


def _judge(ctx: AppContext, demo: RncpDemo, c: RncpCandidate, modality_id: str, clock: FakeClock) -> None:
    """Each juror judges each competence the modality evaluates, with an observation."""
    for j, juror in enumerate(demo.jury):
        key = grids.GridKey(demo.session_id, c.id, modality_id, juror.id)
        view = grids.grid_view(ctx, key)
        for i, comp in enumerate(view.competences):
            cid = comp.key
            weak = cid in c.weak or (j == 1 and cid in c.split)
            judgement = Judgement.NOT_ACQUIRED if weak else Judgement.ACQUIRED
            grids.set_judgement(ctx, key, cid, judgement, clock)
            text = WEAK if weak else OBSERVATIONS[(i + j) % len(OBSERVATIONS)]
            grids.set_observation(ctx, key, cid, text, clock)
            clock.advance(20)


def _run(ctx: AppContext, demo: RncpDemo, c: RncpCandidate, modality_id: str, clock: FakeClock) -> None:
    key = grids.GridKey(demo.session_id, c.id, modality_id, demo.jury[0].id)  # the president runs the timer
    view = exam.run_view(ctx, key.run, clock)
    exam.start_modality(ctx, key, clock)
    for i, phase in enumerate(view.plan):
        clock.advance(phase.duration_s - 60)
        if i < len(view.plan) - 1:
            exam.next_phase(ctx, key, clock)
    exam.finish_modality(ctx, key, clock)


def _deliberate(ctx: AppContext, demo: RncpDemo, c: RncpCandidate, clock: FakeClock) -> int:
    sid, president = demo.session_id, demo.jury[0].id
    state = jury_step.jury_step_state(ctx, sid, c.id)  # the jury sits: every juror there, opened by the president
    jury_step.open_jury_step(ctx, sid, c.id, president, [j.ref for j in state.jurors], clock)
    view = deliberation.deliberation_view(ctx, sid, c.id)
    for common in view.common:
        judgement = common.proposal.judgement
        if judgement is None and c.complementary:
            continue  # the jurors disagree: left to the complementary evaluation
        deliberation.set_common_judgement(
            ctx, sid, c.id, common.competence.id, judgement or Judgement.ACQUIRED, president, clock
        )
    view = deliberation.deliberation_view(ctx, sid, c.id)
    decisions = 0
    for unit in view.units:
        if unit.proposal is Proposal.UNDETERMINED and c.complementary:
            continue
        granted = unit.proposal is not Proposal.REFUSE
        reason = "" if granted else "Compétences du bloc insuffisamment démontrées lors de l'étude de cas."
        view = deliberation.decide(ctx, sid, c.id, unit.target, granted, reason, president, clock)
        decisions += 1
    if view.title is not None:
        if c.complementary:
            deliberation.decide(
                ctx, sid, c.id, deliberation.TITLE, None, c.complementary, president, clock, complementary=True
            )
        else:
            granted = view.title.proposal is Proposal.GRANT
            reason = "" if granted else "Un bloc n'est pas acquis ; les blocs acquis restent acquis."
            deliberation.decide(ctx, sid, c.id, deliberation.TITLE, granted, reason, president, clock)
        decisions += 1
    deliberation_close.close_deliberation(ctx, sid, c.id, president, clock)
    return decisions


def open_session(ctx: AppContext, demo: RncpDemo, package_path: Path) -> str:
    """The demo session: written and imported on first use, reused afterwards."""
    if any(s.id == demo.session_id for s in list_sessions(ctx)):
        return demo.session_id
    package_path.parent.mkdir(parents=True, exist_ok=True)
    package_path.write_bytes(build_package(demo))
    packages.import_(ctx, package_path)
    return demo.session_id


def complete_session(ctx: AppContext, demo: RncpDemo) -> int:
    """Every candidate's modalities run or studied, scored by both jurors and deliberated; the number
    of decisions taken."""
    sid = demo.session_id
    ref = referentiel_of(demo)
    zone = session_zone("Europe/Paris")
    clock = FakeClock(dt.datetime.combine(demo.day, dt.time(8, 0), tzinfo=zone))
    rng = random.Random(demo.code)
    for juror, strokes in zip(demo.jury, SIGNATURES, strict=False):
        save_handwritten_signature(ctx, sid, juror.id, strokes, clock)
    for c in demo.candidates:
        for juror in demo.jury:
            jurors.declare(ctx, sid, c.id, juror.id, has_link=False, clock=clock)
    for c in demo.candidates:
        slots = dict(c.slots)
        for modality in candidate_scope(ref, ref.title_session(), c.path, (), ()).modalities:
            if modality.id in slots:
                start = dt.datetime.combine(demo.day, dt.time.fromisoformat(slots[modality.id]), tzinfo=zone)
                if start > clock.now():
                    clock.set(start)
                _run(ctx, demo, c, modality.id, clock)
            clock.advance(rng.randint(60, 180))
            _judge(ctx, demo, c, modality.id, clock)
    clock.set(dt.datetime.combine(demo.day, dt.time(17, 30), tzinfo=zone))
    return sum(_deliberate(ctx, demo, c, clock) for c in demo.candidates)
