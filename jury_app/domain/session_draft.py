"""A session being prepared: what the session lead (or the trainer) has entered so far.

Plain frozen data that the wizard, the lists read from CSV or XLSX and the command line all fill in
the same way; `data.package.builder` turns a complete draft into a package. The kinds of session a
lead chooses are the référentiel's session definitions (`titre`, `ccp1`…, `capitalisation`; for an
RNCP certification `certification`, `bc01`…), "title" naming the session of the whole
certification, and a mock session (examen blanc) rehearses one of them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jury_app.domain.durations import effective_durations
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.referentiel import AttachmentKind, Referentiel, SessionDefinition, SessionScope
from jury_app.domain.rules import modalities_for_candidate
from jury_app.domain.schedule import DayWindow, Learner, Panel, Passage, ScheduleSetup, form_panels
from jury_app.domain.wording import term

ATTACHMENT_TITLES: dict[str, str] = {
    "dossier_professionnel": "Dossier professionnel",
    "dossier_projet": "Dossier projet",
    "livret_certification": "Livret de certification",
    "preuve_stage": "Attestation de période en entreprise",
    "resultats_ecf": "Résultats des ECF",
    "preuve_ccp": "Preuve d'un CCP/bloc déjà acquis",
    "livret_2": "Livret 2 (VAE)",
    "note_de_synthese": "Note de synthèse",
    "dossier_ecrit": "Dossier écrit",
    "passeport_competences": "Passeport compétences",
    "autre": "Document",
}
"""The documents' names, as the lead and the jurors call them."""

TITLE_KIND = "title"
MOCK_KIND = "mock"
DEFAULT_DAY_START = "08:30"
DEFAULT_DAY_END = "18:00"
DEFAULT_BREAKS: tuple[tuple[str, str], ...] = (("12:30", "13:30"),)
"""A day the session does not describe: 08:30–18:00 with an hour for lunch."""


@dataclass(frozen=True)
class JurorDraft:
    id: str
    last_name: str
    first_name: str
    civility: str = ""
    role: str = "member"
    profession: str = ""
    organisation: str = ""
    profile: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class HeldUnitDraft:
    """A CCP/block already held, as named in the version where it was obtained."""

    unit_id: str
    obtained_under: str | None = None
    """CODE@VERSION; None: the session's own référentiel."""
    obtained_on: dt.date | None = None


@dataclass(frozen=True)
class CandidateDraft:
    id: str
    last_name: str
    first_name: str
    path: str
    civility: str = ""
    birth_date: dt.date | None = None
    candidate_number: str = ""
    units_held: tuple[HeldUnitDraft, ...] = ()
    extra_time_percent: int = 0
    company_hours: int | None = None
    ecf_results: tuple[tuple[str, str], ...] = ()
    """(unit id, "acquis" or "non_acquis")."""
    notes: str = ""
    """Private: never printed (they may hold health data)."""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CardDraft:
    id: str
    title: str
    structure_type: str
    actor_text: str


@dataclass(frozen=True)
class DocumentDraft:
    """One of a candidate's documents: a PDF on disk the package will carry."""

    candidate_id: str | None
    kind: AttachmentKind
    source: Path
    title: str = ""
    id: str | None = None
    """Kept from the session being edited; None: the builder names it."""
    unit_id: str | None = None
    """The CCP/block a proof of a held unit or an ECF result is about."""


@dataclass(frozen=True)
class DayDraft:
    date: dt.date
    start: str = DEFAULT_DAY_START
    end: str = DEFAULT_DAY_END
    breaks: tuple[tuple[str, str], ...] = DEFAULT_BREAKS


@dataclass(frozen=True)
class KindChoice:
    """A kind of session the lead may choose for a référentiel."""

    key: str
    definition_id: str
    label: str


@dataclass(frozen=True)
class SessionDraft:
    referentiel: Referentiel
    definition_id: str
    mock: bool = False
    embed_referentiel: bool = False
    """True for a référentiel loaded from a file: the package carries it."""
    session_id: str = ""
    title: str = ""
    centre_name: str = ""
    centre_address: str = ""
    session_lead: str = ""
    dates: tuple[dt.date, ...] = ()
    rooms: tuple[str, ...] = ()
    timezone: str = "Europe/Paris"
    approval_number: str = ""
    session_number: str = ""
    registration_ended_reason: str = ""
    durations: Mapping[str, int] = field(default_factory=dict)
    day_hours: tuple[DayDraft, ...] = ()
    jurors: tuple[JurorDraft, ...] = ()
    candidates: tuple[CandidateDraft, ...] = ()
    cards: tuple[CardDraft, ...] = ()
    documents: tuple[DocumentDraft, ...] = ()
    schedule: tuple[Passage, ...] = ()

    @property
    def definition(self) -> SessionDefinition:
        return self.referentiel.session(self.definition_id)

    def day(self, date: dt.date) -> DayDraft:
        return next((d for d in self.day_hours if d.date == date), DayDraft(date))


def kind_choices(ref: Referentiel) -> list[KindChoice]:
    """The sessions of `ref` a lead may hold: the whole certification first, then its units."""
    title = ref.title_session()
    out = [KindChoice(TITLE_KIND, title.id, title.title)]
    for s in ref.sessions:
        if s is title:
            continue
        if s.scope is SessionScope.UNIT and s.unit_id is not None:
            label: str = Told(msg("Session {0} : {1}", term(ref.terms.unit_short), ref.unit(s.unit_id).title))
        else:
            label = s.title
        out.append(KindChoice(s.id, s.id, label))
    return out


def resolve_kind(ref: Referentiel, kind: str, mock_of: str | None = None) -> tuple[str, bool] | Told:
    """(definition id, mock) for a kind as the lead names it, or why it is not one of `ref`'s.

    "title" is the session of the whole certification; "ccp1"… and any session id of the référentiel
    name themselves (case aside); "mock" rehearses `mock_of` (the title session by default).
    """
    choices = kind_choices(ref)
    names = ", ".join([MOCK_KIND] + [c.key for c in choices])
    if kind.casefold() == MOCK_KIND:
        found = resolve_kind(ref, mock_of or TITLE_KIND)
        if isinstance(found, Told):
            return found
        return found[0], True
    wanted = kind.casefold()
    for c in choices:
        if wanted in (c.key.casefold(), c.definition_id.casefold()):
            return c.definition_id, False
    return Told(msg("type de session inconnu pour {0} : « {1} » (types : {2})", ref.key, kind, names))


def ascii_slug(text: str, limit: int = 64) -> str:
    """Letters without accents, digits, « - »: what file and package member names may hold."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")
    return slug[:limit].strip("-")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: how names and headers are compared."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def parse_hhmm(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def units_sought(draft: SessionDraft, candidate: CandidateDraft) -> tuple[str, ...]:
    """What the candidate seeks in this session: its unit, or every unit not held for the whole
    certification (none in a capitalisation session: the units are held)."""
    sdef = draft.definition
    if sdef.unit_id is not None:
        return (sdef.unit_id,)
    if candidate.path == "capitalisation":
        return ()
    held = set(held_units(draft.referentiel, candidate))
    return tuple(u.id for u in draft.referentiel.units if u.id not in held)


def held_units(ref: Referentiel, candidate: CandidateDraft) -> tuple[str, ...]:
    """The référentiel's units the candidate's held units count as (equivalences applied)."""
    out = []
    for h in candidate.units_held:
        unit = ref.equivalent_unit(h.obtained_under or ref.key, h.unit_id)
        if unit is not None and unit not in out:
            out.append(unit)
    return tuple(out)


def schedule_setup(draft: SessionDraft, panels: Sequence[Panel] | None = None) -> ScheduleSetup:
    """What the planner needs from a draft; the panels are formed from the jurors unless given."""
    sdef = draft.definition
    learners = tuple(
        Learner(
            c.id,
            c.name,
            c.path,
            c.extra_time_percent,
            units_sought(draft, c),
            held_units(draft.referentiel, c),
        )
        for c in draft.candidates
    )
    if panels is None:
        panels = form_panels([(j.id, j.profile) for j in draft.jurors], draft.rooms, sdef, mock=draft.mock)
    days = tuple(
        DayWindow(
            d,
            parse_hhmm(draft.day(d).start),
            parse_hhmm(draft.day(d).end),
            tuple((parse_hhmm(s), parse_hhmm(e)) for s, e in draft.day(d).breaks),
        )
        for d in sorted(draft.dates)
    )
    return ScheduleSetup(
        draft.referentiel,
        sdef,
        dict(draft.durations),
        learners,
        tuple(panels),
        days,
        len(draft.cards),
        draft.mock,
        {j.id: j.name for j in draft.jurors},
    )


def unset_durations(draft: SessionDraft) -> list[tuple[str, Message]]:
    """(key, what) for each duration the référentiel leaves to the session and that a candidate's
    modality still lacks: the lead sets them, nothing is guessed.

    A phase counts as set once the rest of its modality is known (the one phase left has the rest).
    """
    paths = {c.path for c in draft.candidates} or {p.id for p in draft.referentiel.paths}
    out: list[tuple[str, Message]] = []
    for m in draft.definition.modalities:
        if not any(m.serves(p) for p in paths):
            continue
        eff = effective_durations(m, draft.durations)
        for key in eff.unset:
            phase = next((p.title for p in m.phases if key == f"{m.id}/{p.id}"), None)
            out.append((key, msg("« {0} », phase « {1} »", m.title, phase) if phase else msg("« {0} »", m.title)))
    return out


def missing_documents(draft: SessionDraft) -> dict[str, list[str]]:
    """Candidate id -> the documents (« dossier projet ») a modality of their path has the jurors
    open and the draft does not hold yet. Told, not refused: a lead may add them later."""
    held = {(d.candidate_id, d.kind) for d in draft.documents}
    out: dict[str, list[str]] = {}
    for c in draft.candidates:
        try:
            ids = set(modalities_for_candidate(draft.definition, c.path, draft.referentiel))
        except ValueError:
            continue
        wanted = dict.fromkeys(k for m in draft.definition.modalities if m.id in ids for k in m.documents)
        lacking = [_lower_first(ATTACHMENT_TITLES[k]) for k in wanted if (c.id, k) not in held]
        if lacking:
            out[c.id] = lacking
    return out


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
