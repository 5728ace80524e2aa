"""Session package, format version 1.

A package is a zip holding `manifest.json` (this model), optionally `referentiel.json` (an
embedded référentiel), and the candidates' documents under `attachments/`, each listed in the
manifest with its SHA-256. The JSON Schema published in resources/schemas is generated from here.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from jury_app.domain.messages import MessageError, msg
from jury_app.domain.referentiel import AttachmentKind, PathId

PACKAGE_FORMAT = "jury-app-session-package"
PACKAGE_FORMAT_VERSION = 1
MANIFEST = "manifest.json"
EMBEDDED_REFERENTIEL = "referentiel.json"
ATTACHMENTS_DIR = "attachments/"

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=2000)]
LongText = Annotated[str, Field(max_length=20000)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Civility = Literal["M.", "Mme", ""]
Minutes = Annotated[int, Field(ge=1, le=24 * 60)]

DEFAULT_TIMEZONE = "Europe/Paris"
_HHMM = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_CERTIFICATION_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}@[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


def _clock_time(value: str) -> str:
    if not _HHMM.match(value):
        raise MessageError(msg("heure invalide : « {0} » (attendu : HH:MM, par exemple 08:30)", value))
    return value


def _certification_key(value: str) -> str:
    if not _CERTIFICATION_KEY.match(value):
        raise MessageError(
            msg("certification invalide : « {0} » (attendu : CODE@VERSION, par exemple TP-00403@07)", value)
        )
    return value


def _timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise MessageError(msg("fuseau horaire inconnu : « {0} » (par exemple Europe/Paris)", value)) from None
    return value


# Checked by a validator (not a schema pattern) so that a wrong value gets a French message; the
# published schema still shows the pattern.
ClockTime = Annotated[str, AfterValidator(_clock_time), Field(json_schema_extra={"pattern": _HHMM.pattern})]
CertificationKey = Annotated[
    str, AfterValidator(_certification_key), Field(json_schema_extra={"pattern": _CERTIFICATION_KEY.pattern})
]
TimeZoneName = Annotated[str, Field(max_length=64), AfterValidator(_timezone)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CertificationRef(_Strict):
    code: Identifier
    version: Identifier


class Centre(_Strict):
    name: Name
    address: ShortText = ""


class TimeRange(_Strict):
    start: ClockTime
    end: ClockTime

    @model_validator(mode="after")
    def _order(self) -> TimeRange:
        if self.end <= self.start:
            raise MessageError(msg("la fin ({0}) doit suivre le début ({1})", self.end, self.start))
        return self


class DayHours(_Strict):
    """A session day's opening hours and breaks, for planning the passages."""

    date: dt.date
    start: ClockTime = "08:30"
    end: ClockTime = "18:00"
    breaks: Annotated[list[TimeRange], Field(max_length=10)] = []

    @model_validator(mode="after")
    def _inside(self) -> DayHours:
        if self.end <= self.start:
            raise MessageError(msg("la fin de journée ({0}) doit suivre son début ({1})", self.end, self.start))
        previous = self.start
        for b in sorted(self.breaks, key=lambda b: b.start):
            if b.start < previous or b.end > self.end:
                raise MessageError(
                    msg(
                        "la pause {0}–{1} doit tenir dans la journée ({2}–{3}) sans chevaucher une autre pause",
                        b.start,
                        b.end,
                        self.start,
                        self.end,
                    )
                )
            previous = b.end
        return self


def default_day_hours(day: dt.date) -> DayHours:
    """08:30–18:00 with a 12:30–13:30 lunch break: a day the package does not describe."""
    return DayHours(date=day, breaks=[TimeRange(start="12:30", end="13:30")])


class SessionInfo(_Strict):
    id: Identifier
    title: Name
    certification: CertificationRef
    kind: Literal["title", "ccp", "capitalisation", "mock"] = Field(
        description="title: session du titre; ccp: session d'un CCP/bloc (unit_id); capitalisation: entretien "
        "des candidats qui capitalisent des CCP; mock: examen blanc, du titre, d'un CCP (unit_id) ou de la "
        "session definition_id."
    )
    unit_id: Identifier | None = Field(default=None, description="CCP ou bloc évalué (kind ccp).")
    definition_id: Identifier | None = Field(
        default=None,
        description="Session du référentiel à tenir, quand kind et unit_id ne suffisent pas à la désigner.",
    )
    dates: Annotated[list[dt.date], Field(min_length=1, max_length=31)]
    centre: Centre
    rooms: Annotated[list[Name], Field(max_length=100)] = []
    session_lead: ShortText = ""
    timezone: TimeZoneName = Field(default=DEFAULT_TIMEZONE, description="Fuseau horaire du centre (nom IANA).")
    approval_number: ShortText = Field(default="", description="Numéro d'agrément ou d'habilitation du centre.")
    session_number: ShortText = Field(default="", description="Numéro de la session.")
    durations: Annotated[dict[Annotated[str, Field(max_length=129)], Minutes], Field(max_length=200)] = Field(
        default={},
        description="Durées, en minutes, que le référentiel laisse à définir : clé « modalité » ou « modalité/phase ».",
    )
    registration_ended_reason: ShortText = Field(
        default="", description="Pourquoi la session se tient après l'échéance de l'enregistrement de la certification."
    )
    day_hours: Annotated[list[DayHours], Field(max_length=31)] = Field(
        default=[], description="Horaires des journées ; une date absente : 08:30–18:00, pause de 12:30 à 13:30."
    )

    @model_validator(mode="after")
    def _unit(self) -> SessionInfo:
        if self.kind == "ccp" and self.unit_id is None:
            raise MessageError(msg("une session de CCP doit indiquer unit_id (le CCP évalué)"))
        if self.kind == "title" and self.unit_id is not None:
            raise MessageError(msg("une session du titre n'a pas de unit_id"))
        if self.kind == "capitalisation" and self.unit_id is not None:
            raise MessageError(msg("une session de capitalisation n'a pas de unit_id"))
        return self

    def hours_of(self, day: dt.date) -> DayHours:
        return next((d for d in self.day_hours if d.date == day), None) or default_day_hours(day)


class JuryMemberIn(_Strict):
    id: Identifier
    last_name: Name
    first_name: Name
    role: Literal["president", "member"] = "member"
    profession: ShortText = ""
    civility: Civility = ""
    organisation: ShortText = ""
    profile: Identifier | None = Field(default=None, description="Profil de juré que le référentiel exige (son id).")


class Accommodations(_Strict):
    extra_time_percent: int = Field(default=0, ge=0, le=100)
    notes: ShortText = ""


class HeldUnit(_Strict):
    """A CCP/block the candidate already holds, and how it is proven."""

    unit_id: Identifier = Field(description="Le CCP/bloc, tel qu'il s'appelait dans la version où il fut obtenu.")
    obtained_under: CertificationKey | None = Field(
        default=None,
        description="CODE@VERSION de la certification sous laquelle il fut obtenu ; absent : celle de la session.",
    )
    proof_attachment_id: Identifier | None = Field(default=None, description="Pièce jointe qui le prouve.")
    obtained_on: dt.date | None = None


class EcfResult(_Strict):
    """The result of an evaluation during training (ECF) for one CCP/block."""

    unit_id: Identifier
    result: Literal["acquis", "non_acquis"]
    date: dt.date | None = None
    attachment_id: Identifier | None = None


class CandidateIn(_Strict):
    id: Identifier
    last_name: Name
    first_name: Name
    path: PathId
    units_sought: Annotated[list[Identifier], Field(max_length=20)] = Field(
        default=[], description="CCP/blocs visés lors de cette session."
    )
    units_held: Annotated[list[Identifier], Field(max_length=20)] = Field(
        default=[], description="CCP/blocs déjà acquis (capitalisation)."
    )
    accommodations: Accommodations = Accommodations()
    civility: Civility = ""
    birth_date: dt.date | None = None
    candidate_number: ShortText = ""
    company_hours: int | None = Field(
        default=None,
        ge=0,
        le=100_000,
        description="Heures de période en entreprise effectuées (parcours de formation).",
    )
    units_held_detail: Annotated[list[HeldUnit], Field(max_length=20)] = Field(
        default=[], description="Pour chaque CCP/bloc déjà acquis : sous quelle version, à quelle date, quelle preuve."
    )
    ecf_results: Annotated[list[EcfResult], Field(max_length=20)] = Field(
        default=[], description="Résultats des évaluations passées en cours de formation, par CCP/bloc."
    )


class ScheduleEntry(_Strict):
    candidate_id: Identifier
    modality_id: Identifier
    start: dt.datetime = Field(description="Heure locale du centre, sans fuseau : AAAA-MM-JJTHH:MM.")
    room: ShortText = ""
    juror_ids: Annotated[list[Identifier], Field(max_length=20)] = Field(
        default=[], description="Jurés présents pour ce passage ; vide : tout le jury."
    )
    end: dt.datetime | None = Field(default=None, description="Fin prévue, heure locale du centre, sans fuseau.")


class ScenarioCardIn(_Strict):
    id: Identifier
    title: Name
    structure_type: ShortText = Field(description="Type de structure communiqué au candidat.")
    actor_text: LongText = Field(min_length=1, description="Texte remis au comédien.")


class AttachmentIn(_Strict):
    id: Identifier
    candidate_id: Identifier | None = None
    kind: AttachmentKind
    title: Name
    member: Annotated[str, Field(pattern=r"^attachments/[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$")]
    media_type: Literal["application/pdf"] = "application/pdf"
    size: int = Field(ge=0)
    sha256: Sha256


class Manifest(_Strict):
    format: Literal["jury-app-session-package"]
    format_version: Literal[1]
    session: SessionInfo
    jury: Annotated[list[JuryMemberIn], Field(min_length=1, max_length=20)]
    candidates: Annotated[list[CandidateIn], Field(max_length=2000)]
    schedule: Annotated[list[ScheduleEntry], Field(max_length=20000)] = []
    scenario_cards: Annotated[list[ScenarioCardIn], Field(max_length=500)] = []
    attachments: Annotated[list[AttachmentIn], Field(max_length=4990)] = []


def manifest_json_schema() -> dict[str, object]:
    schema = Manifest.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://jury-app.invalid/schemas/session-package-v1.schema.json"
    schema["title"] = "Paquet de session jury_app, format 1 (manifest.json)"
    return schema
