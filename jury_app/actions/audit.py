"""Checking the audit trail of a session: its chain, the evaluations it covers, and every signed
document this data folder holds, which a rewrite of the database cannot reach (jury_app.reports.seals):
the signed procès-verbaux, the jurors' result files imported here and exported from here, and the
archives exported from here (signed by the session lead)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select

from jury_app.actions.context import AppContext
from jury_app.data import archive_file, audit
from jury_app.data import models as db
from jury_app.data.anchors import Seal, seal_problems, trail_differences
from jury_app.data.archive_reader import archived_trail
from jury_app.data.archive_register import read_register
from jury_app.data.credentials import reset_problems
from jury_app.data.files import read_bounded
from jury_app.data.results_file import MAX_RESULT_FILE_BYTES
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import Message, msg
from jury_app.reports.lead_key import lead_key_info
from jury_app.reports.seals import Findings, check_documents

MAX_PDF_BYTES = 256 * 1024**2


def _read(paths: Sequence[Path], limit: int, kind: Message) -> list[tuple[str, bytes]]:
    return [(str(p), read_bounded(p, limit, kind)) for p in paths]


def _archives(
    ctx: AppContext,
    session_id: str,
    entries: Sequence[audit.Entry],
    given: Sequence[Path],
) -> Findings:
    """The session's archives recorded here (and those given): whole, signed by this laptop's lead,
    and sealing the trail as it then stood. Where the trail no longer gives the sealed hash, the
    archive's copy of it tells which entries changed."""
    findings = Findings()
    recorded = [a.path for a in read_register(ctx.paths.archive_register).archives_of(session_id) if a.path.is_file()]
    lead = lead_key_info(ctx.paths)
    for path in dict.fromkeys([*recorded, *given]):
        check = archive_file.verify_archive(path)
        if check.problems:
            findings.problems += [f"archive {path} : {p}" for p in check.problems]
            continue
        if lead is not None and check.signer != lead.fingerprint:
            findings.problems.append(
                f"archive {path} : signée par une clé ({check.signer[:16]}…) qui n'est pas celle du responsable "
                f"de session de ce poste ({lead.fingerprint[:16]}…)"
            )
            continue
        trail = check.trail
        if check.session_id != session_id or trail is None:
            continue
        seal = Seal(f"l'archive {path}", trail)
        problems = seal_problems(entries, seal)
        findings.problems += problems
        if problems:
            local = [archive_file.audit_line(e) for e in entries[: trail.entries]]
            findings.problems += trail_differences(local, archived_trail(path)[: trail.entries], seal.what)
        else:
            findings.checked.append(
                f"{seal.what} (signée par le responsable de session) : journal concordant "
                f"jusqu'à l'entrée n° {trail.entries}"
            )
    return findings


def verify_audit(
    ctx: AppContext, session_id: str, *, documents: Sequence[Path | str] = (), clock: Clock | None = None
) -> audit.AuditReport:
    """The chain, the evaluations it covers, and every signed document held here (and `documents`:
    more signed PVs or archives, kept elsewhere) that vouches for them.

    For a purged session, the trail left here is checked entry by entry against the one kept, whole
    and verifiable, in its archive."""
    purge = read_register(ctx.paths.archive_register).purge_of(session_id)
    if purge is not None:
        with ctx.database.reader() as orm:
            local = archive_file.audit_lines(orm, session_id)
            count = orm.scalar(
                select(func.count()).select_from(db.AuditEntry).where(db.AuditEntry.session_id == session_id)
            )
        problems = archive_file.purged_trail_problems(purge.archive_path, local)
        same = (
            ()
            if problems
            else (f"session purgée : journal identique, entrée par entrée, à celui de l'archive {purge.archive_path}",)
        )
        return audit.AuditReport(session_id, count or 0, tuple(problems), same)
    given = [Path(d) for d in documents]
    reports = archive_file.files_under(ctx.paths.session_reports(session_id), suffix=".pdf")
    pvs = _read([*reports, *(p for p in given if p.suffix.lower() == ".pdf")], MAX_PDF_BYTES, msg("un fichier PDF"))
    results = ctx.paths.session_results(session_id)
    imported = _read(
        sorted(results.glob("*.json")) if results.is_dir() else [], MAX_RESULT_FILE_BYTES, msg("un fichier de résultats")
    )
    sent_folder = ctx.paths.session_sent_results(session_id)
    sent = _read(
        sorted(sent_folder.glob("*.json")) if sent_folder.is_dir() else [],
        MAX_RESULT_FILE_BYTES,
        msg("un fichier de résultats"),
    )
    now = (clock or SystemClock()).now().astimezone(UTC)
    with ctx.database.reader() as orm:
        session_row(orm, session_id)
        entries = audit.entries_of(orm, session_id)
        report = audit.verify(orm, session_id, entries)  # the trail read once for every check
        found = [check_documents(orm, session_id, entries, pvs=pvs, imported=imported, sent=sent, now=now)]
    found.append(_archives(ctx, session_id, entries, [p for p in given if p.suffix.lower() == ".zip"]))
    lead = lead_key_info(ctx.paths)
    resets = reset_problems(entries, lead.fingerprint if lead is not None else None)
    problems = [*report.problems, *resets, *(p for f in found for p in f.problems)]
    checked = [c for f in found for c in f.checked]
    return audit.AuditReport(session_id, report.entries, tuple(problems), tuple(checked))
