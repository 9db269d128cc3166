#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them.
# Translators edit src/workshop_app/resources/translations/atelier_*.ts with Qt Linguist
# (pyside6-linguist); this script keeps their work and adds the new strings.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
TS_DIR=src/workshop_app/resources/translations
mapfile -t SOURCES < <(find src/workshop_app/ui -name '*.py' | sort)
"$VENV/bin/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "$TS_DIR/atelier_fr.ts"
"$VENV/bin/pyside6-lupdate" -no-obsolete -pluralonly "${SOURCES[@]}" -ts "$TS_DIR/atelier_en.ts"
for ts in "$TS_DIR"/atelier_*.ts; do
    "$VENV/bin/pyside6-lrelease" "$ts"
done
