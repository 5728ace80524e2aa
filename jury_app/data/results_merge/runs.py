"""The exam room's record in a result file: each modality's run (status, timer events, draws) and
the incidents, for the candidates in the file's scope.

A run here is computed from every version of it seen (jury_app.domain.run_versions): the one
recorded on this laptop, and each juror file's. One version extending the others becomes the run;
versions that contradict each other (absent here, evaluated there; two different cards; two
different timed runs) become an explicit conflict the session lead resolves, and until then the run
shown is the same whatever the order the files came in. An incident is added unless already here
(same candidate, modality, kind, text and time). A draw of a scenario card unknown here, or timer
events this app could not have recorded, refuse the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import models as db
from jury_app.data.declarations import recusal_text
from jury_app.data.results_file import DrawContent, RunContent, TimerEventContent, run_json
from jury_app.data.results_format import IncidentOut, ResultFile, RunOut
from jury_app.data.results_merge.differences import Difference
from jury_app.data.runs import add_incident
from jury_app.domain import run_versions as rv
from jury_app.domain.codes import IncidentKind
from jury_app.domain.messages import Message, Told, joined, msg, plain
from jury_app.domain.referentiel import Modality, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import TimerError, TimerEvent, TimerEventKind, plan_phases, validate_event
from jury_app.domain.wording import run_status_label

Refuse = Callable[[Message, str], None]  # (message, pointer in the file)
Recusal = tuple[str, str, datetime]  # (candidate, note, declared at): recorded here by the merge
RunKey = tuple[str, str]  # (candidate, modality)
HERE = "here"
IncidentKey = tuple[str, str | None, str, str, datetime | None, str]

CONFLICT_LABELS = {
    rv.ABSENCE: msg("absent sur un ordinateur, évalué sur un autre"),
    rv.CARD: msg("fiches scénario différentes tirées"),
    rv.RUN: msg("déroulés chronométrés différents"),
}
# The run statuses of domain.wording, worded again with `msg` for the GUI to translate them (same French).
_STATUSES = {
    "todo": msg("à faire"),
    "in_progress": msg("en cours"),
    "done": msg("terminée"),
    "absent": msg("candidat absent"),
    "abandoned": msg("abandon du candidat"),
    "not_applicable": msg("non concernée"),
}


def run_content(r: db.ModalityRun) -> RunContent:
    """A run as stored here, in the terms of a result file."""
    return RunContent(
        candidate=r.candidate_ref,
        modality=r.modality_id,
        status=r.status,
        timer_speed=r.timer_speed,
        events=tuple(
            TimerEventContent(e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror_ref, e.steady_at) for e in r.events
        ),
        draws=tuple(
            DrawContent(d.seq, d.card_ref, d.drawn_at, d.day, d.witness, d.reason, d.juror_ref, d.superseded)
            for d in r.draws
        ),
    )


def row_version(r: db.ModalityRun) -> rv.Version:
    """The version of a run as stored here."""
    c = run_content(r)
    return run_json(c.status, c.timer_speed, c.events, c.draws)


def file_version(r: RunOut) -> rv.Version:
    """The version of a run as a result file carries it."""
    return run_json(r.status, r.timer_speed, r.events, r.draws)


def run_empty(status: str, events: Sequence[object], draws: Sequence[object]) -> bool:
    return status == Status.TODO.value and not events and not draws


def _summary(version: rv.Version | None) -> Told | None:
    return None if version is None else describe_version(version)


def _incident_key(candidate: str, modality: str | None, kind: str, text: str, at: datetime, juror: str) -> IncidentKey:
    """Same candidate, modality, kind, text and time. A recusal's time is that of its recording on
    each laptop (the merge of declarations records it again here): the juror stands for it."""
    if kind == "recusal":
        return (candidate, modality, kind, text, None, juror)
    return (candidate, modality, kind, text, at, "")


def _timer_problem(
    modality: Modality, extra_time_percent: int, durations: dict[str, int], run: RunOut
) -> Message | None:
    """Why the run's timer events could not have been recorded by this app, if they could not."""
    try:
        phases = plan_phases(modality, extra_time_percent, durations)
    except ValueError:  # a duration the référentiel leaves to the session, still unset
        return None
    events: list[TimerEvent] = []
    for e in run.events:
        event = TimerEvent(TimerEventKind(e.kind), e.at, e.phase_id, e.reason, e.steady_at)
        try:
            validate_event(phases, events, event)
        except TimerError as exc:
            return exc.message
        events.append(event)
    return None


@dataclass
class StoredVersion:
    body: rv.Version
    origins: list[str]
    set_aside: bool = False
    row: db.RunVersion | None = None  # None: new, to be written


@dataclass
class RunChange:
    """What the merge does to one run: versions added, the run it becomes, the conflict it opens."""

    candidate: str
    modality: str
    versions: dict[str, StoredVersion]  # by digest, every version known after the merge
    lead: db.ModalityRun | None
    after: rv.Version | None  # the run it becomes; None: unchanged
    conflict: list[str] | None  # digests of the versions in conflict; None: no conflict open
    kind: str = ""
    conflict_row: db.MergeConflict | None = None

    @property
    def changes_conflict(self) -> bool:
        row = self.conflict_row
        if self.conflict is None:
            return row is not None and row.status == "open"
        return row is None or row.status != "open" or sorted(row.options) != self.conflict


@dataclass
class ExamPlan:
    runs: list[RunChange] = field(default_factory=list)
    run_diffs: list[Difference] = field(default_factory=list)
    conflict_diffs: list[Difference] = field(default_factory=list)
    incidents: list[IncidentOut] = field(default_factory=list)  # incidents added
    incident_diffs: list[Difference] = field(default_factory=list)

    def drop(self, candidates: set[str]) -> None:
        """Leaves out everything of these candidates (their deliberation is closed here)."""
        self.runs = [r for r in self.runs if r.candidate not in candidates]
        self.run_diffs = [d for d in self.run_diffs if d.candidate not in candidates]
        self.conflict_diffs = [d for d in self.conflict_diffs if d.candidate not in candidates]
        self.incidents = [i for i in self.incidents if i.candidate not in candidates]
        self.incident_diffs = [d for d in self.incident_diffs if d.candidate not in candidates]


def settle(versions: dict[str, StoredVersion]) -> tuple[rv.Version, list[str] | None]:
    """The run the versions make, and the digests in conflict (None when one version extends the rest)."""
    active = [v.body for v in versions.values() if not v.set_aside]
    top = rv.maximal(active)
    if len(top) == 1:
        return top[0], None
    here = [d for d, v in versions.items() if HERE in v.origins]
    return rv.pick(top, here), sorted(rv.digest(v) for v in top)


def _load(
    orm: Orm, session_id: str, candidates: Sequence[str]
) -> tuple[dict[RunKey, db.ModalityRun], dict[RunKey, dict[str, StoredVersion]], dict[RunKey, db.MergeConflict]]:
    lead_runs = {
        (r.candidate_ref, r.modality_id): r
        for r in orm.scalars(
            select(db.ModalityRun)
            .where(db.ModalityRun.session_id == session_id, db.ModalityRun.candidate_ref.in_(candidates))
            .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
        )
    }
    versions: dict[RunKey, dict[str, StoredVersion]] = {}
    for v in orm.scalars(
        select(db.RunVersion).where(db.RunVersion.session_id == session_id, db.RunVersion.candidate_ref.in_(candidates))
    ):
        versions.setdefault((v.candidate_ref, v.modality_id), {})[v.digest] = StoredVersion(
            v.body, list(v.origins), v.set_aside, v
        )
    conflicts = {
        (c.candidate_ref, c.modality_id): c
        for c in orm.scalars(
            select(db.MergeConflict).where(
                db.MergeConflict.session_id == session_id, db.MergeConflict.candidate_ref.in_(candidates)
            )
        )
    }
    return lead_runs, versions, conflicts


def _add(versions: dict[str, StoredVersion], body: rv.Version, origin: str) -> None:
    d = rv.digest(body)
    known = versions.get(d)
    if known is None:
        versions[d] = StoredVersion(body, [origin])
    elif origin not in known.origins:
        known.origins = sorted({*known.origins, origin})


def plan_runs(
    orm: Orm,
    doc: ResultFile,
    s: db.Session,
    sdef: SessionDefinition,
    candidates: dict[str, db.Candidate],
    juror_name: str,
    recusals: Sequence[Recusal],
    refuse: Refuse,
    origin: str,
) -> ExamPlan:
    """Runs and incidents: what the exam room recorded on the juror's laptop, merged with every
    version seen here; `origin` names the file ("<juror>:<SHA-256>")."""
    plan = ExamPlan()
    cards = {c.ref for c in s.scenario_cards}
    lead_runs, known_versions, conflicts = _load(orm, s.id, doc.scope.candidates)
    for i, r in enumerate(doc.content.runs):
        pointer = f"/content/runs/{i}"
        cand = candidates.get(r.candidate)
        if cand is None:
            continue  # refused with the scope
        try:
            modality = sdef.modality(r.modality)
        except KeyError:
            refuse(msg("modalité inconnue : « {0} »", r.modality), f"{pointer}/modality")
            continue
        unknown = [(j, d.card) for j, d in enumerate(r.draws) if d.card not in cards]
        for j, card in unknown:
            refuse(
                msg("fiche scénario inconnue dans la session {0} : « {1} »", s.id, card), f"{pointer}/draws/{j}/card"
            )
        if unknown or run_empty(r.status, r.events, r.draws):
            continue
        problem = _timer_problem(modality, cand.extra_time_percent, s.durations, r)
        if problem is not None:
            refuse(
                msg("chronomètre de {0} / {1} incohérent : {2}", r.candidate, modality.title, problem),
                f"{pointer}/events",
            )
            continue
        key = (r.candidate, r.modality)
        versions = {
            d: StoredVersion(v.body, list(v.origins), v.set_aside, v.row)
            for d, v in known_versions.get(key, {}).items()
        }
        lead = lead_runs.get(key)
        now_here = row_version(lead) if lead is not None else None
        if now_here is not None and not rv.is_empty(now_here) and rv.digest(now_here) not in versions:
            _add(versions, now_here, HERE)  # recorded on this laptop since the last merge
        _add(versions, file_version(r), origin)
        after, in_conflict = settle(versions)
        change = RunChange(
            r.candidate,
            r.modality,
            versions,
            lead,
            None if now_here is not None and rv.digest(now_here) == rv.digest(after) else after,
            in_conflict,
            rv.conflict_kind([versions[d].body for d in in_conflict]) if in_conflict else "",
            conflicts.get(key),
        )
        known_versions[key] = versions
        plan.runs.append(change)
        where = (r.candidate, cand.display_name, r.modality, modality.title)
        if change.after is not None:
            plan.run_diffs.append(Difference(*where, "run", "", _summary(now_here), _summary(after)))
        if in_conflict is not None and change.changes_conflict:
            options = joined([describe_version(versions[d].body) for d in in_conflict], " | ")
            told = Told(msg("{0} : {1}", CONFLICT_LABELS[change.kind], options))
            plan.conflict_diffs.append(Difference(*where, "conflict", change.kind, None, told))

    known: set[IncidentKey] = {
        _incident_key(i.candidate_ref or "", i.modality_id, i.kind, i.text, i.at, i.juror_ref)
        for i in orm.scalars(
            select(db.Incident).where(
                db.Incident.session_id == s.id, db.Incident.candidate_ref.in_(doc.scope.candidates)
            )
        )
    }
    for cand_ref, note, declared_at in recusals:
        known.add(_incident_key(cand_ref, None, "recusal", recusal_text(note), declared_at, doc.juror.id))
    for i, inc in enumerate(doc.content.incidents):
        cand = candidates.get(inc.candidate)
        if cand is None:
            continue
        title = ""
        if inc.modality is not None:
            try:
                title = sdef.modality(inc.modality).title
            except KeyError:
                refuse(msg("modalité inconnue : « {0} »", inc.modality), f"/content/incidents/{i}/modality")
                continue
        key_i = _incident_key(inc.candidate, inc.modality, inc.kind, inc.text, inc.at, inc.juror)
        if key_i in known:
            continue
        known.add(key_i)
        plan.incidents.append(inc)
        plan.incident_diffs.append(
            Difference(
                inc.candidate, cand.display_name, inc.modality or "", title, "incident", inc.kind, None, inc.text
            )
        )
    return plan


def _utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def write_run(orm: Orm, run: db.ModalityRun, version: rv.Version, now: datetime) -> None:
    """The run here becomes `version`: its status, timer events and draws replaced."""
    orm.execute(delete(db.TimerEventRow).where(db.TimerEventRow.run_pk == run.pk))
    orm.execute(delete(db.DrawRow).where(db.DrawRow.run_pk == run.pk))
    orm.expire(run, ["events", "draws"])
    run.status = Status(version["status"])
    run.timer_speed = version["timer_speed"]
    run.updated_at = now
    for e in version["events"]:
        at = _utc(e["at"])
        assert at is not None
        orm.add(
            db.TimerEventRow(
                run_pk=run.pk,
                seq=e["seq"],
                kind=TimerEventKind(e["kind"]),
                at=at,
                phase_id=e["phase_id"],
                reason=e["reason"],
                juror_ref=e["juror"],
                steady_at=_utc(e.get("steady_at")),
            )
        )
    for d in version["draws"]:
        drawn_at = _utc(d["drawn_at"])
        assert drawn_at is not None
        orm.add(
            db.DrawRow(
                run_pk=run.pk,
                seq=d["seq"],
                card_ref=d["card"],
                drawn_at=drawn_at,
                day=d["day"],
                witness=d["witness"],
                reason=d["reason"],
                juror_ref=d["juror"],
                superseded=d["superseded"],
            )
        )


def store_versions(
    orm: Orm, session_id: str, candidate: str, modality: str, versions: dict[str, StoredVersion]
) -> None:
    for d, v in versions.items():
        if v.row is None:
            v.row = db.RunVersion(
                session_id=session_id,
                candidate_ref=candidate,
                modality_id=modality,
                digest=d,
                body=dict(v.body),
                origins=list(v.origins),
                set_aside=v.set_aside,
            )
            orm.add(v.row)
        else:
            v.row.origins = list(v.origins)
            v.row.set_aside = v.set_aside


def apply_runs(orm: Orm, plan: ExamPlan, session_id: str, now: datetime, add_audit: Callable[..., None]) -> None:
    """The versions recorded, each run as they make it, the conflicts opened, the incidents added."""
    for change in plan.runs:
        store_versions(orm, session_id, change.candidate, change.modality, change.versions)
        if change.after is not None:
            run = change.lead
            if run is None:
                run = db.ModalityRun(session_id=session_id, candidate_ref=change.candidate, modality_id=change.modality)
                orm.add(run)
                orm.flush()
            write_run(orm, run, change.after, now)
        row = change.conflict_row
        target = {"candidate": change.candidate, "modality": change.modality}
        if change.conflict is None:
            if row is not None and row.status == "open":
                add_audit("results.conflict", target, row.kind, "réglé par un déroulé qui les prolonge tous")
                orm.delete(row)
            continue
        if not change.changes_conflict:
            continue
        if row is None:
            row = db.MergeConflict(session_id=session_id, candidate_ref=change.candidate, modality_id=change.modality)
            orm.add(row)
        row.kind = change.kind
        row.options = list(change.conflict)
        row.status = "open"
        row.chosen = None
        row.reason = ""
        row.resolved_by = ""
        row.resolved_at = None
        row.created_at = now
        add_audit("results.conflict", target, None, f"{change.kind}: {', '.join(change.conflict)}")
    for i in plan.incidents:
        add_incident(orm, session_id, i.candidate, i.modality, IncidentKind(i.kind), i.text, i.at, i.juror)


def versions_of(orm: Orm, session_id: str, candidate: str, modality: str) -> dict[str, StoredVersion]:
    return {
        v.digest: StoredVersion(v.body, list(v.origins), v.set_aside, v)
        for v in orm.scalars(
            select(db.RunVersion).where(
                db.RunVersion.session_id == session_id,
                db.RunVersion.candidate_ref == candidate,
                db.RunVersion.modality_id == modality,
            )
        )
    }


def origin_label(origin: str, jurors: dict[str, str]) -> Told:
    """« cet ordinateur », or « fichier de Martine Roussel »."""
    if origin == HERE:
        return Told(msg("cet ordinateur"))
    juror = origin.split(":", 1)[0]
    return Told(msg("fichier de {0}", jurors.get(juror, juror)))


def describe_version(version: rv.Version) -> Told:
    """terminée, fiche SC02, 6 événement(s) du chronomètre"""
    status = version["status"]
    parts = [_STATUSES.get(status) or plain(run_status_label(status))]
    card = rv.current_card(version)
    if card is not None:
        parts.append(msg("fiche {0}", card))
    if version["events"]:
        parts.append(msg("{0} événement(s) du chronomètre", len(version["events"])))
    return Told(joined(parts, ", "))


def version_detail(version: dict[str, Any]) -> dict[str, Any]:
    """What the lead needs to choose: status, the current card and the timer's extent."""
    events = version["events"]
    return {
        "status": version["status"],
        "card": rv.current_card(version),
        "events": len(events),
        "started_at": events[0]["at"] if events else None,
        "ended_at": events[-1]["at"] if events else None,
    }
