"""The report data objects: plain frozen dataclasses, and the French wording of their values.

Builders in `jury_app.reports.build` fill them from the database; the renderers (`pdf_*`,
`results_export`) only lay them out. Nothing here touches the database or reportlab, so every
report can be checked in depth as data before it is drawn.

Values keep the application's codes ("satisfied", "acquired", "granted"...);
`jury_app.domain.wording` turns them into the French words the documents print. Times are aware
datetimes (UTC from the database); they are shown in the session's zone (`ReportHeader.zone`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from jury_app.domain.codes import TITLE as TITLE  # the unit id of the decision on the title itself
from jury_app.domain.grading import OVERALL as OVERALL  # the competence id of an overall judgement
from jury_app.domain.referentiel import DEFAULT_TERMS, CertificationKind, Terms
from jury_app.domain.wording import DEFAULT_TIMEZONE, capital, proposal_label, session_zone, unit_status_label

# --- codes -------------------------------------------------------------------------------------


MOCK_MENTION = "EXAMEN BLANC – sans valeur certificative"
PAPER_MENTION = "Grille papier de secours — à ressaisir dans l'application (saisie marquée « papier »)"

SIGNATURE_FIELD_PREFIX = "SignatureJure"
MAX_SIGNATURE_FIELDS = 99


def pv_signature_field_name(index: int) -> str:
    """The name of the PV's signature field of the juror at `index` (1-based, in jury order).

    All names have the same length, so none is a prefix of another ("SignatureJure01" ..
    "SignatureJure99"): the signing code can look a field up by name without ambiguity.
    """
    if not 1 <= index <= MAX_SIGNATURE_FIELDS:
        raise ValueError(f"numéro de signataire hors limites : {index} (1 à {MAX_SIGNATURE_FIELDS})")
    return f"{SIGNATURE_FIELD_PREFIX}{index:02d}"


# --- shared parts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportHeader:
    """What every report says about itself: which document, which certification, which session."""

    document: str  # "Procès-verbal de délibération", "Grilles d'évaluation"...
    certification_title: str  # "Conseiller en insertion professionnelle"
    certification_label: str  # "Titre professionnel Conseiller en insertion professionnelle"
    certification_code: str  # "TP-00403"
    certification_version: str  # "08"
    rncp: str | None
    session_id: str
    session_title: str
    session_kind: str  # title | ccp | mock
    session_definition_title: str  # the référentiel's name of the session ("Session du titre professionnel")
    unit_id: str | None  # the CCP/block of a CCP session
    centre_name: str
    centre_address: str
    dates: tuple[date, ...]
    session_lead: str
    generated_at: datetime
    mock: bool  # an "examen blanc": every page says it has no certifying value
    timezone: str = DEFAULT_TIMEZONE  # the session's zone (IANA name): every time is printed in it
    session_number: str = ""  # numéro de session
    approval_number: str = ""  # numéro d'agrément / d'habilitation du centre
    legal_basis: str = ""  # the text creating the certification (« Arrêté du 21 novembre 2022 … »)
    terms: Terms = DEFAULT_TERMS[CertificationKind.TITRE_PROFESSIONNEL]  # the certification's own words
    registration_end: date | None = None  # the certification's registration ends (last day)
    registration_ended_reason: str = ""  # why the session is held after it ended ("" when it is not)

    @property
    def zone(self) -> ZoneInfo:
        return session_zone(self.timezone)


@dataclass(frozen=True)
class JurorInfo:
    ref: str
    first_name: str
    last_name: str
    role: str  # president | member
    profession: str
    civility: str = ""  # "M.", "Mme" or "": the words that fit the person, or neutral ones
    organisation: str = ""
    profile: str = ""  # the référentiel's words for the profile the juror sits for ("" when none)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def formal_name(self) -> str:
        """ "Mme Martine Roussel"; the name alone without a civility."""
        return f"{self.civility} {self.name}" if self.civility else self.name

    @property
    def short_name(self) -> str:
        """ "Mme Roussel": what fits a table column; the whole name without a civility (an initial
        would read as « M. », Monsieur)."""
        return f"{self.civility} {self.last_name}" if self.civility else self.name


@dataclass(frozen=True)
class EcfLine:
    """A result of an evaluation during training (ECF), as the package records it for a CCP/block."""

    unit_id: str
    result: str  # acquis | non_acquis
    on: date | None
    attachment_id: str | None


@dataclass(frozen=True)
class HeldUnitLine:
    """A CCP/block the candidate already holds: under which version, when, with which proof."""

    unit_id: str
    obtained_under: str | None  # "CODE@VERSION"; None: the session's
    obtained_on: date | None
    proof_attachment_id: str | None


@dataclass(frozen=True)
class CandidateInfo:
    """Who the candidate is, as documents may print it. The reason of an accommodation (health
    data) is never here: only what it changes, the extra time."""

    ref: str
    first_name: str
    last_name: str
    path: str  # formation | vae | capitalisation
    units_sought: tuple[str, ...]
    units_held: tuple[str, ...]
    extra_time_percent: int
    civility: str = ""  # "M.", "Mme" or ""
    birth_date: date | None = None
    candidate_number: str = ""
    company_hours: int | None = None  # in-company hours done (formation path)
    ecf_results: tuple[EcfLine, ...] = ()
    held_units: tuple[HeldUnitLine, ...] = ()
    attachments: tuple[tuple[str, str, str], ...] = ()  # (id, kind, title) of the candidate's documents

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def formal_name(self) -> str:
        """ "Mme Inès Haddad"; the name alone without a civility."""
        return f"{self.civility} {self.name}" if self.civility else self.name


@dataclass(frozen=True)
class IncidentLine:
    at: datetime
    kind: str  # pause | absence | abandonment | recusal | other
    text: str
    juror_name: str  # who recorded it ("" when unknown)
    candidate_name: str | None  # None for an incident of the whole session
    modality_title: str | None


@dataclass(frozen=True)
class RecusalLine:
    juror_ref: str
    juror_name: str
    note: str  # the link the juror declared


# --- evaluation grid ---------------------------------------------------------------------------


@dataclass(frozen=True)
class JurorGridState:
    """One juror's grid of one modality: who, keyed how, how far."""

    juror: JurorInfo
    source: str | None  # app | paper; None when the juror entered nothing
    saved_at: datetime | None
    complete: bool


@dataclass(frozen=True)
class CriterionMarks:
    criterion_id: str
    text: str
    marks: tuple[str | None, ...]  # satisfied | not_satisfied | not_observed | None, one per juror


@dataclass(frozen=True)
class CompetenceMarks:
    """One competence in one modality, the jurors side by side (same order as the modality's jurors)."""

    competence_id: str  # or OVERALL
    number: int | None
    title: str
    criteria: tuple[CriterionMarks, ...]
    judgements: tuple[str | None, ...]  # acquired | not_acquired | None
    suggested: tuple[str | None, ...]  # what the app suggested from the marks
    observations: tuple[str, ...]


@dataclass(frozen=True)
class NoteLine:
    juror_name: str
    at: datetime
    phase_label: str
    text: str


@dataclass(frozen=True)
class PhaseTiming:
    phase_id: str
    title: str
    base_s: int  # duration from the référentiel
    planned_s: int  # duration granted to this candidate (extra time included)
    actual_s: float | None  # time spent, pauses excluded; None when the phase was not run
    paused_s: float
    pauses: int
    started_at: datetime | None
    ended_at: datetime | None
    source: str | None = "referentiel"  # referentiel | session | remainder | phases; None: left open
    shared: bool = False  # an open phase: planned_s is the time the open phases have together


@dataclass(frozen=True)
class PauseLine:
    at: datetime
    phase_title: str
    reason: str
    duration_s: float | None  # None while the pause goes on


@dataclass(frozen=True)
class ScenarioDrawn:
    ref: str
    title: str
    structure_type: str
    drawn_at: datetime
    witness: str
    redraws: int  # draws superseded before this one


@dataclass(frozen=True)
class ModalityReport:
    modality_id: str
    title: str
    duration_min: int | None
    status: str  # todo | in_progress | done | absent | abandoned
    extra_time_percent: int
    speed: float  # > 1 only in a mock session rehearsing with accelerated timers
    jurors: tuple[JurorGridState, ...]
    competences: tuple[CompetenceMarks, ...]
    notes: tuple[NoteLine, ...]
    phases: tuple[PhaseTiming, ...]
    pauses: tuple[PauseLine, ...]
    incidents: tuple[IncidentLine, ...]
    scenario: ScenarioDrawn | None
    duration_source: str | None = "referentiel"  # where duration_min comes from (see PhaseTiming.source)
    documents: tuple[str, ...] = ()  # a modality on documents: the kinds of documents the jurors judge

    @property
    def on_document(self) -> bool:
        return bool(self.documents) and self.duration_min is None and not self.phases

    @property
    def graded(self) -> bool:
        """At least one juror entered something in this modality."""
        return any(j.source is not None for j in self.jurors)


@dataclass(frozen=True)
class GridReport:
    header: ReportHeader
    candidate: CandidateInfo
    jury: tuple[JurorInfo, ...]
    recusals: tuple[RecusalLine, ...]
    absent: bool
    abandoned: bool
    incidents: tuple[IncidentLine, ...]  # the candidate's incidents outside any modality
    modalities: tuple[ModalityReport, ...]


# --- blank paper grid --------------------------------------------------------------------------


@dataclass(frozen=True)
class BlankCompetence:
    competence_id: str  # or OVERALL
    number: int | None
    title: str
    criteria: tuple[tuple[str, str], ...]  # (criterion id, text)


@dataclass(frozen=True)
class BlankGridReport:
    header: ReportHeader
    candidate: CandidateInfo
    jurors: tuple[JurorInfo, ...]  # the jurors who may fill it (the recused ones left out)
    modality_id: str
    modality_title: str
    duration_min: int | None
    phases: tuple[PhaseTiming, ...]  # planned only
    scenario_drawn_by_lot: bool
    competences: tuple[BlankCompetence, ...]


# --- procès-verbal -----------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInfo:
    unit_id: str
    number: int
    title: str


@dataclass(frozen=True)
class UnitOutcome:
    """The jury's decision on a CCP/block, or on the title (unit_id TITLE)."""

    unit_id: str
    title: str
    status: str  # granted | refused | pending | held | not_presented | absent
    proposal: str | None  # grant | refuse | undetermined, as recorded with the decision
    reason: str
    feminine: bool = False  # the certification is named in the feminine: « délivrée »

    @property
    def status_text(self) -> str:
        """Acquis, Non acquis, Déjà acquis... ("Délivré" for the title, "Délivrée" for a certification)."""
        return capital(unit_status_label(self.status, title=self.unit_id == TITLE, feminine=self.feminine))

    @property
    def proposal_text(self) -> str:
        return proposal_label(self.proposal, title=self.unit_id == TITLE, feminine=self.feminine)


@dataclass(frozen=True)
class CompetenceJudgement:
    competence_id: str
    number: int
    title: str
    unit_id: str
    judgement: str | None  # the jury's common judgement: acquired | not_acquired | None
    juror_judgements: int = 0  # the jurors' judgements it rests on, in the modalities of the path
    reason: str = ""  # why it departs from every juror's judgement, when it does


@dataclass(frozen=True)
class HeldLine:
    """A CCP/block held before the session, and the document proving it."""

    unit_id: str
    obtained_under: str  # CODE@VERSION
    through_equivalence: bool  # obtained under another version, counted through the référentiel's table
    proof: str  # the document's title; "" when the package gives none
    proof_ref: str | None
    obtained_on: date | None = None


@dataclass(frozen=True)
class OverrideLine:
    """An item missing when the deliberation closed, and the jury's written reason for closing."""

    message: str
    reason: str


@dataclass(frozen=True)
class IdentityLine:
    """A change of the candidate's name or birth date made after the jury worked on them."""

    before: str
    after: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class PvCandidate:
    candidate: CandidateInfo
    absent: bool
    abandoned: bool
    closed: bool  # the deliberation is closed (decisions locked)
    units: tuple[UnitOutcome, ...]  # aligned with PvReport.units
    title: UnitOutcome | None  # None in a session that does not decide the title
    scenarios: tuple[ScenarioDrawn, ...]
    recusals: tuple[RecusalLine, ...]
    incidents: tuple[IncidentLine, ...]
    competences: tuple[CompetenceJudgement, ...]
    closed_at: datetime | None = None  # when the deliberation was closed
    basis: tuple[tuple[str, str], ...] = ()  # (label, value): what the decisions rest on, as the RE lists it
    declared_no_link: tuple[str, ...] = ()  # the jurors who declared no link with the candidate
    next_step: str = ""  # what follows this session for the candidate (the capitalisation interview)
    held: tuple[HeldLine, ...] = ()
    overrides: tuple[OverrideLine, ...] = ()
    identity_changes: tuple[IdentityLine, ...] = ()

    @property
    def departures(self) -> tuple[CompetenceJudgement, ...]:
        """The common judgements departing from every juror's, each with its reason."""
        return tuple(j for j in self.competences if j.reason)


@dataclass(frozen=True)
class SignatureBlock:
    index: int  # 1-based, in jury order
    juror: JurorInfo
    strokes: tuple[tuple[tuple[float, float], ...], ...] | None  # handwritten, (x, y) in 0..1, y down
    field_name: str  # pv_signature_field_name(index)


@dataclass(frozen=True)
class PvReport:
    header: ReportHeader
    place: str  # "Lyon": where the PV is drawn up
    signed_on: date  # the day of the deliberation
    jury: tuple[JurorInfo, ...]
    units: tuple[UnitInfo, ...]  # the CCP/blocks decided in this session, in order
    decides_title: bool
    candidates: tuple[PvCandidate, ...]
    general_incidents: tuple[IncidentLine, ...]  # incidents of the whole session
    signatures: tuple[SignatureBlock, ...]  # the jurors who must sign (a juror recused for all does not)
    draft: bool = False  # a deliberation is still open: the PV says so and cannot be signed
    decision_basis: tuple[str, ...] = ()  # the référentiel's words: what the jury decides in view of
    unit_word: str = "CCP"  # the certification's word for a unit (« CCP », « bloc »)
    certification_word: str = "titre professionnel"  # « titre professionnel », « certification »
    complementary_session: str = ""  # the référentiel's session of a complementary evaluation ("" if none)


# --- feedback of a mock session ----------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackCriterion:
    criterion_id: str
    text: str
    status: str  # satisfied | not_satisfied | not_observed | not_evaluated
    modalities: tuple[str, ...]  # titles of the modalities where it was marked


@dataclass(frozen=True)
class FeedbackObservation:
    modality_title: str
    juror_name: str
    text: str


@dataclass(frozen=True)
class FeedbackCompetence:
    competence_id: str  # or OVERALL
    number: int | None
    title: str
    strengths: tuple[FeedbackCriterion, ...]  # satisfied criteria
    improvements: tuple[FeedbackCriterion, ...]  # criteria not satisfied or not observed
    not_evaluated: tuple[FeedbackCriterion, ...]
    observations: tuple[FeedbackObservation, ...]
    judgement: str | None  # the jury's common judgement, when it gave one


@dataclass(frozen=True)
class FeedbackReport:
    header: ReportHeader
    candidate: CandidateInfo
    jury: tuple[JurorInfo, ...]
    absent: bool
    competences: tuple[FeedbackCompetence, ...]
