"""Strict JSON: UTF-8 only, bounded size and depth, no duplicate keys, no NaN or Infinity."""

from __future__ import annotations

import json
from typing import Any

from jury_app.domain.problems import InvalidInput

MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32


class _Reject(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Reject(f"clé en double : « {key} »")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _Reject(f"valeur non autorisée en JSON strict : {name}")


# The parser's messages are in English: each is told in French, by how it begins.
_JSON_ERRORS = (
    ("Expecting value", "valeur attendue"),
    ("Expecting property name", "nom de clé entre guillemets attendu"),
    ("Expecting ':'", "deux-points attendu"),
    ("Expecting ','", "virgule attendue"),
    ("Unterminated string", "chaîne de caractères non terminée"),
    ("Invalid control character", "caractère de contrôle interdit dans une chaîne"),
    ("Invalid \\uXXXX", "séquence \\u invalide"),
    ("Invalid \\escape", "séquence d'échappement invalide"),
    ("Extra data", "données en trop après la fin du document"),
    ("Illegal trailing comma", "virgule en trop avant la fin"),
)


def _json_error(msg: str) -> str:
    return next((french for english, french in _JSON_ERRORS if msg.startswith(english)), "syntaxe invalide")


def _depth(raw: str) -> int:
    """Nesting depth, counted without parsing so that a deep bomb never reaches the parser."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def loads_strict(data: bytes, member: str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    if len(data) > max_bytes:
        raise InvalidInput.one(member, f"fichier JSON trop volumineux ({len(data)} octets, au plus {max_bytes})")
    if data.startswith(b"\xef\xbb\xbf"):
        raise InvalidInput.one(
            member, "le fichier commence par une marque d'ordre d'octets (BOM) : UTF-8 sans BOM attendu"
        )
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidInput.one(member, f"encodage invalide : UTF-8 attendu (octet {exc.start})") from None
    if _depth(text) > max_depth:
        raise InvalidInput.one(member, f"imbrication trop profonde (au plus {max_depth} niveaux)")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except _Reject as exc:
        raise InvalidInput.one(member, str(exc)) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput.one(
            member, f"JSON invalide ligne {exc.lineno}, colonne {exc.colno} : {_json_error(exc.msg)}"
        ) from None
    except ValueError:  # int() refuses numbers of more than sys.get_int_max_str_digits() digits
        raise InvalidInput.one(member, "nombre trop long") from None
    except RecursionError:
        raise InvalidInput.one(member, f"imbrication trop profonde (au plus {max_depth} niveaux)") from None
