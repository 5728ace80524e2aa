"""Strict JSON: UTF-8 only, bounded size and depth, no duplicate keys, no NaN or Infinity."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput

MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32


class _Reject(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # built by C: a result file holds tens of thousands of objects
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Reject(msg("clé en double : « {0} »", key))
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise _Reject(msg("valeur non autorisée en JSON strict : {0}", name))


# The parser's messages are in English: each is told in French, by how it begins.
_JSON_ERRORS = (
    ("Expecting value", msg("valeur attendue")),
    ("Expecting property name", msg("nom de clé entre guillemets attendu")),
    ("Expecting ':'", msg("deux-points attendu")),
    ("Expecting ','", msg("virgule attendue")),
    ("Unterminated string", msg("chaîne de caractères non terminée")),
    ("Invalid control character", msg("caractère de contrôle interdit dans une chaîne")),
    ("Invalid \\uXXXX", msg("séquence \\u invalide")),
    ("Invalid \\escape", msg("séquence d'échappement invalide")),
    ("Extra data", msg("données en trop après la fin du document")),
    ("Illegal trailing comma", msg("virgule en trop avant la fin")),
)


def _json_error(error: str) -> Message:
    return next((french for english, french in _JSON_ERRORS if error.startswith(english)), msg("syntaxe invalide"))


# A string (escapes included; one left open runs to the end), then everything but brackets.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _depth(raw: str) -> int:
    """Nesting depth, counted without parsing so that a deep bomb never reaches the parser: the
    brackets outside strings, found by two regular expressions (a result file is megabytes)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", raw))
    return max(0, max(accumulate(map(_STEP.__getitem__, brackets)), default=0))


def loads_strict(data: bytes, member: str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    if len(data) > max_bytes:
        raise InvalidInput.at(
            member, msg("fichier JSON trop volumineux ({0} octets, au plus {1})", len(data), max_bytes)
        )
    if data.startswith(b"\xef\xbb\xbf"):
        raise InvalidInput.at(
            member, msg("le fichier commence par une marque d'ordre d'octets (BOM) : UTF-8 sans BOM attendu")
        )
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidInput.at(member, msg("encodage invalide : UTF-8 attendu (octet {0})", exc.start)) from None
    deep = msg("imbrication trop profonde (au plus {0} niveaux)", max_depth)
    if _depth(text) > max_depth:
        raise InvalidInput.at(member, deep)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except _Reject as exc:
        raise InvalidInput.at(member, exc.message) from None
    except json.JSONDecodeError as exc:
        invalid = msg("JSON invalide ligne {0}, colonne {1} : {2}", exc.lineno, exc.colno, _json_error(exc.msg))
        raise InvalidInput.at(member, invalid) from None
    except ValueError:  # int() refuses numbers of more than sys.get_int_max_str_digits() digits
        raise InvalidInput.at(member, msg("nombre trop long")) from None
    except RecursionError:
        raise InvalidInput.at(member, deep) from None
