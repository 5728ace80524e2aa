"""The French words of the app's codes and its formatting of dates, times and durations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from jury_app.domain.codes import OVERALL
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import DEFAULT_TERMS, CertificationKind, Judgement
from jury_app.domain.rules import CandidateModalityStatus
from jury_app.domain.wording import (
    NNBSP,
    RUN_STATUS_LABELS,
    absence_sentence,
    absent_word,
    candidate_word,
    competence_label,
    fr,
    fr_clock,
    fr_date,
    fr_dates,
    fr_datetime,
    fr_day,
    fr_duration,
    fr_minutes,
    fr_percent,
    fr_size,
    fr_time,
    fr_timestamp,
    incident_label,
    judgement_label,
    mark_cell,
    mark_label,
    path_label,
    proposal_label,
    quoted,
    role_label,
    session_zone,
    source_label,
    unit_status_label,
)

PARIS = ZoneInfo("Europe/Paris")
CAYENNE = ZoneInfo("America/Cayenne")


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
    assert fr_duration(3600 + 2 * 60 + 10) == "1 h 02 min 10 s"
    assert fr_duration(-45) == "−45 s"
    assert fr_minutes(120) == "2 h 00" and fr_minutes(45) == "45 min"
    assert fr_minutes(None) == "à définir pour la session"
    assert fr_percent(33) == f"33{NNBSP}%"
    assert [fr_size(n) for n in (0, 812, 14 * 1024, int(2.4 * 1024**2))] == ["0 o", "812 o", "14 ko", "2,4 Mo"]
    assert [fr_size(n) for n in (64 * 1024**2, 64 * 1024**2 + 1, 20 * 1024**3, int(1.5 * 1024**3))] == [
        "64 Mo",
        "64 Mo",
        "20 Go",
        "1,5 Go",
    ]


def test_a_moment_is_told_in_the_zone_given() -> None:
    late = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # already the 8th in Paris, still the 7th in Cayenne
    assert fr_datetime(late, PARIS) == "08/12/2026 à 0 h 30"
    assert fr_datetime(late, CAYENNE) == "07/12/2026 à 20 h 30"
    assert fr_day(late, PARIS) == "08/12/2026"
    assert fr_time(datetime(2026, 7, 1, 8, 5, tzinfo=UTC), PARIS) == "10 h 05"  # summer time: UTC+2
    assert fr_clock(late, PARIS) == "00:30:00"
    assert fr_timestamp(late, CAYENNE) == "07/12/2026 20:30:00"
    with pytest.raises(TypeError, match="zone"):
        fr_date(late)  # a moment has no date without a zone


def test_session_zone_defaults_to_paris() -> None:
    assert session_zone("") == PARIS
    assert session_zone("America/Cayenne") == CAYENNE


def test_every_code_of_the_domain_has_words() -> None:
    assert [mark_label(m) for m in Mark] == ["satisfait", "non satisfait", "non observé"]
    assert mark_cell(Mark.NOT_SATISFIED) == "✗ Non satisfait" and mark_cell(None) == "non renseigné"
    assert [judgement_label(j, capitalised=True) for j in Judgement] == ["Acquise", "Non acquise"]
    assert judgement_label(None) == "—"
    assert set(RUN_STATUS_LABELS) == {s.value for s in CandidateModalityStatus}
    assert incident_label("abandonment", capitalised=True) == "Abandon"
    assert incident_label("something new") == "incident"
    assert source_label("paper") == "papier" and source_label(None) == "non saisie"
    assert role_label("president") == "présidence du jury" and role_label("president", short=True) == "présidence"


def test_people_are_named_by_their_civility_or_neutrally_never_with_a_point_median() -> None:
    assert role_label("president", civility="Mme") == "présidente du jury"
    assert role_label("president", civility="M.", short=True) == "président"
    assert role_label("member", civility="Mme") == "membre du jury"
    assert [candidate_word(c) for c in ("M.", "Mme", "")] == ["candidat", "candidate", "personne candidate"]
    assert [absent_word(c) for c in ("M.", "Mme", "")] == ["absent", "absente", "absence"]
    assert absence_sentence("") == "Absence"
    words = [
        role_label(r, civility=c, short=s)
        for r in ("president", "member")
        for c in ("M.", "Mme", "")
        for s in (True, False)
    ]
    assert not any("·" in w for w in words)


def test_paths_name_the_units_of_their_certification() -> None:
    assert path_label("vae") == "VAE"
    assert path_label("capitalisation") == "capitalisation de CCP"
    rncp = DEFAULT_TERMS[CertificationKind.RNCP]
    assert path_label("capitalisation", rncp) == "capitalisation de blocs de compétences"


def test_decision_labels() -> None:
    assert unit_status_label("granted", title=False) == "acquis"
    assert unit_status_label("granted", title=True) == "délivré"
    assert proposal_label("refuse", title=True) == "non délivré"
    assert proposal_label(None, title=False) == "—"


def test_competence_label() -> None:
    assert competence_label("CP1", "Informer une personne") == "CP1 — Informer une personne"
    assert competence_label(OVERALL, "Appréciation d'ensemble") == "Appréciation d'ensemble"


def test_the_certifications_own_words() -> None:
    from jury_app.domain.referentiel import DEFAULT_TERMS, CertificationKind
    from jury_app.domain.wording import certification_name, certification_word, feminine, unit_session_label

    tp = DEFAULT_TERMS[CertificationKind.TITRE_PROFESSIONNEL]
    rncp = DEFAULT_TERMS[CertificationKind.RNCP]
    assert (certification_word(tp), certification_word(rncp)) == ("titre", "certification")
    assert (feminine(tp), feminine(rncp)) == (False, True)
    assert (
        certification_name(rncp, "Chargé d’insertion professionnelle")
        == "Certification Chargé d’insertion professionnelle"
    )
    assert unit_session_label(rncp) == "session de bloc"
    assert unit_status_label("granted", title=True, feminine=True) == "délivrée"
    assert proposal_label("refuse", title=True, feminine=True) == "non délivrée"
    assert unit_status_label("granted", title=False, feminine=True) == "acquis"
    assert path_label("capitalisation", rncp) == "capitalisation de blocs de compétences"
