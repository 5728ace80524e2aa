"""Run-time hook of the bundle, in place of PyInstaller's for PySide6.

PyInstaller's hook imports QtCore at every start to register a qt.conf; PySide6's wheels
register their own (Prefix = the package's Qt folder) when QtCore is first imported, so the
headless commands would load Qt and ICU (about 80 ms) for nothing. This one only tells Qt where
its plugins are; the rest of what PyInstaller's does (QML paths, OpenSSL for QtNetwork) serves
Qt modules the bundle leaves out.
"""

import os
import sys
from pathlib import Path

_qt = Path(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
os.environ["QT_PLUGIN_PATH"] = str((_qt if sys.platform == "win32" else _qt / "Qt") / "plugins")
