#!/usr/bin/env bash
# Files that cannot hurt (issue 13): N damaged and hostile workspaces (300 by default) made
# from healthy ones, each pushed through 'list', 'export pdf' and the window (offscreen), in
# subprocesses with a timeout; prints PASS/FAIL by kind and by read path, and the first
# failure of each kind. Runs at low priority (nice 19).
#   ./scripts/corpus.sh                 300 cases, a new random seed (printed)
#   ./scripts/corpus.sh 300 --seed 1    the same cases as an earlier run
#   ./scripts/corpus.sh 60 --seed 1 --only 12 --keep /tmp/corpus   one case again, kept
#   ./scripts/corpus.sh 60 --seed 1 --paths list,export            without the window
set -euo pipefail
EXTRAS=test
source "$(dirname "$0")/_venv.sh"
cd "$ROOT"
COUNT="${1:-300}"
shift || true
export QT_QPA_PLATFORM=offscreen
exec nice -n 19 "$VENV/bin/python" -m tests.corpus.run_corpus --count "$COUNT" "$@"
