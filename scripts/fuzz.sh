#!/usr/bin/env bash
# The long profile of the export property tests (issue 11): N generated workspaces (2000 by
# default) through the five exports, on 2 cores; prints the failures by export.
#   ./scripts/fuzz.sh            2000 workspaces, a new random seed (printed)
#   ./scripts/fuzz.sh 200        200 workspaces
#   ./scripts/fuzz.sh 2000 --seed 42        the same workspaces as an earlier run
#   ./scripts/fuzz.sh 1 --seed 42 --only 1:17   one failing example again
set -euo pipefail
EXTRAS=test
source "$(dirname "$0")/_venv.sh"
cd "$ROOT"
COUNT="${1:-2000}"
shift || true
exec "$VENV/bin/python" -m tests.reports.fuzz_exports --examples "$COUNT" "$@"
