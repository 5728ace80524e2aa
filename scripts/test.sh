#!/usr/bin/env bash
# Sets everything up, then runs the whole check: lint, types, layering, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check jury_app tests bench scripts packaging
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/python -m pytest -n 2 "$@"
