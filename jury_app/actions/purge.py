"""Purging a session's personal data once its archive is safe; decisions and marks stay.

Purging requires a record in the archive register (`archives.json`) of an archive that still
exists, is unchanged, verifies, and holds the session as it is now.

Purge and the audit trail: the trail's entries keep their hashes and links, but the free texts they
recorded (observations, notes, the reasons of decisions, reopenings and resets) are replaced by
"[purgé]" like the texts of the tables themselves.
So after a purge the local trail can no longer be replayed: the archive holds the verifiable
trail, and `purged_trail_problems` checks that the local one is the same trail (same entries,
same hashes) as the archive's. The purge is recorded in the register (`purge_record`), without the
documents' names.

Beyond the database: the session's keys, reports and result files, the stored documents no other
session uses and their consultation copies, the backups holding the session (replaced by one of the
purged state) and what interrupted backups left, the copies of the database the health check set
aside that hold the session, and the demo package the session was imported from.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext, resolve_session_id
from jury_app.data import archive_file, backup, health
from jury_app.data import models as db
from jury_app.data.archive_file import PURGED as PURGED
from jury_app.data.archive_file import PURGED_AUDIT_ACTIONS, verify_archive
from jury_app.data.archive_register import ArchiveRecord, PurgedDocument, PurgeRecord, read_register, write_register
from jury_app.data.package.importer import attachment_path
from jury_app.data.package.safezip import DEFAULT_LIMITS, SafeZip
from jury_app.data.package.validate import read_manifest
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import Message, joined, msg
from jury_app.domain.problems import InvalidInput


@dataclass(frozen=True)
class PurgeSummary:
    session_id: str
    archive: Path
    candidates: int
    jurors: int
    texts: int  # observations, notes, incident and pause texts, declaration notes, witnesses
    audit_entries_redacted: int
    attachments: int  # documents of the session (rows)
    attachment_files_deleted: int
    signatures_and_keys: int  # handwritten signatures, registered certificates, PINs (rows)
    folders_deleted: tuple[str, ...]
    backups_deleted: int
    new_backup: Path | None
    temporaries_deleted: int = 0  # copies of the database left by interrupted backups
    set_aside_deleted: int = 0  # copies of the database and its journals the health check set aside
    demo_packages_deleted: int = 0

    def lines(self) -> list[str]:
        folders = ", ".join(self.folders_deleted) or "aucun"
        return [
            f"Données personnelles de la session {self.session_id} purgées :",
            f"  {self.candidates} candidats renommés (« Candidat C01 »…), {self.jurors} jurés renommés (« Juré J01 »…)",
            f"  {self.texts} textes libres (observations, notes, incidents…) remplacés par « {PURGED} »",
            f"  {self.attachments} pièces jointes retirées, {self.attachment_files_deleted} fichiers supprimés",
            f"  {self.signatures_and_keys} signatures manuscrites, certificats et codes PIN supprimés",
            f"  dossiers supprimés : {folders}",
            f"  {self.backups_deleted} sauvegarde(s) contenant ces données supprimée(s)"
            + (f" ; nouvelle sauvegarde : {self.new_backup.name}" if self.new_backup else ""),
            f"  {self.temporaries_deleted} copie(s) laissée(s) par une sauvegarde interrompue, "
            f"{self.set_aside_deleted} fichier(s) mis de côté par le contrôle de la base et "
            f"{self.demo_packages_deleted} paquet(s) de démonstration supprimé(s)",
            "Décisions, notes des critères et journal d'audit conservés. Les textes que le journal avait "
            f"enregistrés ({self.audit_entries_redacted} entrées) sont purgés eux aussi : le journal local garde "
            "ses empreintes mais ne se vérifie plus seul ; le journal vérifiable est dans l'archive",
            f"  {self.archive}",
            "  (jury-app archive verify FICHIER).",
        ]


def purge_record(ctx: AppContext, session_id: str) -> PurgeRecord | None:
    """How and when the session's personal data were purged, or None when they were not."""
    return read_register(ctx.paths.archive_register).purge_of(session_id)


def purged_trail_problems(ctx: AppContext, session_id: str) -> list[str]:
    """For a purged session: is the local audit trail the one its archive holds (the archive verifying)?"""
    record = purge_record(ctx, session_id)
    if record is None:
        return [f"la session {session_id} n'a pas été purgée : utilisez jury-app audit verify"]
    with ctx.database.reader() as orm:
        local = archive_file.audit_lines(orm, session_id)
    return archive_file.purged_trail_problems(record.archive_path, local)


def _usable_archive(ctx: AppContext, sid: str) -> ArchiveRecord:
    """The newest recorded archive of the session that still exists, is unchanged, verifies and is current."""
    entries = read_register(ctx.paths.archive_register).archives_of(sid)
    hint = msg("exportez-la d'abord : jury-app archive export --session {0} --out FICHIER.zip", sid)
    if not entries:
        raise InvalidInput.one(
            "purge", msg("aucune archive vérifiée de la session {0} n'a été exportée depuis ce poste ; {1}", sid, hint)
        )
    digest = archive_file.session_content_digest(ctx.paths.database, sid)
    reasons: list[Message] = []
    for entry in reversed(entries):
        path = entry.path
        if not path.is_file():
            reasons.append(msg("{0} : archive introuvable", path))
            continue
        if backup.sha256_file(path) != entry.sha256:
            reasons.append(msg("{0} : archive modifiée depuis son export", path))
            continue
        check = verify_archive(path)
        if not check.ok:
            reasons.append(msg("{0} : {1}", path, (check.problems or check.audit_problems)[0]))
            continue
        if entry.content_sha256 != digest or check.session_id != sid:
            reasons.append(msg("{0} : la session a changé depuis cette archive", path))
            continue
        return entry
    raise InvalidInput.one(
        "purge", msg("aucune archive utilisable de la session {0} ({1}) ; {2}", sid, joined(reasons, " ; "), hint)
    )


def _redact(value: str | None) -> str | None:
    return PURGED if value else value


def _redact_entry(action: str, value: str | None) -> str | None:
    """An audit entry's value with its free text purged: a decision keeps what was decided."""
    if action == "deliberation.judgement" and value and not value.startswith("{"):
        return value  # a common judgement without a reason: nothing but the judgement
    if action in ("deliberation.decision", "deliberation.judgement") and value:
        try:
            decision = json.loads(value)
        except ValueError:
            return PURGED
        if isinstance(decision, dict):
            if decision.get("reason"):
                decision["reason"] = PURGED
            return json.dumps(decision, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _redact(value)


def _purge_decision_texts(orm: Orm, sid: str) -> int:
    """The reasons given for a common judgement, for closing despite a missing item and for resolving a
    conflict between laptops, and the identities an update changed: the number of texts purged."""
    count = 0
    reasoned: list[db.CompetenceDecision | db.ClosingOverride | db.MergeConflict] = [
        *orm.scalars(
            select(db.CompetenceDecision).where(
                db.CompetenceDecision.session_id == sid, db.CompetenceDecision.reason != ""
            )
        ),
        *orm.scalars(select(db.ClosingOverride).where(db.ClosingOverride.session_id == sid)),
        *orm.scalars(select(db.MergeConflict).where(db.MergeConflict.session_id == sid, db.MergeConflict.reason != "")),
    ]
    for row in reasoned:
        if row.reason and row.reason != PURGED:
            row.reason = PURGED
            count += 1
        if isinstance(row, db.ClosingOverride) and row.message != PURGED:  # it names jurors
            row.message = PURGED
    for ic in orm.scalars(select(db.IdentityChange).where(db.IdentityChange.session_id == sid)):
        if ic.reason != PURGED:
            ic.before, ic.after, ic.reason = {}, {}, PURGED
            count += 1
    return count


@dataclass
class _Purged:
    candidates: int = 0
    jurors: int = 0
    texts: int = 0
    audit: int = 0
    signatures: int = 0
    attachments: list[PurgedDocument] = field(default_factory=list)


def _purge_rows(orm: Orm, sid: str, now: datetime) -> _Purged:
    """Every personal datum of the session, in the caller's transaction. Running it again changes nothing."""
    s = orm.get(db.Session, sid)
    assert s is not None
    purged = _Purged(candidates=len(s.candidates), jurors=len(s.jury))
    old_juror_names = {j.display_name for j in s.jury}
    for i, c in enumerate(s.candidates, start=1):
        c.first_name, c.last_name = "Candidat", f"C{i:02d}"
        c.accommodation_notes = ""
        c.civility, c.birth_date, c.candidate_number = "", None, ""
    for i, j in enumerate(s.jury, start=1):
        j.first_name, j.last_name = "Juré", f"J{i:02d}"
        j.profession = ""
        j.civility, j.organisation = "", ""
    s.session_lead = ""
    s.registration_ended_reason = _redact(s.registration_ended_reason) or ""

    grid_pks = select(db.Grid.pk).where(db.Grid.session_id == sid)
    run_pks = select(db.ModalityRun.pk).where(db.ModalityRun.session_id == sid)
    for a in orm.scalars(select(db.CompetenceAssessment).where(db.CompetenceAssessment.grid_pk.in_(grid_pks))):
        if a.observation:
            a.observation = PURGED
            purged.texts += 1
    for n in orm.scalars(select(db.GridNote).where(db.GridNote.grid_pk.in_(grid_pks))):
        n.text = PURGED
        purged.texts += 1
    for ch in orm.scalars(
        select(db.GridChange).where(
            db.GridChange.grid_pk.in_(grid_pks), db.GridChange.field.in_(("observation", "note"))
        )
    ):
        ch.before, ch.after = _redact(ch.before), _redact(ch.after)
    for d in orm.scalars(select(db.Declaration).where(db.Declaration.session_id == sid, db.Declaration.note != "")):
        d.note = PURGED
        purged.texts += 1
    for inc in orm.scalars(select(db.Incident).where(db.Incident.session_id == sid)):
        inc.text = PURGED
        purged.texts += 1
    for ev in orm.scalars(
        select(db.TimerEventRow).where(db.TimerEventRow.run_pk.in_(run_pks), db.TimerEventRow.reason != "")
    ):
        ev.reason = PURGED
        purged.texts += 1
    for dr in orm.scalars(select(db.DrawRow).where(db.DrawRow.run_pk.in_(run_pks))):
        for name in ("witness", "reason"):
            if getattr(dr, name):
                setattr(dr, name, PURGED)
                purged.texts += 1
    reasons: list[db.UnitDecision | db.DeliberationEvent] = [
        *orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == sid, db.UnitDecision.reason != "")),
        *orm.scalars(
            select(db.DeliberationEvent).where(
                db.DeliberationEvent.session_id == sid, db.DeliberationEvent.reason != ""
            )
        ),
    ]
    for row in reasons:  # the decisions' and reopenings' reasons
        if row.reason != PURGED:
            row.reason = PURGED
            purged.texts += 1
    purged.texts += _purge_decision_texts(orm, sid)

    for e in orm.scalars(
        select(db.AuditEntry).where(db.AuditEntry.session_id == sid, db.AuditEntry.action.in_(PURGED_AUDIT_ACTIONS))
    ):
        before, after = _redact_entry(e.action, e.before), _redact_entry(e.action, e.after)
        if (before, after) != (e.before, e.after):
            e.before, e.after = before, after
            purged.audit += 1

    for model in (db.HandwrittenSignature, db.JurorKey, db.JurorCredential):
        purged.signatures += orm.scalar(select(func.count()).select_from(model).where(model.session_id == sid)) or 0
        orm.execute(delete(model).where(model.session_id == sid))

    documents = [
        (a.sha256, a.filename) for a in orm.scalars(select(db.Attachment).where(db.Attachment.session_id == sid))
    ]
    orm.execute(delete(db.Attachment).where(db.Attachment.session_id == sid))
    orm.flush()
    still_used = set(orm.scalars(select(db.Attachment.sha256).distinct()))
    # The register keeps no document's name: a file name often carries the candidate's.
    purged.attachments = [PurgedDocument(sha, "", sha not in still_used) for sha, _name in documents]

    other_names = {
        f"{first} {last}"
        for first, last in orm.execute(
            select(db.JuryMember.first_name, db.JuryMember.last_name).where(db.JuryMember.session_id != sid)
        )
    }
    orm.execute(delete(db.ObservationSnippet).where(db.ObservationSnippet.owner.in_(old_juror_names - other_names)))
    orm.execute(update(db.Session).where(db.Session.id == sid).values(updated_at=now))
    return purged


def _rmtree(path: Path) -> bool:
    if not path.exists():
        return False
    shutil.rmtree(path)
    return True


def _delete_documents(ctx: AppContext, documents: tuple[PurgedDocument, ...]) -> int:
    """The stored files no other session uses, and the named copies made to view them (found by
    their content: the register keeps no name)."""
    deleted = 0
    gone = {doc.sha256 for doc in documents if doc.delete}
    for sha in gone:
        stored = attachment_path(ctx.paths, sha)
        if stored.is_file():
            stored.unlink()
            deleted += 1
            with contextlib.suppress(OSError):
                stored.parent.rmdir()  # only when empty
    folder = ctx.paths.consultation
    for copy in sorted(folder.iterdir()) if folder.is_dir() else []:
        if copy.is_file() and backup.sha256_file(copy) in gone:
            copy.unlink()
    return deleted


def _holds(path: Path, text: str) -> bool:
    """Whether the file's bytes hold `text` (read by blocks: a set-aside database may be large)."""
    needle, tail = text.encode("utf-8"), b""
    with path.open("rb") as f:
        while block := f.read(1024 * 1024):
            if needle in tail + block:
                return True
            tail = block[-len(needle) :]
    return False


def _delete_set_aside(ctx: AppContext, sid: str) -> int:
    """The copies of the database and its journals set aside by the health check or a restore that
    hold the session (a damaged one cannot be read: its bytes are searched for the session's id)."""
    deleted = 0
    for path in health.set_aside_files(ctx.paths.database):
        if _holds(path, sid):
            path.unlink()
            deleted += 1
    return deleted


def _demo_packages(ctx: AppContext, sid: str) -> int:
    """The demo packages kept in the data folder that the session was imported from."""
    deleted = 0
    folder = ctx.paths.root / "demo"
    for path in sorted(folder.glob("*.zip")) if folder.is_dir() else []:
        try:
            with SafeZip(path, DEFAULT_LIMITS) as z:
                same = read_manifest(z).session.id == sid
        except (InvalidInput, OSError):
            continue
        if same:
            path.unlink()
            deleted += 1
    return deleted


def purge_session_personal_data(
    ctx: AppContext, session_id: str | None, *, confirm: str, clock: Clock | None = None
) -> PurgeSummary:
    """Remove the session's personal data once its archive is safe; decisions and marks stay.

    Refused (InvalidInput) unless `confirm` repeats the session id and a verified, current archive
    of the session was exported from this data folder and is still there, unchanged.

    The database changes are one transaction. Then files are deleted, the database is vacuumed
    and the rolling backups holding the old data are replaced: the purge is recorded (as not
    completed) right after the transaction, so a purge interrupted after it is finished by running
    it again.
    """
    clock = clock or SystemClock()
    sid = resolve_session_id(ctx, session_id)
    if confirm != sid:
        raise InvalidInput.one(
            "purge", msg("confirmation incorrecte : recopiez l'identifiant exact de la session ({0}) après --confirm", sid)
        )
    register_file = ctx.paths.archive_register
    record = purge_record(ctx, sid)
    resuming = record is not None and not record.completed
    if record is not None and not resuming:
        raise InvalidInput.one(
            "purge", msg("les données personnelles de la session {0} ont déjà été purgées le {1}", sid, record.at)
        )
    if record is None:
        entry = _usable_archive(ctx, sid)
        record = PurgeRecord(
            session_id=sid,
            at=clock.now().astimezone(UTC).isoformat(),
            archive_path=entry.path,
            archive_sha256=entry.sha256,
            audit_entries=entry.audit_entries,
            audit_redacted_actions=PURGED_AUDIT_ACTIONS,
            completed=False,
        )

    with ctx.database.session() as orm:
        purged = _purge_rows(orm, sid, clock.now())
    if not resuming:
        record = replace(record, documents=tuple(purged.attachments))
        register = read_register(register_file)
        register.purges.append(record)
        write_register(register_file, register)

    deleted_files = _delete_documents(ctx, record.documents)
    demo_packages = _demo_packages(ctx, sid)
    folders = []
    for label, folder in (
        (f"keys/{sid}", ctx.paths.session_keys(sid)),
        (f"reports/{sid}", ctx.paths.session_reports(sid)),
        (f"results/{sid}", ctx.paths.session_results(sid)),
    ):
        if _rmtree(folder):
            folders.append(label)

    # Nothing of the old texts may remain in free pages or in the -wal file.
    ctx.close()
    backup.vacuum(ctx.paths.database)
    set_aside = _delete_set_aside(ctx, sid)

    # Rolling backups hold the names too (and restoring one would bring them back): the archive is
    # the record now. A fresh backup of the purged state replaces them.
    removed = 0
    temporaries = len(backup.clean_temporaries(ctx.paths.backups))
    for info in backup.list_backups(ctx.paths.backups):
        if sid in info.sessions:
            info.path.unlink(missing_ok=True)
            removed += 1
    new_backup = backup.store(ctx.paths.database, ctx.paths.backups, "apres-purge", clock.now())
    assert new_backup is not None

    register = read_register(register_file)
    register.purges = [
        replace(p, completed=True) if p.session_id == sid and not p.completed else p for p in register.purges
    ]
    write_register(register_file, register)
    return PurgeSummary(
        session_id=sid,
        archive=record.archive_path,
        candidates=purged.candidates,
        jurors=purged.jurors,
        texts=purged.texts,
        audit_entries_redacted=purged.audit,
        attachments=len(record.documents),
        attachment_files_deleted=deleted_files,
        signatures_and_keys=purged.signatures,
        folders_deleted=tuple(folders),
        backups_deleted=removed,
        new_backup=new_backup.path,
        temporaries_deleted=temporaries,
        set_aside_deleted=set_aside,
        demo_packages_deleted=demo_packages,
    )
