"""Session package, format version 1.

A package is a zip holding `manifest.json` (this model), optionally `referentiel.json` (an
embedded référentiel), and the candidates' documents under `attachments/`, each listed in the
manifest with its SHA-256. The JSON Schema published in resources/schemas is generated from here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CertificationRef(_Strict):
    code: Identifier
    version: Identifier


class Centre(_Strict):
    name: Name
    address: ShortText = ""


class SessionInfo(_Strict):
    id: Identifier
    title: Name
    certification: CertificationRef
    kind: Literal["title", "ccp", "mock"] = Field(
        description="title: session du titre; ccp: session d'un CCP/bloc (unit_id); "
        "mock: examen blanc, du titre ou d'un CCP (unit_id)."
    )
    unit_id: Identifier | None = Field(default=None, description="CCP ou bloc évalué (kind ccp).")
    dates: Annotated[list[dt.date], Field(min_length=1, max_length=31)]
    centre: Centre
    rooms: Annotated[list[Name], Field(max_length=100)] = []
    session_lead: ShortText = ""

    @model_validator(mode="after")
    def _unit(self) -> SessionInfo:
        if self.kind == "ccp" and self.unit_id is None:
            raise ValueError("une session de CCP doit indiquer unit_id (le CCP évalué)")
        if self.kind == "title" and self.unit_id is not None:
            raise ValueError("une session du titre n'a pas de unit_id")
        return self


class JuryMemberIn(_Strict):
    id: Identifier
    last_name: Name
    first_name: Name
    role: Literal["president", "member"] = "member"
    profession: ShortText = ""


class Accommodations(_Strict):
    extra_time_percent: int = Field(default=0, ge=0, le=100)
    notes: ShortText = ""


class CandidateIn(_Strict):
    id: Identifier
    last_name: Name
    first_name: Name
    path: Literal["formation", "vae", "capitalisation"]
    units_sought: Annotated[list[Identifier], Field(max_length=20)] = Field(
        default=[], description="CCP/blocs visés lors de cette session."
    )
    units_held: Annotated[list[Identifier], Field(max_length=20)] = Field(
        default=[], description="CCP/blocs déjà acquis (capitalisation)."
    )
    accommodations: Accommodations = Accommodations()


class ScheduleEntry(_Strict):
    candidate_id: Identifier
    modality_id: Identifier
    start: dt.datetime = Field(description="Heure locale du centre, sans fuseau : AAAA-MM-JJTHH:MM.")
    room: ShortText = ""


class ScenarioCardIn(_Strict):
    id: Identifier
    title: Name
    structure_type: ShortText = Field(description="Type de structure communiqué au candidat.")
    actor_text: LongText = Field(min_length=1, description="Texte remis au comédien.")


class AttachmentIn(_Strict):
    id: Identifier
    candidate_id: Identifier | None = None
    kind: Literal["dossier_professionnel", "dossier_projet", "livret_certification", "preuve_stage", "autre"]
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
