"""The candidates, the jurors and the scenario cards of a session, read from the lead's lists.

Each list is read whole (`data.tables`) and every cell checked; a list with a problem is refused
with every problem, each naming its line and column in French (« Date de naissance, ligne 7 : … »),
and nothing of it is kept. Dates as JJ/MM/AAAA or AAAA-MM-JJ (or a date cell of the workbook).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from jury_app.data.tables import Column, Row, Table, read_table
from jury_app.domain.access import path_problem
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Path as RefPath
from jury_app.domain.referentiel import Referentiel, SessionDefinition
from jury_app.domain.session_draft import CandidateDraft, CardDraft, HeldUnitDraft, JurorDraft, ascii_slug, fold
from jury_app.domain.wording import fr_date, term

T = TypeVar("T")


@dataclass(frozen=True)
class Bad:
    """Why a cell's value is refused."""

    message: Message


CANDIDATE_SHEET = "Candidats"
JUROR_SHEET = "Jurés"
CARD_SHEET = "Fiches scénario"

CANDIDATE_COLUMNS = (
    Column("number", "Numéro de candidat", aliases=("numéro", "n° candidat", "numéro candidat", "num candidat"),
           help=Told(msg("Le numéro d'inscription du candidat ; unique dans la liste. Sert aussi à reconnaître ses documents.")),
           example="2026-0412"),
    Column("civility", "Civilité", help=Told(msg("M. ou Mme (facultatif).")), example="Mme"),
    Column("last_name", "Nom", required=True, aliases=("nom de famille", "nom d'usage"),
           help=Told(msg("Nom de famille, accents et apostrophes compris.")), example="N'Diaye-Lefèvre"),
    Column("first_name", "Prénom", required=True, help=Told(msg("Prénom usuel.")), example="Anaïs"),
    Column("birth_date", "Date de naissance", aliases=("né le", "née le", "naissance", "date naissance"),
           help=Told(msg("JJ/MM/AAAA ou AAAA-MM-JJ ; antérieure à la session.")), example="14/02/1988"),
    Column("path", "Parcours", required=True, aliases=("voie d'accès", "voie"),
           help=Told(msg("formation, VAE ou capitalisation ; le parcours doit passer par la session choisie.")),
           example="formation"),
    Column("held", "CCP ou blocs déjà acquis", aliases=("ccp déjà acquis", "ccp acquis", "blocs déjà acquis",
           "blocs acquis", "déjà acquis"),
           help=Told(msg("Séparés par des virgules, par exemple « CCP1, CCP2 » ; obtenus sous une autre version : "
           "« CCP1 (TP-00403@07) ».")), example=""),
    Column("extra_time", "Temps supplémentaire (%)", aliases=("temps supplémentaire", "tiers temps", "temps majoré"),
           help=Told(msg("Aménagement accordé, en pourcentage de chaque durée (33 pour un tiers temps) ; vide : aucun. "
           "La raison n'est jamais demandée ni imprimée.")), example="0"),
    Column("company_hours", "Heures en entreprise", aliases=("heures de stage", "période en entreprise",
           "heures en entreprise (h)"),
           help=Told(msg("Heures de période en entreprise effectuées (parcours de formation).")), example="420"),
    Column("ecf", "Résultats ECF", aliases=("ecf", "résultats des ecf"),
           help=Told(msg("Évaluations en cours de formation, par exemple « CCP1 acquis ; CCP2 non acquis ».")),
           example="CCP1 acquis ; CCP2 acquis ; CCP3 acquis"),
)  # fmt: skip

JUROR_COLUMNS = (
    Column("civility", "Civilité", help=Told(msg("M. ou Mme (facultatif).")), example="Mme"),
    Column("last_name", "Nom", required=True, help=Told(msg("Nom de famille.")), example="Roussel"),
    Column("first_name", "Prénom", required=True, help=Told(msg("Prénom.")), example="Martine"),
    Column("role", "Rôle", help=Told(msg("président(e) ou membre ; vide : membre.")), example="présidente"),
    Column("profession", "Profession", help=Told(msg("Métier exercé.")), example="Conseillère en insertion professionnelle"),
    Column("organisation", "Organisme", aliases=("organisation", "structure", "employeur"),
           help=Told(msg("Structure où le juré exerce.")), example="Mission locale de Vienne"),
    Column("profile", "Profil", aliases=("profil de juré",),
           help=Told(msg("Profil que le référentiel exige, quand il en exige (RNCP35667 : directeur expert ou praticien).")),
           example=""),
)  # fmt: skip

CARD_COLUMNS = (
    Column("title", "Titre", required=True, aliases=("intitulé",), help=Told(msg("Titre de la fiche (jamais montré au candidat).")),
           example="Exemple : jeune sans qualification"),
    Column("structure_type", "Type de structure", required=True,
           help=Told(msg("Le type de structure que le jury annonce au candidat.")), example="Mission locale"),
    Column("actor_text", "Texte du comédien", required=True, aliases=("texte", "consigne du comédien"),
           help=Told(msg("Le rôle remis au comédien.")), example="Vous avez 19 ans et cherchez un premier emploi."),
)  # fmt: skip

_DATE_FR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$")
_CIVILITIES = {
    "m": "M.",
    "mr": "M.",
    "monsieur": "M.",
    "mme": "Mme",
    "madame": "Mme",
    "mlle": "Mme",
    "mademoiselle": "Mme",
}
_ROLES = {
    "president": "president",
    "presidente": "president",
    "president e": "president",
    "membre": "member",
    "member": "member",
}
_PATH_WORDS = {
    "formation": "formation",
    "formation continue": "formation",
    "parcours de formation": "formation",
    "vae": "vae",
    "validation des acquis de l experience": "vae",
    "capitalisation": "capitalisation",
    "capitalisation de ccp": "capitalisation",
    "capitalisation des blocs de competences": "capitalisation",
}


def parse_date(text: str) -> dt.date | Bad:
    """A date from JJ/MM/AAAA or AAAA-MM-JJ, or why it is not one."""
    found = _DATE_FR.match(text)
    parts = (found[3], found[2], found[1]) if found else None
    iso = _DATE_ISO.match(text)
    if iso:
        parts = (iso[1], iso[2], iso[3])
    if parts is None:
        return Bad(msg("« {0} » n'est pas une date (attendu : JJ/MM/AAAA, par exemple 14/02/1988)", text))
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return Bad(msg("« {0} » n'existe pas au calendrier", text))


def _whole(text: str, low: int, high: int) -> int | Bad:
    cleaned = text.replace("%", "").replace("\u202f", "").replace(" ", "").replace("h", "")
    if fold(text) == "tiers temps":
        return 33
    if not cleaned.isdigit():
        return Bad(msg("« {0} » : un nombre entier est attendu", text))
    value = int(cleaned)
    if not low <= value <= high:
        return Bad(msg("{0} : entre {1} et {2} attendu", value, low, high))
    return value


def _unit(ref: Referentiel, text: str) -> str | None:
    """The unit a cell names: « CCP1 », « ccp 1 », « Bloc 2 », « BC02 »."""
    wanted = fold(text).replace(" ", "")
    for u in ref.units:
        names = {fold(u.id).replace(" ", ""), f"{u.kind}{u.number}", f"{u.kind}{u.number:02d}"}
        if u.kind == "bloc":
            names |= {f"bc{u.number}", f"bc{u.number:02d}"}
        if wanted in names:
            return u.id
    return None


def _held(ref: Referentiel, text: str) -> list[HeldUnitDraft] | Bad:
    out = []
    for item in (t.strip() for t in re.split(r"[,;+]", text) if t.strip()):
        under = None
        found = re.match(r"^(.*?)\s*\((.+)\)\s*$", item)
        if found:
            item, under = found[1], found[2].replace(" ", "")
        if under is not None and under != ref.key:
            known = {e.from_key for e in ref.equivalences}
            if under not in known:
                if not known:
                    return Bad(
                        msg("« {0} » : version sans correspondance avec {1} (correspondances : aucune)", under, ref.key)
                    )
                listed = ", ".join(sorted(known))
                return Bad(
                    msg(
                        "« {0} » : version sans correspondance avec {1} (correspondances : {2})", under, ref.key, listed
                    )
                )
            unit_ids = {e.from_unit for e in ref.equivalences if e.from_key == under}
            unit = next((u for u in unit_ids if fold(u).replace(" ", "") == fold(item).replace(" ", "")), None)
            if unit is None:
                return Bad(msg("« {0} » n'existe pas dans {1}", item, under))
            out.append(HeldUnitDraft(unit, under))
            continue
        unit = _unit(ref, item)
        if unit is None:
            units = ", ".join(u.id for u in ref.units)
            return Bad(msg("« {0} » n'est pas un {1} de {2} ({3})", item, term(ref.terms.unit_short), ref.key, units))
        out.append(HeldUnitDraft(unit))
    return out


def _ecf(ref: Referentiel, text: str) -> list[tuple[str, str]] | Bad:
    out = []
    for item in (t.strip() for t in re.split(r"[;,]", text) if t.strip()):
        words = fold(item)
        result = "non_acquis" if "non acquis" in words else "acquis" if "acquis" in words else None
        unit = _unit(ref, words.replace("non acquis", "").replace("acquis", "").strip())
        if result is None or unit is None:
            return Bad(msg("« {0} » : attendu « CCP1 acquis » ou « CCP1 non acquis »", item))
        out.append((unit, result))
    return out


def _cell(table: Table, row: Row, key: str, parse: Callable[[str], T | Bad], problems: list[Problem]) -> T | None:
    text = row.get(key)
    if not text:
        return None
    value = parse(text)
    if isinstance(value, Bad):
        problems.append(table.problem(row, key, value.message))
        return None
    return value


def _civility(text: str) -> str | Bad:
    return _CIVILITIES.get(fold(text)) or Bad(msg("« {0} » : M. ou Mme attendu", text))


def _role(text: str) -> str | Bad:
    return _ROLES.get(fold(text)) or Bad(msg("« {0} » : président(e) ou membre attendu", text))


_MISSING = msg("valeur manquante")


def _name(table: Table, row: Row, key: str, problems: list[Problem]) -> str:
    text = " ".join(row.get(key).split())
    if not text:
        problems.append(table.problem(row, key, _MISSING))
    elif len(text) > 200:
        problems.append(table.problem(row, key, msg("200 caractères au plus")))
    return text


def _id_from(number: str, position: int, prefix: str, taken: set[str]) -> str:
    slug = ascii_slug(number)
    ident = slug if slug and slug[0].isalnum() and slug not in taken else f"{prefix}{position:02d}"
    while ident in taken:
        ident = f"{ident}-{position}"
    taken.add(ident)
    return ident


def candidates_from(
    table: Table,
    ref: Referentiel,
    sdef: SessionDefinition,
    today: dt.date,
    first_day: dt.date | None,
    keep_ids: dict[int, str] | None = None,
) -> list[CandidateDraft]:
    """The candidates of a list, or InvalidInput with every problem.

    `keep_ids` maps lines to the ids a session being edited gave their candidates: they keep them.
    """
    keep_ids = keep_ids or {}
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    taken: set[str] = set()
    paths: dict[str, RefPath] = {p.id: p for p in ref.paths}
    out = []
    for position, row in enumerate(table.rows, start=1):
        last, first = _name(table, row, "last_name", problems), _name(table, row, "first_name", problems)
        number = row.get("number")
        known = keep_ids.get(row.line)
        if known and known not in taken:
            taken.add(known)
        else:
            known = _id_from(number, position, "C", taken)
        if number and fold(number) in numbers:
            problems.append(
                table.problem(
                    row, "number", msg("« {0} » déjà donné ligne {1} (numéro en double)", number, numbers[fold(number)])
                )
            )
        elif number:
            numbers[fold(number)] = row.line
        path = _PATH_WORDS.get(fold(row.get("path"))) or next(
            (p.id for p in ref.paths if fold(p.title) == fold(row.get("path"))), None
        )
        if not row.get("path"):
            problems.append(table.problem(row, "path", msg("valeur manquante (formation, VAE ou capitalisation)")))
        elif path is None or (paths and path not in paths):
            known = ", ".join(paths) or "formation, vae, capitalisation"
            problems.append(table.problem(row, "path", msg("« {0} » : parcours inconnu ({1})", row.get("path"), known)))
        elif paths and (refused := path_problem(ref, sdef, path, [u.id for u in ref.units])) is not None:
            problems.append(table.problem(row, "path", refused.message))
        birth = _cell(table, row, "birth_date", parse_date, problems)
        if birth is not None and birth >= today:
            problems.append(table.problem(row, "birth_date", msg("{0} est dans le futur", fr_date(birth))))
        elif birth is not None and first_day is not None and birth >= first_day:
            problems.append(table.problem(row, "birth_date", msg("{0} ne précède pas la session", fr_date(birth))))
        out.append(
            CandidateDraft(
                id=known,
                last_name=last,
                first_name=first,
                path=path or "formation",
                civility=_cell(table, row, "civility", _civility, problems) or "",
                birth_date=birth,
                candidate_number=number,
                units_held=tuple(_cell(table, row, "held", lambda t: _held(ref, t), problems) or ()),
                extra_time_percent=_cell(table, row, "extra_time", lambda t: _whole(t, 0, 100), problems) or 0,
                company_hours=_cell(table, row, "company_hours", lambda t: _whole(t, 0, 100_000), problems),
                ecf_results=tuple(_cell(table, row, "ecf", lambda t: _ecf(ref, t), problems) or ()),
            )
        )
    if not out:
        problems.append(Problem.at(str(table.label), "", msg("aucun candidat dans la liste"), table.label))
    if problems:
        raise InvalidInput(problems)
    return out


def _same_cell(value: str, example: str) -> bool:
    if fold(value) == fold(example):
        return True
    day, shown = parse_date(value), parse_date(example)
    return not isinstance(day, Bad) and day == shown


def without_example(table: Table) -> Table:
    """The list without the template's example row (line 2), when the lead wrote their rows below it
    and left it unchanged."""
    examples = {c.key: c.example for c in table.columns}

    def is_example(row: Row) -> bool:
        filled = {k for k, v in row.values.items() if v.strip()}
        wanted = {k for k, v in examples.items() if v}
        return row.line == 2 and filled == wanted and all(_same_cell(row.get(k), examples[k]) for k in wanted)

    return Table(table.label, table.columns, tuple(r for r in table.rows if not is_example(r)))


def _ids(table: Table, prefix: str, keep_ids: dict[int, str] | None) -> list[str]:
    """An id for each row: the one kept for its line, else the first free `prefix`+number."""
    keep = keep_ids or {}
    taken = {keep[r.line] for r in table.rows if r.line in keep}
    out = []
    n = 0
    for row in table.rows:
        if row.line in keep:
            out.append(keep[row.line])
            continue
        n += 1
        while f"{prefix}{n:02d}" in taken:
            n += 1
        taken.add(f"{prefix}{n:02d}")
        out.append(f"{prefix}{n:02d}")
    return out


def jurors_from(table: Table, sdef: SessionDefinition, keep_ids: dict[int, str] | None = None) -> list[JurorDraft]:
    problems: list[Problem] = []
    ids = _ids(table, "J", keep_ids)
    profiles = {fold(p.id): p.id for p in sdef.jury.profiles} | {fold(p.title): p.id for p in sdef.jury.profiles}
    listed = ", ".join(p.title for p in sdef.jury.profiles)

    def profile(text: str) -> str | Bad:
        if not listed:
            return Bad(msg("« {0} » : profil inconnu (aucun pour cette session)", text))
        return profiles.get(fold(text)) or Bad(msg("« {0} » : profil inconnu ({1})", text, listed))

    out = []
    seen: dict[str, int] = {}
    for ident, row in zip(ids, table.rows, strict=True):
        last, first = _name(table, row, "last_name", problems), _name(table, row, "first_name", problems)
        who = fold(f"{first} {last}")
        if last and first and who in seen:
            again = msg("« {0} {1} » déjà donné ligne {2} (juré en double)", first, last, seen[who])
            problems.append(table.problem(row, "last_name", again))
        seen.setdefault(who, row.line)
        role = _cell(table, row, "role", _role, problems)
        prof = _cell(table, row, "profile", profile, problems)
        out.append(
            JurorDraft(
                id=ident,
                last_name=last,
                first_name=first,
                civility=_cell(table, row, "civility", _civility, problems) or "",
                role=role or "member",
                profession=row.get("profession"),
                organisation=row.get("organisation"),
                profile=prof,
            )
        )
    if not out:
        problems.append(Problem.at(str(table.label), "", msg("aucun juré dans la liste"), table.label))
    if problems:
        raise InvalidInput(problems)
    return out


def cards_from(table: Table, keep_ids: dict[int, str] | None = None) -> list[CardDraft]:
    problems: list[Problem] = []
    out = []
    for ident, row in zip(_ids(table, "S", keep_ids), table.rows, strict=True):
        title, structure = _name(table, row, "title", problems), _name(table, row, "structure_type", problems)
        text = row.get("actor_text")
        if not text:
            problems.append(table.problem(row, "actor_text", _MISSING))
        out.append(CardDraft(ident, title, structure, text))
    if problems:
        raise InvalidInput(problems)
    return out


def read_candidates(
    path: Path, ref: Referentiel, sdef: SessionDefinition, today: dt.date, first_day: dt.date | None = None
) -> list[CandidateDraft]:
    table = without_example(read_table(path, CANDIDATE_COLUMNS, CANDIDATE_SHEET))
    return candidates_from(table, ref, sdef, today, first_day)


def read_jurors(path: Path, sdef: SessionDefinition) -> list[JurorDraft]:
    return jurors_from(without_example(read_table(path, JUROR_COLUMNS, JUROR_SHEET)), sdef)


def read_cards(path: Path) -> list[CardDraft]:
    return cards_from(without_example(read_table(path, CARD_COLUMNS, CARD_SHEET)))


# --- the same lists typed in a table of the wizard -------------------------------------------------
def table_of(label: str | Message, columns: tuple[Column, ...], rows: list[dict[str, str]]) -> Table:
    """Rows typed in a table, read as a list whose line n is the table's row n (empty rows left out)."""
    kept = [Row(n, {k: v.strip() for k, v in r.items() if v.strip()}) for n, r in enumerate(rows, start=1)]
    return Table(label, columns, tuple(r for r in kept if r.values))


def candidate_cells(c: CandidateDraft, ref: Referentiel) -> dict[str, str]:
    """A candidate as the list's cells, as a lead would type them."""
    held = ", ".join(
        h.unit_id + (f" ({h.obtained_under})" if h.obtained_under and h.obtained_under != ref.key else "")
        for h in c.units_held
    )
    return {
        "number": c.candidate_number,
        "civility": c.civility,
        "last_name": c.last_name,
        "first_name": c.first_name,
        "birth_date": c.birth_date.strftime("%d/%m/%Y") if c.birth_date else "",
        "path": "VAE" if c.path == "vae" else c.path,  # as the template and the hint write it
        "held": held,
        "extra_time": str(c.extra_time_percent) if c.extra_time_percent else "",
        "company_hours": "" if c.company_hours is None else str(c.company_hours),
        "ecf": " ; ".join(f"{u} {'non acquis' if r == 'non_acquis' else 'acquis'}" for u, r in c.ecf_results),
    }


def juror_cells(j: JurorDraft, sdef: SessionDefinition) -> dict[str, str]:
    profile = next((p.title for p in sdef.jury.profiles if p.id == j.profile), "")
    return {
        "civility": j.civility,
        "last_name": j.last_name,
        "first_name": j.first_name,
        "role": "président(e)" if j.role == "president" else "membre",
        "profession": j.profession,
        "organisation": j.organisation,
        "profile": profile,
    }


def card_cells(c: CardDraft) -> dict[str, str]:
    return {"title": c.title, "structure_type": c.structure_type, "actor_text": c.actor_text}
