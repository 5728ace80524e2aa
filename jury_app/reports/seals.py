"""The signed documents a laptop (or an archive) holds, checked against the session's database and
audit trail: the procès-verbaux the jurors signed, the result files imported from them, the result
files exported from here. What a database rewrite cannot reach is what these check it against.

- A signed PV seals the trail up to the entry it was generated at (`pdf_anchor`); its signatures must
  hold and be the session's jurors' (one made before PVs carried a seal is only listed). The latest one also tells what changed since for the candidates
  it decided.
- A juror's latest imported result file (signed with the key registered for them) is what the
  database must hold of their grids and declarations; every import the trail records must have its
  file here.
- A result file exported from here seals the trail up to the juror's last entry then.

Messages are French, each naming the document and what does not hold. Used by `audit verify`
(the data folder's documents) and `archive verify` (the archive's own).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.anchors import Seal, changed_since, seal_problems
from jury_app.data.audit import Entry, TrailHead, json_value
from jury_app.data.credentials import revoked_keys
from jury_app.data.results_file import VerifiedResultFile, read_result_file
from jury_app.data.results_merge.plan import plan_merge
from jury_app.domain.problems import InvalidInput
from jury_app.reports.model import pv_signature_field_name
from jury_app.reports.pdf_anchor import trail_anchor
from jury_app.reports.signing import verify_pdf

_EVALUATION_FIELDS = ("mark", "judgement", "observation", "note", "source", "declaration")


@dataclass
class Findings:
    """What the documents showed: `problems` (each one makes the check fail) and `checked`, a line
    per document that held, for the reader to see what vouches for the database."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignedPv:
    name: str
    seal: Seal
    signers: tuple[str, ...]  # the jurors' names
    juror_refs: tuple[str, ...]


def _jurors(orm: Orm, session_id: str) -> dict[str, db.JuryMember]:
    rows = orm.scalars(
        select(db.JuryMember).where(db.JuryMember.session_id == session_id).order_by(db.JuryMember.position)
    )
    return {j.ref: j for j in rows}


def _known_keys(orm: Orm, session_id: str) -> dict[str, str]:
    """Fingerprint -> juror, for the keys registered in the session and those revoked since."""
    known = {
        r.fingerprint: r.juror_ref for r in orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == session_id))
    }
    for fingerprint, revocation in revoked_keys(orm, session_id).items():
        known.setdefault(fingerprint, revocation.juror_ref)
    return known


def signed_pv(orm: Orm, session_id: str, name: str, pdf: bytes, findings: Findings) -> SignedPv | None:
    """A PV that at least one juror signed, its signatures holding and theirs, and the seal it carries.

    None for a PDF nobody signed (it vouches for nothing); a problem for one whose signatures do not
    hold, are not the jurors', or that carries no seal of this session."""
    try:
        report = verify_pdf(pdf)
    except InvalidInput as exc:
        findings.problems.append(f"{name} : PDF illisible ({exc.problems[0].message})")
        return None
    if not report.signatures:
        return None
    known = _known_keys(orm, session_id)
    by_field = {pv_signature_field_name(i): ref for i, ref in enumerate(_jurors(orm, session_id), start=1)}
    signers, refs = [], []
    for sig in report.signatures:
        who = sig.signer_name or sig.field_name
        if not sig.ok:
            findings.problems.append(f"{name} : signature de {who} invalide ({'; '.join(sig.problems)})")
        elif known.get(sig.fingerprint) != by_field.get(sig.field_name):
            findings.problems.append(
                f"{name} : la signature de {who} ({sig.field_name}) n'est pas faite avec la clé enregistrée "
                "pour ce juré"
            )
        else:
            signers.append(who)
            refs.append(known[sig.fingerprint])
    if report.modified_after_last_signature:
        findings.problems.append(f"{name} : le fichier a été modifié après la dernière signature")
    anchor = trail_anchor(pdf)
    if anchor is None or anchor.session_id != session_id:
        findings.checked.append(
            f"{name} : procès-verbal signé sans l'empreinte du journal d'audit de la session {session_id} "
            "(produit ailleurs, ou avant que l'application ne l'y inscrive) : non rapproché du journal"
        )
        return None
    if len(signers) != len(report.signatures) or report.modified_after_last_signature:
        return None
    return SignedPv(name, Seal(f"le procès-verbal signé {name}", anchor.head), tuple(signers), tuple(refs))


def check_pvs(
    orm: Orm, session_id: str, entries: Sequence[Entry], pvs: Sequence[tuple[str, bytes]]
) -> tuple[Findings, dict[str, int]]:
    """Every signed PV against the trail it sealed; the latest one against what changed since. Also
    how far each juror's signatures reach: the furthest entry a PV they signed (and that holds) seals."""
    findings = Findings()
    held = [pv for name, pdf in pvs if (pv := signed_pv(orm, session_id, name, pdf, findings)) is not None]
    reach: dict[str, int] = {}
    for pv in held:
        problems = seal_problems(entries, pv.seal)
        findings.problems += problems
        if not problems:
            findings.checked.append(
                f"{pv.seal.what} ({', '.join(pv.signers)}) : journal concordant jusqu'à l'entrée n° {pv.seal.head.entries}"
            )
            for ref in pv.juror_refs:
                reach[ref] = max(reach.get(ref, 0), pv.seal.head.entries)
    if held:
        latest = max(held, key=lambda pv: pv.seal.head.entries)
        if not seal_problems(entries, latest.seal):
            findings.problems += changed_since(entries, latest.seal)
    return findings, reach


def _readable(name: str, data: bytes, findings: Findings) -> VerifiedResultFile | None:
    try:
        return read_result_file(data, name)
    except InvalidInput as exc:
        findings.problems.append(f"{name} : fichier de résultats altéré ou illisible ({exc.problems[0].message})")
        return None


def _grid_entries_after(entries: Sequence[Entry], after: int, juror: str) -> dict[tuple[str, str], Entry]:
    """The last entry changing each of the juror's grids (candidate, modality) after entry `after`."""
    last: dict[tuple[str, str], Entry] = {}
    for e in entries[after:]:
        if e.action.startswith("grid.") and e.actor == juror:
            target = json_value(e.target)
            last[(str(target.get("candidate")), str(target.get("modality")))] = e
    return last


def check_imported_results(
    orm: Orm,
    session_id: str,
    entries: Sequence[Entry],
    files: Sequence[tuple[str, bytes]],
    now: datetime,
    reach: dict[str, int],
) -> Findings:
    """Each juror's latest imported file against what the database holds of their evaluations, and
    every import the trail records against the files held.

    A grid changed here after the import, in the juror's name, differs from their file rightly only
    when a PV they signed seals that change (`reach`: how far each juror's signed PVs reach)."""
    findings = Findings()
    registered = {
        r.juror_ref: r.fingerprint for r in orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == session_id))
    }
    revoked = revoked_keys(orm, session_id)
    latest: dict[str, tuple[str, VerifiedResultFile]] = {}
    held: set[str] = set()
    for name, data in files:
        verified = _readable(name, data, findings)
        if verified is None:
            continue
        held.add(verified.sha256)
        juror = verified.document.juror.id
        if verified.document.session.id != session_id or verified.fingerprint in revoked:
            continue  # imported before its key was revoked: it vouches for nothing now
        if registered.get(juror) != verified.fingerprint:
            findings.problems.append(f"{name} : signé avec une clé qui n'est pas celle enregistrée pour {juror}")
            continue
        previous = latest.get(juror)
        if previous is None or verified.document.exported_at > previous[1].document.exported_at:
            latest[juror] = (name, verified)
    imports: dict[str, int] = {}
    for e in entries:
        if e.action == "results.import":
            sha = str(json.loads(e.target).get("file", ""))
            imports[sha] = e.seq
            if sha not in held:
                findings.problems.append(
                    f"le fichier de résultats importé d'après l'entrée n° {e.seq} du journal ({sha[:16]}…) n'est plus "
                    "dans le dossier des résultats"
                )
    for juror, (name, verified) in sorted(latest.items()):
        imported_at = imports.get(verified.sha256)
        if imported_at is None:
            findings.problems.append(f"{name} : aucune entrée du journal n'en enregistre l'import : journal réécrit")
            continue
        changes = [d for d in plan_merge(orm, verified, name, now, again=True).changes if d.field in _EVALUATION_FIELDS]
        later = _grid_entries_after(entries, imported_at, juror) if changes else {}
        for d in changes:
            entry = later.get((d.candidate, d.modality))
            if entry is None:
                why = "modification hors de l'application, ou journal réécrit"
            elif entry.seq <= reach.get(juror, 0):
                continue  # changed here by the juror, then sealed by a PV they signed
            else:
                why = f"modifiée ici au nom de {juror} (entrée n° {entry.seq}) sans qu'aucun document signé par {juror} ne la couvre"
            findings.problems.append(
                f"{d.describe()} : la base diffère du dernier fichier signé de {juror} ({name}) : {why}"
            )
        if not changes:
            findings.checked.append(
                f"dernier fichier de résultats de {juror} ({name}) : les évaluations de la base sont celles qu'il a signées"
            )
    return findings


def check_sent_results(entries: Sequence[Entry], session_id: str, files: Sequence[tuple[str, bytes]]) -> Findings:
    """Each result file exported from here against the trail it sealed (the juror's entries then)."""
    findings = Findings()
    for name, data in files:
        verified = _readable(name, data, findings)
        if verified is None or verified.document.session.id != session_id or verified.document.trail is None:
            continue
        trail = verified.document.trail
        juror = verified.document.juror.id
        seal = Seal(
            f"le fichier de résultats signé par {juror} {name}", TrailHead(trail.seq, trail.head), juror, trail.entries
        )
        problems = seal_problems(entries, seal)
        findings.problems += problems
        if not problems:
            findings.checked.append(f"{seal.what} : journal concordant jusqu'à l'entrée n° {trail.seq}")
    return findings


def check_documents(
    orm: Orm,
    session_id: str,
    entries: Sequence[Entry],
    *,
    pvs: Sequence[tuple[str, bytes]],
    imported: Sequence[tuple[str, bytes]],
    sent: Sequence[tuple[str, bytes]],
    now: datetime,
) -> Findings:
    """Every signed document against the trail and the database: PVs, imported and sent result files."""
    found, reach = check_pvs(orm, session_id, entries, pvs)
    for more in (
        check_imported_results(orm, session_id, entries, imported, now, reach),
        check_sent_results(entries, session_id, sent),
    ):
        found.problems += more.problems
        found.checked += more.checked
    return found
