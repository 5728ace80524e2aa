"""The référentiel d'évaluation as data.

One model serves every certification: a titre professionnel (TP) with its CCPs, or an RNCP
certification with its blocks. Durations, phases, competences, criteria and decision rules all live
in the data; the code only interprets them. Where a source text gives no value (a duration, a
criterion), the field is left empty and `to_be_set` says so: nothing is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from jury_app.domain.messages import Message, MessageError, msg

REFERENTIEL_FORMAT_VERSION = 1

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]

PathId = Literal["formation", "vae", "capitalisation"]
"""An access path to the certification: training, VAE, or capitalising units already held."""

AttachmentKind = Literal[
    "dossier_professionnel",
    "dossier_projet",
    "livret_certification",
    "preuve_stage",
    "resultats_ecf",
    "preuve_ccp",
    "livret_2",
    "note_de_synthese",
    "dossier_ecrit",
    "passeport_competences",
    "autre",
]
"""The kinds of candidate documents a package carries and a modality may assess."""

MODALITY_DURATION = "duration_min"
_PHASE_DURATION = re.compile(r"^phases\.(?P<phase>[^.]+)\.duration_min$")


def phase_duration_field(phase_id: str) -> str:
    """The `to_be_set` entry that leaves a phase's duration to the session."""
    return f"phases.{phase_id}.duration_min"


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_HasId)


def _joined(problems: list[Message]) -> Message:
    """Several problems told in one sentence, separated by « ; »."""
    joined = problems[0]
    for problem in problems[1:]:
        joined = msg("{0} ; {1}", joined, problem)
    return joined


def _by_id(items: Iterable[_Item], wanted: str) -> _Item:
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


def _without_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


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
            raise MessageError(
                msg("une compétence sans critère doit être marquée « sans critère » (criteria_to_be_set=true)")
            )
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
        default=(),
        description="Durations the source leaves to the session, each left empty here: 'duration_min' (the "
        "modality's) or 'phases.<phase id>.duration_min'.",
    )
    paths: tuple[PathId, ...] = Field(
        default=(), description="Access paths whose candidates take this modality; empty: every path."
    )
    assessment: Literal["timed", "document"] = Field(
        default="timed",
        description="timed: held before the jury, with a timer; document: the jurors judge a written "
        "document (no timer, no duration).",
    )
    documents: tuple[AttachmentKind, ...] = Field(
        default=(), description="Kinds of the candidate's documents the jurors open from the grid."
    )

    def serves(self, path: str) -> bool:
        """Whether a candidate on `path` takes this modality (no paths listed: every path)."""
        return not self.paths or path in self.paths

    @model_validator(mode="after")
    def _phase_sum(self) -> Modality:
        durations = [p.duration_min for p in self.phases]
        if (
            self.duration_min is not None
            and durations
            and all(d is not None for d in durations)
            and sum(d for d in durations if d is not None) != self.duration_min
        ):
            total = sum(d for d in durations if d is not None)
            raise MessageError(
                msg(
                    "la somme des phases ({0} min) diffère de la durée de la modalité ({1} min)",
                    total,
                    self.duration_min,
                )
            )
        return self

    @model_validator(mode="after")
    def _coherent(self) -> Modality:
        problems: list[Message] = []
        doubles = ", ".join(_duplicates(p.id for p in self.phases))
        if doubles:
            problems.append(msg("identifiants de phase en double : {0}", doubles))
        doubles = ", ".join(_duplicates(self.paths))
        if doubles:
            problems.append(msg("parcours cités deux fois : {0}", doubles))
        problems += self._document_problems() if self.assessment == "document" else self._timed_problems()
        if problems:
            raise MessageError(msg("modalité {0} : {1}", self.id, _joined(problems)))
        return self

    def _document_problems(self) -> list[Message]:
        problems = []
        if not self.documents:
            problems.append(msg("une modalité sur document doit nommer le ou les documents évalués (documents)"))
        if self.duration_min is not None or self.phases or self.to_be_set:
            problems.append(msg("une modalité sur document n'a ni durée, ni phases, ni durée à définir"))
        if self.scenario_drawn_by_lot:
            problems.append(msg("une modalité sur document ne comporte pas de tirage au sort"))
        return problems

    def _timed_problems(self) -> list[Message]:
        problems = []
        phases = {p.id: p for p in self.phases}
        for entry in self.to_be_set:
            found = _PHASE_DURATION.match(entry)
            if entry == MODALITY_DURATION:
                if self.duration_min is not None:
                    fixed = msg("la durée est fixée ({0} min) et pourtant déclarée à définir", self.duration_min)
                    problems.append(fixed)
            elif found is None:
                problems.append(
                    msg(
                        "champ à définir inconnu : « {0} » (attendu : duration_min ou phases.<phase>.duration_min)",
                        entry,
                    )
                )
            elif found["phase"] not in phases:
                problems.append(msg("durée à définir d'une phase inconnue : « {0} »", found["phase"]))
            elif phases[found["phase"]].duration_min is not None:
                problems.append(msg("la phase {0} a une durée fixée et pourtant déclarée à définir", found["phase"]))
        return problems


class JuryProfile(_Strict):
    """A kind of member the jury must count (e.g. a director of an insertion structure)."""

    id: Identifier
    title: Text
    min_count: int = Field(default=1, ge=1, le=20, description="Members of this profile the jury needs at least.")


class JuryRules(_Strict):
    min_members: int = Field(ge=1)
    composition: str = ""
    presence_min: Minutes | None = None
    profiles: tuple[JuryProfile, ...] = Field(
        default=(), description="Profiles the jury must include; a member names their profile in the package."
    )

    @model_validator(mode="after")
    def _profiles(self) -> JuryRules:
        doubles = ", ".join(_duplicates(p.id for p in self.profiles))
        if doubles:
            raise MessageError(msg("identifiants de profil de juré en double : {0}", doubles))
        needed = sum(p.min_count for p in self.profiles)
        if needed > self.min_members:
            raise MessageError(
                msg(
                    "les profils exigent {0} membre(s), plus que le nombre minimum du jury ({1})",
                    needed,
                    self.min_members,
                )
            )
        return self

    def profile(self, profile_id: str) -> JuryProfile:
        return _by_id(self.profiles, profile_id)


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
            raise MessageError(msg("unit_id est requis pour une session de CCP/bloc, et seulement alors"))
        ids = [m.id for m in self.modalities]
        if len(set(ids)) != len(ids):
            raise MessageError(msg("identifiants de modalité en double"))
        for m in self.modalities:
            for dep in m.after:
                if dep not in ids:
                    raise MessageError(msg("la modalité {0} suit une modalité inconnue : {1}", m.id, dep))
        return self

    def modality(self, modality_id: str) -> Modality:
        return _by_id(self.modalities, modality_id)

    def modalities_for(self, path: str) -> tuple[Modality, ...]:
        """The modalities a candidate on `path` takes in this session."""
        return tuple(m for m in self.modalities if m.serves(path))


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
    complementary_evaluation: bool = Field(
        default=False,
        description="When the jury cannot decide, it may order a complementary evaluation: a recorded "
        "outcome that schedules a second evaluation.",
    )


class Path(_Strict):
    id: PathId
    title: Text
    description: str = ""
    session_ids: tuple[Identifier, ...] = Field(default=(), description="Sessions a candidate on this path takes.")


class Registration(_Strict):
    """The certification's registration (RNCP or arrêté): sessions belong inside it."""

    start: date | None = None
    end: date | None = Field(default=None, description="Date d'échéance de l'enregistrement.")
    source: str = Field(default="", description="The source's own words.")

    @model_validator(mode="after")
    def _order(self) -> Registration:
        if self.start is not None and self.end is not None and self.end < self.start:
            end, start = self.end.isoformat(), self.start.isoformat()
            raise MessageError(msg("l'échéance de l'enregistrement ({0}) précède son début ({1})", end, start))
        return self

    def late(self, dates: Iterable[date]) -> tuple[date, ...]:
        """The days of `dates` after the registration ended, in order (none when it has no end)."""
        return tuple(sorted(d for d in set(dates) if self.end is not None and d > self.end))


@dataclass(frozen=True)
class LateRegistration:
    """A session dated after its certification's registration ended."""

    certification: str  # "RNCP35667@1"
    ended_on: date
    late_days: tuple[date, ...]
    reason: str  # the reason already given ("" when none: one must be given to hold the session)


class Terms(_Strict):
    """The certification's own words, for every text the app prints (never a hard-coded « CCP »)."""

    unit_short: Text = Field(description="« CCP », « bloc ».")
    unit_long: Text = Field(description="« certificat de compétences professionnelles », « bloc de compétences ».")
    unit_plural: Text = Field(description="« CCP », « blocs de compétences ».")
    certification: Text = Field(description="« titre professionnel », « certification ».")
    certification_article: Text = Field(description="« le titre », « la certification ».")


DEFAULT_TERMS: dict[CertificationKind, Terms] = {
    CertificationKind.TITRE_PROFESSIONNEL: Terms(
        unit_short="CCP",
        unit_long="certificat de compétences professionnelles",
        unit_plural="CCP",
        certification="titre professionnel",
        certification_article="le titre",
    ),
    CertificationKind.RNCP: Terms(
        unit_short="bloc",
        unit_long="bloc de compétences",
        unit_plural="blocs de compétences",
        certification="certification",
        certification_article="la certification",
    ),
}


class Equivalence(_Strict):
    """A unit of another version (or certification) that counts as one of this référentiel's units."""

    from_code: Identifier
    from_version: Identifier
    from_unit: Identifier
    to_unit: Identifier
    source: str = ""

    @property
    def from_key(self) -> str:
        return f"{self.from_code}@{self.from_version}"


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
    registration: Registration | None = None
    legal_basis: str = Field(default="", description="The text that creates or registers the certification.")
    terms: Terms = Field(
        default=None,  # filled from `kind` by _default_terms; the schema shows no default
        validate_default=True,
        description="The certification's own words; absent: the usual words of its kind.",
        json_schema_extra=_without_default,
    )
    equivalences: tuple[Equivalence, ...] = ()
    min_company_hours_title: int | None = Field(
        default=None, ge=0, description="Minimum in-company period for formation candidates to the whole title."
    )

    @field_validator("terms", mode="before")
    @classmethod
    def _default_terms(cls, value: Any, info: ValidationInfo) -> Any:
        if value is not None:
            return value
        kind = info.data.get("kind", CertificationKind.TITRE_PROFESSIONNEL)  # absent when kind itself is wrong
        return DEFAULT_TERMS[CertificationKind(kind)]

    @model_validator(mode="after")
    def _references(self) -> Referentiel:
        comp_ids = [c.id for c in self.competences]
        unit_ids = [u.id for u in self.units]
        session_ids = [s.id for s in self.sessions]
        crit_ids = [cr.id for c in self.competences for cr in c.criteria]
        for label, ids in (
            (msg("compétence"), comp_ids),
            (msg("CCP/bloc"), unit_ids),
            (msg("session"), session_ids),
            (msg("critère"), crit_ids),
        ):
            if len(set(ids)) != len(ids):
                raise MessageError(msg("identifiants de {0} en double", label))
        known = set(comp_ids)
        for c in self.competences:
            if c.unit_id not in unit_ids:
                raise MessageError(msg("{0} : CCP/bloc inconnu {1}", c.id, c.unit_id))
        for u in self.units:
            for cid in u.competence_ids:
                if cid not in known:
                    raise MessageError(msg("{0} : compétence inconnue {1}", u.id, cid))
        for t in self.transversal_competences:
            for cid in t.evaluated_through:
                if cid not in known:
                    raise MessageError(msg("{0} : compétence inconnue {1}", t.id, cid))
        for s in self.sessions:
            if s.unit_id is not None and s.unit_id not in unit_ids:
                raise MessageError(msg("session {0} : CCP/bloc inconnu {1}", s.id, s.unit_id))
            for m in s.modalities:
                for cid in m.evaluates:
                    if cid not in known:
                        raise MessageError(msg("session {0}, {1} : compétence inconnue {2}", s.id, m.id, cid))
        for p in self.paths:
            for sid in p.session_ids:
                if sid not in session_ids:
                    raise MessageError(msg("parcours {0} : session inconnue {1}", p.id, sid))
        problems = self._path_problems() + self._equivalence_problems(set(unit_ids))
        if problems:
            raise MessageError(_joined(problems))
        return self

    def _path_problems(self) -> list[Message]:
        problems = []
        doubles = ", ".join(_duplicates(p.id for p in self.paths))
        if doubles:
            problems.append(msg("parcours en double : {0}", doubles))
        sessions_of = {p.id: p.session_ids for p in self.paths}
        for s in self.sessions:
            for m in s.modalities:
                for path in m.paths:
                    if self.paths and path not in sessions_of:
                        problems.append(
                            msg("session {0}, modalité {1} : parcours inconnu du référentiel « {2} »", s.id, m.id, path)
                        )
                    elif sessions_of.get(path) and s.id not in sessions_of[path]:
                        problems.append(
                            msg(
                                "session {0}, modalité {1} : le parcours {2} ne compte pas la session {0}",
                                s.id,
                                m.id,
                                path,
                            )
                        )
        return problems

    def _equivalence_problems(self, unit_ids: set[str]) -> list[Message]:
        problems = []
        for e in self.equivalences:
            if e.from_key == self.key:
                itself = msg("correspondance de {0} : {1} est ce référentiel lui-même", e.from_unit, e.from_key)
                problems.append(itself)
            if e.to_unit not in unit_ids:
                unknown = msg("correspondance de {0} {1} : CCP/bloc inconnu {2}", e.from_key, e.from_unit, e.to_unit)
                problems.append(unknown)
        doubles = ", ".join(_duplicates(f"{e.from_key} {e.from_unit}" for e in self.equivalences))
        if doubles:
            problems.append(msg("correspondances en double : {0}", doubles))
        return problems

    # --- lookups -----------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return f"{self.code}@{self.version}"

    def competence(self, competence_id: str) -> Competence:
        return _by_id(self.competences, competence_id)

    def unit(self, unit_id: str) -> Unit:
        return _by_id(self.units, unit_id)

    def session(self, session_id: str) -> SessionDefinition:
        return _by_id(self.sessions, session_id)

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

    def equivalent_unit(self, obtained_under: str, unit_id: str) -> str | None:
        """The unit of this référentiel that `unit_id`, obtained under `obtained_under` (CODE@VERSION), counts as."""
        if obtained_under == self.key:
            return unit_id if unit_id in {u.id for u in self.units} else None
        for e in self.equivalences:
            if e.from_key == obtained_under and e.from_unit == unit_id:
                return e.to_unit
        return None

    @property
    def criteria_count(self) -> int:
        return sum(len(c.criteria) for c in self.competences)
