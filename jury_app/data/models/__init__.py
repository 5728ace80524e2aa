"""SQLAlchemy typed models of the local database.

What comes from a session package (session, jury, candidates, schedule, scenario cards,
attachments) is kept apart from what the jury enters, so that an update of the package can never
touch the jury's work. Integer `pk` columns are internal; `ref` columns hold the package's ids.
Each group of tables has its module; callers read every name from here (`from jury_app.data
import models as db`) and need not know which.
"""

from jury_app.data.models.audit import AuditEntry
from jury_app.data.models.base import NAMING, Base, Code, Ref, SessionFK, UTCDateTime, utcnow
from jury_app.data.models.deliberation import (
    ClosingOverride,
    CompetenceDecision,
    Deliberation,
    DeliberationEvent,
    HandwrittenSignature,
    IdentityChange,
    JurorKey,
    JuryStep,
    PvRecord,
    UnitDecision,
)
from jury_app.data.models.exam_day import (
    CodeAttempt,
    CompetenceAssessment,
    CriterionMark,
    Declaration,
    DrawRow,
    Grid,
    GridChange,
    GridNote,
    Incident,
    JurorCredential,
    ModalityRun,
    ObservationSnippet,
    TimerEventRow,
)
from jury_app.data.models.package import (
    Attachment,
    Candidate,
    JuryMember,
    ScenarioCard,
    ScheduleSlot,
    Session,
    StoredReferentiel,
)
from jury_app.data.models.result_imports import MergeConflict, ResultImport, RunVersion

__all__ = [
    "NAMING",
    "Attachment",
    "AuditEntry",
    "Base",
    "Candidate",
    "ClosingOverride",
    "Code",
    "CodeAttempt",
    "CompetenceAssessment",
    "CompetenceDecision",
    "CriterionMark",
    "Declaration",
    "Deliberation",
    "DeliberationEvent",
    "DrawRow",
    "Grid",
    "GridChange",
    "GridNote",
    "HandwrittenSignature",
    "IdentityChange",
    "Incident",
    "JurorCredential",
    "JurorKey",
    "JuryMember",
    "JuryStep",
    "MergeConflict",
    "ModalityRun",
    "ObservationSnippet",
    "PvRecord",
    "Ref",
    "ResultImport",
    "RunVersion",
    "ScenarioCard",
    "ScheduleSlot",
    "Session",
    "SessionFK",
    "StoredReferentiel",
    "TimerEventRow",
    "UTCDateTime",
    "UnitDecision",
    "utcnow",
]
