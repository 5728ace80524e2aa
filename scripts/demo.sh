#!/usr/bin/env bash
# Sets everything up, then opens the demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export JURY_APP_HOME="${JURY_APP_HOME:-$PWD/.demo-data}"
out="$JURY_APP_HOME/demo-package.zip"
mkdir -p "$JURY_APP_HOME"
.venv/bin/jury-app package demo "$out"
.venv/bin/jury-app package import "$out"
.venv/bin/jury-app sessions show
