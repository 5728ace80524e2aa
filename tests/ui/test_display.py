"""The display check before the QApplication: variables, servers that answer, platform plugins that
load (real sockets, real dlopen), the offscreen choice for a screenshot, and the other systems."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_app.ui.display import NoDisplay, _package_hint, _qt_platform_plugins, prepare_display

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")


def _reasons(env: dict[str, str], **kwargs: object) -> list[str]:
    with pytest.raises(NoDisplay) as info:
        prepare_display(screenshot=False, environ=env, system="linux", **kwargs)  # type: ignore[arg-type]
    return info.value.reasons


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[Path]:
    """A Wayland-like socket that accepts connections."""
    path = tmp_path / "wayland-1"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(4)
    yield path
    server.close()


@pytest.fixture
def x_server() -> Iterator[str]:
    """An abstract X11-like socket that accepts connections; yields its DISPLAY."""
    server = socket.socket(socket.AF_UNIX)
    for number in range(300, 400):
        try:
            server.bind(f"\0/tmp/.X11-unix/X{number}")
        except OSError:
            continue
        break
    server.listen(4)
    yield f":{number}"
    server.close()


def test_windows_and_macos_always_have_a_display() -> None:
    for system in ("win32", "darwin"):
        env: dict[str, str] = {}
        prepare_display(screenshot=False, environ=env, system=system)
        assert env == {}


def test_nothing_set_on_linux() -> None:
    assert _reasons({}) == ["X11 : la variable d'environnement DISPLAY n'est pas définie (aucun serveur X)"]


def test_a_platform_chosen_on_purpose_is_qts_to_judge() -> None:
    for chosen in ("offscreen", "vnc:size=800x600", "minimal"):
        prepare_display(screenshot=False, environ={"QT_QPA_PLATFORM": chosen}, system="linux")


def test_a_screenshot_without_display_is_drawn_offscreen() -> None:
    env: dict[str, str] = {}
    prepare_display(screenshot=True, environ=env, system="linux")
    assert env == {"QT_QPA_PLATFORM": "offscreen"}
    # A platform the user chose is kept, and told when it cannot work.
    env = {"QT_QPA_PLATFORM": "xcb"}
    with pytest.raises(NoDisplay):
        prepare_display(screenshot=True, environ=env, system="linux")
    assert env == {"QT_QPA_PLATFORM": "xcb"}


@linux_only
def test_an_x_server_that_answers_with_the_real_plugin(x_server: str) -> None:
    env = {"DISPLAY": x_server}
    prepare_display(screenshot=True, environ=env, system="linux")
    assert env == {"DISPLAY": x_server}  # the real display is used, not offscreen


@linux_only
def test_bad_display_addresses() -> None:
    assert _reasons({"DISPLAY": "nimporte"}) == ["X11 : DISPLAY=nimporte n'est pas une adresse d'écran X"]
    with socket.socket() as probe:  # a TCP port nobody listens on, named as an X display
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    if port > 6000:
        number = port - 6000
        assert _reasons({"DISPLAY": f"127.0.0.1:{number}"}) == [
            f"X11 : aucun serveur X ne répond à l'adresse DISPLAY=127.0.0.1:{number}"
        ]


@linux_only
def test_an_x_server_over_tcp() -> None:
    with socket.socket() as server:
        for number in range(50, 100):
            try:
                server.bind(("127.0.0.1", 6000 + number))
            except OSError:
                continue
            break
        server.listen(1)
        prepare_display(screenshot=False, environ={"DISPLAY": f"127.0.0.1:{number}.0"}, system="linux")


@linux_only
def test_a_plugin_that_cannot_load(listening: Path, tmp_path: Path) -> None:
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqwayland.so").write_bytes(b"not a shared library")
    env = {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": listening.name, "XDG_RUNTIME_DIR": str(tmp_path)}
    (reason,) = _reasons(env, plugin_dir=plugins)
    assert reason.startswith("le module Qt de la plateforme « wayland » ne peut pas être chargé : ")
    assert str(plugins / "libqwayland.so") in reason  # dlopen's own words
    (plugins / "libqwayland.so").unlink()
    assert _reasons(env, plugin_dir=plugins) == [f"le module Qt de la plateforme « wayland » est absent ({plugins})"]


@linux_only
def test_the_plugin_path_variable_is_looked_at_first(x_server: str, tmp_path: Path) -> None:
    (tmp_path / "libqxcb.so").write_bytes(b"broken")
    env = {"DISPLAY": x_server, "QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path)}
    (reason,) = _reasons(env)
    assert "« xcb » ne peut pas être chargé" in reason


@linux_only
def test_a_wayland_session_falls_back_to_x11(x_server: str, tmp_path: Path) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
    reasons = _reasons(dict(env))
    assert reasons == [
        f"Wayland : aucun compositeur ne répond sur {tmp_path / 'wayland-0'}",
        "X11 : la variable d'environnement DISPLAY n'est pas définie (aucun serveur X)",
    ]
    prepare_display(screenshot=False, environ={**env, "DISPLAY": x_server}, system="linux")
    # A list the user chose is tried in its order too.
    prepare_display(screenshot=False, environ={"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": x_server}, system="linux")


def test_wayland_variables() -> None:
    assert _reasons({"QT_QPA_PLATFORM": "wayland"}) == [
        "Wayland : la variable d'environnement WAYLAND_DISPLAY n'est pas définie"
    ]
    assert _reasons({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == [
        "Wayland : la variable d'environnement XDG_RUNTIME_DIR n'est pas définie"
    ]


@pytest.mark.parametrize(
    ("error", "package"),
    [
        ("libxcb-cursor.so.0: cannot open shared object file: No such file or directory", "libxcb-cursor0"),
        ("libwayland-cursor.so.0: cannot open shared object file", "libwayland-cursor0"),
        ("libEGL.so.1: cannot open shared object file", "libegl1"),
        ("libdbus-1.so.3: cannot open shared object file", "libdbus-1-3"),
        ("libxkbcommon-x11.so.0: cannot open shared object file", "libxkbcommon-x11-0"),
    ],
)
def test_the_missing_librarys_package(error: str, package: str) -> None:
    assert _package_hint(error).endswith(f"paquet probable : {package})")


def test_no_hint_without_a_library_name() -> None:
    assert _package_hint("invalid ELF header") == ""


@linux_only
def test_qt_ships_its_platform_plugins() -> None:
    assert (_qt_platform_plugins() / "libqxcb.so").is_file()


def test_the_message_says_what_to_do() -> None:
    text = str(NoDisplay(["X11 : la variable d'environnement DISPLAY n'est pas définie"]))
    assert text.splitlines()[0] == "l'interface graphique ne peut pas s'ouvrir : aucun écran utilisable."
    assert "  - X11 : la variable d'environnement DISPLAY n'est pas définie" in text
    assert "--screenshot" in text and "jury-app --help" in text and "xvfb-run" in text
