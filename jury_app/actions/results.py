"""Several jurors, several laptops, no network: signed result files, their merge, and the check.

A juror exports their evaluations (declarations and grids, with the runs and incidents recorded on
their laptop) from their own laptop into a result file
signed with their key (jury_app.data.results_file); the session lead imports the files of every
juror on their laptop, which then holds everything, proven untampered:

- the signature must hold with the certificate the file carries, and that certificate must be the
  one registered for the juror in the session (`JurorKey`). A juror's first file registers their
  certificate only when the lead confirmed its fingerprint (`accept_new_keys`, or the fingerprint
  among `trusted_fingerprints`); otherwise the file is refused ("clé inconnue");
- the file must come from the same session and the same package (its SHA-256);
- a file already imported changes nothing; a file older than the last one imported from the juror
  is refused; a newer one replaces, for every grid it holds, the juror's marks, judgements,
  observations, notes and grid origin; each difference is listed, and written through the audit
  trail with the juror as actor, exactly as the grid screen writes it (`audit.verify` holds after a
  merge). A grid the juror never opened on their laptop is not in the file and is left alone here;
- declarations are merged: a recusal is never lost;
- what the exam room recorded on the juror's laptop for the candidates in scope comes too: each
  modality's run (status — absences and abandonments too —, timer events, draws) and the incidents.
  A run missing here, or empty here, is taken whole; one identical here changes nothing; one that
  differs here is kept as it is and listed ("déroulé conservé"), never overwritten. An incident is
  added unless already here (same candidate, modality, kind, text and time). A draw of a scenario
  card unknown here refuses the file;
- a candidate whose deliberation is closed here is never changed: a file that would change anything
  for them is refused whole, naming them (reopen the deliberation first);
- everything for one file is one transaction: a refused file changes nothing. Each imported file is
  recorded (`ResultImport`) and a copy kept in `results/<session>/` for the archive.

`completeness` tells, for every candidate, applicable modality and juror not recused, whether the
juror's grid is complete and where it comes from.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app import __version__
from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.declarations import recusal_text, write_declaration
from jury_app.data.files import read_bounded, write_atomic
from jury_app.data.grid_store import GridWriter, grid_items
from jury_app.data.results_file import (
    MAX_RESULT_FILE_BYTES,
    DeclarationContent,
    DrawContent,
    GridContent,
    GridOut,
    IncidentContent,
    IncidentOut,
    ResultFile,
    RunContent,
    RunOut,
    TimerEventContent,
    VerifiedResultFile,
    build_document,
    read_result_file,
    sign_document,
)
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.grading import OVERALL, Mark, grid_completeness
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Judgement, Modality, Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import modalities_for_candidate
from jury_app.domain.timer import TimerError, TimerEvent, TimerEventKind, plan_phases, validate_event
from jury_app.reports.juror_keys import ensure_key

MARK_LABELS = {"satisfied": "satisfait", "not_satisfied": "non satisfait", "not_observed": "non observé"}
JUDGEMENT_LABELS = {"acquired": "acquis", "not_acquired": "non acquis"}
SOURCE_LABELS = {"app": "saisie dans l'application", "paper": "grille papier ressaisie"}
RUN_STATUS_LABELS = {
    "todo": "à faire",
    "in_progress": "en cours",
    "done": "terminée",
    "absent": "candidat absent",
    "abandoned": "abandon",
    "not_applicable": "non concernée",
}
INCIDENT_LABELS = {
    "pause": "pause",
    "absence": "absence",
    "abandonment": "abandon",
    "recusal": "récusation",
    "other": "incident",
}


def _problem(member: str, message: str, pointer: str = "") -> InvalidInput:
    return InvalidInput([Problem(member, pointer, message)])


def when_text(moment: datetime) -> str:
    """07/12/2026 à 17 h 05, in this computer's local time."""
    local = moment.astimezone()
    return f"{local:%d/%m/%Y} à {local.hour} h {local.minute:02d}"


# --- files ------------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    return read_bounded(path, MAX_RESULT_FILE_BYTES, "un fichier de résultats")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def default_export_name(session_id: str, juror_ref: str, exported_at: datetime) -> str:
    """resultats_<session>_<juror>_<UTC time>.json"""
    return f"resultats_{session_id}_{juror_ref}_{_stamp(exported_at)}.json"


def archive_folder(ctx: AppContext, session_id: str) -> Path:
    """Where the lead's laptop keeps a copy of every result file it imported."""
    return ctx.paths.session_results(session_id)


# --- export -------------------------------------------------------------------------------------


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


def _scope(session: db.Session, candidate_refs: Iterable[str] | None) -> list[str]:
    known = [c.ref for c in session.candidates]
    if candidate_refs is None:
        return known
    wanted: list[str] = []
    for ref in candidate_refs:
        if ref not in known:
            raise _problem("candidat", f"candidat inconnu dans la session {session.id} : « {ref} »")
        if ref not in wanted:
            wanted.append(ref)
    if not wanted:
        raise _problem("candidat", "aucun candidat à exporter")
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
) -> ExportInfo:
    """Writes the juror's signed result file: their declarations and grids for all candidates, or some.

    The juror's key is made on first use (the passphrase then chosen, at least 8 characters), else
    opened with the passphrase. `out` is the file to write (replaced atomically), or a folder, where
    the file gets its default name.
    """
    with ctx.database.session() as orm:
        key_info, private_key = ensure_key(orm, ctx.paths, session_id, juror_ref, passphrase)
    exported_at = clock.now().astimezone(UTC)
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        juror = next(j for j in s.jury if j.ref == juror_ref)  # ensure_key checked it
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
        )
    target = Path(out)
    if target.is_dir():
        target = target / default_export_name(session_id, juror_ref, exported_at)
    data = sign_document(document, private_key, str(target))
    write_atomic(target, data, mode=0o644)
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
    )


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
        RunContent(
            candidate=r.candidate_ref,
            modality=r.modality_id,
            status=r.status,
            timer_speed=r.timer_speed,
            events=tuple(TimerEventContent(e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror_ref) for e in r.events),
            draws=tuple(
                DrawContent(d.seq, d.card_ref, d.drawn_at, d.day, d.witness, d.reason, d.juror_ref, d.superseded)
                for d in r.draws
            ),
        )
        for r in sorted(
            rows, key=lambda r: (cand_order[r.candidate_ref], mod_order.get(r.modality_id, 99), r.modality_id)
        )
        if not _run_empty(r.status, r.events, r.draws)
    ]


def _run_empty(status: str, events: Sequence[object], draws: Sequence[object]) -> bool:
    return status == Status.TODO.value and not events and not draws


# --- differences --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One thing a result file adds, changes or removes in the juror's evaluations here."""

    candidate: str
    candidate_name: str
    modality: str  # "" for a declaration (and an incident of no modality)
    modality_title: str
    field: str  # mark | judgement | observation | note | source | declaration | run | run_kept | incident
    # criterion or competence id ("" for a note, the source, a declaration or a run); for run_kept the
    # juror's name, for an incident its kind
    item: str
    before: str | None
    after: str | None

    @property
    def changes_here(self) -> bool:
        """False for a notice only: a run kept as it is here though the juror's laptop differs."""
        return self.field != "run_kept"

    @property
    def kind(self) -> str:
        """added | changed | removed"""
        if self.before in (None, ""):
            return "added"
        if self.after in (None, ""):
            return "removed"
        return "changed"

    def _value(self, value: str | None) -> str:
        if value in (None, ""):
            return "—"
        assert value is not None
        if self.field == "mark":
            return MARK_LABELS.get(value, value)
        if self.field == "judgement":
            return JUDGEMENT_LABELS.get(value, value)
        if self.field == "source":
            return SOURCE_LABELS.get(value, value)
        if self.field in ("declaration", "run", "run_kept"):
            return value
        short = " ".join(value.split())
        return f"« {short[:77]}… »" if len(short) > 80 else f"« {short} »"

    def _what(self) -> str:
        if self.field == "mark":
            return f"critère {self.item}"
        competence = "appréciation d'ensemble" if self.item == OVERALL else f"compétence {self.item}"
        if self.field == "judgement":
            return f"jugement ({competence})"
        if self.field == "observation":
            return f"observations ({competence})"
        if self.field == "note":
            return "note"
        if self.field == "source":
            return "origine de la grille"
        return "déclaration"

    def describe(self) -> str:
        """C01 Camille Lefèvre — Mise en situation — critère CP1.2 : satisfait → non satisfait (modifié)"""
        kind = {"added": "ajouté", "changed": "modifié", "removed": "supprimé"}[self.kind]
        where = f"{self.candidate} {self.candidate_name}"
        if self.modality:
            where += f" — {self.modality_title}"
        if self.field == "note":
            value = self._value(self.after if self.kind == "added" else self.before)
            return f"{where} — note {'ajoutée' if self.kind == 'added' else 'supprimée'} : {value}"
        if self.field == "run_kept":
            return (
                f"{where} — déroulé conservé (différent sur l'ordinateur de {self.item}) : "
                f"ici {self._value(self.before)} ; sur son ordinateur {self._value(self.after)}"
            )
        if self.field == "run":
            return f"{where} — déroulé : {self._value(self.before)} → {self._value(self.after)} ({kind})"
        if self.field == "incident":
            label = INCIDENT_LABELS.get(self.item, self.item)
            return f"{where} — incident ajouté ({label}) : {self._incident_text()}"
        return f"{where} — {self._what()} : {self._value(self.before)} → {self._value(self.after)} ({kind})"

    def _incident_text(self) -> str:
        short = " ".join((self.after or "").split())
        return f"« {short[:77]}… »" if len(short) > 80 else f"« {short} »"


def _declaration_text(has_link: bool, note: str) -> str:
    return f"récusation : {note}" if has_link else "aucun lien avec le candidat"


# --- the merge plan -----------------------------------------------------------------------------


@dataclass
class _GridPlan:
    index: int  # in the file's grids
    file_grid: GridOut
    lead: db.Grid | None
    modality: Modality
    diffs: list[Difference] = field(default_factory=list)
    notes_added: list[tuple[datetime, str, str]] = field(default_factory=list)  # (at, phase label, text)
    notes_removed: list[tuple[datetime, str, str]] = field(default_factory=list)


@dataclass
class _RunPlan:
    file_run: RunOut
    lead: db.ModalityRun | None  # an empty run here, filled by the import


RunKey = tuple[str, float, tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...]]
IncidentKey = tuple[str, str | None, str, str, datetime | None, str]


def _lead_run_key(r: db.ModalityRun) -> RunKey:
    return (
        r.status,
        r.timer_speed,
        tuple((e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror_ref) for e in r.events),
        tuple((d.seq, d.card_ref, d.drawn_at, d.day, d.witness, d.reason, d.juror_ref, d.superseded) for d in r.draws),
    )


def _file_run_key(r: RunOut) -> RunKey:
    return (
        r.status,
        r.timer_speed,
        tuple((e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror) for e in r.events),
        tuple((d.seq, d.card, d.drawn_at, d.day, d.witness, d.reason, d.juror, d.superseded) for d in r.draws),
    )


def _run_summary(key: RunKey) -> str:
    """terminée, fiche SC02, 6 événement(s) du chronomètre"""
    status, _speed, events, draws = key
    parts = [RUN_STATUS_LABELS.get(status, status)]
    current = [d[1] for d in draws if not d[7]]
    if current:
        parts.append(f"fiche {current[-1]}")
    if events:
        parts.append(f"{len(events)} événement(s) du chronomètre")
    return ", ".join(parts)


def _incident_key(candidate: str, modality: str | None, kind: str, text: str, at: datetime, juror: str) -> IncidentKey:
    """Same candidate, modality, kind, text and time. A recusal's time is that of its recording on
    each laptop (the merge of declarations records it again here): the juror stands for it."""
    if kind == "recusal":
        return (candidate, modality, kind, text, None, juror)
    return (candidate, modality, kind, text, at, "")


def _timer_problem(modality: Modality, extra_time_percent: int, run: RunOut) -> str | None:
    """Why the run's timer events could not have been recorded by this app, if they could not."""
    try:
        phases = plan_phases(modality, extra_time_percent)
    except ValueError:  # a duration the référentiel leaves to the session, still unset
        return None
    events: list[TimerEvent] = []
    for e in run.events:
        event = TimerEvent(TimerEventKind(e.kind), e.at, e.phase_id, e.reason)
        try:
            validate_event(phases, events, event)
        except TimerError as exc:
            return str(exc)
        events.append(event)
    return None


@dataclass
class _Plan:
    name: str  # the file, as told in messages
    verified: VerifiedResultFile
    problems: list[Problem] = field(default_factory=list)
    session: db.Session | None = None
    juror_name: str = ""
    key_status: str = "unknown"  # known | new | mismatch | unknown (session or juror unknown here)
    duplicate: db.ResultImport | None = None
    previous: db.ResultImport | None = None  # the latest file imported from this juror
    same_time: bool = False  # exported at the very time of the previous file
    new_declarations: list[tuple[str, bool, str, datetime]] = field(default_factory=list)
    recusals: list[tuple[db.Declaration, str, datetime]] = field(default_factory=list)
    declaration_diffs: list[Difference] = field(default_factory=list)
    grids: list[_GridPlan] = field(default_factory=list)
    runs: list[_RunPlan] = field(default_factory=list)  # runs taken whole
    run_diffs: list[Difference] = field(default_factory=list)  # taken, and kept here though different
    incidents: list[IncidentOut] = field(default_factory=list)  # incidents added
    incident_diffs: list[Difference] = field(default_factory=list)

    @property
    def doc(self) -> ResultFile:
        return self.verified.document

    @property
    def differences(self) -> list[Difference]:
        """Everything listed to the lead: the changes, and the runs kept here though different."""
        return self.declaration_diffs + [d for g in self.grids for d in g.diffs] + self.run_diffs + self.incident_diffs

    @property
    def changes(self) -> list[Difference]:
        return [d for d in self.differences if d.changes_here]

    def refuse(self, message: str, pointer: str = "") -> None:
        self.problems.append(Problem(self.name, pointer, message))


def _grid_diffs(
    plan: _GridPlan, ref: Referentiel, cand_name: str, pointer: str, problems: list[Problem], name: str
) -> None:
    g, lead, modality = plan.file_grid, plan.lead, plan.modality
    criteria, competences = grid_items(ref, modality)
    for cid in g.marks:
        if cid not in criteria:
            problems.append(
                Problem(name, f"{pointer}/marks/{cid}", f"« {cid} » n'appartient pas à la grille de {modality.title}")
            )
    for cid in g.assessments:
        if cid not in competences:
            problems.append(
                Problem(
                    name, f"{pointer}/assessments/{cid}", f"« {cid} » n'appartient pas à la grille de {modality.title}"
                )
            )

    def diff(field_: str, item: str, before: str | None, after: str | None) -> None:
        plan.diffs.append(Difference(g.candidate, cand_name, g.modality, modality.title, field_, item, before, after))

    lead_marks = {m.criterion_id: m.mark for m in lead.marks} if lead is not None else {}
    for cid in sorted(set(lead_marks) | set(g.marks)):
        before, after = lead_marks.get(cid), g.marks.get(cid)
        if before != after:
            diff("mark", cid, before, after)
    lead_assessments = {a.competence_id: (a.judgement, a.observation) for a in lead.assessments} if lead else {}
    for cid in sorted(set(lead_assessments) | set(g.assessments)):
        before_j, before_o = lead_assessments.get(cid, (None, ""))
        file_a = g.assessments.get(cid)
        after_j, after_o = (file_a.judgement, file_a.observation) if file_a is not None else (None, "")
        if before_j != after_j:
            diff("judgement", cid, before_j, after_j)
        if before_o != after_o:
            diff("observation", cid, before_o, after_o)
    lead_notes = Counter((n.at, n.phase_label, n.text) for n in lead.notes) if lead else Counter()
    file_notes = Counter((n.at, n.phase_label, n.text.strip()) for n in g.notes)
    plan.notes_added = sorted((file_notes - lead_notes).elements())
    plan.notes_removed = sorted((lead_notes - file_notes).elements())
    for at, _label, text in plan.notes_added:
        diff("note", at.isoformat(), None, text)
    for at, _label, text in plan.notes_removed:
        diff("note", at.isoformat(), text, None)
    before_source = lead.source if lead is not None else "app"
    if before_source != g.source:
        diff("source", "", before_source, g.source)


def _plan(orm: Orm, verified: VerifiedResultFile, name: str) -> _Plan:
    """What importing the file would do here, and every reason to refuse it; writes nothing."""
    plan = _Plan(name, verified)
    doc = verified.document
    s = orm.get(db.Session, doc.session.id)
    if s is None:
        plan.refuse(
            f"fichier d'une autre session : la session « {doc.session.id} » n'existe pas sur cet ordinateur",
            "/session/id",
        )
        return plan
    plan.session = s
    if s.package_sha256 != doc.session.package_sha256:
        plan.refuse(
            f"fichier d'un autre paquet : il a été produit avec un paquet de session différent "
            f"(empreinte {doc.session.package_sha256[:16]}…) de celui importé ici ({s.package_sha256[:16]}…)",
            "/session/package_sha256",
        )
        return plan
    juror = next((j for j in s.jury if j.ref == doc.juror.id), None)
    if juror is None:
        plan.refuse(f"le juré « {doc.juror.id} » n'appartient pas au jury de la session {s.id}", "/juror/id")
        return plan
    plan.juror_name = juror.display_name
    if doc.juror.name != juror.display_name:
        plan.refuse(
            f"le nom du juré ne correspond pas au paquet : « {doc.juror.name} » au lieu de « {juror.display_name} »",
            "/juror/name",
        )

    key_row = orm.scalar(select(db.JurorKey).where(db.JurorKey.session_id == s.id, db.JurorKey.juror_ref == juror.ref))
    if key_row is None:
        plan.key_status = "new"
    elif key_row.fingerprint == verified.fingerprint:
        plan.key_status = "known"
    else:
        plan.key_status = "mismatch"
        plan.refuse(
            f"clé inconnue : ce fichier est signé avec une clé (empreinte {verified.fingerprint}) qui n'est pas "
            f"celle enregistrée ici pour {juror.display_name} (empreinte {key_row.fingerprint})",
            "/certificate_pem",
        )

    plan.duplicate = orm.scalar(select(db.ResultImport).where(db.ResultImport.file_sha256 == verified.sha256))
    if plan.duplicate is not None:
        return plan
    plan.previous = orm.scalar(
        select(db.ResultImport)
        .where(db.ResultImport.session_id == s.id, db.ResultImport.juror_ref == juror.ref)
        .order_by(db.ResultImport.exported_at.desc(), db.ResultImport.pk.desc())
        .limit(1)
    )
    if plan.previous is not None:
        if doc.exported_at < plan.previous.exported_at:
            plan.refuse(
                f"fichier plus ancien (exporté le {when_text(doc.exported_at)}) que le dernier fichier importé de "
                f"{juror.display_name} (exporté le {when_text(plan.previous.exported_at)}) : demandez au juré "
                "d'exporter à nouveau ses résultats",
                "/exported_at",
            )
        plan.same_time = doc.exported_at == plan.previous.exported_at

    ref, sdef = definition_of(orm, s)
    candidates = {c.ref: c for c in s.candidates}
    for i, cref in enumerate(doc.scope.candidates):
        if cref not in candidates:
            plan.refuse(f"candidat inconnu dans la session {s.id} : « {cref} »", f"/scope/candidates/{i}")

    def cand_name(ref_: str) -> str:
        c = candidates.get(ref_)
        return c.display_name if c is not None else ref_

    # Declarations: merged; a recusal is kept.
    existing = {
        d.candidate_ref: d
        for d in orm.scalars(
            select(db.Declaration).where(db.Declaration.session_id == s.id, db.Declaration.juror_ref == juror.ref)
        )
    }
    linked = {ref_: d.has_link for ref_, d in existing.items()}
    for d in doc.content.declarations:
        if d.candidate not in candidates:
            continue
        row = existing.get(d.candidate)
        if row is None:
            plan.new_declarations.append((d.candidate, d.has_link, d.note.strip(), d.declared_at))
            linked[d.candidate] = d.has_link
            plan.declaration_diffs.append(
                Difference(
                    d.candidate,
                    cand_name(d.candidate),
                    "",
                    "",
                    "declaration",
                    "",
                    None,
                    _declaration_text(d.has_link, d.note.strip()),
                )
            )
        elif d.has_link and not row.has_link:
            plan.recusals.append((row, d.note.strip(), d.declared_at))
            linked[d.candidate] = True
            plan.declaration_diffs.append(
                Difference(
                    d.candidate,
                    cand_name(d.candidate),
                    "",
                    "",
                    "declaration",
                    "",
                    _declaration_text(False, row.note),
                    _declaration_text(True, d.note.strip()),
                )
            )

    # Grids: the file's version replaces the juror's, grid by grid.
    lead_grids = {
        (g.candidate_ref, g.modality_id): g
        for g in orm.scalars(
            select(db.Grid)
            .where(
                db.Grid.session_id == s.id,
                db.Grid.juror_ref == juror.ref,
                db.Grid.candidate_ref.in_(doc.scope.candidates),
            )
            .options(selectinload(db.Grid.marks), selectinload(db.Grid.assessments), selectinload(db.Grid.notes))
        )
    }
    for i, g in enumerate(doc.content.grids):
        pointer = f"/content/grids/{i}"
        if g.candidate not in candidates:
            continue
        try:
            modality = sdef.modality(g.modality)
        except KeyError:
            plan.refuse(f"modalité inconnue : « {g.modality} »", f"{pointer}/modality")
            continue
        gp = _GridPlan(i, g, lead_grids.get((g.candidate, g.modality)), modality)
        _grid_diffs(gp, ref, cand_name(g.candidate), pointer, plan.problems, name)
        plan.grids.append(gp)
        if gp.diffs:
            if g.candidate not in linked:
                plan.refuse(
                    f"{juror.display_name} n'a pas fait de déclaration pour {g.candidate} {cand_name(g.candidate)} : "
                    "sa grille ne peut pas être importée",
                    pointer,
                )
            elif linked[g.candidate]:
                plan.refuse(
                    f"{juror.display_name} est récusé(e) pour {g.candidate} {cand_name(g.candidate)} : "
                    "sa grille ne peut pas être importée",
                    pointer,
                )

    _plan_runs(orm, plan, s, sdef, candidates, juror.display_name)

    # A closed deliberation is never changed silently.
    changed = {d.candidate for d in plan.changes}
    closed = set(
        orm.scalars(
            select(db.Deliberation.candidate_ref).where(
                db.Deliberation.session_id == s.id,
                db.Deliberation.closed.is_(True),
                db.Deliberation.candidate_ref.in_(changed),
            )
        )
    )
    if closed:
        names = ", ".join(f"{c} {cand_name(c)}" for c in sorted(closed, key=lambda c: candidates[c].position))
        count = sum(1 for d in plan.changes if d.candidate in closed)
        plan.refuse(
            f"délibération close pour {names} : ce fichier y changerait {count} élément(s). "
            "Rouvrez d'abord la délibération pour importer ce fichier ; rien n'a été importé",
        )
    if plan.same_time and plan.changes:
        plan.refuse(
            "un autre fichier de ce juré, exporté au même instant, a déjà été importé et diffère de celui-ci",
            "/exported_at",
        )
    return plan


def _plan_runs(
    orm: Orm,
    plan: _Plan,
    s: db.Session,
    sdef: SessionDefinition,
    candidates: dict[str, db.Candidate],
    juror_name: str,
) -> None:
    """Runs and incidents: what the exam room recorded on the juror's laptop.

    A run missing here, or empty here (nothing started, no other card drawn, not marked), is taken
    whole; one identical here changes nothing; one different here is kept as it is and listed."""
    doc = plan.doc
    cards = {c.ref for c in s.scenario_cards}
    lead_runs = {
        (r.candidate_ref, r.modality_id): r
        for r in orm.scalars(
            select(db.ModalityRun)
            .where(db.ModalityRun.session_id == s.id, db.ModalityRun.candidate_ref.in_(doc.scope.candidates))
            .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
        )
    }
    for i, r in enumerate(doc.content.runs):
        pointer = f"/content/runs/{i}"
        cand = candidates.get(r.candidate)
        if cand is None:
            continue  # refused with the scope
        try:
            modality = sdef.modality(r.modality)
        except KeyError:
            plan.refuse(f"modalité inconnue : « {r.modality} »", f"{pointer}/modality")
            continue
        unknown = [(j, d.card) for j, d in enumerate(r.draws) if d.card not in cards]
        for j, card in unknown:
            plan.refuse(f"fiche scénario inconnue dans la session {s.id} : « {card} »", f"{pointer}/draws/{j}/card")
        if unknown or _run_empty(r.status, r.events, r.draws):
            continue
        incoming = _file_run_key(r)
        lead = lead_runs.get((r.candidate, r.modality))
        lead_key = _lead_run_key(lead) if lead is not None else None
        if lead_key == incoming:
            continue
        if lead is None or (
            lead.status == Status.TODO.value
            and not lead.events
            and lead_key is not None
            and (not lead.draws or lead_key[3] == incoming[3])
        ):
            problem = _timer_problem(modality, cand.extra_time_percent, r)
            if problem is not None:
                plan.refuse(
                    f"chronomètre de {r.candidate} / {modality.title} incohérent : {problem}", f"{pointer}/events"
                )
                continue
            plan.runs.append(_RunPlan(r, lead))
            before = _run_summary(lead_key) if lead_key is not None else None
            plan.run_diffs.append(
                Difference(
                    r.candidate,
                    cand.display_name,
                    r.modality,
                    modality.title,
                    "run",
                    "",
                    before,
                    _run_summary(incoming),
                )
            )
        else:
            assert lead_key is not None
            plan.run_diffs.append(
                Difference(
                    r.candidate,
                    cand.display_name,
                    r.modality,
                    modality.title,
                    "run_kept",
                    juror_name,
                    _run_summary(lead_key),
                    _run_summary(incoming),
                )
            )

    known: set[IncidentKey] = {
        _incident_key(i.candidate_ref or "", i.modality_id, i.kind, i.text, i.at, i.juror_ref)
        for i in orm.scalars(
            select(db.Incident).where(
                db.Incident.session_id == s.id, db.Incident.candidate_ref.in_(doc.scope.candidates)
            )
        )
    }
    # the recusals the merge of declarations records here
    juror = doc.juror.id
    for cand_ref, has_link, note, declared_at in plan.new_declarations:
        if has_link:
            known.add(_incident_key(cand_ref, None, "recusal", recusal_text(note), declared_at, juror))
    for row, note, declared_at in plan.recusals:
        known.add(_incident_key(row.candidate_ref, None, "recusal", recusal_text(note), declared_at, juror))
    for i, inc in enumerate(doc.content.incidents):
        cand = candidates.get(inc.candidate)
        if cand is None:
            continue
        title = ""
        if inc.modality is not None:
            try:
                title = sdef.modality(inc.modality).title
            except KeyError:
                plan.refuse(f"modalité inconnue : « {inc.modality} »", f"/content/incidents/{i}/modality")
                continue
        key = _incident_key(inc.candidate, inc.modality, inc.kind, inc.text, inc.at, inc.juror)
        if key in known:
            continue
        known.add(key)
        plan.incidents.append(inc)
        plan.incident_diffs.append(
            Difference(
                inc.candidate, cand.display_name, inc.modality or "", title, "incident", inc.kind, None, inc.text
            )
        )


# --- applying the plan --------------------------------------------------------------------------


def _grid_values(gp: _GridPlan) -> list[tuple[str, str, str | None]]:
    """The marks, judgements and observations the file changes, in the order they are listed."""
    return [(d.field, d.item, d.after) for d in gp.diffs if d.field in ("mark", "judgement", "observation")]


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _apply_runs(orm: Orm, plan: _Plan, session_id: str, now: datetime) -> None:
    """The runs taken whole (status, timer events, draws) and the incidents added."""
    for rp in plan.runs:
        r, run = rp.file_run, rp.lead
        if run is None:
            run = db.ModalityRun(session_id=session_id, candidate_ref=r.candidate, modality_id=r.modality)
            orm.add(run)
        run.status = r.status
        run.timer_speed = r.timer_speed
        run.updated_at = now
        run.events.extend(
            db.TimerEventRow(seq=e.seq, kind=e.kind, at=e.at, phase_id=e.phase_id, reason=e.reason, juror_ref=e.juror)
            for e in r.events
        )
        if not run.draws:  # else the same draws, already here
            run.draws.extend(
                db.DrawRow(
                    seq=d.seq,
                    card_ref=d.card,
                    drawn_at=d.drawn_at,
                    day=d.day,
                    witness=d.witness,
                    reason=d.reason,
                    juror_ref=d.juror,
                    superseded=d.superseded,
                )
                for d in r.draws
            )
    orm.add_all(
        db.Incident(
            session_id=session_id,
            candidate_ref=i.candidate,
            modality_id=i.modality,
            kind=i.kind,
            text=i.text,
            at=i.at,
            juror_ref=i.juror,
        )
        for i in plan.incidents
    )


def _apply(orm: Orm, plan: _Plan, now: datetime, register_key: bool, archived_as: str) -> int:
    """Writes the plan (inside the caller's transaction); returns the number of changes."""
    s = plan.session
    assert s is not None
    doc, juror = plan.doc, plan.doc.juror.id
    if register_key:
        orm.add(
            db.JurorKey(
                session_id=s.id,
                juror_ref=juror,
                certificate_pem=plan.verified.certificate_pem,
                fingerprint=plan.verified.fingerprint,
                created_at=now,
            )
        )
    for cand, has_link, note, declared_at in plan.new_declarations:
        write_declaration(
            orm,
            None,
            session_id=s.id,
            candidate_ref=cand,
            juror_ref=juror,
            has_link=has_link,
            note=note,
            at=declared_at,
        )
    for row, note, declared_at in plan.recusals:
        write_declaration(
            orm,
            row,
            session_id=s.id,
            candidate_ref=row.candidate_ref,
            juror_ref=juror,
            has_link=True,
            note=note,
            at=declared_at,
        )

    _apply_runs(orm, plan, s.id, now)

    changed = [g for g in plan.grids if g.diffs]
    created: list[db.Grid] = []
    for gp in changed:
        if gp.lead is None:
            gp.lead = db.Grid(
                session_id=s.id,
                candidate_ref=gp.file_grid.candidate,
                modality_id=gp.file_grid.modality,
                juror_ref=juror,
                source="app",
                updated_at=now,
            )
            created.append(gp.lead)
    orm.add_all(created)
    orm.flush()

    writer = GridWriter(orm, s.id, now)
    writer.trail.add(
        juror,
        "results.import",
        {"juror": juror, "file": plan.verified.sha256},
        None,
        _canonical(
            {
                "exported_at": doc.exported_at.isoformat(),
                "fingerprint": plan.verified.fingerprint,
                "key_registered": register_key,
                "candidates": doc.scope.candidates,
                "archived_as": archived_as,
            }
        ),
        now,
    )
    for grid in created:
        writer.new_grid(grid)
    for gp in changed:
        assert gp.lead is not None
        writer.replace(
            gp.lead,
            _grid_values(gp),
            source=gp.file_grid.source,
            notes_added=gp.notes_added,
            notes_removed=gp.notes_removed,
        )
    writer.finish()
    count = len(plan.changes)
    orm.add(
        db.ResultImport(
            session_id=s.id,
            juror_ref=juror,
            file_sha256=plan.verified.sha256,
            exported_at=doc.exported_at,
            imported_at=now,
            fingerprint=plan.verified.fingerprint,
            candidates=list(doc.scope.candidates),
            grids=[[g.file_grid.candidate, g.file_grid.modality] for g in plan.grids],
            changes=count,
            archived_as=archived_as,
        )
    )
    orm.flush()
    return count


# --- inspecting and importing -------------------------------------------------------------------


@dataclass(frozen=True)
class ResultFileInfo:
    """What a result file holds, and what importing it here would do."""

    path: Path
    sha256: str
    session_id: str
    juror_ref: str
    juror_name: str
    exported_at: datetime
    app_version: str
    candidates: tuple[str, ...]  # the file's scope
    grids: int
    declarations: int
    fingerprint: str
    key_status: str  # known: the key registered for this juror; new: none registered yet; mismatch; unknown
    already_imported: bool
    differences: tuple[Difference, ...]
    problems: tuple[Problem, ...]  # why importing it would be refused (a new key aside)
    runs: int = 0  # modalities whose status, timer or draw the file carries
    incidents: int = 0

    @property
    def key_known(self) -> bool:
        return self.key_status == "known"

    @property
    def importable(self) -> bool:
        """Nothing against importing it, once a new key is confirmed."""
        return not self.problems


def _info(path: Path, verified: VerifiedResultFile, plan: _Plan) -> ResultFileInfo:
    doc = verified.document
    return ResultFileInfo(
        path=path,
        sha256=verified.sha256,
        session_id=doc.session.id,
        juror_ref=doc.juror.id,
        juror_name=plan.juror_name or doc.juror.name,
        exported_at=doc.exported_at,
        app_version=doc.app_version,
        candidates=tuple(doc.scope.candidates),
        grids=len(doc.content.grids),
        declarations=len(doc.content.declarations),
        fingerprint=verified.fingerprint,
        key_status=plan.key_status,
        already_imported=plan.duplicate is not None,
        differences=tuple(plan.differences),
        problems=tuple(plan.problems),
        runs=len(doc.content.runs),
        incidents=len(doc.content.incidents),
    )


def inspect_result_file(ctx: AppContext, path: Path | str) -> ResultFileInfo:
    """Who, when, what, with which key, and the differences importing the file would make here.

    A file that cannot be read, is not in the format or whose signature does not hold raises
    InvalidInput; every other reason to refuse it is listed in `problems`. Writes nothing.
    """
    p = Path(path)
    verified = read_result_file(_read(p), str(p))
    with ctx.database.reader() as orm:
        return _info(p, verified, _plan(orm, verified, str(p)))


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # imported | unchanged | refused
    message: str  # one French sentence
    juror_ref: str | None = None
    juror_name: str | None = None
    exported_at: datetime | None = None
    fingerprint: str | None = None
    key_registered: bool = False  # the juror's certificate was registered by this import
    differences: tuple[Difference, ...] = ()
    problems: tuple[Problem, ...] = ()


class _Unchanged(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refused(path: Path, problems: Sequence[Problem], verified: VerifiedResultFile | None = None) -> ImportOutcome:
    doc = verified.document if verified is not None else None
    return ImportOutcome(
        path=path,
        status="refused",
        message=f"{path.name} refusé : rien n'a été importé de ce fichier",
        juror_ref=doc.juror.id if doc else None,
        juror_name=doc.juror.name if doc else None,
        exported_at=doc.exported_at if doc else None,
        fingerprint=verified.fingerprint if verified else None,
        problems=tuple(problems),
    )


def _import_one(
    ctx: AppContext,
    path: Path,
    data: bytes,
    verified: VerifiedResultFile,
    *,
    accept_new_keys: bool,
    trusted: Collection[str],
    now: datetime,
) -> ImportOutcome:
    name = str(path)
    doc = verified.document
    try:
        with ctx.database.session() as orm:
            plan = _plan(orm, verified, name)
            if plan.problems:
                raise InvalidInput(plan.problems)
            if plan.duplicate is not None:
                raise _Unchanged(f"déjà importé le {when_text(plan.duplicate.imported_at)} : rien n'a changé")
            if plan.same_time:  # the same export, its file written otherwise (no difference: checked above)
                raise _Unchanged("même export que le dernier fichier importé de ce juré : rien n'a changé")
            register = plan.key_status == "new"
            if register and not (accept_new_keys or verified.fingerprint in trusted):
                raise _problem(
                    name,
                    f"clé inconnue : premier fichier de {plan.juror_name} sur cet ordinateur ; vérifiez avec "
                    f"le juré l'empreinte de son certificat ({verified.fingerprint}) puis confirmez-la "
                    "pour l'importer",
                    "/certificate_pem",
                )
            archived_as = f"{doc.juror.id}_{_stamp(doc.exported_at)}_{verified.sha256[:12]}.json"
            count = _apply(orm, plan, now, register, archived_as)
            # The copy first, durably; the import is committed on leaving this block. A failure in
            # between leaves a copy that no import names, and a new attempt rewrites it.
            write_atomic(archive_folder(ctx, doc.session.id) / archived_as, data, mode=0o644)
            differences = tuple(plan.differences)
    except InvalidInput as exc:
        return _refused(path, exc.problems, verified)
    except _Unchanged as exc:
        return ImportOutcome(
            path=path,
            status="unchanged",
            message=f"{path.name} : {exc.message}",
            juror_ref=doc.juror.id,
            juror_name=doc.juror.name,
            exported_at=doc.exported_at,
            fingerprint=verified.fingerprint,
        )
    what = f"{count} changement(s)" if count else "aucune différence avec ce qui était déjà ici"
    return ImportOutcome(
        path=path,
        status="imported",
        message=(
            f"{path.name} importé : résultats de {doc.juror.name} exportés le {when_text(doc.exported_at)}, "
            f"{len(doc.content.grids)} grille(s), {what}"
        ),
        juror_ref=doc.juror.id,
        juror_name=doc.juror.name,
        exported_at=doc.exported_at,
        fingerprint=verified.fingerprint,
        key_registered=register,
        differences=differences,
    )


def import_results(
    ctx: AppContext,
    paths: Sequence[Path | str],
    *,
    accept_new_keys: bool,
    clock: Clock,
    trusted_fingerprints: Collection[str] = (),
) -> list[ImportOutcome]:
    """Imports result files, one transaction each; one outcome per file, in the order given.

    Files are merged in the order they were exported, so that several files of one juror given
    together end with the newest. A juror's first file registers their certificate when
    `accept_new_keys`, or when its fingerprint is in `trusted_fingerprints` (the ones the lead
    confirmed); otherwise it is refused ("clé inconnue").
    """
    outcomes: dict[int, ImportOutcome] = {}
    ready: list[tuple[datetime, int, Path, bytes, VerifiedResultFile]] = []
    for index, raw in enumerate(paths):
        path = Path(raw)
        try:
            data = _read(path)
            verified = read_result_file(data, str(path))
        except InvalidInput as exc:
            outcomes[index] = _refused(path, exc.problems)
            continue
        ready.append((verified.document.exported_at, index, path, data, verified))
    for _at, index, path, data, verified in sorted(ready, key=lambda r: (r[0], r[1])):
        outcomes[index] = _import_one(
            ctx,
            path,
            data,
            verified,
            accept_new_keys=accept_new_keys,
            trusted=frozenset(trusted_fingerprints),
            now=clock.now().astimezone(UTC),
        )
    return [outcomes[i] for i in range(len(paths))]


# --- completeness -------------------------------------------------------------------------------

ORIGIN_LOCAL = "local"
ORIGIN_IMPORTED = "imported"
ORIGIN_MISSING = "missing"


@dataclass(frozen=True)
class GridState:
    candidate_ref: str
    candidate_name: str
    modality_id: str
    modality_title: str
    juror_ref: str
    juror_name: str
    complete: bool
    origin: str  # local | imported | missing
    imported_from: datetime | None  # when the file it came from was exported

    @property
    def origin_label(self) -> str:
        if self.origin == ORIGIN_IMPORTED and self.imported_from is not None:
            return f"importée, signée (fichier du {when_text(self.imported_from)})"
        if self.origin == ORIGIN_LOCAL:
            return "saisie sur cet ordinateur"
        return "manquante"

    @property
    def state_label(self) -> str:
        if self.origin == ORIGIN_MISSING:
            return "manquante"
        return "complète" if self.complete else "incomplète"


@dataclass(frozen=True)
class CompletenessReport:
    session_id: str
    jurors: tuple[tuple[str, str], ...]  # (ref, name), in the jury's order
    grids: tuple[GridState, ...]  # every expected grid, by candidate, modality, juror

    @property
    def missing(self) -> tuple[GridState, ...]:
        """The grids still missing or incomplete."""
        return tuple(g for g in self.grids if not g.complete)

    @property
    def complete(self) -> bool:
        return not self.missing

    def missing_by_juror(self) -> list[tuple[str, str, list[GridState]]]:
        """(juror ref, juror name, their grids still missing or incomplete), in the jury's order."""
        result = []
        for ref, name in self.jurors:
            grids = [g for g in self.missing if g.juror_ref == ref]
            if grids:
                result.append((ref, name, grids))
        return result

    @property
    def summary(self) -> str:
        imported = sum(1 for g in self.grids if g.origin == ORIGIN_IMPORTED)
        if self.complete:
            return (
                f"Toutes les données sont là : {len(self.grids)} grille(s) complète(s), dont {imported} "
                f"importée(s) de fichiers signés et {len(self.grids) - imported} saisie(s) sur cet ordinateur."
            )
        per_juror = ", ".join(f"{name} : {len(grids)}" for _ref, name, grids in self.missing_by_juror())
        return f"Il manque des données : {len(self.missing)} grille(s) sur {len(self.grids)} manquante(s) ou incomplète(s) ({per_juror})."


def _has_content(g: db.Grid) -> bool:
    return bool(g.marks or g.notes or any(a.judgement or a.observation for a in g.assessments))


def _grid_complete(g: db.Grid, modality: Modality, ref: Referentiel) -> bool:
    marks = {m.criterion_id: Mark(m.mark) for m in g.marks}
    judgements = {a.competence_id: Judgement(a.judgement) for a in g.assessments if a.judgement}
    return grid_completeness(modality, ref, marks, judgements).complete


def _expected(s: db.Session, ref: Referentiel, sdef: SessionDefinition, orm: Orm) -> list[tuple[str, str]]:
    skipped = {
        (r.candidate_ref, r.modality_id)
        for r in orm.scalars(select(db.ModalityRun).where(db.ModalityRun.session_id == s.id))
        if r.status in (Status.ABSENT.value, Status.ABANDONED.value)
    }
    expected = []
    for c in s.candidates:
        for mid in modalities_for_candidate(sdef, c.path, c.units_sought, c.units_held, ref):
            if (c.ref, mid) not in skipped:
                expected.append((c.ref, mid))
    return expected


def completeness(ctx: AppContext, session_id: str) -> CompletenessReport:
    """For every candidate, applicable modality (not absent nor abandoned) and juror not recused:
    whether the juror's grid is complete here, and where it comes from."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        names = {c.ref: c.display_name for c in s.candidates}
        recused = {
            (d.candidate_ref, d.juror_ref)
            for d in orm.scalars(
                select(db.Declaration).where(db.Declaration.session_id == s.id, db.Declaration.has_link.is_(True))
            )
        }
        grids = {
            (g.candidate_ref, g.modality_id, g.juror_ref): g
            for g in orm.scalars(
                select(db.Grid)
                .where(db.Grid.session_id == s.id)
                .options(selectinload(db.Grid.marks), selectinload(db.Grid.assessments), selectinload(db.Grid.notes))
            )
        }
        latest_changes = (
            select(db.GridChange.grid_pk, func.max(db.GridChange.at))
            .join(db.Grid, db.Grid.pk == db.GridChange.grid_pk)
            .where(db.Grid.session_id == s.id)
            .group_by(db.GridChange.grid_pk)
        )
        last_change: dict[int, datetime] = dict(orm.execute(latest_changes).all())
        imported: dict[tuple[str, str, str], tuple[datetime, datetime]] = {}  # -> (imported_at, exported_at)
        for imp in orm.scalars(
            select(db.ResultImport).where(db.ResultImport.session_id == s.id).order_by(db.ResultImport.imported_at)
        ):
            for cand, mod in imp.grids:
                imported[(cand, mod, imp.juror_ref)] = (imp.imported_at, imp.exported_at)
        states = []
        for cand, mid in _expected(s, ref, sdef, orm):
            modality = sdef.modality(mid)
            for j in s.jury:
                if (cand, j.ref) in recused:
                    continue
                g = grids.get((cand, mid, j.ref))
                origin, source_time, complete = ORIGIN_MISSING, None, False
                if g is not None and _has_content(g):
                    complete = _grid_complete(g, modality, ref)
                    origin = ORIGIN_LOCAL
                    imp_times = imported.get((cand, mid, j.ref))
                    changed_at = last_change.get(g.pk)
                    if imp_times is not None and (changed_at is None or changed_at <= imp_times[0]):
                        origin, source_time = ORIGIN_IMPORTED, imp_times[1]
                states.append(
                    GridState(
                        cand, names[cand], mid, modality.title, j.ref, j.display_name, complete, origin, source_time
                    )
                )
        return CompletenessReport(s.id, tuple((j.ref, j.display_name) for j in s.jury), tuple(states))
