"""Importing a validated session package: attachments first, then one database transaction.

Attachments are stored by content hash, so a file written for an import that then fails is
harmless, and the same document shared by two sessions is stored once. The database is written
in a single transaction, only after every check has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as Orm

from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.db import Database
from jury_app.data.package.format import CandidateIn, Manifest
from jury_app.data.package.store import Staged, stage_attachments
from jury_app.data.package.store import attachment_path as attachment_path
from jury_app.data.package.validate import ValidatedPackage, validate_package
from jury_app.data.referentiel_files import imported_referentiels
from jury_app.data.referentiels import canonical_json, fingerprint
from jury_app.domain.codes import SessionKind
from jury_app.domain.messages import Told, msg
from jury_app.domain.problems import IdentityChangeRefused, InvalidInput, Problem
from jury_app.domain.wording import identity_text
from jury_app.paths import AppPaths

ImportStatus = Literal["imported", "unchanged", "updated"]
PINNED = "~"  # separates CODE@VERSION from the content hash of a corrected built-in copy

# Hooks that name, for a session, the candidate and juror ids that already carry jury input.
# Tables that hold the jury's work register here, so that an update never drops what they hold.
JuryDataProbe = Callable[[Orm, str], tuple[set[str], set[str]]]


def _exam_day_tables(orm: Orm, session_id: str) -> tuple[set[str], set[str]]:
    candidates: set[str] = set()
    jurors: set[str] = set()
    for model in (db.Grid, db.Declaration):
        for cand, juror in orm.execute(
            select(model.candidate_ref, model.juror_ref).where(model.session_id == session_id)
        ):
            candidates.add(cand)
            jurors.add(juror)
    candidates |= set(orm.scalars(select(db.ModalityRun.candidate_ref).where(db.ModalityRun.session_id == session_id)))
    jurors |= set(orm.scalars(select(db.JurorCredential.juror_ref).where(db.JurorCredential.session_id == session_id)))
    return candidates, jurors


JURY_DATA_PROBES: list[JuryDataProbe] = [_exam_day_tables]


@dataclass
class ImportResult:
    status: ImportStatus
    session_id: str
    candidates: int
    jurors: int
    attachments: int
    changes: list[Told] = field(default_factory=list)
    """What an update changed, in French (each keeps its message, for a screen to translate)."""
    warnings: tuple[Told, ...] = ()


def _store_referentiel(orm: Orm, pkg: ValidatedPackage) -> str:
    """Store the session's référentiel; returns the key the session points to.

    Each session keeps the exact référentiel it was imported with. A built-in référentiel corrected
    since an earlier import (same code and version, other content) is stored beside the earlier
    copy, under its key plus a content hash; an embedded one that differs from a stored copy is
    refused, since a package must not redefine an official référentiel.
    """
    ref = pkg.referentiel
    digest = fingerprint(ref)
    stored = orm.get(db.StoredReferentiel, ref.key)
    if stored is not None and stored.sha256 == digest:
        return ref.key
    if stored is not None and pkg.referentiel_embedded:
        other = msg("un référentiel différent portant la même clé {0} est déjà enregistré", ref.key)
        raise InvalidInput.at("referentiel.json", other, "/session/certification")
    key = ref.key if stored is None else f"{ref.key}{PINNED}{digest[:12]}"
    if orm.get(db.StoredReferentiel, key) is None:
        orm.add(
            db.StoredReferentiel(
                key=key, code=ref.code, version=ref.version, title=ref.title, sha256=digest, body=canonical_json(ref)
            )
        )
    return key


def certification_key(referentiel_key: str) -> str:
    """CODE@VERSION of a stored référentiel key (without the content hash of a corrected copy)."""
    return referentiel_key.split(PINNED, 1)[0]


def _apply_session_fields(s: db.Session, pkg: ValidatedPackage, referentiel_key: str) -> None:
    info = pkg.manifest.session
    s.title = info.title
    s.referentiel_key = referentiel_key
    s.kind = SessionKind(info.kind)
    s.unit_id = info.unit_id
    s.session_definition_id = pkg.session_definition.id
    s.dates = [d.isoformat() for d in info.dates]
    s.centre_name = info.centre.name
    s.centre_address = info.centre.address
    s.rooms = list(info.rooms)
    s.session_lead = info.session_lead
    s.timezone = info.timezone
    s.approval_number = info.approval_number
    s.session_number = info.session_number
    s.durations = dict(info.durations)
    s.registration_ended_reason = pkg.registration_ended_reason
    s.day_hours = [d.model_dump(mode="json") for d in info.day_hours]
    s.package_sha256 = pkg.sha256
    s.package_format_version = pkg.manifest.format_version


def _children(m: Manifest) -> dict[str, list[dict[str, object]]]:
    return {
        "jury": [
            {
                "ref": j.id,
                "position": i,
                "last_name": j.last_name,
                "first_name": j.first_name,
                "role": j.role,
                "profession": j.profession,
                "civility": j.civility,
                "organisation": j.organisation,
                "profile": j.profile,
            }
            for i, j in enumerate(m.jury)
        ],
        "candidates": [
            {
                "ref": c.id,
                "position": i,
                "last_name": c.last_name,
                "first_name": c.first_name,
                "path": c.path,
                "units_sought": list(c.units_sought),
                "units_held": list(c.units_held),
                "extra_time_percent": c.accommodations.extra_time_percent,
                "accommodation_notes": c.accommodations.notes,
                "civility": c.civility,
                "birth_date": c.birth_date,
                "candidate_number": c.candidate_number,
                "company_hours": c.company_hours,
                "units_held_detail": [h.model_dump(mode="json") for h in c.units_held_detail],
                "ecf_results": [e.model_dump(mode="json") for e in c.ecf_results],
            }
            for i, c in enumerate(m.candidates)
        ],
        "scenario_cards": [
            {
                "ref": c.id,
                "position": i,
                "title": c.title,
                "structure_type": c.structure_type,
                "actor_text": c.actor_text,
            }
            for i, c in enumerate(m.scenario_cards)
        ],
        "attachments": [
            {
                "ref": a.id,
                "position": i,
                "candidate_ref": a.candidate_id,
                "kind": a.kind,
                "title": a.title,
                "filename": a.member.removeprefix("attachments/"),
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for i, a in enumerate(m.attachments)
        ],
    }


_MODELS: dict[str, type[db.JuryMember | db.Candidate | db.ScenarioCard | db.Attachment]] = {
    "jury": db.JuryMember,
    "candidates": db.Candidate,
    "scenario_cards": db.ScenarioCard,
    "attachments": db.Attachment,
}
_LABELS = {
    "jury": msg("juré"),
    "candidates": msg("candidat"),
    "scenario_cards": msg("fiche scénario"),
    "attachments": msg("pièce jointe"),
}


def _schedule(m: Manifest) -> list[dict[str, object]]:
    return [
        {
            "candidate_ref": e.candidate_id,
            "modality_id": e.modality_id,
            "starts_at": e.start.isoformat(timespec="minutes"),
            "room": e.room,
            "juror_refs": list(e.juror_ids),
            "ends_at": None if e.end is None else e.end.isoformat(timespec="minutes"),
        }
        for e in m.schedule
    ]


def _insert_children(orm: Orm, s: db.Session, m: Manifest, changes: list[Told]) -> None:
    """A new session's jury, candidates, cards, documents and schedule, each in one statement: a
    300-candidate session is a thousand rows, which the ORM's unit of work inserts one by one."""
    orm.add(s)
    orm.flush()
    for rel, rows in _children(m).items():
        if rows:
            orm.execute(insert(_MODELS[rel]), [{**row, "session_id": s.id} for row in rows])
        changes += [Told(msg("{0} ajouté : {1}", _LABELS[rel], row["ref"])) for row in rows]
    if m.schedule:
        orm.execute(insert(db.ScheduleSlot), [{**row, "session_id": s.id} for row in _schedule(m)])


def _sync_children(orm: Orm, s: db.Session, m: Manifest, changes: list[Told]) -> None:
    wanted = _children(m)
    for rel, rows in wanted.items():
        current = {obj.ref: obj for obj in getattr(s, rel)}
        keep = []
        for row in rows:
            obj = current.pop(str(row["ref"]), None)
            if obj is None:
                obj = _MODELS[rel](**row)
                changes.append(Told(msg("{0} ajouté : {1}", _LABELS[rel], row["ref"])))
            else:
                differs = any(getattr(obj, k) != v for k, v in row.items() if k != "position")
                for k, v in row.items():
                    setattr(obj, k, v)
                if differs:
                    changes.append(Told(msg("{0} modifié : {1}", _LABELS[rel], row["ref"])))
            keep.append(obj)
        for ref in current:
            changes.append(Told(msg("{0} retiré : {1}", _LABELS[rel], ref)))
        getattr(s, rel)[:] = keep
    s.schedule[:] = [db.ScheduleSlot(**row) for row in _schedule(m)]


def _check_update_keeps_jury_data(orm: Orm, existing: db.Session, m: Manifest) -> None:
    candidates_with_data: set[str] = set()
    jurors_with_data: set[str] = set()
    for probe in JURY_DATA_PROBES:
        cands, jurors = probe(orm, existing.id)
        candidates_with_data |= cands
        jurors_with_data |= jurors
    problems = [
        Problem.at(
            "manifest.json",
            "/candidates",
            msg("le candidat {0} a déjà des évaluations : il ne peut pas être retiré par une mise à jour", ref),
        )
        for ref in sorted(candidates_with_data - {c.id for c in m.candidates})
    ] + [
        Problem.at(
            "manifest.json",
            "/jury",
            msg("le juré {0} a déjà saisi des évaluations : il ne peut pas être retiré par une mise à jour", ref),
        )
        for ref in sorted(jurors_with_data - {j.id for j in m.jury})
    ]
    if (
        certification_key(existing.referentiel_key)
        != f"{m.session.certification.code}@{m.session.certification.version}"
    ):
        problems.append(
            Problem.at(
                "manifest.json",
                "/session/certification",
                msg("une mise à jour ne peut pas changer le référentiel de la session"),
            )
        )
    if problems:
        raise InvalidInput(problems)


IDENTITY_KEYS = ("first_name", "last_name", "birth_date")  # what names the person; the civility only words it


def _identity(c: db.Candidate | CandidateIn) -> dict[str, Any]:
    born = c.birth_date
    return {
        "first_name": c.first_name,
        "last_name": c.last_name,
        "birth_date": born.isoformat() if born else None,
        "civility": c.civility,
    }


def _same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a[k] == b[k] for k in IDENTITY_KEYS)


def _identity_changes(orm: Orm, existing: db.Session, m: Manifest) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(candidate, before, after) for each candidate with jury data whose name or birth date the update changes."""
    with_data: set[str] = set()
    for probe in JURY_DATA_PROBES:
        with_data |= probe(orm, existing.id)[0]
    with_data |= set(
        orm.scalars(select(db.UnitDecision.candidate_ref).where(db.UnitDecision.session_id == existing.id))
    )
    new = {c.id: c for c in m.candidates}
    out = []
    for c in existing.candidates:
        if c.ref in with_data and c.ref in new and not _same_person(_identity(c), _identity(new[c.ref])):
            out.append((c.ref, _identity(c), _identity(new[c.ref])))
    return out


def _record_identity_changes(orm: Orm, existing: db.Session, m: Manifest, reason: str, changes: list[Told]) -> None:
    """An identity is never rewritten silently: refused without a reason, else audited and kept for the PV."""
    found = _identity_changes(orm, existing, m)
    if found and not reason.strip():
        raise IdentityChangeRefused(
            [
                Problem.at(
                    "manifest.json",
                    "/candidates",
                    msg(
                        "identité du candidat {0} changée alors que le jury a déjà travaillé sur son dossier : "
                        "{1} → {2} ; vérifiez qu'il s'agit bien de la même personne, puis confirmez-le avec son "
                        "motif (jury-app package import --update --identity-change-reason MOTIF)",
                        ref,
                        identity_text(before),
                        identity_text(after),
                    ),
                )
                for ref, before, after in found
            ],
            [(ref, identity_text(before), identity_text(after)) for ref, before, after in found],
        )
    now = db.utcnow()
    for ref, before, after in found:
        orm.add(
            db.IdentityChange(
                session_id=existing.id, candidate_ref=ref, before=before, after=after, reason=reason.strip(), at=now
            )
        )
        audit.append(
            orm,
            existing.id,
            "responsable",
            "package.identity",
            {"candidate": ref, "item": ""},
            identity_text(before),
            f"{identity_text(after)} ({reason.strip()})",
            now,
        )
        changes.append(
            Told(
                msg(
                    "identité du candidat {0} modifiée : {1} → {2} (motif : {3})",
                    ref,
                    identity_text(before),
                    identity_text(after),
                    reason.strip(),
                )
            )
        )


def import_package(
    database: Database,
    paths: AppPaths,
    package: Path,
    *,
    update: bool = False,
    identity_change_reason: str = "",
    progress: Callable[[int], None] | None = None,
    registration_ended_reason: str = "",
    validated: ValidatedPackage | None = None,
    staged: Staged | None = None,
) -> ImportResult:
    """Import (or, with `update`, update) a session package. An update that changes the name or birth
    date of a candidate the jury has worked on is refused unless `identity_change_reason` is given.

    `validated`: the package validated already (its checksums are checked as its attachments are
    copied); `staged`: its attachments copied already (`store.stage_attachments`)."""
    pkg = validated if validated is not None else validate_package(
        package,
        verify_checksums=False,
        registration_ended_reason=registration_ended_reason,
        known=imported_referentiels(paths.referentiels),
    )
    m = pkg.manifest
    sid = m.session.id

    with database.reader() as orm:
        existing = orm.get(db.Session, sid)
        if existing is not None and existing.package_sha256 == pkg.sha256:
            return ImportResult(
                "unchanged", sid, len(m.candidates), len(m.jury), len(m.attachments), warnings=pkg.warnings
            )
        if existing is not None and not update:
            here = msg(
                "la session « {0} » existe déjà, importée d'un autre paquet ; pour la mettre à jour, relancez "
                "avec --update (les saisies du jury sont conservées)",
                sid,
            )
            raise InvalidInput.at("manifest.json", here, "/session/id")

    if staged is None:
        staged = stage_attachments(pkg, paths, progress)
    try:
        pkg.sha256  # noqa: B018 (the file hashed whole, by now, before anything is kept)
        staged.keep()
    finally:
        staged.discard()

    changes: list[Told] = []
    with database.session() as orm:
        referentiel_key = _store_referentiel(orm, pkg)
        existing = orm.get(db.Session, sid)
        if existing is None:
            s = db.Session(id=sid)
            _apply_session_fields(s, pkg, referentiel_key)
            _insert_children(orm, s, m, changes)
            status: ImportStatus = "imported"
        else:
            _check_update_keeps_jury_data(orm, existing, m)
            _record_identity_changes(orm, existing, m, identity_change_reason, changes)
            _apply_session_fields(existing, pkg, referentiel_key)
            existing.updated_at = db.utcnow()
            _sync_children(orm, existing, m, changes)
            status = "updated"
    return ImportResult(status, sid, len(m.candidates), len(m.jury), len(m.attachments), changes, pkg.warnings)


def list_sessions(database: Database) -> list[db.Session]:
    with database.reader() as orm:
        return list(orm.scalars(select(db.Session).order_by(db.Session.id)))
