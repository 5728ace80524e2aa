"""The GUI's start moves what the loaded session holds out of the garbage collector's generations,
so that a full collection no longer walks it in the middle of a click; run in a process of its own,
the test process's collector left as it is."""

from __future__ import annotations

from pathlib import Path

from jury_app.actions.context import AppContext
from tests.helpers.offscreen import run_script

START = """
import gc, json, sys
from pathlib import Path
from jury_app.actions.context import AppContext
from jury_app.paths import resolve
from jury_app.ui.app import run_gui

before = gc.get_freeze_count()
code = run_gui(AppContext(resolve(Path(sys.argv[1]))), demo=True, screenshot=Path(sys.argv[2]))
print(json.dumps({"code": code, "before": before, "after": gc.get_freeze_count()}))
"""


def test_the_start_freezes_the_loaded_session_out_of_the_collector(ctx: AppContext, tmp_path: Path) -> None:
    ctx.close()
    seen = run_script(START, str(ctx.paths.root), str(tmp_path / "shot.png"))
    assert seen["code"] == 0 and (tmp_path / "shot.png").exists()
    assert seen["before"] == 0
    assert seen["after"] > 10_000  # the session's objects, the ORM's and Qt's wrappers among them
