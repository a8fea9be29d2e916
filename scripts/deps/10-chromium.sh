#!/usr/bin/env bash
# Headless Chromium for tests/test_viz.py, from Debian's own `chromium` package (no browser
# download from anywhere else). Idempotent; prints exactly one line saying what it did.
set -euo pipefail
for bin in chromium chromium-browser; do
    if command -v "$bin" >/dev/null 2>&1; then
        echo "chromium: present ($("$bin" --version 2>/dev/null | head -n1))"
        exit 0
    fi
done
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium: missing and no apt-get here; install Chromium by hand (tests/test_viz.py will skip)" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
if { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; } >"$log" 2>&1; then
    echo "chromium: installed ($(chromium --version 2>/dev/null | head -n1))"
    rm -f "$log"
else
    echo "chromium: apt-get install failed, see $log" >&2
    exit 1
fi
