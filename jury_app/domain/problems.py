"""Problems found in user input, told in French, each naming where it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is imported by whoever validates; the CLI's error path stays light
    from pydantic import ValidationError


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input: the file or member, a JSON pointer, and a French message."""

    member: str
    pointer: str
    message: str

    def __str__(self) -> str:
        where = self.member + (f" {self.pointer}" if self.pointer else "")
        return f"{where} : {self.message}"


class InvalidInput(Exception):
    """Raised with every problem found; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def pointer(loc: tuple[int | str, ...] | list[Any]) -> str:
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc]
    return "/" + "/".join(parts) if parts else ""


_MESSAGES: dict[str, str] = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu (non prévu par le format)",
    "string_type": "une chaîne de caractères est attendue",
    "string_too_short": "texte trop court (au moins {min_length} caractère(s))",
    "string_too_long": "texte trop long (au plus {max_length} caractères)",
    "string_pattern_mismatch": "format invalide (attendu : {pattern})",
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
    "date_parsing": "date invalide (attendu : AAAA-MM-JJ)",
    "date_type": "date invalide (attendu : AAAA-MM-JJ)",
    "datetime_parsing": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "datetime_from_date_parsing": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "datetime_type": "date et heure invalides (attendu : AAAA-MM-JJTHH:MM)",
    "json_invalid": "JSON invalide",
    "json_type": "JSON invalide",
}


def _french(error: Any) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        # Our own validators already speak French; pydantic only adds a prefix.
        return str(ctx.get("error", error.get("msg", ""))).removeprefix("Value error, ")
    template = _MESSAGES.get(kind)
    if template is None:
        return f"valeur invalide ({error.get('msg', kind)})"
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template


def from_validation_error(exc: ValidationError, member: str) -> list[Problem]:
    return [
        Problem(member=member, pointer=pointer(err["loc"]), message=_french(err))
        for err in exc.errors(include_url=False)
    ]
