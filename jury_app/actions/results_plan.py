"""Inspecting a result file before importing it: who exported it, when, with which key, and the
differences importing it would make here (jury_app.data.results_merge.plan). Writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data.results_file import VerifiedResultFile
from jury_app.data.results_merge.differences import Difference as Difference
from jury_app.data.results_merge.plan import Plan, plan_merge, read_file
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.problems import Problem


@dataclass(frozen=True)
class ResultFileInfo:
    """What a result file holds, and what importing it here would do."""

    path: Path
    sha256: str
    session_id: str
    juror_ref: str
    juror_name: str
    exported_at: datetime
    app_version: str
    candidates: tuple[str, ...]  # the file's scope
    grids: int
    declarations: int
    fingerprint: str
    key_status: str  # known: the key registered for this juror; new: none registered yet; mismatch; unknown
    already_imported: bool
    differences: tuple[Difference, ...]
    problems: tuple[Problem, ...]  # why importing it would be refused (a new key aside)
    runs: int = 0  # modalities whose status, timer or draw the file carries
    incidents: int = 0

    @property
    def key_known(self) -> bool:
        return self.key_status == "known"

    @property
    def importable(self) -> bool:
        """Nothing against importing it, once a new key is confirmed."""
        return not self.problems


def _info(path: Path, verified: VerifiedResultFile, plan: Plan) -> ResultFileInfo:
    doc = verified.document
    return ResultFileInfo(
        path=path,
        sha256=verified.sha256,
        session_id=doc.session.id,
        juror_ref=doc.juror.id,
        juror_name=plan.juror_name or doc.juror.name,
        exported_at=doc.exported_at,
        app_version=doc.app_version,
        candidates=tuple(doc.scope.candidates),
        grids=len(doc.content.grids),
        declarations=len(doc.content.declarations),
        fingerprint=verified.fingerprint,
        key_status=plan.key_status,
        already_imported=plan.duplicate is not None,
        differences=tuple(plan.differences),
        problems=tuple(plan.problems),
        runs=len(doc.content.runs),
        incidents=len(doc.content.incidents),
    )


def inspect_result_file(ctx: AppContext, path: Path | str, *, clock: Clock | None = None) -> ResultFileInfo:
    """Who, when, what, with which key, and the differences importing the file would make here.

    A file that cannot be read, is not in the format or whose signature does not hold raises
    InvalidInput; every other reason to refuse it is listed in `problems`. Writes nothing.
    """
    p = Path(path)
    _data, verified = read_file(p)
    with ctx.database.reader() as orm:
        now = (clock or SystemClock()).now().astimezone(UTC)
        return _info(p, verified, plan_merge(orm, verified, str(p), now))
