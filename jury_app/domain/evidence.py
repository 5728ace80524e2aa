"""No decision without evidence: what the jury may grant, and why not when it may not.

The rules, each from the seeds (RE = seed 002, arrêté = seed 001):
- a competence is judged "acquis" by the jury only when at least one juror judged it in a modality
  that evaluates it for the candidate's path (RE l. 1502-1507: the jury decides "au vu" of the
  modalities; RE 3.1 names the modalities that evaluate each competence);
- a common judgement that departs from every juror's judgement needs a written reason;
- a CCP/block is granted only when each of its competences is judged "acquis" on evidence
  (`unit_granted_when: all_competences_acquired`), or it is already held, with the document that
  proves it, under this version or one the référentiel names as equivalent (arrêté, art. 7: the CCPs
  of the 2017 version "sont réputés" obtained);
- the title (the whole certification) only when every CCP/block is granted or held so, and when
  every interview on the whole certification the candidate's path takes was judged by a juror
  (RE l. 1507 d) and l. 1509: the "entretien" the jury decides in view of);
- an absent candidate gets no decision at all.

Everything here is pure: the actions gather the jurors' judgements and the candidate's documents and
ask these functions; the same answers reach the screen (a disabled choice and its reason) and the
refusal of an action (the same French sentence).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from jury_app.domain.messages import Told, joined, msg
from jury_app.domain.referentiel import Judgement, Modality, Referentiel
from jury_app.domain.wording import term

ABSENT_NO_DECISION = Told(msg("candidat absent : aucune décision n'est prise pour lui"))
JUDGEMENT_WORDS = {Judgement.ACQUIRED: Told(msg("acquis")), Judgement.NOT_ACQUIRED: Told(msg("non acquis"))}


@dataclass(frozen=True)
class Evidence:
    """What the jurors said of one competence in the modalities that evaluate it for the candidate."""

    competence_id: str
    modalities: tuple[str, ...]
    """The candidate's modalities (ids) that evaluate the competence, in the session's order."""
    judgements: tuple[Judgement, ...]
    """Every juror judgement given there (one per juror and modality)."""

    @property
    def count(self) -> int:
        return len(self.judgements)

    @property
    def has_evidence(self) -> bool:
        return bool(self.judgements)


def gather_evidence(
    competence_ids: Iterable[str],
    modalities: Sequence[Modality],
    judged: Mapping[tuple[str, str], Iterable[Judgement | None]],
) -> dict[str, Evidence]:
    """The evidence for each competence: `modalities` are those of the candidate's path, `judged`
    maps (modality id, competence id) to the jurors' judgements there (None: not given)."""
    out: dict[str, Evidence] = {}
    for cid in competence_ids:
        where = tuple(m.id for m in modalities if cid in m.evaluates)
        given = tuple(j for mid in where for j in judged.get((mid, cid), ()) if j is not None)
        out[cid] = Evidence(cid, where, given)
    return out


def departs_from_jurors(evidence: Evidence, judgement: Judgement | None) -> bool:
    """Whether the common judgement differs from every judgement a juror gave (none given: no)."""
    return judgement is not None and evidence.has_evidence and judgement not in evidence.judgements


def no_evidence_text(competence_id: str) -> Told:
    return Told(
        msg(
            "{0} : aucun juré ne l'a évaluée dans une modalité de son parcours, elle ne peut pas être jugée acquise",
            competence_id,
        )
    )


def common_judgement_problem(evidence: Evidence, judgement: Judgement | None, reason: str) -> Told | None:
    """Why the jury cannot set this common judgement (with this reason), or None when it can."""
    cid = evidence.competence_id
    if judgement is Judgement.ACQUIRED and not evidence.has_evidence:
        return no_evidence_text(cid)
    if departs_from_jurors(evidence, judgement) and not reason.strip():
        given = joined(sorted({JUDGEMENT_WORDS[j] for j in evidence.judgements}), ", ")
        chosen = JUDGEMENT_WORDS[judgement] if judgement else ""
        return Told(
            msg(
                "{0} : le jugement commun « {1} » s'écarte de celui de chaque juré ({2}) : indiquez le motif",
                cid,
                chosen,
                given,
            )
        )
    return None


# --- units held before ------------------------------------------------------------------------


class HeldDetail(Protocol):
    """A unit the candidate holds, as the package details it (`units_held_detail`)."""

    @property
    def unit_id(self) -> str: ...
    @property
    def obtained_under(self) -> str | None: ...
    @property
    def proof_attachment_id(self) -> str | None: ...
    @property
    def obtained_on(self) -> date | None: ...


@dataclass(frozen=True)
class HeldUnit:
    """A unit of this référentiel the candidate already holds, and on which proof."""

    unit_id: str
    obtained_under: str  # CODE@VERSION it was obtained under
    source_unit: str  # its id there
    proof: str | None  # the attachment proving it; None: declared without a document
    obtained_on: date | None
    through_equivalence: bool  # obtained under another version, counted through the référentiel's table


def held_units(ref: Referentiel, units_held: Iterable[str], details: Iterable[HeldDetail]) -> dict[str, HeldUnit]:
    """Each unit the candidate declares held, with the document proving it when the package gives one.

    A detail obtained under another version counts through `ref.equivalences`; one that counts as no
    unit of this référentiel proves nothing (the package check refuses it)."""
    out: dict[str, HeldUnit] = {}
    for d in details:
        under = d.obtained_under or ref.key
        unit = ref.equivalent_unit(under, d.unit_id)
        if unit is None:
            continue
        found = HeldUnit(unit, under, d.unit_id, d.proof_attachment_id, d.obtained_on, under != ref.key)
        known = out.get(unit)
        if known is None or (known.proof is None and found.proof is not None):
            out[unit] = found
    for uid in units_held:
        if uid not in out:
            out[uid] = HeldUnit(uid, ref.key, uid, None, None, False)
    return {uid: out[uid] for uid in units_held if uid in out}


def held_problem(ref: Referentiel, held: HeldUnit) -> Told | None:
    """Why a unit declared held cannot count for the certification, or None when it can."""
    if held.proof is None:
        return Told(
            msg(
                "{0} déclaré déjà acquis sans le document qui le prouve (preuve du {1} absente du paquet)",
                held.unit_id,
                term(ref.terms.unit_short),
            )
        )
    return None


# --- decisions --------------------------------------------------------------------------------


def unit_grant_problems(
    ref: Referentiel, unit_id: str, evidence: Mapping[str, Evidence], common: Mapping[str, Judgement | None]
) -> tuple[str, ...]:
    """Why the jury cannot grant this CCP/block now (empty: it can): each competence must be judged
    acquired in common, on evidence."""
    problems = []
    for cid in ref.unit(unit_id).competence_ids:
        ev = evidence.get(cid)
        if ev is None or not ev.has_evidence:
            problems.append(Told(msg("{0} : évaluée par aucun juré dans une modalité de son parcours", cid)))
        elif common.get(cid) is None:
            problems.append(Told(msg("{0} : jugement commun à poser", cid)))
        elif common.get(cid) is Judgement.NOT_ACQUIRED:
            problems.append(Told(msg("{0} : jugée non acquise", cid)))
    return tuple(problems)


def title_grant_problems(
    ref: Referentiel,
    granted_now: Mapping[str, bool | None],
    held: Mapping[str, HeldUnit],
    interviews: Mapping[str, int],
) -> tuple[str, ...]:
    """Why the jury cannot grant the whole certification now (empty: it can).

    `granted_now` holds the decisions taken in this session on units (True granted, False refused,
    None not yet); `held` the units held before; `interviews` maps the title of each interview on the
    whole certification the candidate takes here to the number of juror judgements it received."""
    problems = []
    unit = term(ref.terms.unit_short)
    for u in ref.units:
        if u.id in held:
            problem = held_problem(ref, held[u.id])
            if problem is not None:
                problems.append(problem)
            continue
        decided = granted_now.get(u.id)
        if u.id not in granted_now:
            problems.append(Told(msg("{0} ni évalué dans cette session ni déjà acquis", u.id)))
        elif decided is None:
            problems.append(Told(msg("{0} : décision sur le {1} à prendre d'abord", u.id, unit)))
        elif decided is False:
            problems.append(Told(msg("{0} non acquis", u.id)))
    for title, count in interviews.items():
        if count == 0:
            problems.append(Told(msg("« {0} » : jugé par aucun juré", title)))
    return tuple(problems)


def grant_refusal(what: str, problems: Sequence[str]) -> Told:
    """The French sentence refusing to grant `what` ("CCP2", "le titre", "la certification"), with every
    reason; worded without a participle, which would have to agree with what is granted."""
    return Told(msg("impossible d'accorder {0} : {1}", term(what), joined(problems, " ; ")))


def interview_judgements(
    modalities: Sequence[Modality], judged: Mapping[tuple[str, str], Iterable[Judgement | None]], overall_key: str
) -> dict[str, int]:
    """For each interview on the whole certification among `modalities`, how many jurors judged it."""
    return {
        m.title: sum(1 for j in judged.get((m.id, overall_key), ()) if j is not None)
        for m in modalities
        if m.evaluates_whole_certification and not m.evaluates
    }


def all_have_evidence(evidence: Mapping[str, Evidence], competence_ids: Collection[str]) -> bool:
    return all(evidence[cid].has_evidence for cid in competence_ids if cid in evidence) and all(
        cid in evidence for cid in competence_ids
    )
