"""The report model's own rules: signature field names and the French wording of values."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jury_app.reports.model import (
    MAX_SIGNATURE_FIELDS,
    NNBSP,
    TITLE,
    UnitOutcome,
    fr,
    fr_date,
    fr_dates,
    fr_duration,
    proposal_label,
    pv_signature_field_name,
    quoted,
    unit_status_label,
)


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


def test_french_typography() -> None:
    assert fr("Parcours : formation") == f"Parcours{NNBSP}: formation"
    assert fr("oui ; non ! vraiment ? « cité »") == f"oui{NNBSP}; non{NNBSP}! vraiment{NNBSP}? «{NNBSP}cité{NNBSP}»"
    assert fr("http://exemple.fr") == "http://exemple.fr"  # no space before the colon: left alone
    assert quoted("papier") == f"«{NNBSP}papier{NNBSP}»"


def test_dates_and_durations() -> None:
    assert fr_date(date(2026, 12, 7)) == "07/12/2026"
    assert fr_dates([date(2026, 12, 7)]) == "07/12/2026"
    assert fr_dates([date(2026, 12, 8), date(2026, 12, 7)]) == "07/12/2026 et 08/12/2026"
    assert fr_dates([date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9)]) == "du 07/12/2026 au 09/12/2026"
    assert fr_dates([date(2026, 12, 1), date(2026, 12, 7), date(2026, 12, 9)]) == "01/12/2026, 07/12/2026 et 09/12/2026"
    assert fr_duration(45 * 60) == "45 min"
    assert fr_duration(14 * 60 + 32) == "14 min 32 s"
    assert fr_duration(30) == "30 s"
    assert fr_duration(65 * 60) == "1 h 05"
    assert fr_duration(-45) == "−45 s"
    assert fr_date(datetime(2026, 12, 7, 12, 0, tzinfo=UTC)) == "07/12/2026"


def test_decision_labels() -> None:
    assert unit_status_label(UnitOutcome("CCP1", "", "granted", "grant", "")) == "Acquis"
    assert unit_status_label(UnitOutcome("CCP1", "", "held", None, "")) == "Déjà acquis"
    assert unit_status_label(UnitOutcome(TITLE, "", "granted", "grant", "")) == "Délivré"
    assert unit_status_label(UnitOutcome(TITLE, "", "refused", "refuse", "x")) == "Non délivré"
    assert proposal_label(UnitOutcome(TITLE, "", "refused", "refuse", "x")) == "non délivré"
    assert proposal_label(UnitOutcome("CCP3", "", "refused", "refuse", "x")) == "non acquis"
