"""The référentiel d'évaluation as data.

One model serves every certification: a titre professionnel (TP) with its CCPs, or an RNCP
certification with its blocks. Durations, phases, competences, criteria and decision rules all live
in the data; the code only interprets them. Where a source text gives no value (a duration, a
criterion), the field is left empty and `to_be_set` says so: nothing is invented.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

REFERENTIEL_FORMAT_VERSION = 1

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CertificationKind(StrEnum):
    TITRE_PROFESSIONNEL = "titre_professionnel"
    RNCP = "rncp"


class SessionScope(StrEnum):
    """What a session of the référentiel certifies."""

    TITLE = "title"  # the whole certification
    UNIT = "unit"  # one CCP / one block


class JuryPresence(StrEnum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"


class Criterion(_Strict):
    id: Identifier
    text: Text


class Competence(_Strict):
    id: Identifier
    number: int = Field(ge=1)
    title: Text
    unit_id: Identifier
    criteria: tuple[Criterion, ...] = ()
    criteria_to_be_set: bool = Field(
        default=False,
        description="True when the source gives no performance criterion for this competence.",
    )

    @model_validator(mode="after")
    def _criteria_or_flag(self) -> Competence:
        if not self.criteria and not self.criteria_to_be_set:
            raise ValueError("une compétence sans critère doit porter criteria_to_be_set=true")
        return self


class TransversalCompetence(_Strict):
    id: Identifier
    title: Text
    description: str = ""
    criteria: tuple[Criterion, ...] = Field(
        default=(), description="The REAC's performance criteria; judged through the competences below."
    )
    evaluated_through: tuple[Identifier, ...] = Field(
        description="Ids of the professional competences through which it is evaluated."
    )


class Unit(_Strict):
    """An activity type / CCP of a TP, or a block of an RNCP certification."""

    id: Identifier
    number: int = Field(ge=1)
    kind: Literal["ccp", "bloc"]
    title: Text
    competence_ids: tuple[Identifier, ...]
    min_company_hours: int | None = Field(
        default=None, ge=0, description="Minimum in-company period for formation candidates."
    )


class Phase(_Strict):
    id: Identifier
    title: Text
    duration_min: Minutes | None = Field(
        default=None, description="None when the source gives no duration for this phase."
    )
    jury_presence: JuryPresence = JuryPresence.REQUIRED
    description: str = ""


class Modality(_Strict):
    id: Identifier
    kind: Identifier = Field(description="mise_en_situation, entretien_technique, ...")
    title: Text
    duration_min: Minutes | None = None
    phases: tuple[Phase, ...] = ()
    evaluates: tuple[Identifier, ...] = Field(default=(), description="Competence ids; empty for an overall interview.")
    evaluates_whole_certification: bool = False
    after: tuple[Identifier, ...] = Field(
        default=(), description="Modality ids that must be finished before this one starts."
    )
    scenario_drawn_by_lot: bool = False
    description: str = ""
    to_be_set: tuple[str, ...] = Field(
        default=(), description="Fields the source leaves to the session (e.g. 'duration_min')."
    )

    @model_validator(mode="after")
    def _phase_sum(self) -> Modality:
        durations = [p.duration_min for p in self.phases]
        if (
            self.duration_min is not None
            and durations
            and all(d is not None for d in durations)
            and sum(d for d in durations if d is not None) != self.duration_min
        ):
            raise ValueError(
                f"la somme des phases ({sum(d for d in durations if d is not None)} min) "
                f"diffère de la durée de la modalité ({self.duration_min} min)"
            )
        return self


class JuryRules(_Strict):
    min_members: int = Field(ge=1)
    composition: str = ""
    presence_min: Minutes | None = None


class SessionDefinition(_Strict):
    id: Identifier
    scope: SessionScope
    unit_id: Identifier | None = None
    title: Text
    total_duration_min: Minutes | None = None
    modalities: tuple[Modality, ...]
    jury: JuryRules
    decision_basis: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _scope(self) -> SessionDefinition:
        if (self.scope is SessionScope.UNIT) != (self.unit_id is not None):
            raise ValueError("unit_id est requis pour une session de CCP/bloc, et seulement alors")
        ids = [m.id for m in self.modalities]
        if len(set(ids)) != len(ids):
            raise ValueError("identifiants de modalité en double")
        for m in self.modalities:
            for dep in m.after:
                if dep not in ids:
                    raise ValueError(f"la modalité {m.id} suit une modalité inconnue : {dep}")
        return self

    def modality(self, modality_id: str) -> Modality:
        for m in self.modalities:
            if m.id == modality_id:
                return m
        raise KeyError(modality_id)


class Judgement(StrEnum):
    ACQUIRED = "acquired"
    NOT_ACQUIRED = "not_acquired"


class DecisionRules(_Strict):
    """How the app proposes decisions; the jury always has the last word."""

    competence_judgements: tuple[Judgement, ...] = (Judgement.ACQUIRED, Judgement.NOT_ACQUIRED)
    suggest_acquired_min_satisfied_ratio: float = Field(
        default=1.0,
        ge=0,
        le=1,
        description="Share of the observed criteria that must be satisfied to suggest 'acquired'.",
    )
    unit_granted_when: Literal["all_competences_acquired"] = "all_competences_acquired"
    title_granted_when: Literal["all_units_acquired"] = "all_units_acquired"
    units_kept_on_title_failure: bool = True
    reason_required_for: tuple[Literal["departure_from_proposal", "refusal"], ...] = (
        "departure_from_proposal",
        "refusal",
    )


class Path(_Strict):
    id: Literal["formation", "vae", "capitalisation"]
    title: Text
    description: str = ""
    session_ids: tuple[Identifier, ...] = Field(default=(), description="Sessions a candidate on this path takes.")


class Referentiel(_Strict):
    format_version: Literal[1] = 1
    code: Identifier
    version: Identifier
    kind: CertificationKind
    rncp: str | None = None
    title: Text
    short_title: str = ""
    level: str = ""
    source: str = Field(default="", description="Where the data was read from.")
    units: tuple[Unit, ...]
    competences: tuple[Competence, ...]
    transversal_competences: tuple[TransversalCompetence, ...] = ()
    sessions: tuple[SessionDefinition, ...]
    decision_rules: DecisionRules = DecisionRules()
    paths: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _references(self) -> Referentiel:
        comp_ids = [c.id for c in self.competences]
        unit_ids = [u.id for u in self.units]
        session_ids = [s.id for s in self.sessions]
        crit_ids = [cr.id for c in self.competences for cr in c.criteria]
        for label, ids in (
            ("compétence", comp_ids),
            ("CCP/bloc", unit_ids),
            ("session", session_ids),
            ("critère", crit_ids),
        ):
            if len(set(ids)) != len(ids):
                raise ValueError(f"identifiants de {label} en double")
        known = set(comp_ids)
        for c in self.competences:
            if c.unit_id not in unit_ids:
                raise ValueError(f"{c.id} : CCP/bloc inconnu {c.unit_id}")
        for u in self.units:
            for cid in u.competence_ids:
                if cid not in known:
                    raise ValueError(f"{u.id} : compétence inconnue {cid}")
        for t in self.transversal_competences:
            for cid in t.evaluated_through:
                if cid not in known:
                    raise ValueError(f"{t.id} : compétence inconnue {cid}")
        for s in self.sessions:
            if s.unit_id is not None and s.unit_id not in unit_ids:
                raise ValueError(f"session {s.id} : CCP/bloc inconnu {s.unit_id}")
            for m in s.modalities:
                for cid in m.evaluates:
                    if cid not in known:
                        raise ValueError(f"session {s.id}, {m.id} : compétence inconnue {cid}")
        for p in self.paths:
            for sid in p.session_ids:
                if sid not in session_ids:
                    raise ValueError(f"parcours {p.id} : session inconnue {sid}")
        return self

    # --- lookups -----------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return f"{self.code}@{self.version}"

    def competence(self, competence_id: str) -> Competence:
        for c in self.competences:
            if c.id == competence_id:
                return c
        raise KeyError(competence_id)

    def unit(self, unit_id: str) -> Unit:
        for u in self.units:
            if u.id == unit_id:
                return u
        raise KeyError(unit_id)

    def session(self, session_id: str) -> SessionDefinition:
        for s in self.sessions:
            if s.id == session_id:
                return s
        raise KeyError(session_id)

    def title_session(self) -> SessionDefinition:
        for s in self.sessions:
            if s.scope is SessionScope.TITLE:
                return s
        raise KeyError("title")

    def unit_session(self, unit_id: str) -> SessionDefinition:
        for s in self.sessions:
            if s.unit_id == unit_id:
                return s
        raise KeyError(unit_id)

    @property
    def criteria_count(self) -> int:
        return sum(len(c.criteria) for c in self.competences)
