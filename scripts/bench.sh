#!/usr/bin/env bash
# Benchmarks of the hot paths against their baselines (issue 6); see README › Performance.
#   ./scripts/bench.sh                  everything (about 3 minutes on 2 cores; the synthesis alone about 1.5)
#   ./scripts/bench.sh --quick          a smoke run (under a minute)
#   ./scripts/bench.sh capture filter   some of: startup capture pdf synthesis search filter import merge
#                                     dashboard keystroke opening undo;  --one-core: pinned to one core
# Reports MET / NOT MET for each target; exits 1 only if a benchmark could not run.
set -euo pipefail
EXTRAS=test
source "$(dirname "$0")/_venv.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m tests.benchmarks "$@"
