"""Strict JSON: UTF-8 without BOM, no duplicate keys, no NaN/Infinity, bounded size and depth."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.data.safejson import MAX_DEPTH, _depth, loads_strict
from jury_app.domain.problems import InvalidInput


def problem_of(data: bytes, **kwargs: int) -> str:
    with pytest.raises(InvalidInput) as info:
        loads_strict(data, "manifest.json", **kwargs)
    problems = info.value.problems
    assert len(problems) == 1
    assert problems[0].member == "manifest.json"
    return problems[0].message


def test_valid_json_is_returned() -> None:
    data = json.dumps({"nom": "Lefèvre", "liste": [1, 2.5, True, None]}, ensure_ascii=False).encode()
    assert loads_strict(data, "m.json") == {"nom": "Lefèvre", "liste": [1, 2.5, True, None]}


def test_not_an_object_is_still_json() -> None:
    # loads_strict parses any JSON value; "an object is expected" is the caller's rule.
    assert loads_strict(b"[1, 2]", "m.json") == [1, 2]
    assert loads_strict(b'"texte"', "m.json") == "texte"


@pytest.mark.parametrize(
    "data",
    [b'{"nom": "L\xe9fevre"}', b"\xff\xfe{}", b'{"a": "\xed\xa0\x80"}', b"\x80"],
    ids=["latin1", "utf16-bom", "utf8-surrogate", "lone-continuation"],
)
def test_invalid_utf8_is_refused(data: bytes) -> None:
    assert "UTF-8 attendu" in problem_of(data)


def test_bom_is_refused() -> None:
    assert "BOM" in problem_of(b'\xef\xbb\xbf{"a": 1}')


def test_duplicate_keys_are_refused_even_nested() -> None:
    assert "clé en double : « a »" in problem_of(b'{"a": 1, "a": 2}')
    assert "clé en double : « id »" in problem_of(b'{"x": [{"id": 1, "id": 1}]}')


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    assert constant in problem_of(f'{{"x": {constant}}}'.encode())


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_very_deep_nesting_is_a_clean_problem_not_a_recursion_error(opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    data = (opening * 10000 + "1" + closing * 10000).encode()
    assert "imbrication trop profonde" in problem_of(data)


def test_depth_limit_is_exact_and_ignores_brackets_in_strings() -> None:
    assert loads_strict(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, "m.json") is not None
    assert "imbrication" in problem_of(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))
    tricky = json.dumps({"texte": "[[[[" * 100 + '\\"{{{{' * 100}).encode()
    assert loads_strict(tricky, "m.json")["texte"].startswith("[[[[")


def test_too_large_is_refused_before_parsing() -> None:
    message = problem_of(b'{"a": "' + b"x" * 200 + b'"}', max_bytes=100)
    assert "trop volumineux" in message


def test_syntax_error_names_line_and_column() -> None:
    message = problem_of(b'{\n  "a": 1,\n}')
    assert message.startswith("JSON invalide ligne 3")


def test_integer_with_too_many_digits_is_a_problem_not_a_value_error() -> None:
    # Python refuses to convert integers of more than 4300 digits: a ValueError inside json.
    assert problem_of(b"[" + b"9" * 5000 + b"]")


def test_empty_and_whitespace_are_problems() -> None:
    assert problem_of(b"")
    assert problem_of(b"   \n")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=512))
def test_arbitrary_bytes_give_a_value_or_invalid_input(data: bytes) -> None:
    try:
        loads_strict(data, "m.json")
    except InvalidInput as exc:
        assert exc.problems
        assert all(p.message for p in exc.problems)


_json_text = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
).map(lambda v: json.dumps(v, ensure_ascii=False))


@settings(max_examples=100, deadline=None)
@given(_json_text, st.integers(min_value=0, max_value=40), st.sampled_from(["", "[", "]", "{", '"', "\\", ",", ":"]))
def test_damaged_json_text_gives_a_value_or_invalid_input(text: str, cut: int, insert: str) -> None:
    damaged = (text[:cut] + insert + text[cut:]).encode("utf-8", errors="surrogatepass")
    try:
        loads_strict(damaged, "m.json")
    except InvalidInput as exc:
        assert all(p.message for p in exc.problems)


@pytest.mark.parametrize(
    ("raw", "french"),
    [
        (b"", "ligne 1, colonne 1 : valeur attendue"),
        (b'{"a" 1}', "ligne 1, colonne 6 : deux-points attendu"),
        (b'{"a": 1 "b": 2}', "ligne 1, colonne 9 : virgule attendue"),
        (b"{'a': 1}", "ligne 1, colonne 2 : nom de clé entre guillemets attendu"),
        (b'"abc', "ligne 1, colonne 1 : chaîne de caractères non terminée"),
        (b'"\\x"', "ligne 1, colonne 2 : séquence d'échappement invalide"),
        (b"{} x", "ligne 1, colonne 4 : données en trop après la fin du document"),
    ],
)
def test_syntax_errors_are_told_in_french(raw: bytes, french: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads_strict(raw, "f.json")
    assert str(caught.value) == f"f.json : JSON invalide {french}"


def _depth_char_by_char(raw: str) -> int:
    """The depth as first counted, one character at a time: what the regular expressions must find."""
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


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='[]{}"\\a\n', max_size=60))
def test_depth_is_the_one_counted_character_by_character(raw: str) -> None:
    # Strings left open, escapes at the very end, closing brackets first: the same depth.
    assert _depth(raw) == _depth_char_by_char(raw)


@pytest.mark.parametrize(
    "raw", ['"abc', '"a\\', '["\\"]"]', "]][[", '["[[[', '[\\"[', '"\\\n[" [', '[[["\\\\"]]]', ""]
)
def test_depth_edges(raw: str) -> None:
    assert _depth(raw) == _depth_char_by_char(raw)
