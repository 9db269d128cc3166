#!/usr/bin/env bash
# Quick start 1: set everything up, write the demo workspace, open it in the window.
# Extra arguments go to workshop-app (for example: --platform offscreen, --lang en).
set -euo pipefail
source "$(dirname "$0")/_venv.sh"
exec "$VENV/bin/workshop-app" "$@" demo --replace --open
