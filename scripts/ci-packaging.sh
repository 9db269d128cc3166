#!/usr/bin/env bash
# CI for the installable app: the Linux packaging files pass their validators, and the
# PyInstaller bundle builds from this clone and runs (scripts/build-bundle.sh checks it).
#   scripts/ci-packaging.sh
# Installs the Debian packages it needs when run as root (or with sudo without a password).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
PACKAGES=(appstream desktop-file-utils shared-mime-info libglib2.0-bin binutils)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
bash scripts/system-deps.sh >/dev/null || echo "warning: could not install Qt's system packages" >&2
echo "=== packaging files"
bash scripts/check-packaging.sh
echo "=== the Linux bundle"
bash scripts/build-bundle.sh
echo "ci-packaging: passed in $((SECONDS - started)) s"
