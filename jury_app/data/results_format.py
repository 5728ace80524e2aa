"""The format of result files, version 1 (described in `jury_app.data.results_file`): every field
as pydantic checks it, and what the format alone cannot say (the candidates of the content in its
scope, nothing twice, sequence numbers in order), told per field and worded for translation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from jury_app.domain.codes import OVERALL
from jury_app.domain.messages import Message, MessageError, msg
from jury_app.domain.problems import Problem

RESULTS_FORMAT = "jury-app-results"
RESULTS_FORMAT_VERSION = 1
SIGNATURE_ALGORITHM = "ecdsa-p256-sha256"
MAX_RESULT_FILE_BYTES = 32 * 1024 * 1024

_ID = r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}"
Identifier = Annotated[str, Field(pattern=rf"^{_ID}$")]
CompetenceKey = Annotated[str, Field(pattern=rf"^({OVERALL}|{_ID})$")]  # OVERALL: an interview judged whole
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=2000)]
LongText = Annotated[str, Field(max_length=20000)]
MarkValue = Literal["satisfied", "not_satisfied", "not_observed"]
JudgementValue = Literal["acquired", "not_acquired"]
RunStatusValue = Literal["todo", "in_progress", "done", "absent", "abandoned", "not_applicable"]
TimerKindValue = Literal["start", "pause", "resume", "next", "finish"]
IncidentKindValue = Literal["pause", "absence", "abandonment", "recusal", "other"]
JurorRef = Annotated[str, Field(pattern=rf"^({_ID})?$")]  # "" when the laptop did not record who
Day = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
Seq = Annotated[int, Field(ge=1, le=1_000_000)]


def _utc(value: Any) -> datetime:
    """An ISO 8601 date and time in UTC ("Z" or "+00:00"): nothing local slips in."""
    if not isinstance(value, str):
        raise MessageError(msg("date et heure UTC attendues sous forme de texte (AAAA-MM-JJTHH:MM:SSZ)"))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MessageError(msg("date et heure invalides (attendu : AAAA-MM-JJTHH:MM:SSZ, en UTC)")) from None
    if parsed.tzinfo is None or parsed.utcoffset() != UTC.utcoffset(None):
        raise MessageError(msg("date et heure en UTC attendues (suffixe Z ou +00:00)"))
    return parsed.astimezone(UTC)


UtcDateTime = Annotated[datetime, BeforeValidator(_utc)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class SessionBinding(_Strict):
    id: Identifier
    package_sha256: Sha256


class JurorIdentity(_Strict):
    id: Identifier
    name: Name


class Scope(_Strict):
    candidates: Annotated[list[Identifier], Field(max_length=5000)]


class DeclarationOut(_Strict):
    candidate: Identifier
    has_link: bool
    note: ShortText = ""
    declared_at: UtcDateTime


class AssessmentOut(_Strict):
    judgement: JudgementValue | None
    observation: LongText


class NoteOut(_Strict):
    at: UtcDateTime
    phase_label: ShortText
    text: LongText


class GridOut(_Strict):
    candidate: Identifier
    modality: Identifier
    source: Literal["app", "paper"]
    updated_at: UtcDateTime
    marks: Annotated[dict[Identifier, MarkValue], Field(max_length=1000)]
    assessments: Annotated[dict[CompetenceKey, AssessmentOut], Field(max_length=200)]
    notes: Annotated[list[NoteOut], Field(max_length=2000)]


class TimerEventOut(_Strict):
    seq: Seq
    kind: TimerKindValue
    at: UtcDateTime
    phase_id: Identifier | None
    reason: ShortText
    juror: JurorRef
    steady_at: UtcDateTime | None = None  # the time the juror's timer counted on (absent from older files)


class DrawOut(_Strict):
    seq: Seq
    card: Identifier
    drawn_at: UtcDateTime
    day: Day
    witness: ShortText
    reason: ShortText
    juror: JurorRef
    superseded: bool


class RunOut(_Strict):
    candidate: Identifier
    modality: Identifier
    status: RunStatusValue
    timer_speed: Annotated[float, Field(gt=0, le=60)]
    events: Annotated[list[TimerEventOut], Field(max_length=10000)]
    draws: Annotated[list[DrawOut], Field(max_length=1000)]


class IncidentOut(_Strict):
    candidate: Identifier
    modality: Identifier | None
    kind: IncidentKindValue
    text: LongText
    at: UtcDateTime
    juror: JurorRef


class Content(_Strict):
    declarations: Annotated[list[DeclarationOut], Field(max_length=5000)]
    grids: Annotated[list[GridOut], Field(max_length=50000)]
    runs: Annotated[list[RunOut], Field(max_length=50000)] = []  # absent from files written before
    incidents: Annotated[list[IncidentOut], Field(max_length=50000)] = []


class TrailOut(_Strict):
    entries: Annotated[int, Field(ge=0, le=10_000_000)]  # the juror's entries
    seq: Annotated[int, Field(ge=0, le=100_000_000)]  # the number of their last one
    head: Sha256  # its hash


class SignatureOut(_Strict):
    algorithm: Literal["ecdsa-p256-sha256"]
    value: Annotated[str, Field(min_length=1, max_length=400)]


class ResultFile(_Strict):
    format: Literal["jury-app-results"]
    format_version: Literal[1]
    session: SessionBinding
    juror: JurorIdentity
    exported_at: UtcDateTime
    app_version: Annotated[str, Field(min_length=1, max_length=64)]
    scope: Scope
    certificate_pem: Annotated[str, Field(min_length=1, max_length=20000)]
    content: Content
    trail: TrailOut | None = None  # absent from files written before
    signature: SignatureOut


def semantic_problems(doc: ResultFile, name: str) -> list[Problem]:
    problems: list[Problem] = []

    def wrong(pointer: str, message: Message) -> None:
        problems.append(Problem(name, pointer, str(message), message))

    def in_scope(candidate: str, pointer: str) -> None:
        if candidate not in scope:
            wrong(pointer, msg("« {0} » hors du périmètre du fichier", candidate))

    scope = set(doc.scope.candidates)
    if len(scope) != len(doc.scope.candidates):
        wrong("/scope/candidates", msg("candidat en double"))
    seen_decl: set[str] = set()
    for i, d in enumerate(doc.content.declarations):
        where = f"/content/declarations/{i}"
        in_scope(d.candidate, f"{where}/candidate")
        if d.candidate in seen_decl:
            wrong(f"{where}/candidate", msg("déclaration en double pour « {0} »", d.candidate))
        if d.has_link and not d.note.strip():
            wrong(f"{where}/note", msg("une récusation doit préciser la nature du lien"))
        seen_decl.add(d.candidate)
    seen_grid: set[tuple[str, str]] = set()
    for i, g in enumerate(doc.content.grids):
        where = f"/content/grids/{i}"
        in_scope(g.candidate, f"{where}/candidate")
        if (g.candidate, g.modality) in seen_grid:
            wrong(where, msg("grille en double : {0} / {1}", g.candidate, g.modality))
        seen_grid.add((g.candidate, g.modality))
        for j, note in enumerate(g.notes):
            if not note.text.strip():
                wrong(f"{where}/notes/{j}/text", msg("note vide"))
    seen_run: set[tuple[str, str]] = set()
    for i, r in enumerate(doc.content.runs):
        where = f"/content/runs/{i}"
        in_scope(r.candidate, f"{where}/candidate")
        if (r.candidate, r.modality) in seen_run:
            wrong(where, msg("déroulé en double : {0} / {1}", r.candidate, r.modality))
        seen_run.add((r.candidate, r.modality))
        for member, seqs in (("events", [e.seq for e in r.events]), ("draws", [d.seq for d in r.draws])):
            if seqs != sorted(set(seqs)):
                wrong(f"{where}/{member}", msg("numéros d'ordre en double ou dans le désordre"))
    for i, inc in enumerate(doc.content.incidents):
        in_scope(inc.candidate, f"/content/incidents/{i}/candidate")
    return problems
