#!/usr/bin/env bash
# Check the Linux packaging files: the desktop entry (desktop-file-validate), the AppStream
# metainfo (appstreamcli validate, offline) and the file types (shared-mime-info: a
# workspace and an exchange file are recognised by their content, whatever their name).
#   scripts/check-packaging.sh
# Needs: sudo apt-get install desktop-file-utils appstream shared-mime-info libglib2.0-bin
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.atelier.Atelier

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "check-packaging: $1 is missing; install it with: sudo apt-get install $2" >&2
    exit 1
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info

echo "== desktop-file-validate packaging/$ID.desktop"
out=$(desktop-file-validate "packaging/$ID.desktop" 2>&1) || { echo "$out"; exit 1; }
[ -z "$out" ] || { echo "$out"; echo "check-packaging: the desktop entry has warnings" >&2; exit 1; }
grep -q "^Exec=workshop-app --desktop %f$" "packaging/$ID.desktop"

echo "== appstreamcli validate --no-net packaging/$ID.metainfo.xml"
appstreamcli validate --no-net "packaging/$ID.metainfo.xml"

echo "== shared-mime-info packaging/$ID.xml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "packaging/$ID.xml" "$work/mime/packages/"
if [ -f /usr/share/mime/packages/freedesktop.org.xml ]; then
    cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/"
fi
errors=$(update-mime-database -V "$work/mime" 2>&1 | grep -iE "error|warning|invalid" || true)
[ -z "$errors" ] || { echo "$errors"; exit 1; }
grep -q "application/x-atelier-exchange" "$work/mime/globs2"
grep -q "application/x-atelier-workspace" "$work/mime/types"
# Atelier's desktop entry names only types the database knows
for type in $(sed -n 's/^MimeType=//p' "packaging/$ID.desktop" | tr ';' ' '); do
    [ "$type" = application/vnd.sqlite3 ] && continue
    grep -qx "$type" "$work/mime/types" || { echo "unknown MIME type in the desktop entry: $type" >&2; exit 1; }
done

if command -v gio >/dev/null 2>&1; then
    # Files with Atelier's header, named as a person might name them
    header() {  # header FILE APPLICATION_ID
        python3 - "$1" "$2" <<'EOF'
import sys
data = bytearray(b"SQLite format 3\x00" + bytes(4080))
data[68:72] = int(sys.argv[2], 16).to_bytes(4, "big")
open(sys.argv[1], "wb").write(data)
EOF
    }
    header "$work/sent by Nadia.atelier" 41544C58
    header "$work/exchange copy" 41544C58
    header "$work/workspace copy" 41544C52
    header "$work/another program" 00000000
    head -c 4096 /dev/urandom >"$work/sent encrypted.atelier"
    type_of() {
        XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" gio info -a standard::content-type "$1" \
            | sed -n 's/^ *standard::content-type: //p'
    }
    expect() {  # expect FILE TYPE
        found=$(type_of "$1")
        echo "   $(basename "$1"): $found"
        [ "$found" = "$2" ] || { echo "check-packaging: expected $2" >&2; exit 1; }
    }
    expect "$work/sent by Nadia.atelier" application/x-atelier-exchange
    expect "$work/exchange copy" application/x-atelier-exchange
    expect "$work/workspace copy" application/x-atelier-workspace
    expect "$work/another program" application/vnd.sqlite3
    expect "$work/sent encrypted.atelier" application/x-atelier-exchange
else
    echo "   (gio is missing: file types not tried on files; apt-get install libglib2.0-bin)"
fi
echo "Packaging files are valid."
