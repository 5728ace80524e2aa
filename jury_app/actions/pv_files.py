"""The session's procès-verbal in the data folder: generated where the jurors sign it, sent to
jurors on other laptops (« PV à faire signer »), and taken back signed.

The PV kept there is the session's PV in force: generating it again keeps it (with its signatures)
while the deliberations are unchanged; once they change it is replaced, and a replaced PV that
carried signatures is kept aside, never deleted. Replacing one that carries signatures is done
only when the user said so (`replace_signed`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.files import read_bounded, write_atomic
from jury_app.data.pv_store import MAX_PV_BYTES, store_certificates, store_pv, stored_pv
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.reports.keys import fingerprint, pem_of_der
from jury_app.reports.pdf_preview import PdfPages
from jury_app.reports.pv_checks import certificates_of, check_pv, expected_from_record
from jury_app.reports.pv_issue import INFO_SESSION, current_pv, pv_standing
from jury_app.reports.pv_request import (
    REQUEST_SUFFIX,
    certificates_json,
    is_request,
    read_request,
    request_zip,
)
from jury_app.reports.signing import pdf_info, revision_layout


def _problem(where: str, message: Message) -> InvalidInput:
    return InvalidInput([Problem(where, "", str(message), message)])


def _refused(where: str, problems: Iterable[str]) -> InvalidInput:
    """Problems worded below (French text that may keep its message) as one refusal."""
    return InvalidInput([Problem(where, "", str(p), plain(p)) for p in problems])


def pv_path(ctx: AppContext, session_id: str) -> Path:
    return ctx.paths.session_pv(session_id)


def pv_signatures(ctx: AppContext, session_id: str) -> int:
    """How many signatures the session's PV carries (0 when it was not generated yet)."""
    stored = stored_pv(ctx.paths, session_id)
    return 0 if stored is None else len(revision_layout(stored).signed)


def signatures_to_replace(ctx: AppContext, session_id: str) -> int:
    """The signatures that generating the PV now would set aside: those of a stored PV that is no
    longer current (0 when it is current, unsigned, or absent)."""
    stored = stored_pv(ctx.paths, session_id)
    if stored is None:
        return 0
    signed = len(revision_layout(stored).signed)
    if not signed:
        return 0
    with ctx.database.reader() as orm:
        current = pv_standing(orm, session_id, stored, session_row(orm, session_id).timezone).current
    return 0 if current else signed


def generate_pv(ctx: AppContext, session_id: str, *, replace_signed: bool = False, clock: Clock | None = None) -> Path:
    """The session's PV in force, in the data folder: kept while current, else generated again.

    Refused when the PV to replace carries signatures, unless `replace_signed` (it is then kept
    aside, dated)."""
    clock = clock or SystemClock()
    stored = stored_pv(ctx.paths, session_id)
    with ctx.database.session() as orm:
        zone = session_row(orm, session_id).timezone
        current = current_pv(orm, session_id, clock, stored, zone)
        if current.new and current.replaced_signatures and not replace_signed:
            raise _problem(
                "procès-verbal",
                msg(
                    "le procès-verbal porte déjà {0} signature(s) mais n'est plus à jour : le régénérer le remplace "
                    "(il est gardé à part), chaque juré devra signer le nouveau",
                    current.replaced_signatures,
                ),
            )
        if current.new:
            store_pv(ctx.paths, session_id, current.pdf, keep_previous=current.replaced_signatures > 0, now=clock.now())
    return pv_path(ctx, session_id)


def pv_request(ctx: AppContext, session_id: str, out: Path, *, clock: Clock | None = None) -> Path:
    """« PV à faire signer »: the session's PV in force (with its signatures so far) and the
    certificates that check it, for jurors signing on their own laptop. Refused while a
    deliberation is open, or when replacing the stored PV would drop signatures."""
    clock = clock or SystemClock()
    out = Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise _problem("--out", msg("{0} : indiquez un fichier dans un dossier existant", out))
    path = generate_pv(ctx, session_id, clock=clock)
    pdf = read_bounded(path, MAX_PV_BYTES, msg("le procès-verbal"))
    with ctx.database.reader() as orm:
        standing = pv_standing(orm, session_id, pdf, session_row(orm, session_id).timezone)
        if standing.record is None or standing.problems:
            raise _refused("procès-verbal", standing.problems)
        certs = certificates_of(orm, standing.record, clock.now())
    store_certificates(ctx.paths, session_id, certificates_json(certs))
    target = out if out.suffix == REQUEST_SUFFIX else out.with_name(out.name + REQUEST_SUFFIX)
    return write_atomic(target, request_zip(pdf, certs), mode=0o644)


@dataclass(frozen=True)
class PvImport:
    session_id: str
    path: Path  # where the PV is kept: the data folder
    status: str  # imported | unchanged
    signed_by: tuple[str, ...]  # names of the jurors whose signature it carries
    missing: tuple[str, ...]  # names of the jurors who still have to sign
    registered: tuple[tuple[str, str], ...]  # (juror name, fingerprint) of certificates registered now
    message: Told  # French (the command line prints it), translated by the screens


def new_certificates(ctx: AppContext, file: Path) -> list[tuple[str, str, str]]:
    """(juror ref, juror name, fingerprint) of the signatures in `file` whose juror has no certificate
    registered here yet: the lead confirms each fingerprint with the juror before importing."""
    pdf, sid = _read_signed(file)
    with ctx.database.reader() as orm:
        standing = pv_standing(orm, sid, pdf, session_row(orm, sid).timezone)
        if standing.record is None:
            return []
        verdict = check_pv(pdf, expected_from_record(orm, standing.record), strict_certificates=False)
    return [
        (x.juror_ref, x.juror_name or "", x.signature.fingerprint)
        for x in verdict.signers
        if x.juror_ref and x.registered is None
    ]


def _read_signed(file: Path) -> tuple[bytes, str]:
    data = read_bounded(Path(file), MAX_PV_BYTES, msg("un fichier"))
    pdf = read_request(data, str(file))[0] if is_request(data) else data
    sid = pdf_info(pdf).get(INFO_SESSION)
    if not sid:
        raise _problem(str(file), msg("ce fichier n'est pas un procès-verbal généré par l'application"))
    return pdf, sid


def pv_import(
    ctx: AppContext, file: Path, *, trusted_fingerprints: frozenset[str] = frozenset(), clock: Clock | None = None
) -> PvImport:
    """The lead takes a PV signed on other laptops back: checked against the PV this laptop
    generated (current, from closed deliberations, nothing but signatures added, each valid), each
    certificate the one registered for the juror (a juror's first one registered when its
    fingerprint is in `trusted_fingerprints`), then kept as the session's PV, for the archive."""
    clock = clock or SystemClock()
    where = str(file)
    pdf, sid = _read_signed(file)
    with ctx.database.session() as orm:
        s = session_row(orm, sid)
        standing = pv_standing(orm, sid, pdf, s.timezone)
        if standing.record is None or standing.problems:
            raise _refused(where, standing.problems)
        expected = expected_from_record(orm, standing.record)
        verdict = check_pv(pdf, expected, strict_certificates=False)
        registered: list[tuple[str, str]] = []
        for line in verdict.signers:
            if line.juror_ref is None or line.registered is not None:
                continue
            if line.signature.fingerprint not in trusted_fingerprints:
                raise _problem(
                    where,
                    msg(
                        "premier certificat de {0} sur cet ordinateur (empreinte {1}) : vérifiez-la avec le juré, "
                        "puis confirmez-la",
                        line.juror_name,
                        line.signature.fingerprint,
                    ),
                )
            pem = pem_of_der(line.signature.certificate_der)
            orm.add(
                db.JurorKey(
                    session_id=sid,
                    juror_ref=line.juror_ref,
                    certificate_pem=pem,
                    fingerprint=fingerprint(pem.encode("ascii")),
                )
            )
            registered.append((line.juror_name or line.juror_ref, line.signature.fingerprint))
        orm.flush()
        verdict = check_pv(pdf, expected_from_record(orm, standing.record))
        if verdict.problems:
            raise _refused(where, verdict.problems)
        stored = stored_pv(ctx.paths, sid)
        status = "imported"
        if stored == pdf:
            status = "unchanged"
        elif stored is not None and stored.startswith(pdf):
            raise _problem(
                where, msg("le procès-verbal enregistré porte déjà ces signatures, et d'autres : rien à importer")
            )
        elif stored is not None and pv_standing(orm, sid, stored, s.timezone).current and not pdf.startswith(stored):
            raise _problem(
                where,
                msg(
                    "ce procès-verbal a été signé sur une autre copie que celle enregistrée ici, qui porte d'autres "
                    "signatures : exportez à nouveau le « PV à faire signer » et faites-le signer à la suite"
                ),
            )
        if status == "imported":
            store_pv(ctx.paths, sid, pdf, keep_previous=False, now=clock.now())
        store_certificates(ctx.paths, sid, certificates_json(certificates_of(orm, standing.record, clock.now())))
    signed = tuple(x.juror_name or "" for x in verdict.signers)
    missing = tuple(x.name for x in verdict.missing)
    listed = ", ".join(missing)
    message = Told(
        msg("procès-verbal complet : tous les jurés ont signé") if not missing else msg("reste à signer : {0}", listed)
    )
    return PvImport(sid, pv_path(ctx, sid), status, signed, missing, tuple(registered), message)


def pv_generated_at(ctx: AppContext, session_id: str) -> datetime | None:
    """When the PV in the data folder was generated (None: none, or not one this laptop made)."""
    stored = stored_pv(ctx.paths, session_id)
    if stored is None:
        return None
    with ctx.database.reader() as orm:
        standing = pv_standing(orm, session_id, stored, session_row(orm, session_id).timezone)
        return standing.record.generated_at if standing.record else None


def pv_pages(file: Path) -> PdfPages:
    """The pages of a PV (a PDF, or the PV inside a « PV à faire signer » file), each juror's box as
    it reads now, to be read before signing: open, rendered page by page; the caller closes it."""
    data = read_bounded(Path(file), MAX_PV_BYTES, msg("un fichier"))
    pdf = read_request(data, str(file))[0] if is_request(data) else data
    return PdfPages(pdf)
