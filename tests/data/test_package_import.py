"""Importing a session package: all or nothing, idempotent, updates that never touch jury data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jury_app import cli
from jury_app.actions import sessions
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.data.package import importer
from jury_app.data.package.importer import attachment_path
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from tests.helpers.package_builder import ATTACHMENTS, file_sha256, sha256, tp_cip_referentiel, tree

MakePackage = Callable[..., Path]
C1_FILE = "attachments/C1-dossier-professionnel.pdf"


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext(resolve(data_dir))
    yield context
    context.close()


def db_digest(ctx: AppContext) -> str:
    """The database file's SHA-256, once every connection is closed (the WAL checkpointed)."""
    ctx.close()
    assert not Path(f"{ctx.paths.database}-wal").exists() or Path(f"{ctx.paths.database}-wal").stat().st_size == 0
    return file_sha256(ctx.paths.database)


def cli_import(data_dir: Path, package: Path, *extra: str) -> int:
    return cli.run(["--data-dir", str(data_dir), "package", "import", str(package), *extra])


def count(ctx: AppContext, model: type[Any]) -> int:
    with ctx.database.reader() as orm:
        return orm.scalar(select(func.count()).select_from(model)) or 0


def add_c4(m: dict[str, Any]) -> None:
    m["candidates"].append(
        {"id": "C4", "last_name": "Petit", "first_name": "Louis", "path": "formation", "units_sought": ["CCP1"]}
    )


def drop_c2(m: dict[str, Any]) -> None:
    m["candidates"] = [c for c in m["candidates"] if c["id"] != "C2"]
    m["schedule"] = [s for s in m["schedule"] if s["candidate_id"] != "C2"]
    for a in m["attachments"]:
        if a["candidate_id"] == "C2":
            a["candidate_id"] = None


# --- a first import ---------------------------------------------------------------------------
def test_valid_package_imports(ctx: AppContext, make_package: MakePackage) -> None:
    result = import_(ctx, make_package())
    assert (result.status, result.session_id) == ("imported", "CIP-2025-03-LYON")
    assert (result.candidates, result.jurors, result.attachments) == (3, 2, 2)
    doc = sessions.session_document(ctx, None)
    assert doc.certification == "TP-00403@08"
    assert doc.session_definition == "titre"
    assert doc.dates == ["2025-03-10", "2025-03-11"]
    assert [(c.id, c.path) for c in doc.candidates] == [
        ("C1", "formation"),
        ("C2", "vae"),
        ("C3", "vae"),
    ]
    assert doc.candidates[1].extra_time_percent == 33
    assert doc.candidates[2].units_held == ["CCP1", "CCP2"]
    assert [(j.id, j.role) for j in doc.jury] == [("J1", "president"), ("J2", "member")]
    assert [e.start for e in doc.schedule] == [
        "2025-03-10T09:00",
        "2025-03-10T10:00",
        "2025-03-10T14:00",
        "2025-03-11T09:00",
    ]
    assert [c.id for c in doc.scenario_cards] == ["S1", "S2"]
    assert count(ctx, db.StoredReferentiel) == 1


def test_attachments_are_stored_by_sha256_inside_the_data_folder(
    ctx: AppContext, make_package: MakePackage, tmp_path: Path, data_dir: Path
) -> None:
    pkg = make_package()
    progress: list[int] = []
    import_(ctx, pkg, progress=progress.append)
    ctx.close()
    for data in ATTACHMENTS.values():
        stored = attachment_path(ctx.paths, sha256(data))
        assert stored.is_relative_to(data_dir)
        assert stored.read_bytes() == data
    assert sum(progress) == sum(len(d) for d in ATTACHMENTS.values())
    # Nothing outside tmp_path/in (the package) and tmp_path/data; no member name used as a path.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "in"]
    assert tree(tmp_path / "in") == {pkg.name}
    digests = sorted(sha256(d) for d in ATTACHMENTS.values())
    assert tree(data_dir) == {
        "jury_app.sqlite3",
        "attachments",
        "staging",
        *(f"attachments/{d[:2]}" for d in digests),
        *(f"attachments/{d[:2]}/{d}" for d in digests),
    }


def test_hostile_member_names_never_become_paths(
    ctx: AppContext, make_package: MakePackage, tmp_path: Path, data_dir: Path
) -> None:
    # A member declared under a safe name is stored by hash; a hostile one is refused outright.
    pkg = make_package(extra={"../../evil.pdf": b"evil", "/tmp/evil.pdf": b"evil"})
    assert cli_import(data_dir, pkg) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# --- idempotence ------------------------------------------------------------------------------
def test_importing_again_is_unchanged_and_leaves_the_database_identical(
    ctx: AppContext, make_package: MakePackage
) -> None:
    pkg = make_package()
    assert import_(ctx, pkg).status == "imported"
    before = db_digest(ctx)
    result = import_(ctx, pkg)
    assert result.status == "unchanged"
    assert result.changes == []
    assert db_digest(ctx) == before


def test_same_attachment_in_two_sessions_is_stored_once(
    ctx: AppContext, make_package: MakePackage, data_dir: Path
) -> None:
    import_(ctx, make_package())
    other = make_package(mutate=lambda m: m["session"].update(id="CIP-2025-04"))
    assert import_(ctx, other).status == "imported"
    assert count(ctx, db.Session) == 2
    assert count(ctx, db.Attachment) == 4
    assert len([p for p in (data_dir / "attachments").rglob("*") if p.is_file()]) == 2


# --- bad packages write nothing -------------------------------------------------------------
def _bad_checksum(make_package: MakePackage) -> Path:
    return make_package(replace={C1_FILE: ATTACHMENTS[C1_FILE].replace(b"C1", b"X9")}, name="checksum.zip")


BAD_PACKAGES: dict[str, Callable[[MakePackage], Path]] = {
    "checksum": _bad_checksum,
    "manifest": lambda make: make(mutate=lambda m: m["candidates"][0].update(path="inconnu"), name="manifest.zip"),
    "traversal": lambda make: make(extra={"../evil": b"x"}, name="traversal.zip"),
    "undeclared": lambda make: make(extra={"attachments/z.pdf": b"z"}, name="undeclared.zip"),
    "semantic": lambda make: make(mutate=lambda m: m["jury"].pop(), name="semantic.zip"),
    "not-a-zip": lambda make: make(manifest_bytes=b"{", name="syntax.zip"),
    "same-session-other-package": lambda make: make(mutate=add_c4, name="other.zip"),
}


@pytest.mark.parametrize("kind", list(BAD_PACKAGES))
def test_bad_package_leaves_the_database_byte_for_byte_unchanged(
    kind: str, ctx: AppContext, make_package: MakePackage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_import(data_dir, make_package()) == 0
    before = db_digest(ctx)
    before_tree = tree(data_dir)
    capsys.readouterr()
    assert cli_import(data_dir, BAD_PACKAGES[kind](make_package)) == 2
    err = capsys.readouterr().err
    assert err and all(line.startswith("erreur : ") for line in err.splitlines())
    assert "Traceback" not in err
    assert db_digest(ctx) == before
    assert tree(data_dir) == before_tree
    assert sessions.session_document(ctx, None).candidates[-1].id == "C3"


@pytest.mark.parametrize("kind", [k for k in BAD_PACKAGES if k != "same-session-other-package"])
def test_bad_package_into_an_empty_data_folder_creates_no_database(
    kind: str, make_package: MakePackage, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_import(data_dir, BAD_PACKAGES[kind](make_package)) == 2
    assert "erreur : " in capsys.readouterr().err
    assert not (data_dir / "jury_app.sqlite3").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_wrong_checksum_imports_nothing(ctx: AppContext, make_package: MakePackage, data_dir: Path) -> None:
    import_(ctx, make_package(mutate=lambda m: m["session"].update(id="AUTRE")))
    before = db_digest(ctx)
    with pytest.raises(InvalidInput) as info:
        import_(ctx, _bad_checksum(make_package))
    assert [p.member for p in info.value.problems] == [C1_FILE]
    assert "SHA-256" in info.value.problems[0].message
    assert [s.id for s in sessions.list_sessions(ctx)] == ["AUTRE"]
    assert db_digest(ctx) == before
    assert list((data_dir / "staging").iterdir()) == []


# --- updates ----------------------------------------------------------------------------------
def test_other_package_for_the_same_session_is_refused_without_update(
    ctx: AppContext, make_package: MakePackage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_import(data_dir, make_package()) == 0
    capsys.readouterr()
    assert cli_import(data_dir, make_package(mutate=add_c4)) == 2
    err = capsys.readouterr().err
    assert err.startswith("erreur : manifest.json /session/id : la session « CIP-2025-03-LYON » existe déjà")
    assert "--update" in err


def test_update_applies_changes(
    ctx: AppContext, make_package: MakePackage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_import(data_dir, make_package()) == 0

    def change(m: dict[str, Any]) -> None:
        drop_c2(m)
        add_c4(m)
        m["jury"][1]["profession"] = "Conseillère"
        m["session"]["title"] = "Session du titre CIP, mars 2025 (modifiée)"

    capsys.readouterr()
    assert cli_import(data_dir, make_package(mutate=change), "--update") == 0
    out = capsys.readouterr().out
    assert "Session CIP-2025-03-LYON mise à jour : 3 candidats, 2 jurés, 2 pièces jointes." in out
    assert "  candidat ajouté : C4" in out
    assert "  candidat retiré : C2" in out
    assert "  juré modifié : J2" in out
    doc = sessions.session_document(ctx, None)
    assert [c.id for c in doc.candidates] == ["C1", "C3", "C4"]
    assert doc.title.endswith("(modifiée)")
    assert doc.jury[1].profession == "Conseillère"
    assert [e.candidate_id for e in doc.schedule] == ["C1", "C1", "C3"]
    assert count(ctx, db.Candidate) == 3
    assert count(ctx, db.ScheduleSlot) == 3


def test_update_result_lists_changes(ctx: AppContext, make_package: MakePackage) -> None:
    import_(ctx, make_package())
    second = make_package(mutate=add_c4)
    result = import_(ctx, second, update=True)
    assert result.status == "updated"
    assert result.changes == ["candidat ajouté : C4"]
    # The same package again, even with --update: nothing to do.
    again = import_(ctx, second, update=True)
    assert (again.status, again.changes) == ("unchanged", [])


def test_update_cannot_change_the_referentiel(ctx: AppContext, make_package: MakePackage) -> None:
    import_(ctx, make_package())
    ref = json.dumps(tp_cip_referentiel("TEST-1")).encode()

    def other_ref(m: dict[str, Any]) -> None:
        m["session"]["certification"] = {"code": "TEST-1", "version": "08"}

    before = db_digest(ctx)
    with pytest.raises(InvalidInput) as info:
        import_(ctx, make_package(mutate=other_ref, extra={"referentiel.json": ref}), update=True)
    assert [p.pointer for p in info.value.problems] == ["/session/certification"]
    assert db_digest(ctx) == before


def test_a_different_referentiel_under_the_same_key_is_refused(ctx: AppContext, make_package: MakePackage) -> None:
    def test_ref(session_id: str) -> Callable[[dict[str, Any]], None]:
        def mutate(m: dict[str, Any]) -> None:
            m["session"]["id"] = session_id
            m["session"]["certification"] = {"code": "TEST-1", "version": "08"}

        return mutate

    first = tp_cip_referentiel("TEST-1")
    import_(ctx, make_package(mutate=test_ref("A"), extra={"referentiel.json": json.dumps(first).encode()}))
    second = tp_cip_referentiel("TEST-1")
    second["title"] = "Autre intitulé"
    before = db_digest(ctx)
    with pytest.raises(InvalidInput) as info:
        import_(ctx, make_package(mutate=test_ref("B"), extra={"referentiel.json": json.dumps(second).encode()}))
    assert info.value.problems[0].member == "referentiel.json"
    assert "TEST-1@08" in info.value.problems[0].message
    assert db_digest(ctx) == before


# --- jury data is never dropped by an update ------------------------------------------------
@pytest.fixture
def c2_has_jury_data() -> Iterator[list[str]]:
    calls: list[str] = []

    def probe(orm: Any, session_id: str) -> tuple[set[str], set[str]]:
        calls.append(session_id)
        return {"C2"}, {"J2"}

    registered = list(importer.JURY_DATA_PROBES)
    importer.JURY_DATA_PROBES.append(probe)
    try:
        yield calls
    finally:
        importer.JURY_DATA_PROBES.remove(probe)
    assert registered == importer.JURY_DATA_PROBES


def test_update_removing_a_candidate_with_jury_data_is_refused(
    ctx: AppContext, make_package: MakePackage, c2_has_jury_data: list[str]
) -> None:
    import_(ctx, make_package())
    before = db_digest(ctx)

    def drop_c2_and_j2(m: dict[str, Any]) -> None:
        drop_c2(m)
        m["jury"][1] = {"id": "J3", "last_name": "Roux", "first_name": "Inès"}

    with pytest.raises(InvalidInput) as info:
        import_(ctx, make_package(mutate=drop_c2_and_j2), update=True)
    assert set(c2_has_jury_data) == {"CIP-2025-03-LYON"}  # asked by each check of the updates
    assert [(p.member, p.pointer, p.message) for p in info.value.problems] == [
        (
            "manifest.json",
            "/candidates",
            "le candidat C2 a déjà des évaluations : il ne peut pas être retiré par une mise à jour",
        ),
        (
            "manifest.json",
            "/jury",
            "le juré J2 a déjà saisi des évaluations : il ne peut pas être retiré par une mise à jour",
        ),
    ]
    assert db_digest(ctx) == before
    assert [c.id for c in sessions.session_document(ctx, None).candidates] == ["C1", "C2", "C3"]


def test_update_keeping_the_candidate_with_jury_data_works(
    ctx: AppContext, make_package: MakePackage, c2_has_jury_data: list[str]
) -> None:
    import_(ctx, make_package())

    def keep_c2(m: dict[str, Any]) -> None:
        add_c4(m)
        m["candidates"][1]["first_name"] = "Bảo"

    with pytest.raises(InvalidInput, match="identité du candidat C2 changée"):  # a name is not rewritten silently
        import_(ctx, make_package(mutate=keep_c2), update=True)
    result = import_(ctx, make_package(mutate=keep_c2), update=True, identity_change_reason="Accent du prénom corrigé")
    assert result.status == "updated"
    assert sorted(result.changes) == [
        "candidat ajouté : C4",
        "candidat modifié : C2",
        "identité du candidat C2 modifiée : Bao NGUYEN → Bảo NGUYEN (motif : Accent du prénom corrigé)",
    ]
    assert set(c2_has_jury_data) == {"CIP-2025-03-LYON"}  # asked by each check of the updates
    with ctx.database.reader() as orm:
        c2 = orm.scalars(select(db.Candidate).where(db.Candidate.ref == "C2")).one()
        assert c2.first_name == "Bảo"


def test_a_corrected_builtin_referentiel_is_pinned_beside_the_earlier_copy(
    make_package: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session keeps the référentiel it was imported with; a later, corrected built-in copy
    of the same CODE@VERSION serves the sessions imported after it."""
    from jury_app.actions.sessions import list_sessions
    from jury_app.data import referentiels
    from jury_app.data.models import Session as SessionRow
    from jury_app.data.models import StoredReferentiel

    ctx = AppContext(resolve(tmp_path / "data"))
    import_(ctx, make_package(name="first.zip"))
    original = referentiels.find_builtin("TP-00403", "08")
    assert original is not None
    corrected = original.model_copy(update={"title": original.title + " (corrigé)"})
    monkeypatch.setattr("jury_app.data.package.validate.find_builtin", lambda code, version=None: corrected)

    def other_session(manifest: dict[str, Any]) -> None:
        manifest["session"]["id"] = "S-AUTRE"

    import_(ctx, make_package(name="second.zip", mutate=other_session))
    with ctx.database.reader() as orm:
        keys = {s.id: s.referentiel_key for s in orm.scalars(select(SessionRow))}
        titles = {r.key: r.title for r in orm.scalars(select(StoredReferentiel))}
    first, second = (keys[s] for s in sorted(keys))
    assert first != second and second.startswith("TP-00403@08~")
    assert titles[second].endswith("(corrigé)") and not titles[first].endswith("(corrigé)")
    assert {s.certification for s in list_sessions(ctx)} == {"TP-00403@08"}
    ctx.close()
