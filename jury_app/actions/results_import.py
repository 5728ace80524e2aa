"""The session lead imports the jurors' result files: each one merged in one transaction, or refused
whole, changing nothing (the rules: jury_app.data.results_merge.plan).

A juror's first file registers their certificate only when the lead confirmed its fingerprint
(`accept_new_keys`, or the fingerprint among `trusted_fingerprints`); otherwise the file is refused
("clé inconnue"). Each imported file is recorded (`ResultImport`) and a copy kept in the session's
results folder for the archive. A file imported before is compared with the database again: when
it is the juror's latest and the database no longer matches it, the differences are told and
nothing is imported.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data.files import write_atomic
from jury_app.data.results_file import VerifiedResultFile, file_stamp
from jury_app.data.results_merge.differences import Difference, moment
from jury_app.data.results_merge.plan import Plan, latest_import, plan_merge, read_file
from jury_app.data.results_merge.write import apply_plan
from jury_app.domain.clock import Clock
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.wording import session_zone


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # imported | unchanged | refused
    message: Told  # one French sentence, translated by the GUI
    juror_ref: str | None = None
    juror_name: str | None = None
    exported_at: datetime | None = None
    fingerprint: str | None = None
    key_registered: bool = False  # the juror's certificate was registered by this import
    differences: tuple[Difference, ...] = ()  # conflicts and what was left out first, then the changes
    problems: tuple[Problem, ...] = ()
    conflicts: int = 0  # conflicts this file opened or changed, for the lead to resolve
    left_out: tuple[str, ...] = ()  # candidates whose deliberation is closed here: their changes not imported


class _Unchanged(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class _Differs(Exception):
    """A file imported before, the juror's latest, that the database no longer matches."""

    def __init__(self, problem: Problem, differences: Sequence[Difference]) -> None:
        super().__init__(problem.message)
        self.problem = problem
        self.differences = tuple(differences)


def _compare_again(orm: Orm, plan: Plan, name: str, now: datetime) -> _Unchanged:
    """A file imported before: compared with the database again, never taken on trust.

    When it is the juror's latest file and the database no longer matches it, something changed the
    juror's evaluations here without a file they signed: told (`_Differs`), nothing imported.
    """
    assert plan.session is not None and plan.duplicate is not None
    zone = session_zone(plan.session.timezone)
    when = moment(plan.duplicate.imported_at, zone)
    latest = latest_import(orm, plan.session.id, plan.doc.juror.id, now)
    if latest is not None and latest.pk != plan.duplicate.pk:
        return _Unchanged(
            msg(
                "déjà importé le {0} ; un fichier plus récent de ce juré (exporté le {1}) a été importé depuis : "
                "rien n'a changé",
                when,
                moment(latest.exported_at, zone),
            )
        )
    changes = plan_merge(orm, plan.verified, name, now, again=True).changes
    if not changes:
        return _Unchanged(msg("déjà importé le {0} ; la base correspond toujours à ce fichier : rien n'a changé", when))
    differs = msg(
        "déjà importé le {0}, mais la base ne correspond plus à ce fichier signé par {1} : {2} différence(s), "
        "ci-dessous, faites ici depuis son import sans fichier signé de ce juré. Vérifiez le journal avec "
        "« jury-app audit verify » ; rien n'a été importé",
        when,
        plan.juror_name,
        len(changes),
    )
    raise _Differs(Problem(name, "", str(differs), differs), changes)


def _refused(path: Path, problems: Sequence[Problem], verified: VerifiedResultFile | None = None) -> ImportOutcome:
    doc = verified.document if verified is not None else None
    return ImportOutcome(
        path=path,
        status="refused",
        message=Told(msg("{0} refusé : rien n'a été importé de ce fichier", path.name)),
        juror_ref=doc.juror.id if doc else None,
        juror_name=doc.juror.name if doc else None,
        exported_at=doc.exported_at if doc else None,
        fingerprint=verified.fingerprint if verified else None,
        problems=tuple(problems),
    )


def _import_one(
    ctx: AppContext,
    path: Path,
    data: bytes,
    verified: VerifiedResultFile,
    *,
    accept_new_keys: bool,
    trusted: Collection[str],
    now: datetime,
) -> ImportOutcome:
    name = str(path)
    doc = verified.document
    try:
        with ctx.database.session() as orm:
            plan = plan_merge(orm, verified, name, now)
            if plan.problems:
                raise InvalidInput(plan.problems)
            assert plan.session is not None  # no problem: the session is there
            zone = session_zone(plan.session.timezone)
            if plan.duplicate is not None and plan.only is None:
                raise _compare_again(orm, plan, name, now)
            register = plan.key_status == "new"
            if register and not (accept_new_keys or verified.fingerprint in trusted):
                message = msg(
                    "clé inconnue : premier fichier de {0} sur cet ordinateur ; vérifiez avec le juré l'empreinte "
                    "de son certificat ({1}) puis confirmez-la pour l'importer",
                    plan.juror_name,
                    verified.fingerprint,
                )
                raise InvalidInput.one(name, message, "/certificate_pem")
            archived_as = (
                plan.duplicate.archived_as
                if plan.duplicate is not None
                else f"{doc.juror.id}_{file_stamp(doc.exported_at)}_{verified.sha256[:12]}.json"
            )
            count = apply_plan(orm, plan, now, register, archived_as)
            # The copy first, durably; the import is committed on leaving this block. A failure in
            # between leaves a copy that no import names, and a new attempt rewrites it.
            write_atomic(ctx.paths.session_results(doc.session.id) / archived_as, data, mode=0o644)
            differences = tuple(plan.differences)
            conflicts = len(plan.conflicts)
            left_out = tuple(plan.refused_candidates)
    except InvalidInput as exc:
        return _refused(path, exc.problems, verified)
    except _Differs as exc:
        return replace(_refused(path, [exc.problem], verified), differences=exc.differences)
    except _Unchanged as exc:
        return ImportOutcome(
            path=path,
            status="unchanged",
            message=Told(msg("{0} : {1}", path.name, exc.message)),
            juror_ref=doc.juror.id,
            juror_name=doc.juror.name,
            exported_at=doc.exported_at,
            fingerprint=verified.fingerprint,
        )
    what = [msg("{0} changement(s)", count) if count else msg("aucune différence avec ce qui était déjà ici")]
    if conflicts:
        what.append(msg(", {0} conflit(s) à résoudre", conflicts))
    if left_out:
        closed = ", ".join(left_out)  # not a literal: lupdate would take it for a disambiguation
        what.append(msg(" ; non importé pour {0} (délibération close)", closed))
    return ImportOutcome(
        path=path,
        status="imported",
        message=Told(
            msg(
                "{0} importé : résultats de {1} exportés le {2}, {3} grille(s), {4}",
                path.name,
                doc.juror.name,
                moment(doc.exported_at, zone),
                len(doc.content.grids),
                Message("".join(f"{{{i}}}" for i in range(len(what))), tuple(what)),
            )
        ),
        juror_ref=doc.juror.id,
        juror_name=doc.juror.name,
        exported_at=doc.exported_at,
        fingerprint=verified.fingerprint,
        key_registered=register,
        differences=differences,
        conflicts=conflicts,
        left_out=left_out,
    )


def import_results(
    ctx: AppContext,
    paths: Sequence[Path | str],
    *,
    accept_new_keys: bool,
    clock: Clock,
    trusted_fingerprints: Collection[str] = (),
) -> list[ImportOutcome]:
    """Imports result files, one transaction each; one outcome per file, in the order given.

    Files are merged in the order they were exported, so that several files of one juror given
    together end with the newest. A juror's first file registers their certificate when
    `accept_new_keys`, or when its fingerprint is in `trusted_fingerprints` (the ones the lead
    confirmed); otherwise it is refused ("clé inconnue").
    """
    outcomes: dict[int, ImportOutcome] = {}
    ready: list[tuple[datetime, int, Path, bytes, VerifiedResultFile]] = []
    for index, raw in enumerate(paths):
        path = Path(raw)
        try:
            data, verified = read_file(path)
        except InvalidInput as exc:
            outcomes[index] = _refused(path, exc.problems)
            continue
        ready.append((verified.document.exported_at, index, path, data, verified))
    for _at, index, path, data, verified in sorted(ready, key=lambda r: (r[0], r[1])):
        outcomes[index] = _import_one(
            ctx,
            path,
            data,
            verified,
            accept_new_keys=accept_new_keys,
            trusted=frozenset(trusted_fingerprints),
            now=clock.now().astimezone(UTC),
        )
    return [outcomes[i] for i in range(len(paths))]
