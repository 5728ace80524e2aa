"""Sessions imported with an earlier copy of a built-in référentiel keep opening with it.

A référentiel stored before the model learnt paths, documents, registration, terms and
equivalences has none of those keys: it must still load (every new field has a default meaning the
old behaviour), and a session imported after the built-in was completed gets the completed copy,
stored beside the earlier one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jury_app.data import models as db
from jury_app.data.db import Database
from jury_app.data.package.importer import import_package
from jury_app.data.referentiels import canonical_json, find_builtin
from jury_app.data.session_store import definition_of, session_row, session_static
from jury_app.paths import resolve

NEW_TOP = ("registration", "legal_basis", "terms", "equivalences", "min_company_hours_title")
NEW_MODALITY = ("paths", "assessment", "documents")


def as_stored_before(body: str) -> str:
    """The canonical JSON of the same référentiel as the earlier model wrote it."""
    data: dict[str, Any] = json.loads(body)
    for key in NEW_TOP:
        data.pop(key)
    data["decision_rules"].pop("complementary_evaluation")
    for s in data["sessions"]:
        s["jury"].pop("profiles")
        for m in s["modalities"]:
            for key in NEW_MODALITY:
                m.pop(key)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def test_a_session_stored_with_the_earlier_copy_still_opens(make_package: Callable[..., Path], data_dir: Path) -> None:
    paths = resolve(data_dir)
    database = Database(paths.ensure().database)
    import_package(database, paths, make_package(name="before.zip"))
    builtin = find_builtin("TP-00403", "08")
    assert builtin is not None
    old_body = as_stored_before(canonical_json(builtin))
    with database.session() as orm:
        stored = orm.get(db.StoredReferentiel, "TP-00403@08")
        assert stored is not None
        stored.body = old_body
        stored.sha256 = hashlib.sha256(old_body.encode("utf-8")).hexdigest()

    def later(m: dict[str, Any]) -> None:
        m["session"]["id"] = "CIP-APRES"

    import_package(database, paths, make_package(name="after.zip", mutate=later))

    with database.reader() as orm:
        keys = {s.id: s.referentiel_key for s in orm.scalars(select(db.Session))}
        old_ref, old_title = definition_of(orm, session_row(orm, "CIP-2025-03-LYON"))
        new_static = session_static(orm, "CIP-APRES")
    assert keys["CIP-2025-03-LYON"] == "TP-00403@08"
    assert keys["CIP-APRES"].startswith("TP-00403@08~")  # the completed copy, beside the earlier one

    # the earlier copy: every modality serves every path, nothing is a document, the usual words
    assert [m.id for m in old_title.modalities] == ["msp", "et", "qp", "ef"]
    assert all(m.paths == () and m.serves("capitalisation") for m in old_title.modalities)
    assert all(m.assessment == "timed" for m in old_title.modalities)
    assert old_ref.terms.unit_short == "CCP"
    assert old_ref.registration is None and old_ref.equivalences == ()

    # the completed copy: the title session is for formation and VAE candidates only
    assert new_static.referentiel.min_company_hours_title == 385
    assert new_static.definition.modalities_for("capitalisation") == ()
    database.close()
