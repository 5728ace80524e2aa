"""A first start with no display, as a new user meets it: `jury-app` run for real in a subprocess,
with the display variables removed. It explains itself in French and exits 2, never Qt's abort."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland displays are Linux's")

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM_PLUGIN_PATH")


def _jury_app(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES and k != "JURY_APP_HOME"}
    return subprocess.run(
        [sys.executable, "-m", "jury_app", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, **env},
        timeout=90,
        check=False,
    )


def _answers(address: str) -> bool:
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(address)
        except OSError:
            return False
    return True


def _free_display() -> int:
    for number in range(240, 300):
        if not _answers(f"\0/tmp/.X11-unix/X{number}") and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise AssertionError("no free X display number")


def _told_no_display(proc: subprocess.CompletedProcess[str], reason: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    err = proc.stderr
    assert err.startswith("erreur : l'interface graphique ne peut pas s'ouvrir : aucun écran utilisable.\n"), err
    assert reason in err, err
    assert "jury-app --demo --screenshot capture.png" in err and "jury-app --help" in err
    assert "Aborted" not in err and "This application failed to start" not in err


def test_no_display_at_all(tmp_path: Path) -> None:
    proc = _jury_app("--data-dir", tmp_path / "data")
    _told_no_display(proc, "X11 : la variable d'environnement DISPLAY n'est pas définie")
    assert not (tmp_path / "data").exists()  # nothing written


def test_demo_with_no_display(tmp_path: Path) -> None:
    proc = _jury_app("--demo", "--data-dir", tmp_path / "data")
    _told_no_display(proc, "DISPLAY n'est pas définie")


def test_a_display_nobody_answers(tmp_path: Path) -> None:
    number = _free_display()
    proc = _jury_app("--data-dir", tmp_path / "data", DISPLAY=f":{number}")
    _told_no_display(proc, f"X11 : aucun serveur X ne répond à l'adresse DISPLAY=:{number}")


def test_a_wayland_session_without_compositor(tmp_path: Path) -> None:
    proc = _jury_app(
        "--data-dir",
        tmp_path / "data",
        XDG_SESSION_TYPE="wayland",
        WAYLAND_DISPLAY="wayland-9",
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    _told_no_display(proc, f"Wayland : aucun compositeur ne répond sur {tmp_path / 'wayland-9'}")
    assert "X11 : la variable d'environnement DISPLAY n'est pas définie" in proc.stderr  # Qt's fallback too


@pytest.fixture
def mute_x_server() -> Iterator[int]:
    """Something listening where an X server would, that hangs up at once: the check sees a server,
    Qt's own connection then fails. Its abort must become the French message too."""
    number = _free_display()
    server = socket.socket(socket.AF_UNIX)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield number
    stop.set()
    thread.join()
    server.close()


def test_qt_failing_after_the_check_is_told_too(tmp_path: Path, mute_x_server: int) -> None:
    proc = _jury_app("--data-dir", tmp_path / "data", DISPLAY=f":{mute_x_server}")
    _told_no_display(proc, "Qt n'a pu démarrer aucune plateforme graphique (Qt : ")
    assert f"could not connect to display :{mute_x_server}" in proc.stderr  # Qt's words, kept for support


def test_a_screenshot_needs_no_display(tmp_path: Path) -> None:
    shot = tmp_path / "capture.png"
    proc = _jury_app("--data-dir", tmp_path / "data", "--screenshot", shot)
    assert proc.returncode == 0, proc.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_commands_need_no_display(tmp_path: Path) -> None:
    proc = _jury_app("referentiel", "list", "--data-dir", tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert "TP-00403@08" in proc.stdout
