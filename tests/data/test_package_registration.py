"""Registration periods: a session dated after its certification's registration ended is refused,
unless a reason is given (recorded with the session); one close to the end is warned about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jury_app.data.db import Database
from jury_app.data.package.importer import import_package
from jury_app.data.package.validate import validate_package
from jury_app.data.session_store import session_row
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve

MakePackage = Callable[..., Path]
REASON = "Promotion entrée en formation avant l'échéance, session prévue par la convention"


def rncp35667(m: dict[str, Any]) -> None:
    m["session"]["certification"] = {"code": "RNCP35667", "version": "1"}
    m["session"]["durations"] = {"bc01-oral-jury": 30, "bc02-etude-de-cas": 90, "bc03-entretien-professionnel": 45}
    m["jury"][0]["profile"] = "directeur-expert-insertion"
    m["jury"][1]["profile"] = "praticien-ou-formateur"
    m["candidates"] = m["candidates"][:2]
    for c in m["candidates"]:
        c["units_sought"] = ["BC01", "BC02", "BC03"]
    m["schedule"] = []
    m["scenario_cards"] = []


def dated(*days: str) -> Callable[[dict[str, Any]], None]:
    def mutate(m: dict[str, Any]) -> None:
        m["session"]["dates"] = list(days)
        m["schedule"] = []

    return mutate


def test_a_session_after_the_end_is_refused_with_the_date_and_the_way_out(make_package: MakePackage) -> None:
    with pytest.raises(InvalidInput) as exc:
        validate_package(make_package(mutate=rncp35667))
    (problem,) = [p for p in exc.value.problems if p.pointer == "/session/dates"]
    assert "après l'échéance de l'enregistrement de la certification RNCP35667@1 le 17/06/2023" in problem.message
    assert "10/03/2025, 11/03/2025" in problem.message
    assert "--registration-ended-reason" in problem.message


def test_a_reason_given_lets_it_through_and_is_recorded(make_package: MakePackage, tmp_path: Path) -> None:
    package = make_package(mutate=rncp35667)
    v = validate_package(package, registration_ended_reason=REASON)
    assert v.registration_ended_reason == REASON
    assert len(v.warnings) == 1 and "après l'échéance" in v.warnings[0] and REASON in v.warnings[0]
    paths = resolve(tmp_path / "data")
    paths.ensure()
    database = Database(paths.database)
    try:
        result = import_package(database, paths, package, registration_ended_reason=REASON)
        assert result.warnings == v.warnings
        with database.reader() as orm:
            assert session_row(orm, result.session_id).registration_ended_reason == REASON
    finally:
        database.close()


def test_the_reason_may_come_in_the_package(make_package: MakePackage) -> None:
    def with_reason(m: dict[str, Any]) -> None:
        rncp35667(m)
        m["session"]["registration_ended_reason"] = REASON

    assert validate_package(make_package(mutate=with_reason)).registration_ended_reason == REASON


@pytest.mark.parametrize(
    ("days", "warned"),
    [
        (("2028-03-22",), "0 jour après la fin de la session"),  # the last day of the registration
        (("2028-01-10", "2028-01-11"), "71 jours après la fin de la session"),
        (("2027-10-01",), None),  # more than 90 days before the end
        (("2025-03-10", "2025-03-11"), None),
    ],
)
def test_tp_cip_sessions_inside_the_five_years(
    make_package: MakePackage, days: tuple[str, ...], warned: str | None
) -> None:
    v = validate_package(make_package(mutate=dated(*days)))
    if warned is None:
        assert v.warnings == ()
    else:
        (warning,) = v.warnings
        assert "TP-00403@08 arrive à échéance le 22/03/2028" in warning and warned in warning


def test_tp_cip_after_its_five_years(make_package: MakePackage) -> None:
    with pytest.raises(
        InvalidInput, match="échéance de l'enregistrement de la certification TP-00403@08 le 22/03/2028"
    ):
        validate_package(make_package(mutate=dated("2028-03-23")))
