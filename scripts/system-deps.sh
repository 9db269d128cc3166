#!/usr/bin/env bash
# Debian/Ubuntu packages Qt needs to open a real window (the xcb plugin), and the tools
# used to look at reports. Installs the missing ones when run as root (or with sudo).
#   scripts/system-deps.sh          install what is missing
#   scripts/system-deps.sh --list   only print the missing packages
set -euo pipefail
PACKAGES=(
    python3-venv
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0
    libxcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0 libxcb-sync1
    libxcb-render0 libxcb-xinerama0
)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${missing[@]}"
    exit 0
fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "All system packages for Qt are present."
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"  # never wait for a password (CI)
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
