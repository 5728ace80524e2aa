"""A session's archive: export it (one zip, checkable on its own), verify one, read one back.

The archive's format, its checks and its reader are `jury_app.data.archive_file`. An export holds
the session's snapshot and audit trail, the candidates' documents, the PDFs of
`<data>/reports/<session>/` (or, when there is no such folder, the PV and the candidates' grids
generated for the archive) and the jurors' result files of `<data>/results/<session>/`. Its
manifest is signed with the session lead's key. Every export is checked right after writing and
recorded in the archive register (`archives.json`), which a purge requires.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jury_app.actions.context import AppContext, resolve_session_id
from jury_app.actions.errors import explain
from jury_app.data import audit, backup, signatures
from jury_app.data.archive_file import (
    MANIFEST,
    Member,
    files_under,
    member_name,
    new_manifest,
    snapshot_session,
    write_archive,
)
from jury_app.data.archive_file import ArchiveCheck as ArchiveCheck
from jury_app.data.archive_file import verify_archive as verify_archive
from jury_app.data.archive_reader import ArchiveReader as ArchiveReader
from jury_app.data.archive_reader import open_archive_readonly as open_archive_readonly
from jury_app.data.archive_reader import signed_documents
from jury_app.data.archive_register import ArchiveRecord, read_register, write_register
from jury_app.data.files import write_atomic
from jury_app.data.package.importer import attachment_path
from jury_app.data.pv_store import CERTIFICATES_NAME
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.reports.lead_key import ensure_lead_key, lead_key_info
from jury_app.reports.seals import check_documents


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    session_id: str
    title: str
    created_at: datetime
    size: int
    sha256: str
    files: int  # members besides the manifest
    audit_entries: int
    audit_ok: bool
    notes: tuple[str, ...]
    lead_fingerprint: str = ""  # of the session lead's key, which signed the manifest
    lead_key_created: bool = False


def _check_out(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        raise InvalidInput.one("--out", msg("{0} est un dossier : indiquez un nom de fichier (.zip)", out))
    if not out.parent.is_dir():
        raise InvalidInput.one("--out", msg("le dossier {0} n'existe pas", out.parent))
    return out.resolve()


def check_archive(ctx: AppContext, path: Path, *, clock: Clock | None = None) -> ArchiveCheck:
    """The archive checked on its own (members, snapshot, audit trail, the lead's signature), then
    against the signed documents it holds: its procès-verbaux and result files must agree with the
    archived trail and database, which a forged archive cannot; and, on a laptop with a lead key,
    the signature must be that key's."""
    check = verify_archive(path)
    if not check.intact:
        return check
    problems: list[str] = []
    lead = lead_key_info(ctx.paths)
    if lead is not None and check.signer != lead.fingerprint:
        problems.append(
            f"manifest.json : signé par une clé ({check.signer[:16]}…) qui n'est pas celle du responsable de "
            f"session de ce poste ({lead.fingerprint[:16]}…)"
        )
    pdfs, imported, sent = signed_documents(path)
    now = (clock or SystemClock()).now().astimezone(UTC)
    with (
        tempfile.TemporaryDirectory(prefix="jury_app-check-") as tmp,
        open_archive_readonly(path, Path(tmp)) as view,
        view.reader() as orm,
    ):
        sid = view.session_id
        entries = audit.entries_of(orm, sid)
        found = check_documents(orm, sid, entries, pvs=pdfs, imported=imported, sent=sent, now=now)
    return replace(check, problems=tuple(problems + found.problems), checked=tuple(found.checked))


def exported_archives(ctx: AppContext, session_id: str | None = None) -> list[ArchiveRecord]:
    """Archives recorded by `export_archive`, oldest first (all sessions when `session_id` is None)."""
    return read_register(ctx.paths.archive_register).archives_of(session_id)


def _told(exc: BaseException) -> str:
    """Why a report could not be made, in French (a library's English and raw text stay out)."""
    return " ; ".join(str(m) for m in explain(exc))


def _generated_reports(ctx: AppContext, session_id: str, folder: Path, notes: list[str]) -> list[Path]:
    """The PV and every candidate's grid, generated into `folder` (nothing written elsewhere)."""
    try:
        from jury_app.reports.build.grid import SessionGrids
        from jury_app.reports.build.pv import build_pv_report
        from jury_app.reports.pdf_grid import render_grid
        from jury_app.reports.pdf_pv import render_pv
    except ImportError:
        notes.append("rapports non inclus : module de génération des rapports absent")
        return []
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with ctx.database.reader() as orm:
        try:
            pdf = render_pv(build_pv_report(orm, session_id))
            made.append(write_atomic(folder / "proces-verbal.pdf", pdf, mode=0o644))
        except Exception as exc:
            notes.append(f"procès-verbal non généré : {_told(exc)}")
        try:
            grids = SessionGrids(orm, session_id)
        except Exception as exc:
            notes.append(f"grilles non générées : {_told(exc)}")
        else:
            for ref in grids.candidate_refs:
                try:
                    pdf = render_grid(grids.report(ref))
                    made.append(write_atomic(folder / f"grilles-{ref}.pdf", pdf, mode=0o644))
                except Exception as exc:
                    notes.append(f"grilles du candidat {ref} non générées : {_told(exc)}")
    if made:
        notes.append(
            f"aucun dossier reports/{session_id} : procès-verbal et grilles générés lors de l'archivage "
            "(documents non signés)"
        )
    return made


def export_archive(
    ctx: AppContext, session_id: str, out: Path, *, lead_passphrase: str, clock: Clock | None = None
) -> ArchiveInfo:
    """Write the session's archive to `out` (atomically), its manifest signed with the session lead's
    key (opened with `lead_passphrase`, made on first use), check it, and record it in archives.json."""
    sid = resolve_session_id(ctx, session_id)
    out = _check_out(out)
    register_file = ctx.paths.archive_register
    read_register(register_file)  # an unreadable register refuses the export before anything is written
    with ctx.database.reader() as orm:
        lead_name = session_row(orm, sid).session_lead
    lead, lead_key = ensure_lead_key(ctx.paths, lead_passphrase, lead_name)

    def sign(manifest: dict[str, Any]) -> tuple[str, str]:
        return lead.certificate_pem, signatures.sign(lead_key, manifest)

    now = (clock or SystemClock()).now().astimezone(UTC)
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jury_app-archive-") as tmp_name:
        tmp = Path(tmp_name)
        snapshot = snapshot_session(ctx.paths.database, sid, tmp)
        members = list(snapshot.members)
        taken = {m.name for m in members} | {MANIFEST}

        for ref, filename, sha in snapshot.documents:
            source = attachment_path(ctx.paths, sha)
            if not source.is_file():
                notes.append(f"pièce jointe {ref} ({filename}) absente de ce poste : non incluse")
                continue
            if backup.sha256_file(source) != sha:
                notes.append(f"pièce jointe {ref} ({filename}) altérée sur ce poste (somme de contrôle) : non incluse")
                continue
            members.append(Member(member_name("attachments", filename, f"{ref}.bin", taken), source))

        folder = ctx.paths.session_reports(sid)
        if folder.is_dir():
            pdfs = files_under(folder, suffix=".pdf")
            if not pdfs:
                notes.append(f"dossier reports/{sid} sans aucun PDF")
            # The jurors' certificates that check the signed PV where the session is absent
            # (`report verify FILE --certs`).
            pdfs += [p for p in files_under(folder, suffix=".json") if p.name == CERTIFICATES_NAME]
        else:
            folder = tmp / "reports"
            pdfs = _generated_reports(ctx, sid, folder, notes)
        for pdf in pdfs:
            rel = pdf.relative_to(folder).as_posix()
            members.append(
                Member(member_name("reports", rel.replace("/", "_"), f"rapport-{len(taken)}.pdf", taken), pdf)
            )

        results = ctx.paths.session_results(sid)
        for path in files_under(results):
            rel = path.relative_to(results).as_posix()
            members.append(Member(member_name("results", rel.replace("/", "_"), f"resultat-{len(taken)}", taken), path))

        write_archive(out, members, new_manifest(snapshot, sid, now, notes), now, sign)

    size = out.stat().st_size
    sha = backup.sha256_file(out)
    report = snapshot.audit_report
    register = read_register(register_file)
    register.archives.append(
        ArchiveRecord(
            session_id=sid,
            path=out,
            sha256=sha,
            size=size,
            created_at=now.isoformat(),
            verified_at=(clock or SystemClock()).now().astimezone(UTC).isoformat(),
            content_sha256=snapshot.content_sha256,
            audit_entries=report.entries,
            audit_ok=report.ok,
        )
    )
    write_register(register_file, register)
    return ArchiveInfo(
        out,
        sid,
        snapshot.title,
        now,
        size,
        sha,
        len(members),
        report.entries,
        report.ok,
        tuple(notes),
        lead.fingerprint,
        lead.created,
    )
