"""Deliberation rules: what the app proposes to the jury, and when a decision needs a reason.

The jury always decides; the app proposes from the référentiel's decision rules:
- a common judgement per competence, from the jurors' judgements in every modality that evaluated
  it (a proposal only when they all agree; otherwise the disagreement is shown);
- a decision per CCP/block: granted when every competence of it is acquired
  (`unit_granted_when: all_competences_acquired`);
- a decision on the title: granted only when every CCP/block is acquired, counting those the
  candidate already holds (`title_granted_when: all_units_acquired`).
A decision that departs from the proposal, and every refusal, needs a written reason
(`reason_required_for`). A candidate who fails the title keeps the CCPs granted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from jury_app.domain.messages import Told, msg
from jury_app.domain.referentiel import DecisionRules, Judgement, Referentiel, SessionDefinition, SessionScope


class Proposal(StrEnum):
    GRANT = "grant"
    REFUSE = "refuse"
    UNDETERMINED = "undetermined"  # a judgement is missing: the jury decides without a proposal


@dataclass(frozen=True)
class CommonJudgementProposal:
    judgement: Judgement | None
    disagreement: bool  # the jurors' judgements differ
    count: int  # how many juror judgements were considered


def propose_common_judgement(judgements: Iterable[Judgement | None]) -> CommonJudgementProposal:
    given = [j for j in judgements if j is not None]
    distinct = set(given)
    if len(distinct) == 1:
        return CommonJudgementProposal(given[0], False, len(given))
    return CommonJudgementProposal(None, len(distinct) > 1, len(given))


def propose_unit(
    competence_ids: Sequence[str], common: Mapping[str, Judgement | None], rules: DecisionRules
) -> Proposal:
    """A CCP/block is proposed granted when every one of its competences is acquired."""
    assert rules.unit_granted_when == "all_competences_acquired"
    values = [common.get(cid) for cid in competence_ids]
    if any(v is Judgement.NOT_ACQUIRED for v in values):
        return Proposal.REFUSE
    if any(v is None for v in values):
        return Proposal.UNDETERMINED
    return Proposal.GRANT


def propose_title(
    unit_ids: Sequence[str], decided: Mapping[str, bool | None], held: Iterable[str], rules: DecisionRules
) -> Proposal:
    """The title is proposed granted only when every CCP/block is granted now or already held."""
    assert rules.title_granted_when == "all_units_acquired"
    held_set = set(held)
    outcomes = [True if uid in held_set else decided.get(uid) for uid in unit_ids]
    if any(o is False for o in outcomes):
        return Proposal.REFUSE
    if any(o is None for o in outcomes):
        return Proposal.UNDETERMINED
    return Proposal.GRANT


def reason_required(proposal: Proposal, granted: bool, rules: DecisionRules) -> bool:
    if not granted and "refusal" in rules.reason_required_for:
        return True
    departs = proposal is not Proposal.UNDETERMINED and (proposal is Proposal.GRANT) != granted
    return departs and "departure_from_proposal" in rules.reason_required_for


def units_decided_in(
    session_def: SessionDefinition, referentiel: Referentiel, units_sought: Sequence[str], units_held: Sequence[str]
) -> tuple[str, ...]:
    """The CCPs/blocks the jury decides on for this candidate in this session."""
    if session_def.scope is SessionScope.UNIT:
        assert session_def.unit_id is not None
        return (session_def.unit_id,)
    wanted = [u.id for u in referentiel.units if u.id not in set(units_held)]
    if units_sought:
        wanted = [u for u in wanted if u in set(units_sought)]
    return tuple(wanted)


COMPLEMENTARY_SESSION = "evaluation-complementaire"
"""Id of the référentiel's session where a complementary evaluation takes place (RNCP35635: « dans
un deuxième temps », seed 000 l. 176)."""


def complementary_session(referentiel: Referentiel) -> SessionDefinition | None:
    """The session a complementary evaluation is held in, when the référentiel provides one."""
    if not referentiel.decision_rules.complementary_evaluation:
        return None
    return next((d for d in referentiel.sessions if d.id == COMPLEMENTARY_SESSION), None)


def decides_title(session_def: SessionDefinition) -> bool:
    return session_def.scope is SessionScope.TITLE


def competences_for_units(referentiel: Referentiel, unit_ids: Iterable[str]) -> tuple[str, ...]:
    ids: list[str] = []
    for uid in unit_ids:
        ids.extend(referentiel.unit(uid).competence_ids)
    return tuple(ids)


@dataclass(frozen=True)
class DecisionProblem:
    target: str  # a unit id, "title", or a competence id
    message: str


def closing_problems(
    *,
    competence_ids: Sequence[str],
    common: Mapping[str, Judgement | None],
    unit_ids: Sequence[str],
    unit_decisions: Mapping[str, tuple[bool | None, Proposal, str]],
    title: tuple[bool | None, Proposal, str] | None,
    rules: DecisionRules,
    absent: bool,
    complementary: bool = False,
    certification: str = "titre",
) -> list[DecisionProblem]:
    """What prevents closing the deliberation of a candidate (empty when it can be closed).

    `complementary`: the jury could not agree on the certification and ordered a complementary
    evaluation; the CCPs/blocks it left undecided wait for it, and its reason is required.
    `certification` names the certification in the messages (« titre », « certification »).
    """
    if absent:
        return []
    problems: list[DecisionProblem] = []
    if complementary:
        reason = title[2] if title is not None else ""
        if not reason.strip():
            problems.append(
                DecisionProblem(
                    "title", Told(msg("évaluation complémentaire : motif obligatoire (ce sur quoi le jury diverge)"))
                )
            )
    for cid in competence_ids:
        if common.get(cid) is None and not complementary:
            problems.append(DecisionProblem(cid, Told(msg("{0} : jugement commun du jury à poser", cid))))
    for uid in unit_ids:
        granted, proposal, reason = unit_decisions.get(uid, (None, Proposal.UNDETERMINED, ""))
        if granted is None:
            if not complementary:
                problems.append(DecisionProblem(uid, Told(msg("{0} : décision à prendre", uid))))
        elif reason_required(proposal, granted, rules) and not reason.strip():
            problems.append(
                DecisionProblem(uid, Told(msg("{0} : motif obligatoire (refus ou écart avec la proposition)", uid)))
            )
    if title is not None and not complementary:
        granted, proposal, reason = title
        if granted is None:
            problems.append(DecisionProblem("title", Told(msg("{0} : décision à prendre", certification))))
        elif reason_required(proposal, granted, rules) and not reason.strip():
            problems.append(
                DecisionProblem(
                    "title", Told(msg("{0} : motif obligatoire (refus ou écart avec la proposition)", certification))
                )
            )
    return problems


class CandidateState(StrEnum):
    """What a session lead filters a long list of candidates by (overview, deliberation, closing check)."""

    TO_DELIBERATE = "to_deliberate"  # the deliberation is not closed
    DISAGREEMENT = "disagreement"  # two jurors not recused marked a criterion or judged a competence apart
    ABSENT = "absent"  # absent from every modality run so far
    CLOSED = "closed"  # the deliberation is closed
