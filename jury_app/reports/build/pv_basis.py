"""What each decision of the PV rests on, as the référentiel lists it: the modalities of the
candidate's path (timed ones with their state, those on documents as such), the documents they
assess; for a titre professionnel (RE lines 1502-1509) the dossier professionnel, the results of the
evaluations during training (ECF, for a candidate from training, recorded per CCP) and the proof of
the in-company periods; the units already held."""

from __future__ import annotations

from collections.abc import Sequence

from jury_app.data import models as db
from jury_app.domain.closing import required_company_hours
from jury_app.domain.codes import AccessPath
from jury_app.domain.referentiel import CertificationKind, Modality, Referentiel, SessionDefinition
from jury_app.domain.wording import attachment_label, capital, fr_date, run_status_label
from jury_app.reports.model import CandidateInfo

DOSSIER_PROFESSIONNEL = "dossier_professionnel"
"""A titre professionnel's jury always has the candidate's dossier professionnel before it (RE), in
every session but the capitalisation interview, which is held on the livret de certification."""


def _document(info: CandidateInfo, kind: str) -> str:
    titles = [title for _id, k, title in info.attachments if k == kind]
    return f"joint au dossier de session ({titles[0]})" if titles else "non joint au dossier de session"


def _documents(ref: Referentiel, modalities: Sequence[Modality], path: str) -> list[str]:
    """The kinds of document the jury judges on, in the order the modalities name them."""
    kinds: list[str] = []
    for m in modalities:
        kinds += [k for k in m.documents if k not in kinds]
    tp = ref.kind == CertificationKind.TITRE_PROFESSIONNEL
    if tp and path != AccessPath.CAPITALISATION and DOSSIER_PROFESSIONNEL not in kinds:
        kinds.append(DOSSIER_PROFESSIONNEL)
    return kinds


def basis_lines(
    ref: Referentiel,
    sdef: SessionDefinition,
    info: CandidateInfo,
    runs: Sequence[db.ModalityRun],
    *,
    held_units: bool = True,
) -> tuple[tuple[str, str], ...]:
    """(label, value) lines: what the jury had before it for this candidate (`held_units`: with the
    units held before, unless the caller tells them with their proof itself)."""
    unit = ref.terms.unit_short
    modalities = sdef.modalities_for(info.path)
    status = {r.modality_id: run_status_label(r.status) for r in runs}
    taken = "; ".join(
        f"{m.title} ({'sur document' if m.assessment == 'document' else status.get(m.id, 'non passée')})"
        for m in modalities
    )
    lines: list[tuple[str, str]] = [("Modalités d'évaluation", taken or "aucune")]
    lines += [(capital(attachment_label(k)), _document(info, k)) for k in _documents(ref, modalities, info.path)]
    if info.path == AccessPath.FORMATION:
        if ref.kind == CertificationKind.TITRE_PROFESSIONNEL or info.ecf_results:
            ecf = ", ".join(
                f"{e.unit_id} {'acquis' if e.result == 'acquis' else 'non acquis'}"
                + (f" le {fr_date(e.on)}" if e.on else "")
                for e in info.ecf_results
            )
            lines.append((f"Évaluations en cours de formation (ECF), par {unit}", ecf or "résultats non fournis"))
        needed = required_company_hours(ref, sdef)  # the title's, or the one unit's of a CCP session
        if needed is not None or info.company_hours is not None:
            hours = "non renseignées" if info.company_hours is None else f"{info.company_hours} h"
            if info.company_hours is not None and needed:
                what = f"le {sdef.unit_id}" if sdef.unit_id else ref.terms.certification_article
                hours += f" (minimum {needed} h pour {what})"
            proofs = [title for _id, k, title in info.attachments if k == "preuve_stage"]
            hours += (
                f" ; justificatif : {proofs[0]}" if proofs else " ; justificatif conservé par le responsable de session"
            )
            lines.append(("Périodes en entreprise", hours))
    for held in info.held_units if held_units else ():
        under = f", obtenu sous {held.obtained_under}" if held.obtained_under else ""
        when = f" le {fr_date(held.obtained_on)}" if held.obtained_on else ""
        proof = "preuve jointe" if held.proof_attachment_id else "preuve non jointe"
        lines.append((f"{held.unit_id} déjà acquis", f"obtenu{when}{under} ; {proof}"))
    return tuple(lines)
