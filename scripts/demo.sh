#!/usr/bin/env bash
# Sets everything up, then opens the app on the built-in demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export JURY_APP_HOME="${JURY_APP_HOME:-$PWD/.demo-data}"
exec .venv/bin/jury-app --demo "$@"
