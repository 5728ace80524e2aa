"""What each decision of the PV rests on, as the RE lists it (RE lines 1502-1509): the modalities the
candidate took, the dossier professionnel, the results of the evaluations during training (ECF, for
a candidate from training, recorded per CCP/block), the interview; the livret de certification for a
candidate completing the title by capitalisation. With the proof of the in-company periods and the
units already held."""

from __future__ import annotations

from collections.abc import Sequence

from jury_app.data import models as db
from jury_app.domain.referentiel import Referentiel, SessionDefinition
from jury_app.domain.wording import attachment_label, capital, fr_date, run_status_label
from jury_app.reports.model import CandidateInfo


def _document(info: CandidateInfo, kind: str) -> str:
    titles = [title for _id, k, title in info.attachments if k == kind]
    return f"joint au dossier de session ({titles[0]})" if titles else "non joint au dossier de session"


def basis_lines(
    ref: Referentiel, sdef: SessionDefinition, info: CandidateInfo, runs: Sequence[db.ModalityRun]
) -> tuple[tuple[str, str], ...]:
    """(label, value) lines: what the jury had before it for this candidate."""
    titles = {m.id: m.title for m in sdef.modalities}
    unit = ref.terms.unit_short
    lines: list[tuple[str, str]] = []
    taken = "; ".join(f"{titles.get(r.modality_id, r.modality_id)} ({run_status_label(r.status)})" for r in runs)
    lines.append(("Modalités d'évaluation", taken or "aucune"))
    if info.path == "capitalisation":
        lines.append((capital(attachment_label("livret_certification")), _document(info, "livret_certification")))
    else:
        lines.append((capital(attachment_label("dossier_professionnel")), _document(info, "dossier_professionnel")))
    if info.path == "formation":
        ecf = ", ".join(
            f"{e.unit_id} {'acquis' if e.result == 'acquis' else 'non acquis'}"
            + (f" le {fr_date(e.on)}" if e.on else "")
            for e in info.ecf_results
        )
        lines.append((f"Évaluations en cours de formation (ECF), par {unit}", ecf or "résultats non fournis"))
        hours = "non renseignées" if info.company_hours is None else f"{info.company_hours} h"
        if info.company_hours is not None and ref.min_company_hours_title:
            hours += f" (minimum {ref.min_company_hours_title} h pour {ref.terms.certification_article})"
        proofs = [title for _id, k, title in info.attachments if k == "preuve_stage"]
        hours += (
            f" ; justificatif : {proofs[0]}" if proofs else " ; justificatif conservé par le responsable de session"
        )
        lines.append(("Périodes en entreprise", hours))
    for held in info.held_units:
        under = f", obtenu sous {held.obtained_under}" if held.obtained_under else ""
        when = f" le {fr_date(held.obtained_on)}" if held.obtained_on else ""
        proof = "preuve jointe" if held.proof_attachment_id else "preuve non jointe"
        lines.append((f"{held.unit_id} déjà acquis", f"obtenu{when}{under} ; {proof}"))
    return tuple(lines)
