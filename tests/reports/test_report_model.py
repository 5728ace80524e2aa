"""The report model's own rules: signature field names and the words of a decision."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from jury_app.reports.model import MAX_SIGNATURE_FIELDS, TITLE, ReportHeader, UnitOutcome, pv_signature_field_name


def test_signature_field_names_are_never_prefixes_of_one_another() -> None:
    names = [pv_signature_field_name(i) for i in range(1, MAX_SIGNATURE_FIELDS + 1)]
    assert names[0] == "SignatureJure01"
    assert names[-1] == "SignatureJure99"
    assert len(set(names)) == len(names)
    assert len({len(n) for n in names}) == 1  # equal length
    for a in names:
        for b in names:
            assert a == b or not b.startswith(a)


@pytest.mark.parametrize("index", [0, -1, MAX_SIGNATURE_FIELDS + 1])
def test_signature_field_index_out_of_range(index: int) -> None:
    with pytest.raises(ValueError, match="hors limites"):
        pv_signature_field_name(index)


def test_decision_words() -> None:
    assert UnitOutcome("CCP1", "", "granted", "grant", "").status_text == "Acquis"
    assert UnitOutcome("CCP1", "", "held", None, "").status_text == "Déjà acquis"
    assert UnitOutcome("CCP1", "", "held", None, "").proposal_text == "—"
    assert UnitOutcome(TITLE, "", "granted", "grant", "").status_text == "Délivré"
    assert UnitOutcome(TITLE, "", "refused", "refuse", "x").status_text == "Non délivré"
    assert UnitOutcome(TITLE, "", "refused", "refuse", "x").proposal_text == "non délivré"
    assert UnitOutcome("CCP3", "", "refused", "refuse", "x").proposal_text == "non acquis"


def test_a_header_prints_in_the_zone_of_its_session() -> None:
    fields = {f: "" for f in ReportHeader.__dataclass_fields__ if f not in ("dates", "generated_at", "mock", "rncp")}
    header = ReportHeader(**fields, rncp=None, dates=(), generated_at=None, mock=False)  # type: ignore[arg-type]
    assert header.zone == ZoneInfo("Europe/Paris")  # a package that names no zone
    fields["timezone"] = "America/Cayenne"
    assert ReportHeader(**fields, rncp=None, dates=(), generated_at=None, mock=False).zone == ZoneInfo(  # type: ignore[arg-type]
        "America/Cayenne"
    )
