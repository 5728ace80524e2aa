"""Preparing a session: the lists, the documents, the durations, the plan, and the package.

The wizard and `jury-app package new` call these same functions on a `SessionDraft`. Nothing here
writes anything but the package (and the template workbook), each whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.data import lists
from jury_app.data import models as db
from jury_app.data.files import write_atomic
from jury_app.data.list_template import template_workbook
from jury_app.data.package.builder import check_document, write_package
from jury_app.data.package.drafts import draft_from_package
from jury_app.data.package.importer import ImportResult, import_package
from jury_app.data.package.validate import ValidatedPackage, validate_package
from jury_app.data.referentiels import builtin_referentiels, find_builtin, load_referentiel_file
from jury_app.data.tables import Column
from jury_app.domain.document_names import guess_kind, match_candidate, unit_in_name
from jury_app.domain.durations import duration_problems, settable_keys
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.planner import propose
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Referentiel
from jury_app.domain.schedule import Panel, Passage, ScheduleProblem, check, form_panels, load
from jury_app.domain.session_draft import (
    CandidateDraft,
    CardDraft,
    DocumentDraft,
    JurorDraft,
    KindChoice,
    SessionDraft,
    ascii_slug,
    kind_choices,
    resolve_kind,
    schedule_setup,
    unset_durations,
)


# --- the certification and the kind of session ---------------------------------------------------
def certifications() -> list[Referentiel]:
    """The référentiels shipped with the app."""
    return list(builtin_referentiels().values())


def certification(spec: str) -> tuple[Referentiel, bool]:
    """(référentiel, embedded): CODE[@VERSION] of a built-in one, or a référentiel file's path."""
    path = Path(spec)
    if spec.lower().endswith(".json") or path.is_file():
        return load_referentiel_file(path), True
    code, _, version = spec.partition("@")
    found = find_builtin(code, version or None)
    if found is None:
        known = ", ".join(sorted(builtin_referentiels()))
        raise InvalidInput.one(
            "--referentiel",
            msg("référentiel inconnu : « {0} » (connus : {1} ; ou le chemin d'un fichier .json)", spec, known),
        )
    return found, False


def kinds(ref: Referentiel) -> list[KindChoice]:
    return kind_choices(ref)


def new_draft(ref: Referentiel, kind: str, *, mock_of: str | None = None, embedded: bool = False) -> SessionDraft:
    """An empty draft of a session of `kind` ("title", "ccp1"…, "capitalisation", "mock")."""
    found = resolve_kind(ref, kind, mock_of)
    if isinstance(found, str):
        raise InvalidInput.one("--kind" if kind != "mock" else "--mock-of", found)
    definition_id, mock = found
    return SessionDraft(referentiel=ref, definition_id=definition_id, mock=mock, embed_referentiel=embedded)


# --- lists ---------------------------------------------------------------------------------------
def read_candidates(draft: SessionDraft, path: Path, *, today: dt.date) -> list[CandidateDraft]:
    first_day = min(draft.dates) if draft.dates else None
    return lists.read_candidates(path, draft.referentiel, draft.definition, today, first_day)


def read_jurors(draft: SessionDraft, path: Path) -> list[JurorDraft]:
    return lists.read_jurors(path, draft.definition)


def read_cards(path: Path) -> list[CardDraft]:
    return lists.read_cards(path)


def write_template(out: Path) -> Path:
    """The candidate-list template workbook (sheets for the jurors, the cards, and explanations)."""
    out = Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise InvalidInput.one(str(out), msg("indiquez un fichier .xlsx dans un dossier existant"))
    return write_atomic(out, template_workbook(), mode=0o644)


# --- documents -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentMatch:
    documents: tuple[DocumentDraft, ...]
    unmatched: tuple[tuple[Path, Told], ...]
    """Files left for the lead to assign, each with why (French text keeping its message)."""


def match_documents(
    ref: Referentiel, files: Iterable[Path], candidates: Sequence[CandidateDraft], root: Path | None = None
) -> DocumentMatch:
    """Each PDF given to the candidate its name (or its folder's) names, of the kind it says.

    A file that is not a PDF, or names no candidate or several, is listed with the reason.
    """
    found: list[DocumentDraft] = []
    left: list[tuple[Path, Told]] = []
    for path in sorted(files):
        inside = root is not None and path.is_relative_to(root)
        name = (path.relative_to(root) if root is not None and inside else Path(path.name)).with_suffix("").as_posix()
        if path.suffix.lower() != ".pdf":
            left.append((path, Told(msg("pas un PDF : ignoré"))))
            continue
        who = match_candidate(name, candidates)
        if len(who) != 1:
            names = ", ".join(c.name for c in who)
            why = msg("nomme plusieurs candidats : {0}", names) if who else msg("ne nomme aucun candidat (numéro ou nom)")
            left.append((path, Told(why)))
            continue
        kind = guess_kind(name.replace(who[0].candidate_number, " ") if who[0].candidate_number else name)
        unit = unit_in_name(ref, name) if kind in ("preuve_ccp", "resultats_ecf") else None
        found.append(DocumentDraft(who[0].id, kind, path, unit_id=unit))
    return DocumentMatch(tuple(found), tuple(left))


def documents_in(ref: Referentiel, folder: Path, candidates: Sequence[CandidateDraft]) -> DocumentMatch:
    """`match_documents` over every file of `folder` and its sub-folders."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput.one(str(folder), msg("dossier introuvable : --documents attend un dossier de PDF"))
    return match_documents(ref, (p for p in folder.rglob("*") if p.is_file()), candidates, folder)


def check_documents(documents: Iterable[DocumentDraft]) -> int:
    """Their total size; refuses a file that is not a PDF or is over the package's cap, every problem at once."""
    problems: list[Problem] = []
    total = 0
    for d in documents:
        try:
            total += check_document(d.source)
        except InvalidInput as exc:
            problems += exc.problems
    if problems:
        raise InvalidInput(problems)
    return total


# --- the plan ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanView:
    passages: tuple[Passage, ...]
    problems: tuple[ScheduleProblem, ...]
    panels: tuple[Panel, ...]
    jury_minutes: int
    open_minutes: int


def panels(draft: SessionDraft) -> tuple[Panel, ...]:
    return form_panels([(j.id, j.profile) for j in draft.jurors], draft.rooms, draft.definition, mock=draft.mock)


def plan(draft: SessionDraft) -> PlanView:
    """A proposed plan for the draft, and what stops it from holding."""
    setup = schedule_setup(draft)
    proposed = propose(setup)
    needed, offered = load(setup)
    problems = list(proposed.problems)
    problems += [p for p in check(setup, proposed.passages) if p not in problems and not _told(p, proposed.problems)]
    return PlanView(proposed.passages, tuple(problems), setup.panels, needed, offered)


def _told(p: ScheduleProblem, told: Sequence[ScheduleProblem]) -> bool:
    """A passage missing for a reason the planner already told: the days are full (the load,
    told for nobody in particular), or a duration of the candidate's is still to set."""
    missing = "n'est pas planifié" in p.message
    return missing and any(t.candidate_id is None or t.candidate_id == p.candidate_id for t in told)


def check_plan(draft: SessionDraft, passages: Sequence[Passage]) -> PlanView:
    """The lead's plan (passages moved by hand) and everything wrong with it."""
    setup = schedule_setup(draft)
    needed, offered = load(setup)
    return PlanView(tuple(passages), tuple(check(setup, passages)), setup.panels, needed, offered)


# --- the package ---------------------------------------------------------------------------------
def default_session_id(draft: SessionDraft) -> str:
    first = min(draft.dates).strftime("%Y-%m-%d") if draft.dates else ""
    base = ascii_slug(draft.title or draft.referentiel.code, 40) or "session"
    return f"{base}-{first}".strip("-")[:64]


def duration_issues(draft: SessionDraft) -> list[Told]:
    """What is wrong with the session's durations, or else what is still to set, in French (each
    keeping its message, for the wizard to translate)."""
    wrong = duration_problems(draft.definition, draft.durations, {c.path for c in draft.candidates})
    keyed = [p.message for p in wrong if p.key is not None]
    if keyed:
        return keyed
    unset = [Told(msg("Durée de {0} : à définir.", what)) for _key, what in unset_durations(draft)]
    return unset or [p.message for p in wrong]


def unique_session_id(ctx: AppContext, draft: SessionDraft) -> str:
    """The draft's id, or one made from its name and date that no session here has yet."""
    base = draft.session_id or default_session_id(draft)
    if not ctx.has_database:
        return base
    with ctx.database.reader() as orm:
        taken = set(orm.scalars(select(db.Session.id)))
    n, found = 1, base
    while found in taken:
        n += 1
        found = f"{base[:60]}-{n}"
    return found


def _problem(where: str, message: Message) -> Problem:
    return Problem(where, "", str(message), message)


def completed(draft: SessionDraft) -> SessionDraft:
    """The draft ready to be written, or InvalidInput with everything still missing or wrong.

    Defaults filled in: the session's id from its name and first date, one room, the plan.
    """
    problems: list[Problem] = []
    if not draft.title.strip():
        problems.append(_problem("--name", msg("le nom de la session est à indiquer")))
    if not draft.centre_name.strip():
        problems.append(_problem("--place", msg("le lieu de la session est à indiquer")))
    if not draft.dates:
        problems.append(_problem("--dates", msg("au moins une date est à indiquer")))
    if not draft.jurors:
        problems.append(_problem("--jurors", msg("aucun juré")))
    wrong = duration_problems(draft.definition, draft.durations, {c.path for c in draft.candidates})
    keyed = [_problem("--duration", msg("« {0} » : {1}", p.key, p.message)) for p in wrong if p.key is not None]
    unset = [
        _problem("--duration", msg("durée de {0} à définir par la session : --duration {1}=MINUTES", what, key))
        for key, what in unset_durations(draft)
    ]
    problems += keyed or unset or [_problem("--duration", plain(p.message)) for p in wrong]
    if problems:
        raise InvalidInput(problems)
    draft = replace(
        draft,
        session_id=draft.session_id or default_session_id(draft),
        rooms=draft.rooms or ("Salle 1",),
    )
    view = plan(draft) if not draft.schedule else check_plan(draft, draft.schedule)
    if view.problems:
        raise InvalidInput([_problem("planning", plain(p.message)) for p in view.problems])
    return replace(draft, schedule=view.passages)


def write(draft: SessionDraft, out: Path) -> ValidatedPackage:
    """Plan (if not planned yet), check and write the package; nothing is written on a problem."""
    return write_package(completed(draft), out)


def write_and_import(
    ctx: AppContext, draft: SessionDraft, out: Path, *, update: bool = False, identity_change_reason: str = ""
) -> ImportResult:
    """Write the package, then import it here at once (an update keeps what the jury entered; one that
    changes the identity of a candidate the jury worked on needs `identity_change_reason`)."""
    if not update:
        draft = replace(draft, session_id=unique_session_id(ctx, draft))
    pkg = write(draft, out)
    return import_package(
        ctx.database, ctx.paths, pkg.path, update=update, identity_change_reason=identity_change_reason
    )


def package_plan(path: Path) -> tuple[SessionDraft, PlanView]:
    """A package's planned passages, checked as the wizard checks them."""
    draft = draft_from_package(validate_package(Path(path)))
    return draft, check_plan(draft, draft.schedule)


# --- the wizard's tables -----------------------------------------------------------------------
@dataclass(frozen=True)
class ListColumn:
    key: str
    header: str
    required: bool
    help: str


def _columns(columns: Iterable[Column]) -> tuple[ListColumn, ...]:
    return tuple(ListColumn(c.key, c.header, c.required, c.help) for c in columns)


CANDIDATE_COLUMNS = _columns(lists.CANDIDATE_COLUMNS)
JUROR_COLUMNS = _columns(lists.JUROR_COLUMNS)
CARD_COLUMNS = _columns(lists.CARD_COLUMNS)


def candidates_from_rows(
    draft: SessionDraft, rows: list[dict[str, str]], *, today: dt.date, keep_ids: dict[int, str] | None = None
) -> list[CandidateDraft]:
    """The candidates typed in the wizard's table, checked as a list is (« ligne » is the row)."""
    table = lists.table_of(msg("Tableau des candidats"), lists.CANDIDATE_COLUMNS, rows)
    first_day = min(draft.dates) if draft.dates else None
    return lists.candidates_from(table, draft.referentiel, draft.definition, today, first_day, keep_ids)


def jurors_from_rows(
    draft: SessionDraft, rows: list[dict[str, str]], *, keep_ids: dict[int, str] | None = None
) -> list[JurorDraft]:
    return lists.jurors_from(
        lists.table_of(msg("Tableau des jurés"), lists.JUROR_COLUMNS, rows), draft.definition, keep_ids
    )


def cards_from_rows(rows: list[dict[str, str]], *, keep_ids: dict[int, str] | None = None) -> list[CardDraft]:
    return lists.cards_from(lists.table_of(msg("Tableau des fiches scénario"), lists.CARD_COLUMNS, rows), keep_ids)


def candidate_rows(draft: SessionDraft) -> list[dict[str, str]]:
    return [lists.candidate_cells(c, draft.referentiel) for c in draft.candidates]


def juror_rows(draft: SessionDraft) -> list[dict[str, str]]:
    return [lists.juror_cells(j, draft.definition) for j in draft.jurors]


def card_rows(draft: SessionDraft) -> list[dict[str, str]]:
    return [lists.card_cells(c) for c in draft.cards]


@dataclass(frozen=True)
class DurationField:
    """A duration the référentiel leaves to the session, as the wizard asks for it."""

    key: str
    modality: str
    phase: str | None
    minutes: int | None
    """Set by the session, or None."""
    within: int | None
    """The modality's known length these phases share, or None."""


def duration_fields(draft: SessionDraft) -> list[DurationField]:
    """Every duration to set for the modalities the candidates take (every path when none yet)."""
    paths = {c.path for c in draft.candidates} or {p.id for p in draft.referentiel.paths}
    out = []
    for m in draft.definition.modalities:
        if not any(m.serves(p) for p in paths):
            continue
        keys = settable_keys(m)
        fixed = (m.duration_min or 0) - sum(p.duration_min or 0 for p in m.phases) if m.duration_min else None
        for key in keys:
            phase = next((p.title for p in m.phases if key == f"{m.id}/{p.id}"), None)
            out.append(DurationField(key, m.title, phase, draft.durations.get(key), fixed))
    return out
