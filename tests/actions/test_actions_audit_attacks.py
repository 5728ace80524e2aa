"""The attacks an adversarial tester made on the audit trail, reproduced with sqlite3 and hashlib alone
on real data folders, each rewriting the chain so that it verifies on its own: every one is caught
by what was signed (the procès-verbal the jurors signed, the archive the lead signed, the result
files a juror signed), with exit 2 and what and where. Checking never changes the database.

Two laptops: the shared one, where the jury scored, deliberated, signed the PV and the lead
archived the session; and the lead's, where the jurors' signed result files were imported.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from jury_app.actions import jurors, results_import
from jury_app.actions.archive import check_archive, export_archive
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import sign_report
from jury_app.cli import run
from jury_app.data import backup, signatures
from jury_app.data.archive_register import read_register, write_register
from jury_app.demo.content import TITLE_SESSION
from jury_app.demo.session import complete_demo
from jury_app.domain.clock import FakeClock
from jury_app.domain.wording import mark_label
from jury_app.paths import resolve
from jury_app.reports import keys

SID = "DEMO-CIP-2026-11"
LEAD = "phrase du responsable"
PINS = {"J1": "1111", "J2": "2222"}
PASSPHRASES = {"J1": "phrase de Martine", "J2": "phrase de Karim"}


# --- what the attacker does, with sqlite3 and hashlib -------------------------------------------------


def _at(stored: str) -> str:
    """An entry's time as the chain hashes it: UTC, ISO 8601."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat()


def _rechain(con: sqlite3.Connection, start: int = 1) -> None:
    """Every hash recomputed from entry `start` on: the chain verifies again."""
    rows = con.execute(
        "SELECT pk, seq, at, actor, action, target, before, after FROM audit_log WHERE session_id=? ORDER BY seq",
        (SID,),
    ).fetchall()
    prev = "0" * 64
    for pk, seq, at, actor, action, target, before, after in rows:
        if seq >= start:
            body = json.dumps(
                [SID, seq, _at(at), actor, action, target, before, after],
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
            digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
            con.execute("UPDATE audit_log SET prev_hash=?, hash=? WHERE pk=?", (prev, digest, pk))
            prev = digest
        else:
            prev = con.execute("SELECT hash FROM audit_log WHERE pk=?", (pk,)).fetchone()[0]


def _append(con: sqlite3.Connection, actor: str, action: str, target: dict[str, str], before: Any, after: Any) -> int:
    """A well-chained entry added at the end of the trail."""
    seq, at = con.execute("SELECT max(seq), max(at) FROM audit_log WHERE session_id=?", (SID,)).fetchone()
    con.execute(
        "INSERT INTO audit_log (session_id, seq, at, actor, action, target, before, after, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '')",
        (SID, seq + 1, at, actor, action, json.dumps(target, sort_keys=True, separators=(",", ":")), before, after),
    )
    _rechain(con, seq + 1)
    return int(seq) + 1


def _renumber(con: sqlite3.Connection) -> None:
    """The entries left numbered 1, 2, 3… again, and chained anew."""
    rows = con.execute("SELECT pk FROM audit_log WHERE session_id=? ORDER BY seq", (SID,)).fetchall()
    for number, (pk,) in enumerate(rows, start=1):
        con.execute("UPDATE audit_log SET seq=? WHERE pk=?", (-number, pk))  # two passes: seq is unique
    con.execute("UPDATE audit_log SET seq=-seq WHERE session_id=?", (SID,))
    _rechain(con)


def _attack(ctx: AppContext, do: Any) -> str:
    """Runs `do(con)` on the closed database and commits; returns the database's digest after."""
    ctx.close()
    con = sqlite3.connect(ctx.paths.database)
    do(con)
    con.commit()
    con.close()
    return _digest(ctx)


def _digest(ctx: AppContext) -> str:
    ctx.close()
    return hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()


def _mark_entry(con: sqlite3.Connection, candidate: str, juror: str) -> tuple[int, str, str, str]:
    """The first mark recorded for one of `juror`'s grids of `candidate`: (seq, modality, criterion, mark)."""
    for seq, target, after in con.execute(
        "SELECT seq, target, after FROM audit_log WHERE session_id=? AND action='grid.mark' ORDER BY seq", (SID,)
    ):
        t = json.loads(target)
        if t["candidate"] == candidate and t["juror"] == juror:
            return seq, t["modality"], t["item"], after
    raise AssertionError("no mark")


def _set_mark(con: sqlite3.Connection, candidate: str, modality: str, juror: str, criterion: str, mark: str) -> None:
    con.execute(
        "UPDATE criterion_marks SET mark=? WHERE criterion_id=? AND grid_pk IN "
        "(SELECT pk FROM grids WHERE session_id=? AND candidate_ref=? AND modality_id=? AND juror_ref=?)",
        (mark, criterion, SID, candidate, modality, juror),
    )


def _other(mark: str) -> str:
    return "not_satisfied" if mark == "satisfied" else "satisfied"


def _refused(ctx: AppContext, *expected: str) -> tuple[str, ...]:
    """The audit check fails, naming each expected thing; the database is left as it was."""
    before = _digest(ctx)
    report = verify_audit(ctx, SID)
    assert not report.ok
    for text in expected:
        assert any(text in p for p in report.problems), (text, report.problems)
    assert _digest(ctx) == before
    return report.problems


# --- the shared laptop: scored, deliberated, PV signed by both jurors, archived by the lead -----------


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sealed")
    ctx = AppContext(resolve(root / "data"))
    complete_demo(ctx, sessions=(TITLE_SESSION,))  # the title session alone: audit verify needs no --session
    clock = FakeClock(datetime(2026, 12, 8, 17, 0, tzinfo=UTC))
    pv = generate_pv(ctx, SID, clock=clock)
    for juror in ("J1", "J2"):
        jurors.set_pin(ctx, SID, juror, PINS[juror], lead_passphrase=LEAD)
        sign_report(ctx, SID, pv, juror, PASSPHRASES[juror], clock, pin=PINS[juror])
    export_archive(ctx, SID, root / "archive.zip", lead_passphrase=LEAD, clock=clock)
    ctx.close()
    return root


@pytest.fixture
def laptop(sealed: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A copy of the shared laptop, its archive copied beside it and registered there."""
    shutil.copytree(sealed / "data", tmp_path / "data")
    shutil.copy(sealed / "archive.zip", tmp_path / "archive.zip")
    ctx = AppContext(resolve(tmp_path / "data"))
    register = read_register(ctx.paths.archive_register)
    register.archives = [a.__class__(**{**a.__dict__, "path": tmp_path / "archive.zip"}) for a in register.archives]
    write_register(ctx.paths.archive_register, register)
    yield ctx
    ctx.close()


def _pv_seal(ctx: AppContext) -> int:
    from jury_app.reports.pdf_anchor import trail_anchor

    anchor = trail_anchor(ctx.paths.session_pv(SID).read_bytes())
    assert anchor is not None
    return anchor.head.entries


def test_untouched_the_signed_pv_and_the_archive_vouch_for_the_trail(
    laptop: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    report = verify_audit(laptop, SID)
    assert report.ok, report.problems
    assert any(c.startswith("le procès-verbal signé") and "Martine Roussel, Karim Benali" in c for c in report.checked)
    assert any(c.startswith("l'archive") and "signée par le responsable de session" in c for c in report.checked)
    assert run(["--data-dir", str(laptop.paths.root), "audit", "verify"]) == 0
    assert "Documents signés avec lesquels le journal et la base concordent" in capsys.readouterr().out


def test_a_mark_changed_and_its_history_and_every_hash_rewritten(
    laptop: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    rewritten: list[Any] = []

    def rewrite(con: sqlite3.Connection) -> None:
        seq, modality, criterion, mark = _mark_entry(con, "C02", "J1")
        rewritten.extend((seq, modality, criterion, mark))
        forged = _other(mark)
        con.execute("UPDATE audit_log SET after=? WHERE session_id=? AND seq=?", (forged, SID, seq))
        # every later entry of that criterion too, so that replaying the trail gives the forged mark
        for later, target in con.execute(
            "SELECT seq, target FROM audit_log WHERE session_id=? AND action='grid.mark' AND seq>?", (SID, seq)
        ).fetchall():
            t = json.loads(target)
            if (t["candidate"], t["modality"], t["juror"], t["item"]) == ("C02", modality, "J1", criterion):
                con.execute("UPDATE audit_log SET after=? WHERE session_id=? AND seq=?", (forged, SID, later))
        _set_mark(con, "C02", modality, "J1", criterion, forged)
        _rechain(con)

    _attack(laptop, rewrite)
    problems = _refused(laptop, "n'est plus celle que le procès-verbal signé", "n'est plus celle que l'archive")
    assert not any("chaînage" in p or "hors de l'application" in p for p in problems)  # the chain itself holds
    # The archive's copy of the trail tells which entry was rewritten, and what it said there.
    seq, modality, criterion, mark = rewritten
    told = (
        f"entrée n° {seq} du journal, critère {criterion} de J1 (C02, {modality}) : {mark_label(mark)} dans l'archive"
    )
    assert any(p.startswith(told) and p.endswith(f"{mark_label(_other(mark))} ici : entrée réécrite") for p in problems)
    root = str(laptop.paths.root)
    assert run(["--data-dir", root, "audit", "verify"]) == 2
    err = capsys.readouterr().err
    assert f"l'entrée n° {_pv_seal(laptop)} du journal n'est plus celle que le procès-verbal signé" in err
    assert "proces-verbal.pdf" in err


def test_a_well_chained_entry_appended_in_a_jurors_name(laptop: AppContext) -> None:
    def append(con: sqlite3.Connection) -> None:
        _seq, modality, criterion, _mark = _mark_entry(con, "C01", "J2")
        (current,) = con.execute(
            "SELECT mark FROM criterion_marks JOIN grids ON grids.pk = criterion_marks.grid_pk WHERE "
            "candidate_ref='C01' AND modality_id=? AND juror_ref='J2' AND criterion_id=?",
            (modality, criterion),
        ).fetchone()
        target = {"candidate": "C01", "modality": modality, "juror": "J2", "item": criterion}
        _append(con, "J2", "grid.mark", target, current, _other(current))
        _set_mark(con, "C01", modality, "J2", criterion, _other(current))

    _attack(laptop, append)
    _refused(laptop, "de J2 (C01,", "dans le procès-verbal signé", "aujourd'hui (entrée postérieure à sa signature)")


def test_a_closed_decision_reversed_after_the_pv_was_signed(laptop: AppContext) -> None:
    def reverse(con: sqlite3.Connection) -> None:
        unit, granted, reason = con.execute(
            "SELECT unit_id, granted, reason FROM unit_decisions WHERE session_id=? AND candidate_ref='C05' "
            "AND granted IS NOT NULL ORDER BY unit_id LIMIT 1",
            (SID,),
        ).fetchone()
        value = lambda g: json.dumps({"granted": bool(g), "reason": reason}, sort_keys=True, separators=(",", ":"))  # noqa: E731
        con.execute(
            "UPDATE unit_decisions SET granted=? WHERE session_id=? AND candidate_ref='C05' AND unit_id=?",
            (0 if granted else 1, SID, unit),
        )
        _append(
            con, "J1", "deliberation.decision", {"candidate": "C05", "item": unit}, value(granted), value(not granted)
        )

    _attack(laptop, reverse)
    _refused(laptop, "décision", "(C05) :", "dans le procès-verbal signé")


def test_a_whole_grid_erased_with_its_entries_and_the_rest_renumbered(laptop: AppContext) -> None:
    def erase(con: sqlite3.Connection) -> None:
        entries = [
            (pk, json.loads(t)) for pk, t in con.execute("SELECT pk, target FROM audit_log WHERE session_id=?", (SID,))
        ]
        grids = con.execute(
            "SELECT pk, modality_id FROM grids WHERE session_id=? AND candidate_ref='C03' AND juror_ref='J2'", (SID,)
        ).fetchall()

        def of(modality: str) -> list[int]:
            return [
                pk
                for pk, t in entries
                if (t.get("candidate"), t.get("modality"), t.get("juror")) == ("C03", modality, "J2")
            ]

        grid_pk, modality = max(grids, key=lambda g: len(of(g[1])))  # the grid with the most entries
        erased = of(modality)
        assert len(erased) >= 20
        for pk in erased:
            con.execute("DELETE FROM audit_log WHERE pk=?", (pk,))
        for table in ("criterion_marks", "competence_assessments", "grid_notes", "grid_changes"):
            con.execute(f"DELETE FROM {table} WHERE grid_pk=?", (grid_pk,))
        con.execute("DELETE FROM grids WHERE pk=?", (grid_pk,))
        _renumber(con)

    _attack(laptop, erase)
    problems = _refused(laptop, "le procès-verbal signé", "l'archive", "entrées retirées, insérées ou renumérotées")
    assert not any("manquante" in p or "chaînage" in p for p in problems)


def test_the_tail_cut(laptop: AppContext) -> None:
    seal = _pv_seal(laptop)
    _attack(laptop, lambda con: con.execute("DELETE FROM audit_log WHERE session_id=? AND seq>?", (SID, seal - 10)))
    _refused(laptop, f"scelle le journal jusqu'à l'entrée n° {seal}, or il s'arrête à la n° {seal - 10}")


def _forge_archive(genuine: Path, forged: Path, tmp: Path, resign: Any = None) -> None:
    """The archive rebuilt from a forged state: a decision reversed in its database, with a well-chained
    entry, its audit.jsonl and every hash of the manifest recomputed, signed again if `resign`."""
    with zipfile.ZipFile(genuine) as zin:
        members = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    snapshot = tmp / "database.sqlite3"
    snapshot.write_bytes(members["database.sqlite3"])
    con = sqlite3.connect(snapshot)
    unit, granted, reason = con.execute(
        "SELECT unit_id, granted, reason FROM unit_decisions WHERE candidate_ref='C05' AND granted IS NOT NULL "
        "ORDER BY unit_id LIMIT 1"
    ).fetchone()
    con.execute(
        "UPDATE unit_decisions SET granted=? WHERE candidate_ref='C05' AND unit_id=?", (0 if granted else 1, unit)
    )
    value = lambda g: json.dumps({"granted": bool(g), "reason": reason}, sort_keys=True, separators=(",", ":"))  # noqa: E731
    _append(con, "J1", "deliberation.decision", {"candidate": "C05", "item": unit}, value(granted), value(not granted))
    lines = [
        dict(zip([c[0] for c in cur.description], row, strict=True))
        for cur in [con.execute("SELECT * FROM audit_log ORDER BY seq")]
        for row in cur.fetchall()
    ]
    con.commit()
    con.close()
    members["database.sqlite3"] = snapshot.read_bytes()
    members["audit.jsonl"] = "".join(
        json.dumps({**line, "at": _at(line["at"])}, ensure_ascii=False, sort_keys=True) + "\n" for line in lines
    ).encode("utf-8")
    manifest = json.loads(members.pop("manifest.json"))
    manifest["content_sha256"] = backup.content_digest(snapshot)  # the app's digest, as a tester reimplements it
    manifest["audit"]["entries"] = len(lines)
    manifest["trail"] = {"entries": lines[-1]["seq"], "head": lines[-1]["hash"]}
    manifest["files"] = [
        {"path": f["path"], "size": len(members[f["path"]]), "sha256": hashlib.sha256(members[f["path"]]).hexdigest()}
        for f in manifest["files"]
    ]
    if resign is not None:
        key, cert = resign
        body = {k: v for k, v in manifest.items() if k != "signature"}
        manifest["signature"] = {
            "algorithm": "ecdsa-p256-sha256",
            "certificate_pem": cert,
            "value": signatures.sign(key, body),
        }
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members.items():
            zout.writestr(name, data)
        zout.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))


def test_an_archive_rebuilt_from_a_forged_state(
    laptop: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine = tmp_path / "archive.zip"
    assert check_archive(laptop, genuine).ok
    # Hashes recomputed, the lead's signature left as it was: it no longer holds.
    forged = tmp_path / "refaite.zip"
    _forge_archive(genuine, forged, tmp_path)
    check = check_archive(laptop, forged)
    assert any("signature invalide" in p for p in check.problems), check.problems
    assert run(["--data-dir", str(laptop.paths.root), "archive", "verify", str(forged)]) == 2
    assert "signature invalide" in capsys.readouterr().err

    # Signed again with a key of the forger's own: not this laptop's lead key; and, read anywhere,
    # the PV the jurors signed inside it contradicts the forged decision.
    key, _pem, cert = keys.create_key("phrase du faussaire", "Responsable", "Responsable de session")
    resigned = tmp_path / "resignee.zip"
    _forge_archive(genuine, resigned, tmp_path, (key, cert.decode("ascii")))
    here = check_archive(laptop, resigned)
    assert any("n'est pas celle du responsable de session de ce poste" in p for p in here.problems), here.problems
    elsewhere = check_archive(AppContext(resolve(tmp_path / "ailleurs")), resigned)
    assert not elsewhere.ok
    assert any("décision" in p and "(C05)" in p and "dans le procès-verbal signé" in p for p in elsewhere.problems)
    assert run(["--data-dir", str(tmp_path / "ailleurs"), "archive", "verify", str(resigned)]) == 2


def test_a_signed_pv_kept_elsewhere_is_checked_too(laptop: AppContext, tmp_path: Path) -> None:
    """`--with`: the PV the jurors signed, as the certification officer received it."""
    kept = tmp_path / "pv-recu.pdf"
    shutil.copy(laptop.paths.session_pv(SID), kept)
    laptop.paths.session_pv(SID).unlink()  # the data folder's copy gone
    shutil.rmtree(laptop.paths.session_reports(SID))

    def rewrite(con: sqlite3.Connection) -> None:
        seq, _modality, _criterion, mark = _mark_entry(con, "C04", "J2")
        con.execute("UPDATE audit_log SET after=? WHERE session_id=? AND seq=?", (_other(mark), SID, seq))
        _rechain(con)

    _attack(laptop, rewrite)
    report = verify_audit(laptop, SID, documents=[kept])
    assert any("pv-recu.pdf" in p and "n'est plus celle" in p for p in report.problems), report.problems


# --- the lead's laptop: the jurors' signed result files imported ---------------------------------------


@pytest.fixture
def lead_with_files(lead: AppContext, laptops: Any, lead_clock: FakeClock) -> AppContext:
    for path, juror in ((laptops.j1_v1, "J1"), (laptops.j2_v1, "J2")):
        (outcome,) = results_import.import_results(
            lead, [path], accept_new_keys=False, trusted_fingerprints={laptops.fingerprints[juror]}, clock=lead_clock
        )
        assert outcome.status == "imported", outcome.problems
    assert verify_audit(lead, SID).ok
    return lead


def test_an_entry_appended_in_a_jurors_name_at_the_lead(lead_with_files: AppContext) -> None:
    def append(con: sqlite3.Connection) -> None:
        _seq, modality, criterion, mark = _mark_entry(con, "C01", "J2")
        target = {"candidate": "C01", "modality": modality, "juror": "J2", "item": criterion}
        _append(con, "J2", "grid.mark", target, mark, _other(mark))
        _set_mark(con, "C01", modality, "J2", criterion, _other(mark))

    _attack(lead_with_files, append)
    _refused(
        lead_with_files,
        "la base diffère du dernier fichier signé de J2",
        "modifiée ici au nom de J2",
        "sans qu'aucun document signé par J2 ne la couvre",
    )


def test_a_jurors_imported_grid_erased_with_its_entries_at_the_lead(lead_with_files: AppContext) -> None:
    def erase(con: sqlite3.Connection) -> None:
        (grid_pk,) = con.execute(
            "SELECT pk FROM grids WHERE session_id=? AND candidate_ref='C03' AND juror_ref='J2'", (SID,)
        ).fetchone()
        for pk, target in con.execute("SELECT pk, target FROM audit_log WHERE session_id=?", (SID,)).fetchall():
            t = json.loads(target)
            if (t.get("candidate"), t.get("juror")) == ("C03", "J2"):
                con.execute("DELETE FROM audit_log WHERE pk=?", (pk,))
        for table in ("criterion_marks", "competence_assessments", "grid_notes", "grid_changes"):
            con.execute(f"DELETE FROM {table} WHERE grid_pk=?", (grid_pk,))
        con.execute("DELETE FROM grids WHERE pk=?", (grid_pk,))
        _renumber(con)

    _attack(lead_with_files, erase)
    _refused(lead_with_files, "C03", "la base diffère du dernier fichier signé de J2", "journal réécrit")


def test_a_trail_rewritten_on_a_jurors_laptop_before_their_export(tmp_path: Path, laptops: Any, kit: Any) -> None:
    """J1's laptop keeps a copy of what J1 exported: the file seals J1's entries then."""
    shutil.copytree(laptops.j1, tmp_path / "j1")
    j1 = kit.open_laptop(tmp_path / "j1")
    try:
        assert verify_audit(j1, SID).ok
        assert any("le fichier de résultats signé par J1" in c for c in verify_audit(j1, SID).checked)

        def rewrite(con: sqlite3.Connection) -> None:
            seq, _modality, _criterion, mark = _mark_entry(con, "C01", "J1")
            con.execute("UPDATE audit_log SET after=? WHERE session_id=? AND seq=?", (_other(mark), SID, seq))
            _rechain(con)

        _attack(j1, rewrite)
        _refused(j1, "n'est plus celle que le fichier de résultats signé par J1")
    finally:
        j1.close()


def _rewrite_item(con: sqlite3.Connection, action: str, candidate: str, juror: str, item: str, value: str) -> None:
    """Every entry of one grid item made to record `value`: replaying the trail gives it."""
    for seq, target in con.execute(
        "SELECT seq, target FROM audit_log WHERE session_id=? AND action=?", (SID, action)
    ).fetchall():
        t = json.loads(target)
        if (t["candidate"], t["juror"], t["item"]) == (candidate, juror, item):
            con.execute("UPDATE audit_log SET after=? WHERE session_id=? AND seq=?", (value, SID, seq))


def test_values_rewritten_at_the_lead_with_their_entries_are_found_by_the_signed_files(
    lead_with_files: AppContext,
) -> None:
    """A mark (even one that is no mark at all), an observation and a note of the jurors' imported grids,
    each changed with its entries so that the chain and the replay hold: the signed files find them."""
    told: dict[str, str] = {}

    def rewrite(con: sqlite3.Connection) -> None:
        _seq, modality, criterion, mark = _mark_entry(con, "C01", "J1")
        _set_mark(con, "C01", modality, "J1", criterion, _other(mark))
        _rewrite_item(con, "grid.mark", "C01", "J1", criterion, _other(mark))
        _seq, modality, criterion, _mark = _mark_entry(con, "C01", "J2")
        _set_mark(con, "C01", modality, "J2", criterion, "passable")  # not a mark: told, not a crash
        _rewrite_item(con, "grid.mark", "C01", "J2", criterion, "passable")
        pk, cand, competence = con.execute(
            "SELECT a.pk, g.candidate_ref, a.competence_id FROM competence_assessments a JOIN grids g "
            "ON g.pk = a.grid_pk WHERE g.juror_ref='J2' AND a.observation != '' ORDER BY a.pk LIMIT 1"
        ).fetchone()
        con.execute("UPDATE competence_assessments SET observation='Rien à signaler.' WHERE pk=?", (pk,))
        _rewrite_item(con, "grid.observation", cand, "J2", competence, "Rien à signaler.")
        told["observation"] = cand
        note_pk, cand = con.execute(
            "SELECT n.pk, g.candidate_ref FROM grid_notes n JOIN grids g ON g.pk = n.grid_pk "
            "WHERE g.juror_ref='J1' ORDER BY n.pk LIMIT 1"
        ).fetchone()
        con.execute("UPDATE grid_notes SET text='Note réécrite' WHERE pk=?", (note_pk,))
        told["note"] = cand
        _rechain(con)

    _attack(lead_with_files, rewrite)
    problems = _refused(
        lead_with_files, "la base diffère du dernier fichier signé de J1", "la base diffère du dernier fichier signé de J2"
    )
    assert not any("chaînage" in p or "hors de l'application" in p for p in problems), problems  # the chain holds
    differs = [p for p in problems if "la base diffère" in p]
    assert any(p.startswith("C01") and "critère" in p and "signé de J1" in p for p in differs), differs
    assert any(p.startswith("C01") and "passable" in p and "signé de J2" in p for p in differs), differs
    assert any(p.startswith(told["observation"]) and "observations" in p and "signé de J2" in p for p in differs), differs
    assert any(p.startswith(told["note"]) and "Note réécrite" in p and "signé de J1" in p for p in differs), differs
