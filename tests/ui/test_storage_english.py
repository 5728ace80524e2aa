"""In English, what the storage tells the user reads in English: the backups that cannot be read or
restored, and a result file that was altered or is not a file at all (a damaged database at opening:
test_hurt_database_dialog). The same screens in French read the French text the command line prints."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions import backups
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui.backups import RestoreDialog
from jury_app.ui.results import ImportResultsDialog
from tests.helpers.english import french_lines

SID = "DEMO-CIP-2026-11"


def _backups_with_trouble(ctx: AppContext) -> None:
    """A backup that is not a database, and one from a newer version of the app, beside a good one."""
    good = backups.make_backup(ctx, "manuel").path
    (good.parent / "jury_app-20991231T235959.000Z-abimee.sqlite3").write_bytes(b"pas une base" * 100)
    newer = good.parent / "jury_app-20991231T235958.000Z-future.sqlite3"
    shutil.copyfile(good, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def _restore_row(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> tuple[RestoreDialog, list[str]]:
    """The backups dialog, the newer version's backup restored: what the refusal said."""
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    dialog.select_row(1)
    dialog.restore_button.click()
    assert not dialog.restored
    return dialog, told


def test_backups_that_cannot_be_read_or_restored_in_english(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    _backups_with_trouble(ctx)
    dialog, told = _restore_row(qtbot, ctx, monkeypatch)
    unreadable = dialog.tree.topLevelItem(0)
    assert unreadable is not None and unreadable.text(2) == "unreadable: not an SQLite database"
    good = dialog.tree.topLevelItem(2)
    assert good is not None and good.text(1) == "manual"  # the reason the app gave it
    assert len(told) == 1 and "database from a newer version of the application (schema 9999" in told[0], told
    assert french_lines(told[0]) == [], told[0]


def test_backups_that_cannot_be_read_or_restored_in_french(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups_with_trouble(ctx)
    dialog, told = _restore_row(qtbot, ctx, monkeypatch)
    unreadable = dialog.tree.topLevelItem(0)
    assert unreadable is not None and unreadable.text(2) == "illisible : ce n'est pas une base SQLite"
    good = dialog.tree.topLevelItem(2)
    assert good is not None and good.text(1) == "manuel"
    assert "base d'une version plus récente de l'application (schéma 9999" in told[0], told


def _altered(laptops: Any, folder: Path) -> list[Path]:
    """J1's file with a mark changed after its signature, one with a grid given twice, and a folder."""
    doc = json.loads(laptops.j1_v1.read_bytes())
    doc["content"]["grids"][0]["marks"] = dict.fromkeys(doc["content"]["grids"][0]["marks"], "satisfied")
    changed = folder / "j1_change.json"
    changed.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    doc["content"]["grids"].append(doc["content"]["grids"][0])
    twice = folder / "j1_twice.json"
    twice.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    not_a_file = folder / "dossier.json"
    not_a_file.mkdir()
    return [changed, twice, not_a_file]


def _import_screen(qtbot: QtBot, lead: AppContext, laptops: Any, clock: FakeClock, folder: Path) -> str:
    """What the lead's import screen says of the altered files before anything is imported."""
    dialog = ImportResultsDialog(lead, SID, clock)
    qtbot.addWidget(dialog)
    dialog.set_files(_altered(laptops, folder))
    return dialog.details.toPlainText()


def test_an_altered_result_file_is_refused_in_english(
    qtbot: QtBot, lead: AppContext, laptops: Any, lead_clock: FakeClock, tmp_path: Path, english: None
) -> None:
    shown = _import_screen(qtbot, lead, laptops, lead_clock, tmp_path)
    assert "invalid signature: the file was changed after it was signed" in shown, shown
    assert "grid given twice: C01 / msp" in shown, shown
    assert "this is a folder, not a file: a result file is expected" in shown, shown
    assert french_lines(shown) == [], "\n".join(french_lines(shown))


def test_an_altered_result_file_is_refused_in_french(
    qtbot: QtBot, lead: AppContext, laptops: Any, lead_clock: FakeClock, tmp_path: Path
) -> None:
    shown = _import_screen(qtbot, lead, laptops, lead_clock, tmp_path)
    assert "signature invalide : le fichier a été modifié après sa signature" in shown, shown
    assert "grille en double : C01 / msp" in shown, shown
    assert "c'est un dossier, pas un fichier : un fichier de résultats est attendu" in shown, shown


def test_a_file_too_large_is_told_with_english_sizes(tmp_path: Path, english: None) -> None:
    from jury_app.data.files import read_bounded
    from jury_app.domain.messages import msg
    from jury_app.domain.problems import InvalidInput
    from jury_app.domain.wording import size_message
    from jury_app.ui.common.messages import translated

    assert [translated(size_message(n)) for n in (812, 14 * 1024, int(2.4 * 1024**2), 64 * 1024**2, 3 * 1024**3)] == [
        "812 bytes",
        "14 KB",
        "2.4 MB",
        "64 MB",
        "3 GB",
    ]
    big = tmp_path / "liste.csv"
    big.write_bytes(b"x" * (3 * 1024**2 + 200 * 1024))
    with pytest.raises(InvalidInput) as refused:
        read_bounded(big, 1024**2, msg("une liste CSV ou XLSX"))
    shown = "\n".join(translated(p.shown) for p in refused.value.problems)
    assert "3.2 MB" in shown and "1 MB" in shown, shown
    assert french_lines(shown) == [], shown
    assert "3,2 Mo" in str(refused.value)  # the command line's French
