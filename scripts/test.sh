#!/usr/bin/env bash
# Quick start 2: set everything up and run the whole check: lint, architecture, tests.
# Extra arguments go to pytest (for example: -k store -x).
set -euo pipefail
EXTRAS=test
source "$(dirname "$0")/_venv.sh"
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff"
"$VENV/bin/ruff" check src tests
"$VENV/bin/ruff" format --check src tests
echo "== import contracts (no Qt below the ui layer)"
"$VENV/bin/lint-imports"
echo "== pytest"
exec "$VENV/bin/python" -m pytest "$@"
