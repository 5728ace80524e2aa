"""The plan of a merge: what importing a juror's result file would do here, and every reason to
refuse it. Writes nothing; `write.apply_plan` carries it out.

The same files give the same data here whatever the order they come in:
- the file must come from this session and its package (SHA-256), from a juror of its jury under
  the same name; its certificate must be the one registered for the juror (`JurorKey`), or none is
  registered yet (a first file: the lead confirms the fingerprint);
- a file dated later than this laptop's clock (beyond `CLOCK_TOLERANCE`) is refused: the juror's
  clock is wrong, and a file from the future would make every genuine later export look older;
- a file already imported changes nothing (the caller compares it with the database again), unless
  candidates it held were left out then, their deliberation being closed, and are open now: they
  come;
- grid by grid, the juror's latest export wins: a grid replaces the juror's marks, judgements,
  observations, notes and grid origin here unless a later export of it was imported already (then it
  is listed as kept; only the files signed with the key registered for the juror now count);
- declarations are merged: a recusal is never lost, and the grids of a juror recused for a
  candidate, kept as the juror's record, count nowhere (deliberation, completeness, reports); a grid
  needs a declaration;
- the exam room's record comes too (`runs`): contradictions become conflicts, listed first;
- a candidate whose deliberation is closed here is never changed: what the file holds for them is
  left out and listed, the rest is imported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.credentials import registered_elsewhere, revoked_keys
from jury_app.data.files import read_bounded
from jury_app.data.grid_store import NoteKey, grid_items
from jury_app.data.results_file import VerifiedResultFile, read_result_file
from jury_app.data.results_format import MAX_RESULT_FILE_BYTES, GridOut, ResultFile
from jury_app.data.results_merge.differences import Difference, declaration_text, moment
from jury_app.data.results_merge.lead_grids import LeadGrid, lead_grids
from jury_app.data.results_merge.runs import ExamPlan, plan_runs
from jury_app.data.session_store import definition_of
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import Problem
from jury_app.domain.referentiel import Modality, Referentiel
from jury_app.domain.wording import session_zone

CLOCK_TOLERANCE = timedelta(minutes=5)
"""How far ahead of this laptop's clock a juror's laptop may be before its files are refused."""


def read_file(path: Path) -> tuple[bytes, VerifiedResultFile]:
    """A result file given by the lead: its bytes, read only if it can be one, and verified."""
    data = read_bounded(path, MAX_RESULT_FILE_BYTES, msg("un fichier de résultats"))
    return data, read_result_file(data, str(path))


@dataclass
class GridPlan:
    index: int  # in the file's grids
    file_grid: GridOut
    lead: LeadGrid | None  # the juror's grid here
    modality: Modality
    diffs: list[Difference] = field(default_factory=list)
    notes_added: list[NoteKey] = field(default_factory=list)
    notes_removed: list[NoteKey] = field(default_factory=list)

    def values(self) -> list[tuple[str, str, str | None]]:
        """The marks, judgements and observations the file changes, in the order they are listed."""
        return [(d.field, d.item, d.after) for d in self.diffs if d.field in ("mark", "judgement", "observation")]


@dataclass
class Plan:
    name: str  # the file, as told in messages
    verified: VerifiedResultFile
    problems: list[Problem] = field(default_factory=list)
    session: db.Session | None = None
    juror_name: str = ""
    key_status: str = "unknown"  # known | new | mismatch | unknown (session or juror unknown here)
    duplicate: db.ResultImport | None = None
    only: set[str] | None = None  # a file imported before: only the candidates left out then, open now
    new_declarations: list[tuple[str, bool, str, datetime]] = field(default_factory=list)
    recusals: list[tuple[db.Declaration, str, datetime]] = field(default_factory=list)
    declaration_diffs: list[Difference] = field(default_factory=list)
    grids: list[GridPlan] = field(default_factory=list)  # the grids taken (changed or not)
    kept_diffs: list[Difference] = field(default_factory=list)  # grids a later export already gave
    exam: ExamPlan = field(default_factory=ExamPlan)
    refused_candidates: list[str] = field(default_factory=list)  # left out: deliberation closed here
    refused_diffs: list[Difference] = field(default_factory=list)

    @property
    def doc(self) -> ResultFile:
        return self.verified.document

    @property
    def origin(self) -> str:
        return f"{self.doc.juror.id}:{self.verified.sha256}"

    @property
    def differences(self) -> list[Difference]:
        """Everything listed to the lead, conflicts and what was left out first, then the changes."""
        grids = [d for g in self.grids for d in g.diffs]
        return (
            self.exam.conflict_diffs
            + self.refused_diffs
            + self.declaration_diffs
            + grids
            + self.kept_diffs
            + self.exam.run_diffs
            + self.exam.incident_diffs
        )

    @property
    def changes(self) -> list[Difference]:
        return [d for d in self.differences if d.changes_here]

    @property
    def conflicts(self) -> list[Difference]:
        return self.exam.conflict_diffs

    def refuse(self, message: Message, pointer: str = "") -> None:
        self.problems.append(Problem(self.name, pointer, str(message), message))


def _grid_diffs(
    plan: GridPlan, ref: Referentiel, cand_name: str, pointer: str, problems: list[Problem], name: str
) -> None:
    g, lead, modality = plan.file_grid, plan.lead, plan.modality
    criteria, competences = grid_items(ref, modality)
    for cid in g.marks if not g.marks.keys() <= criteria else ():
        if cid not in criteria:
            wrong = msg("« {0} » n'appartient pas à la grille de {1}", cid, modality.title)
            problems.append(Problem(name, f"{pointer}/marks/{cid}", str(wrong), wrong))
    for cid in g.assessments if not g.assessments.keys() <= competences else ():
        if cid not in competences:
            wrong = msg("« {0} » n'appartient pas à la grille de {1}", cid, modality.title)
            problems.append(Problem(name, f"{pointer}/assessments/{cid}", str(wrong), wrong))

    def diff(field_: str, item: str, before: str | None, after: str | None) -> None:
        plan.diffs.append(Difference(g.candidate, cand_name, g.modality, modality.title, field_, item, before, after))

    # Each part compared whole first: a grid that did not change (`audit verify` plans every juror's
    # latest file again) is not gone through item by item.
    lead_marks = lead.marks if lead is not None else {}
    for cid in sorted(set(lead_marks) | set(g.marks)) if lead_marks != g.marks else ():
        before, after = lead_marks.get(cid), g.marks.get(cid)
        if before != after:
            diff("mark", cid, before, after)
    lead_assessments = lead.assessments if lead is not None else {}
    file_assessments = {cid: (a.judgement, a.observation) for cid, a in g.assessments.items()}
    for cid in sorted(set(lead_assessments) | set(g.assessments)) if lead_assessments != file_assessments else ():
        before_j, before_o = lead_assessments.get(cid, (None, ""))
        after_j, after_o = file_assessments.get(cid, (None, ""))
        if before_j != after_j:
            diff("judgement", cid, before_j, after_j)
        if before_o != after_o:
            diff("observation", cid, before_o, after_o)
    here = lead.notes if lead is not None else []
    there = [(n.at, n.phase_label, n.text.strip()) for n in g.notes]
    if sorted(here) != sorted(there):
        lead_notes, file_notes = Counter(here), Counter(there)
        plan.notes_added = sorted((file_notes - lead_notes).elements())
        plan.notes_removed = sorted((lead_notes - file_notes).elements())
    for at, _label, text in plan.notes_added:
        diff("note", at.isoformat(), None, text)
    for at, _label, text in plan.notes_removed:
        diff("note", at.isoformat(), text, None)
    before_source = lead.source if lead is not None else "app"
    if before_source != g.source:
        diff("source", "", before_source, g.source)


def _counted_imports(orm: Orm, session_id: str, juror_ref: str, now: datetime) -> list[db.ResultImport]:
    """The files imported from the juror that still count: signed with the key registered for them
    now (none after their key was revoked), and not dated after this laptop's clock (a file imported
    before such dates were refused cannot lock the juror out)."""
    fingerprint = orm.scalar(
        select(db.JurorKey.fingerprint).where(db.JurorKey.session_id == session_id, db.JurorKey.juror_ref == juror_ref)
    )
    if fingerprint is None:
        return []
    return list(
        orm.scalars(
            select(db.ResultImport).where(
                db.ResultImport.session_id == session_id,
                db.ResultImport.juror_ref == juror_ref,
                db.ResultImport.fingerprint == fingerprint,
                db.ResultImport.exported_at <= now + CLOCK_TOLERANCE,
            )
        )
    )


def _refuse_foreign_key(orm: Orm, plan: Plan, session_id: str, juror_ref: str, zone: ZoneInfo) -> None:
    """A key belongs to one juror: not one registered for another, not one revoked here."""
    fingerprint = plan.verified.fingerprint
    other = registered_elsewhere(orm, fingerprint, session_id, juror_ref)
    if other is not None:
        owner = orm.scalar(
            select(db.JuryMember).where(
                db.JuryMember.session_id == other.session_id, db.JuryMember.ref == other.juror_ref
            )
        )
        who = owner.display_name if owner is not None else other.juror_ref
        plan.refuse(
            msg(
                "ce fichier est signé avec la clé enregistrée ici pour {0} ({1}, session {2}) : une clé "
                "n'appartient qu'à un juré, rien n'a été importé",
                who,
                other.juror_ref,
                other.session_id,
            ),
            "/certificate_pem",
        )
    revoked = revoked_keys(orm, session_id).get(fingerprint)
    if revoked is not None:
        plan.refuse(
            msg(
                "clé révoquée le {0} par le responsable de session (motif : {1}) : le juré exporte à nouveau "
                "ses résultats avec sa nouvelle clé",
                moment(revoked.at, zone),
                revoked.reason,
            ),
            "/certificate_pem",
        )


def latest_import(orm: Orm, session_id: str, juror_ref: str, now: datetime) -> db.ResultImport | None:
    """The latest file imported from the juror that still counts (`_counted_imports`)."""
    return max(_counted_imports(orm, session_id, juror_ref, now), key=lambda i: (i.exported_at, i.pk), default=None)


def _later_exports(orm: Orm, session_id: str, juror: str, now: datetime) -> dict[tuple[str, str], tuple[datetime, str]]:
    """(candidate, modality) -> the latest (export time, file SHA-256) of the juror's grid imported here."""
    latest: dict[tuple[str, str], tuple[datetime, str]] = {}
    for imp in _counted_imports(orm, session_id, juror, now):
        stamp = (imp.exported_at, imp.file_sha256)
        for cand, mod in imp.grids:
            if (cand, mod) not in latest or latest[(cand, mod)] < stamp:
                latest[(cand, mod)] = stamp
    return latest


def plan_merge(orm: Orm, verified: VerifiedResultFile, name: str, now: datetime, *, again: bool = False) -> Plan:
    """What importing the file would do here, and every reason to refuse it; writes nothing.

    `now` is this laptop's clock. `again`: plan a file already imported as if it were not, to
    compare it with the database (its differences are what changed here since).
    """
    plan = Plan(name, verified)
    doc = verified.document
    s = orm.get(db.Session, doc.session.id)
    if s is None:
        plan.refuse(
            msg("fichier d'une autre session : la session « {0} » n'existe pas sur cet ordinateur", doc.session.id),
            "/session/id",
        )
        return plan
    plan.session = s
    if s.package_sha256 != doc.session.package_sha256:
        plan.refuse(
            msg(
                "fichier d'un autre paquet : il a été produit avec un paquet de session différent "
                "(empreinte {0}…) de celui importé ici ({1}…)",
                doc.session.package_sha256[:16],
                s.package_sha256[:16],
            ),
            "/session/package_sha256",
        )
        return plan
    juror = next((j for j in s.jury if j.ref == doc.juror.id), None)
    if juror is None:
        plan.refuse(msg("le juré « {0} » n'appartient pas au jury de la session {1}", doc.juror.id, s.id), "/juror/id")
        return plan
    plan.juror_name = juror.display_name
    if doc.juror.name != juror.display_name:
        plan.refuse(
            msg(
                "le nom du juré ne correspond pas au paquet : « {0} » au lieu de « {1} »",
                doc.juror.name,
                juror.display_name,
            ),
            "/juror/name",
        )
    zone = session_zone(s.timezone)
    if doc.exported_at > now + CLOCK_TOLERANCE:
        plan.refuse(
            msg(
                "fichier daté du {0} selon l'horloge de l'ordinateur de {1}, plus tard que l'heure de cet "
                "ordinateur ({2}) : l'horloge de l'ordinateur du juré avance : remettez-la à l'heure, puis "
                "exportez à nouveau ses résultats",
                moment(doc.exported_at, zone),
                juror.display_name,
                moment(now, zone),
            ),
            "/exported_at",
        )

    key_row = orm.scalar(select(db.JurorKey).where(db.JurorKey.session_id == s.id, db.JurorKey.juror_ref == juror.ref))
    if key_row is None:
        plan.key_status = "new"
    elif key_row.fingerprint == verified.fingerprint:
        plan.key_status = "known"
    else:
        plan.key_status = "mismatch"
        plan.refuse(
            msg(
                "clé inconnue : ce fichier est signé avec une clé (empreinte {0}) qui n'est pas celle "
                "enregistrée ici pour {1} (empreinte {2})",
                verified.fingerprint,
                juror.display_name,
                key_row.fingerprint,
            ),
            "/certificate_pem",
        )

    _refuse_foreign_key(orm, plan, s.id, juror.ref, zone)

    closed_now = set(
        orm.scalars(
            select(db.Deliberation.candidate_ref).where(
                db.Deliberation.session_id == s.id, db.Deliberation.closed.is_(True)
            )
        )
    )
    plan.duplicate = orm.scalar(select(db.ResultImport).where(db.ResultImport.file_sha256 == verified.sha256))
    if plan.duplicate is not None and not again:
        reopened = set(plan.duplicate.refused_candidates) - closed_now
        if not reopened:
            return plan
        plan.only = reopened  # left out when it was imported, open now: they come

    ref, sdef = definition_of(orm, s)
    candidates = {c.ref: c for c in s.candidates}
    for i, cref in enumerate(doc.scope.candidates):
        if cref not in candidates:
            plan.refuse(msg("candidat inconnu dans la session {0} : « {1} »", s.id, cref), f"/scope/candidates/{i}")

    def cand_name(ref_: str) -> str:
        c = candidates.get(ref_)
        return c.display_name if c is not None else ref_

    def wanted(cand: str) -> bool:
        return cand in candidates and (plan.only is None or cand in plan.only)

    # Declarations: merged; a recusal is never lost.
    existing = {
        d.candidate_ref: d
        for d in orm.scalars(
            select(db.Declaration).where(db.Declaration.session_id == s.id, db.Declaration.juror_ref == juror.ref)
        )
    }
    file_links = {d.candidate: d.has_link for d in doc.content.declarations}
    for d in doc.content.declarations:
        if not wanted(d.candidate):
            continue
        row = existing.get(d.candidate)
        note = d.note.strip()
        where = (d.candidate, cand_name(d.candidate), "", "", "declaration", "")
        if row is None:
            plan.new_declarations.append((d.candidate, d.has_link, note, d.declared_at))
            plan.declaration_diffs.append(Difference(*where, None, declaration_text(d.has_link, note)))
        elif d.has_link and not row.has_link:
            plan.recusals.append((row, note, d.declared_at))
            plan.declaration_diffs.append(
                Difference(*where, declaration_text(row.has_link, row.note), declaration_text(True, note))
            )

    # Grids: grid by grid, the juror's latest export wins.
    here = lead_grids(orm, s.id, juror.ref, set(doc.scope.candidates))
    latest = _later_exports(orm, s.id, juror.ref, now)
    stamp = (doc.exported_at, verified.sha256)
    for i, g in enumerate(doc.content.grids):
        pointer = f"/content/grids/{i}"
        if not wanted(g.candidate):
            continue
        try:
            modality = sdef.modality(g.modality)
        except KeyError:
            plan.refuse(msg("modalité inconnue : « {0} »", g.modality), f"{pointer}/modality")
            continue
        newer = latest.get((g.candidate, g.modality))
        if newer is not None and newer > stamp:
            plan.kept_diffs.append(
                Difference(
                    g.candidate,
                    cand_name(g.candidate),
                    g.modality,
                    modality.title,
                    "grid_kept",
                    juror.display_name,
                    Told(moment(newer[0], zone)),
                    Told(moment(doc.exported_at, zone)),
                )
            )
            continue
        gp = GridPlan(i, g, here.get((g.candidate, g.modality)), modality)
        _grid_diffs(gp, ref, cand_name(g.candidate), pointer, plan.problems, name)
        plan.grids.append(gp)
        if gp.diffs and g.candidate not in file_links and g.candidate not in existing:
            plan.refuse(
                msg(
                    "{0} n'a pas fait de déclaration pour {1} {2} : sa grille ne peut pas être importée",
                    juror.display_name,
                    g.candidate,
                    cand_name(g.candidate),
                ),
                pointer,
            )

    recusals = [(c, note, at) for c, has_link, note, at in plan.new_declarations if has_link]
    recusals += [(row.candidate_ref, note, at) for row, note, at in plan.recusals]
    plan.exam = plan_runs(orm, plan.doc, s, sdef, candidates, juror.display_name, recusals, plan.refuse, plan.origin)
    if plan.only is not None:
        plan.exam.drop(set(doc.scope.candidates) - plan.only)
    _leave_out_closed(plan, closed_now, candidates)
    return plan


def _leave_out_closed(plan: Plan, closed: set[str], candidates: dict[str, db.Candidate]) -> None:
    """A candidate whose deliberation is closed here is never changed: what the file holds for them
    is left out, listed, and remembered so that a new import of the file brings it once reopened."""
    touched = {d.candidate for d in plan.changes} | {r.candidate for r in plan.exam.runs}
    left_out = sorted(touched & closed, key=lambda c: candidates[c].position)
    if not left_out:
        return
    out = set(left_out)
    count = {c: sum(1 for d in plan.changes if d.candidate == c) for c in left_out}
    plan.refused_candidates = left_out
    plan.new_declarations = [d for d in plan.new_declarations if d[0] not in out]
    plan.recusals = [r for r in plan.recusals if r[0].candidate_ref not in out]
    plan.declaration_diffs = [d for d in plan.declaration_diffs if d.candidate not in out]
    plan.grids = [g for g in plan.grids if g.file_grid.candidate not in out]
    plan.kept_diffs = [d for d in plan.kept_diffs if d.candidate not in out]
    plan.exam.drop(out)
    plan.refused_diffs = [
        Difference(c, candidates[c].display_name, "", "", "refused", "", None, str(count[c])) for c in left_out
    ]
