#!/usr/bin/env bash
# Build Atelier's Linux bundle from a fresh clone, then check that the built program works.
#   scripts/build-bundle.sh           build, check, and pack dist/atelier-VERSION-linux-ARCH.tar.gz
#   scripts/build-bundle.sh --check   only check an existing dist/atelier/
# Its own virtual environment (build/venv-package, with the [package] extra: PyInstaller,
# SQLCipher) keeps the test tools out of the bundle. Windows and macOS: see the README.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUNDLE="$ROOT/dist/atelier"
PROGRAM="$BUNDLE/atelier"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/workshop_app/__init__.py)
ARCH=$(uname -m)
ID=org.atelier.Atelier

build() {
    export EXTRAS=package VENV="${VENV:-$ROOT/build/venv-package}"
    # shellcheck source=_venv.sh
    source "$ROOT/scripts/_venv.sh"
    echo "== pyinstaller packaging/atelier.spec"
    local started=$SECONDS
    "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/atelier.spec
    if command -v strip >/dev/null 2>&1; then  # debug symbols only: a third of the size
        find "$BUNDLE" -type f \( -name "*.so" -o -name "*.so.*" \) -exec strip --strip-debug {} +
    fi
    # What install.sh puts in ~/.local/share: menu entry, metainfo, file types, icons
    local share="$BUNDLE/share" icons="$ROOT/src/workshop_app/resources/icons"
    mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" \
        "$share/icons/hicolor/scalable/apps"
    cp "packaging/$ID.desktop" "$share/applications/"
    cp "packaging/$ID.metainfo.xml" "$share/metainfo/"
    cp "packaging/$ID.xml" "$share/mime/packages/"
    cp "$icons/atelier.svg" "$share/icons/hicolor/scalable/apps/$ID.svg"
    for png in "$icons"/atelier-*.png; do
        local size=${png##*atelier-}
        size=${size%.png}
        mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
        cp "$png" "$share/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    cp packaging/install-linux.sh "$BUNDLE/install.sh"
    echo "built in $((SECONDS - started)) s: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
}

fail() {
    echo "build-bundle: FAILED: $*" >&2
    exit 1
}

check() {
    [ -x "$PROGRAM" ] || fail "no built program at $PROGRAM"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # A home of its own: the checks never touch the builder's workspaces, settings or log
    export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
        XDG_STATE_HOME="$work/home/state" XDG_CACHE_HOME="$work/home/cache" QT_QPA_PLATFORM=offscreen
    mkdir -p "$HOME"
    local db="$work/Atelier de Nadia.sqlite" out
    echo "== the built program: --version"
    out=$("$PROGRAM" --version)
    [ "$out" = "Atelier $VERSION" ] || fail "--version said: $out"
    echo "   $out"
    echo "== demo"
    "$PROGRAM" demo --replace --db "$db"
    local programme workshop
    programme=$("$PROGRAM" list --db "$db" | awk '$1 == "programme" {print $2; exit}')
    workshop=$("$PROGRAM" list --db "$db" | awk '$1 == "workshop" {print $2; exit}')
    [ -n "$workshop" ] || fail "the demo has no workshop"
    echo "== export of the demo's summary (PDF, French) and synthesis (PDF, English; XLSX)"
    out=$("$PROGRAM" export pdf --workshop "$workshop" --db "$db" -o "$work/summary.pdf")
    echo "   $out"
    [[ "$out" =~ \(([0-9]+)\ pages?\) ]] && [ "${BASH_REMATCH[1]}" -ge 1 ] || fail "no pages: $out"
    [ "$(head -c 5 "$work/summary.pdf")" = "%PDF-" ] || fail "summary.pdf is not a PDF"
    grep -aq "DejaVuSans" "$work/summary.pdf" || fail "the PDF does not use the bundled font"
    "$PROGRAM" export pdf --programme "$programme" --lang en --db "$db" -o "$work/synthesis.pdf"
    "$PROGRAM" export xlsx --programme "$programme" --db "$db" -o "$work/entries.xlsx"
    echo "== an exchange file, and an encrypted copy (SQLCipher is inside)"
    "$PROGRAM" pack --workshop "$workshop" --db "$db" -o "$work/sent back.atelier"
    cp "$db" "$work/locked.sqlite"
    ATELIER_NEW_PASSPHRASE="bundle check" "$PROGRAM" encrypt --db "$work/locked.sqlite" >/dev/null
    ATELIER_PASSPHRASE="bundle check" "$PROGRAM" list --db "$work/locked.sqlite" | grep -q "^programme" ||
        fail "the encrypted copy does not open"
    echo "== the window, offscreen: a workspace given to open, in French"
    out=$("$PROGRAM" --lang fr --smoke-test "$db" 2>"$work/stderr") || {
        cat "$work/stderr" >&2
        fail "the window did not open the workspace: $out"
    }
    echo "   $out"
    [[ "$out" == *"workspace open"* ]] || fail "workspace not open"
    [[ "$out" == *"first menu: Fichier"* ]] || fail "Atelier's French translation is missing"
    [[ "$out" == *"Qt's own Cancel: Annuler"* ]] || fail "Qt's French translation is missing"
    [[ "$out" == *"icon files: 8"* ]] || fail "the window icon is missing"
    echo "== an exchange file given to open: the merge is offered"
    out=$("$PROGRAM" --db "$db" --smoke-test "$work/sent back.atelier" 2>/dev/null)
    echo "   $out"
    [[ "$out" == *"dialogs: mergeDialog"* ]] || fail "no merge offered"
    echo "== a file that is not Atelier's: said, exit code 2"
    echo "notes" >"$work/notes.txt"
    local status=0
    "$PROGRAM" "$work/notes.txt" 2>"$work/stderr" || status=$?
    [ "$status" = 2 ] && grep -q "is not an Atelier file" "$work/stderr" || fail "notes.txt: $status"
    echo "== the log: written, without the workspace's name"
    local log="$XDG_STATE_HOME/atelier/log/atelier.log"
    [ -s "$log" ] || fail "no log at $log"
    grep -q "started (installed bundle): command gui" "$log" || fail "the start is not logged"
    ! grep -q "Nadia" "$log" || fail "the log names a file"
    echo "== install.sh, for this user, then --uninstall"
    "$BUNDLE/install.sh" >/dev/null
    "$HOME/.local/bin/workshop-app" --version >/dev/null || fail "the installed command does not run"
    [ -f "$XDG_DATA_HOME/applications/$ID.desktop" ] || fail "no menu entry installed"
    if command -v gio >/dev/null 2>&1 && command -v update-mime-database >/dev/null 2>&1; then
        out=$(XDG_DATA_DIRS="$XDG_DATA_HOME:/usr/share" gio mime application/x-atelier-exchange)
        [[ "$out" == *"$ID.desktop"* ]] || fail "Atelier does not open .atelier files: $out"
        echo "   .atelier files open with $ID.desktop"
    fi
    "$BUNDLE/install.sh" --uninstall >/dev/null
    [ ! -e "$HOME/.local/opt/atelier" ] || fail "the uninstall left the program"
    [ -f "$db" ] || fail "the uninstall removed a workspace"
    echo "All checks of the built program passed."
}

case "${1:-}" in
--check) check ;;
"")
    started=$SECONDS
    build
    check
    echo "== packing"
    tarball="$ROOT/dist/atelier-$VERSION-linux-$ARCH.tar.gz"
    tar -C "$ROOT/dist" --transform "s|^atelier|atelier-$VERSION-linux-$ARCH|" -czf "$tarball" atelier
    echo "$(du -sh "$BUNDLE" | cut -f1) unpacked, $(du -h "$tarball" | cut -f1) as $tarball"
    echo "build and checks took $((SECONDS - started)) s"
    ;;
*)
    echo "usage: scripts/build-bundle.sh [--check]" >&2
    exit 2
    ;;
esac
