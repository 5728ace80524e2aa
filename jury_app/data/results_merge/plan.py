"""The plan of a merge: what importing a juror's result file would do here, and every reason to
refuse it. Writes nothing; `write.apply_plan` carries it out.

- the file must come from this session and its package (SHA-256), from a juror of its jury under
  the same name; its certificate must be the one registered for the juror (`JurorKey`), or none is
  registered yet (a first file: the lead confirms the fingerprint);
- a file dated later than this laptop's clock (beyond `CLOCK_TOLERANCE`) is refused: the juror's
  clock is wrong, and a file from the future would make every genuine later export look older;
- a file already imported changes nothing (the caller compares it with the database again); a file
  older than the last one imported from the juror with their registered key is refused; a newer
  one replaces, for every grid it holds, the juror's marks, judgements, observations, notes and grid
  origin, each difference listed;
- declarations are merged: a recusal is never lost; a grid is taken only from a juror who declared
  no link with the candidate;
- the exam room's record comes too (`runs`);
- a candidate whose deliberation is closed here is never changed: a file that would change anything
  for them is refused whole, naming them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import models as db
from jury_app.data.credentials import registered_elsewhere, revoked_keys
from jury_app.data.files import read_bounded
from jury_app.data.grid_store import NoteKey, grid_items
from jury_app.data.results_file import (
    MAX_RESULT_FILE_BYTES,
    GridOut,
    ResultFile,
    VerifiedResultFile,
    read_result_file,
)
from jury_app.data.results_merge.differences import Difference, declaration_text
from jury_app.data.results_merge.runs import ExamPlan, plan_runs
from jury_app.data.session_store import definition_of
from jury_app.domain.problems import Problem
from jury_app.domain.referentiel import Modality, Referentiel
from jury_app.domain.wording import fr_datetime, session_zone

CLOCK_TOLERANCE = timedelta(minutes=5)
"""How far ahead of this laptop's clock a juror's laptop may be before its files are refused."""


def read_file(path: Path) -> tuple[bytes, VerifiedResultFile]:
    """A result file given by the lead: its bytes, read only if it can be one, and verified."""
    data = read_bounded(path, MAX_RESULT_FILE_BYTES, "un fichier de résultats")
    return data, read_result_file(data, str(path))


@dataclass
class GridPlan:
    index: int  # in the file's grids
    file_grid: GridOut
    lead: db.Grid | None
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
    previous: db.ResultImport | None = None  # the latest file imported from this juror, their key registered
    same_time: bool = False  # exported at the very time of the previous file
    new_declarations: list[tuple[str, bool, str, datetime]] = field(default_factory=list)
    recusals: list[tuple[db.Declaration, str, datetime]] = field(default_factory=list)
    declaration_diffs: list[Difference] = field(default_factory=list)
    grids: list[GridPlan] = field(default_factory=list)
    exam: ExamPlan = field(default_factory=ExamPlan)

    @property
    def doc(self) -> ResultFile:
        return self.verified.document

    @property
    def differences(self) -> list[Difference]:
        """Everything listed to the lead: the changes, and the runs kept here though different."""
        grids = [d for g in self.grids for d in g.diffs]
        return self.declaration_diffs + grids + self.exam.run_diffs + self.exam.incident_diffs

    @property
    def changes(self) -> list[Difference]:
        return [d for d in self.differences if d.changes_here]

    def refuse(self, message: str, pointer: str = "") -> None:
        self.problems.append(Problem(self.name, pointer, message))


def _grid_diffs(
    plan: GridPlan, ref: Referentiel, cand_name: str, pointer: str, problems: list[Problem], name: str
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


def latest_import(orm: Orm, session_id: str, juror_ref: str, now: datetime) -> db.ResultImport | None:
    """The latest file imported from the juror that still counts: signed with the key registered for
    them now (none after their key was revoked), and not dated after this laptop's clock (a file
    imported before such dates were refused cannot lock the juror out)."""
    fingerprint = orm.scalar(
        select(db.JurorKey.fingerprint).where(db.JurorKey.session_id == session_id, db.JurorKey.juror_ref == juror_ref)
    )
    if fingerprint is None:
        return None
    return orm.scalar(
        select(db.ResultImport)
        .where(
            db.ResultImport.session_id == session_id,
            db.ResultImport.juror_ref == juror_ref,
            db.ResultImport.fingerprint == fingerprint,
            db.ResultImport.exported_at <= now + CLOCK_TOLERANCE,
        )
        .order_by(db.ResultImport.exported_at.desc(), db.ResultImport.pk.desc())
        .limit(1)
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
            f"ce fichier est signé avec la clé enregistrée ici pour {who} ({other.juror_ref}, session "
            f"{other.session_id}) : une clé n'appartient qu'à un juré, rien n'a été importé",
            "/certificate_pem",
        )
    revoked = revoked_keys(orm, session_id).get(fingerprint)
    if revoked is not None:
        plan.refuse(
            f"clé révoquée le {fr_datetime(revoked.at, zone)} par le responsable de session (motif : "
            f"{revoked.reason}) : le juré exporte à nouveau ses résultats avec sa nouvelle clé",
            "/certificate_pem",
        )


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
    zone = session_zone(s.timezone)
    if doc.exported_at > now + CLOCK_TOLERANCE:
        plan.refuse(
            f"fichier daté du {fr_datetime(doc.exported_at, zone)} selon l'horloge de l'ordinateur de "
            f"{juror.display_name}, plus tard que l'heure de cet ordinateur ({fr_datetime(now, zone)}) : l'horloge "
            "de l'ordinateur du juré avance : remettez-la à l'heure, puis exportez à nouveau ses résultats",
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
            f"clé inconnue : ce fichier est signé avec une clé (empreinte {verified.fingerprint}) qui n'est pas "
            f"celle enregistrée ici pour {juror.display_name} (empreinte {key_row.fingerprint})",
            "/certificate_pem",
        )

    _refuse_foreign_key(orm, plan, s.id, juror.ref, zone)

    plan.duplicate = orm.scalar(select(db.ResultImport).where(db.ResultImport.file_sha256 == verified.sha256))
    if plan.duplicate is not None and not again:
        return plan
    plan.previous = latest_import(orm, s.id, juror.ref, now)
    if plan.previous is not None and plan.previous is not plan.duplicate:
        if doc.exported_at < plan.previous.exported_at:
            plan.refuse(
                f"fichier plus ancien (exporté le {fr_datetime(doc.exported_at, zone)}) que le dernier fichier importé de "
                f"{juror.display_name} (exporté le {fr_datetime(plan.previous.exported_at, zone)}) : demandez au juré "
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
                    declaration_text(d.has_link, d.note.strip()),
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
                    declaration_text(False, row.note),
                    declaration_text(True, d.note.strip()),
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
        gp = GridPlan(i, g, lead_grids.get((g.candidate, g.modality)), modality)
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

    recusals = [(c, note, at) for c, has_link, note, at in plan.new_declarations if has_link]
    recusals += [(row.candidate_ref, note, at) for row, note, at in plan.recusals]
    plan.exam = plan_runs(orm, plan.doc, s, sdef, candidates, juror.display_name, recusals, plan.refuse)

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
