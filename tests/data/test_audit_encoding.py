"""The audit trail's canonical JSON, written directly on the hot paths (a merge hashes a hundred thousand
entries, `audit verify` as many): byte for byte what `json.dumps` writes, whatever the text."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.data.audit import Trail, _hash, item_target, json_text, json_value


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chained(values: list[Any]) -> str:
    """The hash as the chain was first made: the previous hash, then json.dumps of the entry's list."""
    return hashlib.sha256(("ab" * 32 + dumps(values)).encode("utf-8", errors="surrogatepass")).hexdigest()


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20) | st.sampled_from(
    ['"', "\\", "\n\t\x00\x1f", "é’€😀", "\u2028\u2029", "</script>"]
)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=10**12), _texts, _texts, _texts, _texts, st.none() | _texts, st.none() | _texts)
def test_an_entry_is_hashed_over_json_dumps_of_its_list(
    sid: str, seq: int, at: str, actor: str, action: str, target: str, before: str | None, after: str | None
) -> None:
    values = [sid, seq, at, actor, action, target, before, after]
    assert _hash("ab" * 32, *values) == chained(values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "values",
    [
        ["S", 1, "t", None, "grid.mark", "{}", None, None],  # a column emptied by hand
        ["S", 2, "t", 5, "grid.mark", "{}", 1.5, None],  # numbers where text belongs
        ["S", True, "t", "J1", "grid.mark", "{}", "a", "b"],  # not a number of entry
        ["S", "3", "t", "J1", "grid.mark", "{}", "a", "b"],
        ["S", 4, "t", "J1", "grid.mark", b"{}".decode(), {"k": "v"}, ["x"]],
    ],
)
def test_an_entry_altered_by_hand_is_hashed_over_json_dumps_of_it(values: list[Any]) -> None:
    assert _hash("ab" * 32, *values) == chained(values)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["a", "candidate", "i", "itemz", "juror", "modality", "z", "é"]), _texts), _texts)
def test_a_target_around_its_item_is_the_canonical_target(where: dict[str, str], item: str) -> None:
    head, tail = item_target(where)
    assert head + json_text(item) + tail == dumps({**where, "item": item})


@pytest.mark.parametrize(
    "text",
    [
        '{"candidate":"C01","item":"CP1.2","juror":"J1","modality":"msp"}',
        '{"a":[1,2.5,true,null],"b":"\\u00e9\\"x"}',
        "[]",
        '"texte"',
        "12",
    ],
)
def test_a_target_is_read_as_json_loads_reads_it(text: str) -> None:
    assert json_value(text) == json.loads(text)


@pytest.mark.parametrize("text", [" {}", "{} ", "{} x", "{", "", "NaN x", "\ufeff{}", '{"a":1}{"b":2}'])
def test_a_target_that_is_not_one_json_value_is_left_to_json_loads(text: str) -> None:
    try:
        expected: Any = json.loads(text)
    except ValueError as exc:
        with pytest.raises(type(exc)) as caught:
            json_value(text)
        assert str(caught.value) == str(exc)
    else:
        assert json_value(text) == expected


def test_a_target_that_is_not_text_fails_as_json_loads_fails() -> None:
    with pytest.raises(TypeError):
        json_value(None)  # type: ignore[arg-type]
    assert json_value(b'{"a":1}') == {"a": 1}  # type: ignore[arg-type]


def _trail() -> Trail:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE audit_log (session_id TEXT, seq INTEGER, hash TEXT)")
    return Trail(conn, "S-2026")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["grid.mark", "grid.observation"]), _texts, st.none() | _texts, st.none() | _texts), max_size=8))
def test_entries_added_in_one_loop_are_the_entries_added_one_by_one(
    entries: list[tuple[str, str, str | None, str | None]],
) -> None:
    at = datetime(2026, 12, 8, 18, 0, tzinfo=UTC)
    one_by_one, together = _trail(), _trail()
    for action, target, before, after in entries:
        one_by_one.add_json("J1", action, target, before, after, at)
    together.add_many("J1", at, entries)
    assert together.rows == one_by_one.rows
    assert (together.seq, together.prev) == (one_by_one.seq, one_by_one.prev)


def test_an_entry_that_is_not_text_is_chained_as_the_encoder_writes_it() -> None:
    at = datetime(2026, 12, 8, 18, 0, tzinfo=UTC)
    odd: list[Any] = [("grid.mark", "{}", 3, None), ("grid.mark", "{}", None, ["a"])]
    one_by_one, together = _trail(), _trail()
    for action, target, before, after in odd:
        one_by_one.add_json("J1", action, target, before, after, at)
    together.add_many("J1", at, odd)
    assert together.rows == one_by_one.rows
