"""Problems found in user input, told in French, each naming where it is."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jury_app.domain import wording
from jury_app.domain.messages import Message, Told, msg, plain

if TYPE_CHECKING:  # pydantic is imported by whoever validates; the CLI's error path stays light
    from pydantic import ValidationError


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input: the file or member, a JSON pointer, and a French message."""

    member: str
    pointer: str
    message: str
    text: Message | None = field(default=None, compare=False)
    """The message as a translatable template (`message` is its French text)."""

    def __str__(self) -> str:
        where = self.member + (f" {self.pointer}" if self.pointer else "")
        return f"{where} : {self.message}"

    @classmethod
    def at(cls, member: str, pointer: str, message: Message, place: str | Message | None = None) -> Problem:
        """A problem worded with `msg`: the same French text, and on screen where it is and what, translated.

        `place` is where it is as shown (a list's name, a sheet and a column), when not the member and pointer.
        """
        where = place if place is not None else member + (f" {pointer}" if pointer else "")
        return cls(member, pointer, str(message), msg("{0} : {1}", where, message))

    @property
    def shown(self) -> Message:
        """What a screen shows: the message alone when made with `msg` (translatable), else where and what."""
        return self.text if self.text is not None else plain(str(self))


class InvalidInput(Exception):
    """Raised with every problem found; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @classmethod
    def one(cls, where: str, message: str | Message, pointer: str = "") -> InvalidInput:
        """A refusal with a single problem: `raise InvalidInput.one("grille", msg("la note est vide"))`.

        Worded with `msg`, the message is translated on screen; a plain string is shown as it is.
        """
        if isinstance(message, Message):
            return cls([Problem(where, pointer, str(message), message)])
        if isinstance(message, Told):
            return cls([Problem(where, pointer, message, message.message)])
        return cls([Problem(where, pointer, message)])


    @classmethod
    def at(cls, member: str, message: Message, pointer: str = "") -> InvalidInput:
        """A refusal with a single problem, shown with where it is (`Problem.at`)."""
        return cls([Problem.at(member, pointer, message)])


class IdentityChangeRefused(InvalidInput):
    """A package update would change the name or birth date of a candidate the jury worked on: refused
    until the session lead confirms it with a reason (the screens ask for it, the CLI takes
    --identity-change-reason)."""

    def __init__(self, problems: list[Problem], changes: list[tuple[str, str, str]]) -> None:
        super().__init__(problems)
        self.changes = changes
        """(candidate ref, identity before, identity after): what the screens ask the lead to confirm."""


def pointer(loc: tuple[int | str, ...] | list[Any]) -> str:
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc]
    return "/" + "/".join(parts) if parts else ""


_MESSAGES: dict[str, str] = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu (non prévu par le format)",
    "string_type": "une chaîne de caractères est attendue",
    "string_too_short": "texte trop court (au moins {min_length} caractère(s))",
    "string_too_long": "texte trop long (au plus {max_length} caractères)",
    "string_pattern_mismatch": "format invalide (attendu : {pattern})",  # pattern described by _PATTERNS
    "int_type": "un nombre entier est attendu",
    "int_parsing": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu",
    "float_type": "un nombre est attendu",
    "float_parsing": "un nombre est attendu",
    "bool_type": "vrai ou faux (true/false) est attendu",
    "bool_parsing": "vrai ou faux (true/false) est attendu",
    "greater_than_equal": "doit être supérieur ou égal à {ge}",
    "greater_than": "doit être supérieur à {gt}",
    "less_than_equal": "doit être inférieur ou égal à {le}",
    "less_than": "doit être inférieur à {lt}",
    "literal_error": "valeur non autorisée (attendu : {expected})",
    "enum": "valeur non autorisée (attendu : {expected})",
    "list_type": "une liste est attendue",
    "tuple_type": "une liste est attendue",
    "dict_type": "un objet est attendu",
    "model_type": "un objet est attendu",
    "model_attributes_type": "un objet est attendu",
    "too_short": "trop peu d'éléments (au moins {min_length})",
    "too_long": "trop d'éléments (au plus {max_length})",
    "date_from_datetime_parsing": "date invalide (attendu : AAAA-MM-JJ)",
    "date_from_datetime_inexact": "date invalide (attendu : AAAA-MM-JJ, sans heure)",
    "date_parsing": "date invalide (attendu : AAAA-MM-JJ)",
    "date_type": "date invalide (attendu : AAAA-MM-JJ)",
    "datetime_parsing": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "datetime_from_date_parsing": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "datetime_type": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "json_invalid": "JSON invalide",
    "json_type": "JSON invalide",
}


# The patterns of the formats' fields, told in words: a regular expression means nothing to a user.
_PATTERNS: dict[str, str] = {
    r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$": "un identifiant de 64 caractères au plus : lettres sans accent, "
    "chiffres, « _ », « . » et « - », commençant par une lettre ou un chiffre",
    r"^[0-9a-f]{64}$": "une empreinte SHA-256, 64 chiffres hexadécimaux en minuscules",
    r"^attachments/[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$": "« attachments/ » suivi d'un nom de fichier sans accent "
    "ni espace (lettres, chiffres, « _ », « . », « - »)",
}

# French names of the fields of the package and the référentiel, as the people who fill them say.
FIELD_LABELS: dict[str, str] = {
    "session": "session",
    "jury": "juré",
    "candidates": "candidat",
    "schedule": "passage planifié",
    "scenario_cards": "fiche scénario",
    "attachments": "pièce jointe",
    "units_held_detail": "CCP/bloc déjà acquis",
    "ecf_results": "résultat d'ECF",
    "day_hours": "horaires du jour",
    "breaks": "pause",
    "sessions": "session du référentiel",
    "modalities": "modalité",
    "phases": "phase",
    "competences": "compétence",
    "criteria": "critère",
    "units": "CCP/bloc",
    "id": "identifiant",
    "title": "intitulé",
    "last_name": "nom",
    "first_name": "prénom",
    "civility": "civilité",
    "birth_date": "date de naissance",
    "candidate_number": "numéro de candidat",
    "path": "parcours",
    "units_sought": "CCP/blocs visés",
    "units_held": "CCP/blocs déjà acquis",
    "extra_time_percent": "temps supplémentaire (%)",
    "company_hours": "heures en entreprise",
    "role": "rôle",
    "profession": "profession",
    "organisation": "organisme",
    "profile": "profil de juré",
    "kind": "type",
    "dates": "date de session",
    "date": "date",
    "centre": "centre d'examen",
    "name": "nom",
    "address": "adresse",
    "rooms": "salles",
    "timezone": "fuseau horaire",
    "approval_number": "numéro d'agrément",
    "session_number": "numéro de session",
    "durations": "durées à définir",
    "start": "début",
    "end": "fin",
    "room": "salle",
    "juror_ids": "jurés du passage",
    "candidate_id": "candidat",
    "modality_id": "modalité",
    "structure_type": "type de structure",
    "actor_text": "texte du comédien",
    "member": "fichier dans le paquet",
    "size": "taille",
    "sha256": "empreinte SHA-256",
    "certification": "certification",
    "code": "code",
    "version": "version",
    "unit_id": "CCP/bloc",
    "definition_id": "session du référentiel",
    "obtained_under": "obtenu sous",
    "proof_attachment_id": "preuve",
    "result": "résultat",
    "duration_min": "durée (min)",
}


def field_label(loc: tuple[int | str, ...] | list[Any]) -> str:
    """Where a field is, in words: `("candidates", 6, "birth_date")` -> "candidat 7, date de naissance"."""
    words: list[str] = []
    for part in loc:
        if isinstance(part, int):
            if words:
                words[-1] = f"{words[-1]} {part + 1}"
            continue
        label = FIELD_LABELS.get(part)
        if label is None:
            continue
        words.append(label)
    # "candidat 7, candidat" (a schedule entry's candidate) reads better without the repetition.
    return ", ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])


# The codes the files hold, each table with its French labels.
CODE_TABLES: tuple[Mapping[str, str], ...] = (
    wording.MARK_LABELS,
    wording.JUDGEMENT_LABELS,
    wording.SOURCE_DESCRIPTIONS,
    wording.RUN_STATUS_LABELS,
    wording.INCIDENT_KIND_LABELS,
    wording.ROLE_LABELS,
    wording.SESSION_KIND_LABELS,
    wording.ATTACHMENT_KIND_LABELS,
)
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def allowed_values(expected: str) -> str:
    """Pydantic's list of allowed values ("'a', 'b' or 'c'") in French: « a » (its label), « b » ou « c ».

    A code is labelled when the list is one of the tables of codes (a « capitalisation » path is not
    a capitalisation session)."""
    values = _QUOTED.findall(expected)
    if not values:
        return expected.replace(" or ", " ou ")
    labels = next((t for t in CODE_TABLES if all(v in t for v in values)), {})
    told = [f"« {v} »" + (f" ({labels[v]})" if labels.get(v, v) != v else "") for v in values]
    return told[0] if len(told) == 1 else ", ".join(told[:-1]) + " ou " + told[-1]


def _expected(ctx: dict[str, Any]) -> dict[str, Any]:
    out = dict(ctx)
    if "expected" in out:
        out["expected"] = allowed_values(str(out["expected"]))
    if "pattern" in out:
        out["pattern"] = _PATTERNS.get(str(out["pattern"]), "le format prévu")
    return out


def _french(error: Any) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        # Our own validators already speak French; pydantic only adds a prefix.
        return str(ctx.get("error", error.get("msg", ""))).removeprefix("Value error, ")
    template = _MESSAGES.get(kind)
    if template is None:
        return "valeur invalide"
    try:
        return template.format(**_expected(ctx))
    except (KeyError, IndexError):
        return template


def from_validation_error(exc: ValidationError, member: str) -> list[Problem]:
    """One problem per error, its message naming the field in words before saying what is wrong."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        message = _french(err)
        if err.get("type") == "extra_forbidden" and loc:
            message = f"champ inconnu « {loc[-1]} » (non prévu par le format)"
            loc = loc[:-1]
        label = field_label(loc)
        problems.append(
            Problem(member=member, pointer=pointer(err["loc"]), message=f"{label} : {message}" if label else message)
        )
    return problems
