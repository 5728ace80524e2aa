"""A juror exports their evaluations into a result file signed with their key, to carry to the
session lead's laptop: their declarations and grids, with the runs and incidents recorded on their
laptop, for all the session's candidates or some (jury_app.data.results_file)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app import __version__
from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.files import write_atomic
from jury_app.data.results_file import (
    DeclarationContent,
    GridContent,
    IncidentContent,
    RunContent,
    build_document,
    file_stamp,
    sign_document,
)
from jury_app.data.results_merge.runs import run_content, run_empty
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.wording import DEFAULT_TIMEZONE, session_zone
from jury_app.reports.juror_keys import ensure_key


def default_export_name(session_id: str, juror_ref: str, exported_at: datetime) -> str:
    """resultats_<session>_<juror>_<UTC time>.json"""
    return f"resultats_{session_id}_{juror_ref}_{file_stamp(exported_at)}.json"


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    session_id: str
    juror_ref: str
    juror_name: str
    exported_at: datetime
    candidates: tuple[str, ...]  # the file's scope
    grids: int
    declarations: int
    fingerprint: str  # of the juror's certificate, to be checked by the lead on first import
    key_created: bool  # the juror's key was made by this export (first use)
    sha256: str  # of the file
    runs: int = 0  # modalities whose status, timer or draw the file carries
    incidents: int = 0
    timezone: str = DEFAULT_TIMEZONE  # the session's: where `exported_at` is told

    @property
    def zone(self) -> ZoneInfo:
        return session_zone(self.timezone)


def _scope(session: db.Session, candidate_refs: Iterable[str] | None) -> list[str]:
    known = [c.ref for c in session.candidates]
    if candidate_refs is None:
        return known
    wanted: list[str] = []
    for ref in candidate_refs:
        if ref not in known:
            raise InvalidInput.one("candidat", msg("candidat inconnu dans la session {0} : « {1} »", session.id, ref))
        if ref not in wanted:
            wanted.append(ref)
    if not wanted:
        raise InvalidInput.one("candidat", msg("aucun candidat à exporter"))
    return wanted


def export_results(
    ctx: AppContext,
    session_id: str,
    juror_ref: str,
    passphrase: str,
    out: Path | str,
    *,
    candidate_refs: Iterable[str] | None = None,
    clock: Clock,
    pin: str,
) -> ExportInfo:
    """Writes the juror's signed result file: their declarations and grids for all candidates, or some.

    Refused without the juror's PIN. The juror's key is made on first use (the passphrase then
    chosen, at least 8 characters), else opened with the passphrase. `out` is the file to write
    (replaced atomically), or a folder, where the file gets its default name.
    """
    with ctx.database.session() as orm:
        key_info, private_key = ensure_key(orm, ctx.paths, session_id, juror_ref, passphrase, pin=pin)
    exported_at = clock.now().astimezone(UTC)
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        juror = next(j for j in s.jury if j.ref == juror_ref)  # ensure_key checked it
        timezone = s.timezone
        scope = _scope(s, candidate_refs)
        _ref, sdef = definition_of(orm, s)
        cand_order = {c.ref: c.position for c in s.candidates}
        mod_order = {m.id: i for i, m in enumerate(sdef.modalities)}
        decl_rows = orm.scalars(
            select(db.Declaration).where(
                db.Declaration.session_id == session_id,
                db.Declaration.juror_ref == juror_ref,
                db.Declaration.candidate_ref.in_(scope),
            )
        ).all()
        declarations = [
            DeclarationContent(d.candidate_ref, d.has_link, d.note, d.declared_at)
            for d in sorted(decl_rows, key=lambda d: cand_order[d.candidate_ref])
        ]
        grid_rows = orm.scalars(
            select(db.Grid)
            .where(
                db.Grid.session_id == session_id,
                db.Grid.juror_ref == juror_ref,
                db.Grid.candidate_ref.in_(scope),
            )
            .options(selectinload(db.Grid.marks), selectinload(db.Grid.assessments), selectinload(db.Grid.notes))
        ).all()
        grids = [
            GridContent(
                candidate=g.candidate_ref,
                modality=g.modality_id,
                source=g.source,
                updated_at=g.updated_at,
                marks={m.criterion_id: m.mark for m in g.marks},
                assessments={a.competence_id: (a.judgement, a.observation) for a in g.assessments},
                notes=tuple((n.at, n.phase_label, n.text) for n in sorted(g.notes, key=lambda n: (n.at, n.pk))),
            )
            for g in sorted(
                grid_rows, key=lambda g: (cand_order[g.candidate_ref], mod_order.get(g.modality_id, 99), g.modality_id)
            )
        ]
        runs = _runs_out(orm, session_id, scope, cand_order, mod_order)
        incidents = [
            IncidentContent(i.candidate_ref or "", i.modality_id, i.kind, i.text, i.at, i.juror_ref)
            for i in orm.scalars(
                select(db.Incident)
                .where(db.Incident.session_id == session_id, db.Incident.candidate_ref.in_(scope))
                .order_by(db.Incident.at, db.Incident.pk)
            )
        ]
        document = build_document(
            session_id=s.id,
            package_sha256=s.package_sha256,
            juror_id=juror_ref,
            juror_name=juror.display_name,
            exported_at=exported_at,
            app_version=__version__,
            candidates=scope,
            certificate_pem=key_info.certificate_pem,
            declarations=declarations,
            grids=grids,
            runs=runs,
            incidents=incidents,
            trail=_juror_seal(orm, session_id, juror_ref),
        )
    target = Path(out)
    if target.is_dir():
        target = target / default_export_name(session_id, juror_ref, exported_at)
    data = sign_document(document, private_key, str(target))
    write_atomic(target, data, mode=0o644)
    # A copy stays here: the juror's signature over their trail, which `audit verify` checks it against.
    copy = default_export_name(session_id, juror_ref, exported_at)
    write_atomic(ctx.paths.session_sent_results(session_id) / copy, data, mode=0o644)
    return ExportInfo(
        path=target,
        session_id=session_id,
        juror_ref=juror_ref,
        juror_name=juror.display_name,
        exported_at=exported_at,
        candidates=tuple(scope),
        grids=len(grids),
        declarations=len(declarations),
        fingerprint=key_info.fingerprint,
        key_created=key_info.created,
        sha256=hashlib.sha256(data).hexdigest(),
        runs=len(runs),
        incidents=len(incidents),
        timezone=timezone,
    )


def _juror_seal(orm: Orm, session_id: str, juror_ref: str) -> tuple[int, int, str]:
    """The juror's entries in this laptop's trail, and their last one: what the file seals."""
    count, last = audit.actor_head(orm, session_id, juror_ref)
    return count, last.entries, last.head


def _runs_out(
    orm: Orm, session_id: str, scope: list[str], cand_order: dict[str, int], mod_order: dict[str, int]
) -> list[RunContent]:
    """Every run of the candidates in scope recorded on this laptop, whoever recorded it; an empty
    one (nothing started, drawn or marked) carries nothing and is left out."""
    rows = orm.scalars(
        select(db.ModalityRun)
        .where(db.ModalityRun.session_id == session_id, db.ModalityRun.candidate_ref.in_(scope))
        .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
    ).all()
    return [
        run_content(r)
        for r in sorted(
            rows, key=lambda r: (cand_order[r.candidate_ref], mod_order.get(r.modality_id, 99), r.modality_id)
        )
        if not run_empty(r.status, r.events, r.draws)
    ]
