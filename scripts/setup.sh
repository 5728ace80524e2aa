#!/usr/bin/env bash
# Sets up everything jury_app needs on a fresh machine: system libraries for Qt (Debian/Ubuntu,
# when run as root or with sudo), then a virtual environment in .venv with the app and its tools.
# `scripts/setup.sh build` adds what building the bundle needs (binutils, PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}

qt_libs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
         libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
         libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core poppler-utils)
extras=dev
if [ "${1:-}" = build ]; then
  extras=dev,build
  qt_libs+=(binutils)  # PyInstaller's objdump and objcopy on Linux
fi
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for lib in "${qt_libs[@]}"; do
    dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q "install ok installed" || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installation des bibliothèques système : ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -U pip 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import jury_app, PySide6, sqlalchemy, pytestqt" || { echo "installation incomplète" >&2; exit 1; }
