# Sourced by the other scripts: make sure .venv exists and holds Atelier with EXTRAS.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "Atelier needs Python 3.11 or newer: install it with 'sudo apt-get install python3 python3-venv'." >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Atelier needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" -V 2>&1). Set PYTHON=python3.12 (for example) and try again." >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        echo "Python's venv module is missing: install it with 'sudo apt-get install python3-venv' and try again." >&2
        exit 1
    fi
    echo "Creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
fi

STAMP="$VENV/.atelier-installed-${EXTRAS:-base}"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
    echo "Installing Atelier and its dependencies into $VENV (first time: a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    if [ -n "${EXTRAS:-}" ]; then
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$EXTRAS]"
    else
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT"
    fi
    touch "$STAMP"
fi
