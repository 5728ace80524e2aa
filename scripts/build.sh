#!/usr/bin/env bash
# Sets up what building needs, builds the one-folder bundle from build.spec into dist/, then
# smoke-tests the built executable and prints its size and start-up time beside the source run.
# Linux and macOS; on Windows, see the README (the same build.spec and smoke test).
#
#     scripts/build.sh [PYINSTALLER OPTIONS...]      e.g. --clean to rebuild from scratch
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

scripts/setup.sh build
.venv/bin/python -c "import PyInstaller" || { echo "échec : PyInstaller n'est pas installé dans .venv" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

echo "== pyinstaller (log: build/pyinstaller.log)"
mkdir -p build
build_started=$(date +%s)
if ! .venv/bin/pyinstaller --noconfirm --log-level WARN "$@" build.spec >build/pyinstaller.log 2>&1; then
  tail -n 40 build/pyinstaller.log >&2
  echo "échec : la construction du bundle a échoué (journal complet : build/pyinstaller.log)" >&2
  exit 1
fi
grep '^build.spec:' build/pyinstaller.log || true
echo "built in $(($(date +%s) - build_started)) s"

echo "== smoke test of the built executable"
.venv/bin/python scripts/smoke_bundle.py dist
echo "build.sh: done in $(($(date +%s) - started)) s"
