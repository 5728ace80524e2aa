"""Problems found in user input, told in French, each naming where it is."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jury_app.domain import wording
from jury_app.domain.messages import Message, MessageError, Told, msg, plain

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
    def at(cls, member: str, pointer: str, message: Message | Told, place: str | Message | None = None) -> Problem:
        """A problem worded with `msg`: the same French text, and on screen where it is and what, translated.

        `place` is where it is as shown (a list's name, a sheet and a column), when not the member and pointer.
        """
        if isinstance(message, Told):
            message = message.message
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
        return cls([Problem(where, pointer, message, text=None)])  # told as it is, with where it is

    @classmethod
    def at(cls, member: str, message: Message | Told, pointer: str = "") -> InvalidInput:
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


_MESSAGES: dict[str, tuple[Message, tuple[str, ...]]] = {
    "missing": (msg("champ obligatoire manquant"), ()),
    "extra_forbidden": (msg("champ inconnu (non prévu par le format)"), ()),
    "string_type": (msg("une chaîne de caractères est attendue"), ()),
    "string_too_short": (msg("texte trop court (au moins {0} caractère(s))"), ("min_length",)),
    "string_too_long": (msg("texte trop long (au plus {0} caractères)"), ("max_length",)),
    "string_pattern_mismatch": (msg("format invalide (attendu : {0})"), ("pattern",)),  # in words: _PATTERNS
    "int_type": (msg("un nombre entier est attendu"), ()),
    "int_parsing": (msg("un nombre entier est attendu"), ()),
    "int_from_float": (msg("un nombre entier est attendu"), ()),
    "float_type": (msg("un nombre est attendu"), ()),
    "float_parsing": (msg("un nombre est attendu"), ()),
    "bool_type": (msg("vrai ou faux (true/false) est attendu"), ()),
    "bool_parsing": (msg("vrai ou faux (true/false) est attendu"), ()),
    "greater_than_equal": (msg("doit être supérieur ou égal à {0}"), ("ge",)),
    "greater_than": (msg("doit être supérieur à {0}"), ("gt",)),
    "less_than_equal": (msg("doit être inférieur ou égal à {0}"), ("le",)),
    "less_than": (msg("doit être inférieur à {0}"), ("lt",)),
    "literal_error": (msg("valeur non autorisée (attendu : {0})"), ("expected",)),
    "enum": (msg("valeur non autorisée (attendu : {0})"), ("expected",)),
    "list_type": (msg("une liste est attendue"), ()),
    "tuple_type": (msg("une liste est attendue"), ()),
    "dict_type": (msg("un objet est attendu"), ()),
    "model_type": (msg("un objet est attendu"), ()),
    "model_attributes_type": (msg("un objet est attendu"), ()),
    "too_short": (msg("trop peu d'éléments (au moins {0})"), ("min_length",)),
    "too_long": (msg("trop d'éléments (au plus {0})"), ("max_length",)),
    "date_from_datetime_parsing": (msg("date invalide (attendu : AAAA-MM-JJ)"), ()),
    "date_from_datetime_inexact": (msg("date invalide (attendu : AAAA-MM-JJ, sans heure)"), ()),
    "date_parsing": (msg("date invalide (attendu : AAAA-MM-JJ)"), ()),
    "date_type": (msg("date invalide (attendu : AAAA-MM-JJ)"), ()),
    "datetime_parsing": (msg("date et heure invalides (attendu : AAAA-MM-JJTHH:MM)"), ()),
    "datetime_from_date_parsing": (msg("date et heure invalides (attendu : AAAA-MM-JJTHH:MM)"), ()),
    "datetime_type": (msg("date et heure invalides (attendu : AAAA-MM-JJTHH:MM)"), ()),
    "json_invalid": (msg("JSON invalide"), ()),
    "json_type": (msg("JSON invalide"), ()),
}
"""Each kind of pydantic error, told in French: the template, and the keys of its context it names."""


# The patterns of the formats' fields, told in words: a regular expression means nothing to a user.
_PATTERNS: dict[str, Message] = {
    r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$": msg(
        "un identifiant de 64 caractères au plus : lettres sans accent, chiffres, « _ », « . » et « - », "
        "commençant par une lettre ou un chiffre"
    ),
    r"^[0-9a-f]{64}$": msg("une empreinte SHA-256, 64 chiffres hexadécimaux en minuscules"),
    r"^attachments/[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$": msg(
        "« attachments/ » suivi d'un nom de fichier sans accent ni espace (lettres, chiffres, « _ », « . », « - »)"
    ),
}

# French names of the fields of the package and the référentiel, as the people who fill them say.
FIELD_LABELS: dict[str, Message] = {
    "session": msg("session"),
    "jury": msg("juré"),
    "candidates": msg("candidat"),
    "schedule": msg("passage planifié"),
    "scenario_cards": msg("fiche scénario"),
    "attachments": msg("pièce jointe"),
    "units_held_detail": msg("CCP/bloc déjà acquis"),
    "ecf_results": msg("résultat d'ECF"),
    "day_hours": msg("horaires du jour"),
    "breaks": msg("pause"),
    "sessions": msg("session du référentiel"),
    "modalities": msg("modalité"),
    "phases": msg("phase"),
    "competences": msg("compétence"),
    "criteria": msg("critère"),
    "units": msg("CCP/bloc"),
    "id": msg("identifiant"),
    "title": msg("intitulé"),
    "last_name": msg("nom"),
    "first_name": msg("prénom"),
    "civility": msg("civilité"),
    "birth_date": msg("date de naissance"),
    "candidate_number": msg("numéro de candidat"),
    "path": msg("parcours"),
    "units_sought": msg("CCP/blocs visés"),
    "units_held": msg("CCP/blocs déjà acquis"),
    "extra_time_percent": msg("temps supplémentaire (%)"),
    "company_hours": msg("heures en entreprise"),
    "role": msg("rôle"),
    "profession": msg("profession"),
    "organisation": msg("organisme"),
    "profile": msg("profil de juré"),
    "kind": msg("type"),
    "dates": msg("date de session"),
    "date": msg("date"),
    "centre": msg("centre d'examen"),
    "name": msg("nom"),
    "address": msg("adresse"),
    "rooms": msg("salles"),
    "timezone": msg("fuseau horaire"),
    "approval_number": msg("numéro d'agrément"),
    "session_number": msg("numéro de session"),
    "durations": msg("durées à définir"),
    "start": msg("début"),
    "end": msg("fin"),
    "room": msg("salle"),
    "juror_ids": msg("jurés du passage"),
    "candidate_id": msg("candidat"),
    "modality_id": msg("modalité"),
    "structure_type": msg("type de structure"),
    "actor_text": msg("texte du comédien"),
    "member": msg("fichier dans le paquet"),
    "size": msg("taille"),
    "sha256": msg("empreinte SHA-256"),
    "certification": msg("certification"),
    "code": msg("code"),
    "version": msg("version"),
    "unit_id": msg("CCP/bloc"),
    "definition_id": msg("session du référentiel"),
    "obtained_under": msg("obtenu sous"),
    "proof_attachment_id": msg("preuve"),
    "result": msg("résultat"),
    "duration_min": msg("durée (min)"),
}


def _listed(parts: list[Message], last: Message | None = None) -> Message:
    """`parts` joined by « , » (and « ou » before `last`), each translated on screen."""
    listed = Message(", ".join(f"{{{i}}}" for i in range(len(parts))), tuple(parts))
    return listed if last is None else msg("{0} ou {1}", listed, last)


def field_label(loc: tuple[int | str, ...] | list[Any]) -> Message:
    """Where a field is, in words: `("candidates", 6, "birth_date")` -> "candidat 7, date de naissance"."""
    words: list[Message] = []
    for part in loc:
        if isinstance(part, int):
            if words:
                words[-1] = msg("{0} {1}", words[-1], part + 1)
            continue
        label = FIELD_LABELS.get(part)
        if label is None:
            continue
        words.append(label)
    # "candidat 7, candidat" (a schedule entry's candidate) reads better without the repetition.
    return _listed([w for i, w in enumerate(words) if i == 0 or w != words[i - 1]])


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
CODE_WORDS: dict[str, Message] = {
    m.template: m
    for m in (
        msg("satisfait"),
        msg("non satisfait"),
        msg("non observé"),
        msg("acquis"),
        msg("non acquis"),
        msg("saisie dans l'application"),
        msg("grille papier ressaisie"),
        msg("à faire"),
        msg("en cours"),
        msg("terminée"),
        msg("candidat absent"),
        msg("abandon du candidat"),
        msg("non concernée"),
        msg("pause"),
        msg("absence"),
        msg("abandon"),
        msg("récusation"),
        msg("incident"),
        msg("présidence du jury"),
        msg("membre du jury"),
        msg("session du titre"),
        msg("session de CCP"),
        msg("session de capitalisation"),
        msg("examen blanc"),
        msg("dossier professionnel"),
        msg("dossier projet"),
        msg("livret de certification"),
        msg("attestation de stage"),
        msg("résultats des ECF"),
        msg("preuve d'un CCP acquis"),
        msg("livret 2"),
        msg("note de synthèse"),
        msg("dossier écrit"),
        msg("passeport compétences"),
        msg("autre document"),
    )
}
"""The labels of CODE_TABLES, worded with `msg` for a screen to translate them (the same French)."""
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def allowed_values(expected: str) -> Message:
    """Pydantic's list of allowed values ("'a', 'b' or 'c'") in French: « a » (its label), « b » ou « c ».

    A code is labelled when the list is one of the tables of codes (a « capitalisation » path is not
    a capitalisation session)."""
    values = _QUOTED.findall(expected)
    if not values:
        return plain(expected.replace(" or ", " ou "))
    labels = next((t for t in CODE_TABLES if all(v in t for v in values)), {})
    told = [
        msg("« {0} » ({1})", v, CODE_WORDS.get(labels[v], plain(labels[v])))
        if labels.get(v, v) != v
        else msg("« {0} »", v)
        for v in values
    ]
    return told[0] if len(told) == 1 else _listed(told[:-1], told[-1])


def _named(ctx: dict[str, Any], key: str) -> object:
    value = ctx[key]
    if key == "expected":
        return allowed_values(str(value))
    if key == "pattern":
        return _PATTERNS.get(str(value), msg("le format prévu"))
    return value


def _french(error: Any) -> Message:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        # Our own validators already speak French (a MessageError keeps its template); pydantic only adds a prefix.
        cause = ctx.get("error")
        if isinstance(cause, MessageError):
            return cause.message
        return plain(str(ctx.get("error", error.get("msg", ""))).removeprefix("Value error, "))
    found = _MESSAGES.get(kind)
    if found is None:
        return msg("valeur invalide")
    template, keys = found
    try:
        return Message(template.template, tuple(_named(ctx, k) for k in keys))
    except KeyError:
        return template


def validation_messages(exc: ValidationError) -> list[tuple[str, Message]]:
    """(JSON pointer, message) for each error, its message naming the field in words before saying what is wrong."""
    found = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        message = _french(err)
        if err.get("type") == "extra_forbidden" and loc:
            message = msg("champ inconnu « {0} » (non prévu par le format)", loc[-1])
            loc = loc[:-1]
        label = field_label(loc)
        found.append((pointer(err["loc"]), msg("{0} : {1}", label, message) if label.args else message))
    return found


def from_validation_error(exc: ValidationError, member: str) -> list[Problem]:
    """One problem per error (`validation_messages`)."""
    return [Problem.at(member, where, message) for where, message in validation_messages(exc)]
