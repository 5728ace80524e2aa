"""The session archive: export, verification (tampering, unlisted members), reading back, and purge.

One data folder is prepared once for the module (the demo session evaluated and deliberated, plus a
second session sharing some documents); every test works on its own copy.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from jury_app.actions import archive, purge
from jury_app.actions.backups import list_backups, make_backup
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.cli import run
from jury_app.data import models as db
from jury_app.data.package.importer import attachment_path
from jury_app.demo.content import TITLE_SESSION
from jury_app.demo.package import write_demo_package
from jury_app.demo.session import complete_demo
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve

SID = "DEMO-CIP-2026-11"
OTHER = "AUTRE-CIP-2027-01"
DEMO_LAST_NAMES = ("Lefèvre", "Girard", "Haddad", "Moreau", "Marchand")
DEMO_PEOPLE = ("Roussel", "Benali", "Berthier")  # jurors, and the session lead (also the draws' witness)
SHARED = ("C03", "C04", "C05")  # the other session has these candidates' documents too


def _other_package(demo: Path, out: Path) -> Path:
    """The demo package as another session: other id, other candidates' names, fewer documents."""
    with zipfile.ZipFile(demo) as src:
        text = src.read("manifest.json").decode("utf-8").replace(SID, OTHER)
        for i, name in enumerate(DEMO_LAST_NAMES + DEMO_PEOPLE, start=1):
            text = text.replace(name, f"Autre{i}")
        manifest = json.loads(text)
        manifest["attachments"] = [a for a in manifest["attachments"] if a["candidate_id"] in SHARED]
        keep = {a["member"] for a in manifest["attachments"]}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
            for info in src.infolist():
                if info.filename in keep:
                    dst.writestr(info.filename, src.read(info.filename))
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    demo = write_demo_package(root / "demo.zip")
    ctx = AppContext(resolve(root / "data"))
    import_(ctx, demo)
    complete_demo(ctx, sessions=(TITLE_SESSION,))  # the title session alone: its names are the ones purged
    import_(ctx, _other_package(demo, root / "other.zip"))
    ctx.close()
    return root / "data"


@pytest.fixture
def ctx(template: Path, tmp_path: Path) -> Iterator[AppContext]:
    shutil.copytree(template, tmp_path / "data")
    context = AppContext(resolve(tmp_path / "data"))
    # A report folder as the report commands leave it, so the export does not generate the PDFs.
    reports = context.paths.session_reports(SID)
    reports.mkdir(parents=True)
    _small_pdf(reports / "proces-verbal-signe.pdf")
    (reports / "notes.txt").write_text("pas un PDF : non archivé")
    results = context.paths.session_results(SID)
    (results / "J2").mkdir(parents=True)
    (results / "J2" / "lisez-moi.txt").write_text("copie des fichiers de J2")
    yield context
    context.close()


def _small_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 760, "Proces-verbal")
    c.save()


LEAD = "phrase du responsable"


def _export(ctx: AppContext, tmp_path: Path, name: str = "archive.zip") -> archive.ArchiveInfo:
    return archive.export_archive(ctx, SID, tmp_path / name, lead_passphrase=LEAD)


def _rewrite(
    src: Path, dst: Path, change: Callable[[str, bytes], bytes] = lambda _n, b: b, extra: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _count(ctx: AppContext, model: type[db.Attachment | db.UnitDecision], sid: str = SID) -> int:
    with ctx.database.reader() as orm:
        return orm.scalar(select(func.count()).select_from(model).where(model.session_id == sid)) or 0


# --- export and verification -------------------------------------------------------------------


def test_export_holds_the_session_only_and_verifies(ctx: AppContext, tmp_path: Path) -> None:
    info = _export(ctx, tmp_path)
    assert info.path.is_file() and info.audit_ok and info.audit_entries > 1000
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        audit_lines = zf.read("audit.jsonl").decode("utf-8").splitlines()
        snapshot = tmp_path / "snap.sqlite3"
        snapshot.write_bytes(zf.read("database.sqlite3"))
    assert manifest["format"] == "jury-app-archive" and manifest["format_version"] == 1
    assert manifest["session"] == {"id": SID, "title": "Session titre CIP — démonstration"}
    assert manifest["audit"] == {"entries": info.audit_entries, "ok": True, "problems": []}
    assert {f["path"] for f in manifest["files"]} | {"manifest.json"} == names
    assert "reports/proces-verbal-signe.pdf" in names and "reports/notes.txt" not in names
    assert "results/J2_lisez-moi.txt" in names
    assert sum(n.startswith("attachments/") for n in names) == 13
    first = json.loads(audit_lines[0])
    assert len(audit_lines) == info.audit_entries and first["seq"] == 1
    assert set(first) == {
        "pk",
        "session_id",
        "seq",
        "at",
        "actor",
        "action",
        "target",
        "before",
        "after",
        "prev_hash",
        "hash",
    }
    with sqlite3.connect(snapshot) as conn:
        assert conn.execute("SELECT id FROM sessions").fetchall() == [(SID,)]
        assert conn.execute("SELECT DISTINCT session_id FROM candidates").fetchall() == [(SID,)]
        assert conn.execute("SELECT count(*) FROM unit_decisions").fetchone()[0] == 20
    check = archive.verify_archive(info.path)
    assert check.ok, check.problems
    assert check.session_id == SID and check.audit_entries == info.audit_entries
    assert [e.sha256 for e in archive.exported_archives(ctx, SID)] == [info.sha256]
    assert not ctx.paths.session_reports(OTHER).exists()  # nothing created in the data folder


def test_without_a_report_folder_the_pv_and_grids_are_generated(ctx: AppContext, tmp_path: Path) -> None:
    shutil.rmtree(ctx.paths.session_reports(SID))
    info = _export(ctx, tmp_path)
    with zipfile.ZipFile(info.path) as zf:
        reports = sorted(n for n in zf.namelist() if n.startswith("reports/"))
    assert reports == [f"reports/grilles-C0{i}.pdf" for i in range(1, 6)] + ["reports/proces-verbal.pdf"]
    assert any("générés lors de l'archivage" in n for n in info.notes)
    assert not ctx.paths.session_reports(SID).exists()


def test_a_report_that_cannot_be_made_is_noted_in_french(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(ctx.paths.session_reports(SID))

    def broken(_report: object) -> bytes:
        raise ValueError("Could not render page 2 for SELECT * FROM candidates")

    monkeypatch.setattr("jury_app.reports.pdf_pv.render_pv", broken)
    info = _export(ctx, tmp_path)
    note = next(n for n in info.notes if n.startswith("procès-verbal non généré"))
    assert note == "procès-verbal non généré : Erreur interne (ValueError) : l'action n'a pas abouti."


@pytest.mark.parametrize(
    ("member", "change", "message"),
    [
        ("database.sqlite3", lambda b: b[:40000] + bytes([b[40000] ^ 1]) + b[40001:], "« database.sqlite3 » modifié"),
        ("manifest.json", lambda b: b.replace("démonstration".encode(), "démonstratioN".encode()), "intitulé"),
        ("audit.jsonl", lambda b: b.replace(b'"seq": 2,', b'"seq": 3,', 1), "« audit.jsonl » modifié"),
        ("attachments/C01-dp.pdf", lambda b: b + b" ", "« attachments/C01-dp.pdf » modifié"),
    ],
)
def test_a_changed_byte_is_found(
    ctx: AppContext, tmp_path: Path, member: str, change: Callable[[bytes], bytes], message: str
) -> None:
    info = _export(ctx, tmp_path)
    forged = _rewrite(info.path, tmp_path / "forged.zip", lambda n, b: change(b) if n == member else b)
    check = archive.verify_archive(forged)
    assert not check.ok
    assert any(message in p for p in check.problems), check.problems


def test_an_unlisted_member_or_an_unsafe_name_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    info = _export(ctx, tmp_path)
    extra = _rewrite(info.path, tmp_path / "extra.zip", extra={"reports/ajout.pdf": b"%PDF"})
    check = archive.verify_archive(extra)
    assert not check.ok and any("« reports/ajout.pdf » non répertorié" in p for p in check.problems)
    slip = _rewrite(info.path, tmp_path / "slip.zip", extra={"../evasion.txt": b"x"})
    assert any("« .. »" in p for p in archive.verify_archive(slip).problems)
    assert archive.verify_archive(tmp_path / "absent.zip").problems


def test_a_forged_snapshot_with_a_recomputed_manifest_is_found(ctx: AppContext, tmp_path: Path) -> None:
    """Someone changes a decision in the snapshot and rewrites the checksums: the audit trail tells."""
    info = _export(ctx, tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    with zipfile.ZipFile(info.path) as zf:
        zf.extractall(work)
    with sqlite3.connect(work / "database.sqlite3") as conn:
        conn.execute("UPDATE unit_decisions SET granted = 1, reason = '' WHERE candidate_ref = 'C05'")
    conn.close()
    manifest = json.loads((work / "manifest.json").read_text("utf-8"))

    for f in manifest["files"]:
        data = (work / f["path"]).read_bytes()
        f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)
    (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        for f in [*manifest["files"], {"path": "manifest.json"}]:
            zf.write(work / f["path"], f["path"])
    check = archive.verify_archive(forged)
    assert not check.ok
    assert check.audit_problems and "modification hors de l'application" in check.audit_problems[0]


def test_archive_show_reads_back_without_writing(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    info = _export(ctx, tmp_path)
    before = info.path.read_bytes()
    with archive.open_archive_readonly(info.path, tmp_path / "view") as view:
        doc = view.document()
        with view.reader() as orm, pytest.raises(Exception, match="readonly"):
            orm.execute(delete(db.Session))
            orm.commit()
    assert [c["name"] for c in doc["jury"]] == ["Martine Roussel", "Karim Benali"]
    c05 = next(c for c in doc["candidates"] if c["id"] == "C05")
    assert {d["unit"]: d["granted"] for d in c05["decisions"]}["CCP3"] is False

    assert run(["archive", "show", str(info.path)]) == 0
    out = capsys.readouterr().out
    assert "Sophie Marchand" in out and "CCP3 : refus — Compétences" in out and "Archive intègre" in out
    assert info.path.read_bytes() == before


def test_cli_export_and_verify_exit_codes(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", LEAD)
    root = str(ctx.paths.root)
    ctx.close()
    out = tmp_path / "cli.zip"
    assert run(["--data-dir", root, "archive", "export", "--out", str(out)]) == 2  # two sessions: which one?
    assert "plusieurs sessions" in capsys.readouterr().err
    assert (
        run(["--data-dir", root, "archive", "export", "--session", SID, "--out", str(tmp_path / "nul" / "a.zip")]) == 2
    )
    assert run(["--data-dir", root, "archive", "export", "--session", SID, "--out", str(out)]) == 0
    assert "écrite et vérifiée" in capsys.readouterr().out
    assert run(["archive", "verify", str(out)]) == 0
    assert "Archive intègre" in capsys.readouterr().out
    forged = _rewrite(out, tmp_path / "f.zip", extra={"x.txt": b"x"})
    assert run(["archive", "verify", str(forged)]) == 2
    assert "non répertorié" in capsys.readouterr().err
    assert run(["archive", "verify", str(tmp_path / "absent.zip")]) == 2


# --- purge -------------------------------------------------------------------------------------


def test_purge_is_refused_without_a_verified_current_archive(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InvalidInput, match="aucune archive vérifiée"):
        purge.purge_session_personal_data(ctx, SID, confirm=SID)
    info = _export(ctx, tmp_path)
    with pytest.raises(InvalidInput, match="confirmation incorrecte"):
        purge.purge_session_personal_data(ctx, SID, confirm=OTHER)
    # the session changed after the export
    with ctx.database.session() as orm:
        orm.get(db.Session, SID).centre_address = "ailleurs"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="la session a changé depuis cette archive"):
        purge.purge_session_personal_data(ctx, SID, confirm=SID)
    info = _export(ctx, tmp_path, "second.zip")
    # the archive altered, then gone
    data = bytearray(info.path.read_bytes())
    data[100] ^= 1
    info.path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput, match="modifiée depuis son export"):
        purge.purge_session_personal_data(ctx, SID, confirm=SID)
    info.path.unlink()
    root = str(ctx.paths.root)
    ctx.close()
    assert run(["--data-dir", root, "purge", "--session", SID, "--confirm", SID]) == 2
    err = capsys.readouterr().err
    assert "archive introuvable" in err and "jury-app archive export" in err
    assert run(["--data-dir", root, "purge", "--session", SID, "--confirm", "DEMO"]) == 2
    assert _count(ctx, db.Attachment) == 13
    with ctx.database.reader() as orm:
        assert (
            orm.scalar(select(db.Candidate.last_name).where(db.Candidate.ref == "C01", db.Candidate.session_id == SID))
            == "Lefèvre"
        )


def test_purge_after_export(ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keys = ctx.paths.keys / SID
    keys.mkdir(parents=True)
    (keys / "J1.key.pem").write_text("clé")
    make_backup(ctx, "avant purge")
    decisions, marks = _count(ctx, db.UnitDecision), 0
    with ctx.database.reader() as orm:
        marks = orm.scalar(select(func.count()).select_from(db.CriterionMark)) or 0
        audit_hashes = list(
            orm.scalars(select(db.AuditEntry.hash).where(db.AuditEntry.session_id == SID).order_by(db.AuditEntry.seq))
        )
        stored = {a.ref: a.sha256 for a in orm.scalars(select(db.Attachment).where(db.Attachment.session_id == SID))}
    info = _export(ctx, tmp_path)
    root = str(ctx.paths.root)
    ctx.close()

    assert run(["--data-dir", root, "purge", "--session", SID, "--confirm", SID]) == 0
    out = capsys.readouterr().out
    assert "5 candidats renommés" in out and "journal vérifiable est dans l'archive" in out

    raw = b"".join(p.read_bytes() for p in ctx.paths.root.glob("jury_app.sqlite3*"))
    for text in (*DEMO_LAST_NAMES, *DEMO_PEOPLE, "Malaise passager", "Posture d'écoute", "Échange fluide"):
        assert text.encode("utf-8") not in raw, text
    for backup in list_backups(ctx):  # the old backups held the names: replaced by one of the purged state
        assert b"Lef\xc3\xa8vre" not in backup.path.read_bytes()
    assert [b.reason for b in list_backups(ctx)] == ["apres-purge"]

    assert _count(ctx, db.UnitDecision) == decisions == 20
    with ctx.database.reader() as orm:
        assert (orm.scalar(select(func.count()).select_from(db.CriterionMark)) or 0) == marks
        names = [
            c.display_name
            for c in orm.scalars(
                select(db.Candidate).where(db.Candidate.session_id == SID).order_by(db.Candidate.position)
            )
        ]
        assert names[0] == "Candidat C01" and names[-1] == "Candidat C05"
        assert (
            list(
                orm.scalars(
                    select(db.AuditEntry.hash).where(db.AuditEntry.session_id == SID).order_by(db.AuditEntry.seq)
                )
            )
            == audit_hashes
        )
        observations = set(orm.scalars(select(db.CompetenceAssessment.observation).distinct()))
        assert observations <= {"", purge.PURGED}
        other = list(orm.scalars(select(db.Candidate.last_name).where(db.Candidate.session_id == OTHER)))
        assert other[0] == "Autre1"  # the other session is untouched
    assert _count(ctx, db.Attachment) == 0 and _count(ctx, db.Attachment, OTHER) == 7
    for ref, sha in stored.items():  # only the documents no other session uses are deleted
        assert attachment_path(ctx.paths, sha).exists() == (ref[:3] in SHARED), ref
    assert not keys.exists()
    assert not ctx.paths.session_reports(SID).exists() and not ctx.paths.session_results(SID).exists()

    # The archive still holds everything and verifies; the local trail is the archive's.
    assert archive.verify_archive(info.path).ok
    assert purge.purged_trail_problems(ctx, SID) == []
    assert purge.purge_record(ctx, SID) is not None
    with pytest.raises(InvalidInput, match="déjà été purgées"):
        purge.purge_session_personal_data(ctx, SID, confirm=SID)


def test_an_interrupted_purge_is_finished_by_running_it_again(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _export(ctx, tmp_path)

    def locked(_path: Path) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("jury_app.data.backup.vacuum", locked)
    with pytest.raises(sqlite3.OperationalError):
        purge.purge_session_personal_data(ctx, SID, confirm=SID)
    record = purge.purge_record(ctx, SID)
    assert record is not None and record.completed is False
    monkeypatch.undo()

    summary = purge.purge_session_personal_data(ctx, SID, confirm=SID)
    assert purge.purge_record(ctx, SID).completed is True  # type: ignore[union-attr]
    assert summary.attachments == 13
    raw = ctx.paths.database.read_bytes()
    assert "Lefèvre".encode() not in raw

    # the local trail is compared with the archive's: a change after the purge shows
    with ctx.database.session() as orm:
        entry = orm.scalar(select(db.AuditEntry).where(db.AuditEntry.session_id == SID, db.AuditEntry.seq == 5))
        assert entry is not None
        entry.actor = "J9"
    assert purge.purged_trail_problems(ctx, SID) == ["entrée n° 5 différente de celle de l'archive"]
