#!/bin/sh
# Install Atelier for yourself on Linux, without administrator rights. Run it from the
# unpacked folder (atelier-VERSION-linux-x86_64/):
#     ./install.sh               install, or update, into ~/.local
#     ./install.sh --uninstall   remove the program; your workspaces stay where they are
# The program goes to ~/.local/opt/atelier, the command to ~/.local/bin/workshop-app, and
# the menu entry, icon and file types (.atelier files, Atelier's workspaces) to
# ~/.local/share, so that a double-click on a workspace or an exchange file opens Atelier.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
APP=$HOME/.local/opt/atelier
ID=org.atelier.Atelier
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP"
    rm -f "$BIN/workshop-app" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml" \
        "$DATA/mime/packages/$ID.xml" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"; done
    refresh
    echo "Atelier was removed. Your workspaces, backups and settings were left where they are."
    exit 0
fi

[ -x "$HERE/atelier" ] || { echo "Run install.sh from the unpacked Atelier folder." >&2; exit 1; }
mkdir -p "$APP.new" "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
cp -R "$HERE/." "$APP.new/"
rm -rf "$APP"
mv "$APP.new" "$APP"
ln -sf "$APP/atelier" "$BIN/workshop-app"
# The menu entry names the command by its full path: ~/.local/bin may not be on the PATH
# of the desktop session yet.
sed -e "s|^Exec=workshop-app|Exec=$BIN/workshop-app|" -e "s|^TryExec=workshop-app|TryExec=$BIN/workshop-app|" \
    "$HERE/share/applications/$ID.desktop" >"$DATA/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/share/mime/packages/$ID.xml" "$DATA/mime/packages/"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$ID.png" "$DATA/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/$ID.svg" "$DATA/icons/hicolor/scalable/apps/"
refresh
echo "Atelier is installed: open it from your applications menu, or run $BIN/workshop-app."
