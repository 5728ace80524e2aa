"""Whether the GUI can open a window here, told in French before Qt is asked to.

Without a usable display Qt aborts the process ("could not connect to display … Aborted", exit
134). On Linux (and the BSDs) the display is an X server or a Wayland compositor, named by the
environment, and Qt reaches it through a platform plugin with its own system libraries. Both are
checked before the QApplication is made: the variables, that the server answers, that the plugin
loads. Windows and macOS always have a display. A screenshot needs none: with no display it is
painted offscreen. Should Qt still fail to start, `fatal_start_guard` turns its abort into the same
French message.
"""

from __future__ import annotations

import ctypes
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ENV_PLATFORM = "QT_QPA_PLATFORM"
_UNIX_DISPLAYS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")
_CONNECT_TIMEOUT_S = 2.0
_PLUGIN_FILES = {"xcb": ("libqxcb.so",), "wayland": ("libqwayland.so", "libqwayland-generic.so")}

HINTS = (
    "Sans écran, l'application s'utilise ainsi :\n"
    "  jury-app --demo --screenshot capture.png   dessine la fenêtre dans une image PNG (rendu hors écran)\n"
    "  jury-app --help                            les commandes (paquets, rapports, signatures…), sans écran\n"
    "Pour l'interface graphique, lancez-la depuis une session de bureau, ou sur un serveur sous un écran "
    "virtuel (xvfb-run jury-app)."
)


class NoDisplay(Exception):
    """The GUI cannot open a window here; `str()` says why and what to do instead, in French."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        lines = "\n".join(f"  - {reason}" for reason in reasons)
        super().__init__(f"l'interface graphique ne peut pas s'ouvrir : aucun écran utilisable.\n{lines}\n{HINTS}")


def prepare_display(
    *,
    screenshot: bool,
    environ: MutableMapping[str, str] | None = None,
    system: str = sys.platform,
    plugin_dir: Path | None = None,
) -> None:
    """Raises NoDisplay when no window can open. For a screenshot with no display (and no platform
    chosen by the user), chooses the offscreen platform in `environ` instead."""
    env = os.environ if environ is None else environ
    if not system.startswith(_UNIX_DISPLAYS):
        return
    chosen = env.get(ENV_PLATFORM, "").strip()
    candidates = _candidates(chosen, env)
    reasons: list[str] = []
    for name in candidates:
        problem = _platform_problem(name, env, plugin_dir)
        if problem is None:
            return
        reasons.append(problem)
    if screenshot and not chosen:
        env[ENV_PLATFORM] = "offscreen"
        return
    raise NoDisplay(reasons)


def _candidates(chosen: str, env: MutableMapping[str, str]) -> list[str]:
    """The platforms Qt will try, in its order: the user's list (`wayland;xcb`, options after `:`
    dropped), else Wayland first in a Wayland session, then X11."""
    if chosen:
        return [part.split(":")[0].strip() for part in chosen.split(";") if part.strip()]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def _platform_problem(name: str, env: MutableMapping[str, str], plugin_dir: Path | None) -> str | None:
    if name == "xcb":
        problem = _x_server_problem(env.get("DISPLAY", ""))
    elif name.startswith("wayland"):
        problem = _wayland_problem(env)
    else:
        return None  # offscreen, vnc, eglfs, linuxfb…: chosen on purpose, Qt's to judge
    return problem or _plugin_problem(name, env, plugin_dir)


def _x_server_problem(display: str) -> str | None:
    if not display:
        return "X11 : la variable d'environnement DISPLAY n'est pas définie (aucun serveur X)"
    m = re.fullmatch(r"(?P<host>[^:/]*):(?P<number>\d+)(?:\.\d+)?", display)
    if m is None:
        return None if display.startswith("/") else f"X11 : DISPLAY={display} n'est pas une adresse d'écran X"
    number = int(m.group("number"))
    if m.group("host") in ("", "unix"):
        # Linux X servers listen on an abstract socket and on a file; either will do.
        addresses: list[Any] = [f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"]
        family = socket.AF_UNIX
    else:
        addresses = [(m.group("host"), 6000 + number)]
        family = socket.AF_INET
    for address in addresses:
        if _answers(family, address):
            return None
    return f"X11 : aucun serveur X ne répond à l'adresse DISPLAY={display}"


def _wayland_problem(env: MutableMapping[str, str]) -> str | None:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return "Wayland : la variable d'environnement WAYLAND_DISPLAY n'est pas définie"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if not Path(name).is_absolute() and not runtime:
        return "Wayland : la variable d'environnement XDG_RUNTIME_DIR n'est pas définie"
    path = Path(runtime) / name
    if not _answers(socket.AF_UNIX, str(path)):
        return f"Wayland : aucun compositeur ne répond sur {path}"
    return None


def _answers(family: int, address: Any) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(_CONNECT_TIMEOUT_S)
            s.connect(address)
    except OSError:
        return False
    return True


def _plugin_problem(name: str, env: MutableMapping[str, str], plugin_dir: Path | None) -> str | None:
    """The platform plugin loads with every library it needs (a missing libxcb-cursor0, say)."""
    folders = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders.append(plugin_dir or _qt_platform_plugins())
    base = "wayland" if name.startswith("wayland") else name
    files = _PLUGIN_FILES.get(name) or _PLUGIN_FILES.get(base, (f"libq{name}.so",))
    found = [folder / file for folder in folders for file in files if (folder / file).is_file()]
    if not found:
        return f"le module Qt de la plateforme « {name} » est absent ({folders[-1]})"
    try:
        ctypes.CDLL(str(found[0]))
    except OSError as exc:
        return f"le module Qt de la plateforme « {name} » ne peut pas être chargé : {exc}{_package_hint(str(exc))}"
    return None


def _qt_platform_plugins() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def _package_hint(error: str) -> str:
    """The Debian/Ubuntu package that most likely holds the missing library, by its naming rule."""
    m = re.search(r"lib([\w.+-]+?)\.so\.(\d+)", error)
    if m is None:
        return ""
    name, version = m.group(1).lower(), m.group(2)
    package = f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"
    return f" (bibliothèque système manquante ; sous Debian ou Ubuntu, paquet probable : {package})"


@contextmanager
def fatal_start_guard(write: Callable[[str], object] | None = None) -> Iterator[None]:
    """While the QApplication is made: Qt's fatal "no platform plugin could be initialized" becomes
    the French message and exit code 2 instead of an abort. Qt's messages meanwhile are held: they
    go into that message, or out as they came once the application exists."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    out = write or sys.stderr.write
    held: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            held.append(message)
            return
        said = " / ".join(m.splitlines()[0] for m in held if m) or message.splitlines()[0]
        reason = f"Qt n'a pu démarrer aucune plateforme graphique (Qt : {said})"
        out(f"erreur : {NoDisplay([reason])}\n")
        sys.stderr.flush()
        os._exit(2)  # Qt aborts as soon as this returns: leave first, with the app's exit code

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in held:
            out(message + "\n")
