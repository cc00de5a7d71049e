#!/bin/sh
# Install Debian's chromium for the browser tests (tests/site), unless it is already there.
# Idempotent and quiet; uses sudo only when not running as root.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

if [ ! -x /usr/bin/chromium ]; then
    echo "install-browser.sh: /usr/bin/chromium is still missing after installing chromium" >&2
    exit 1
fi
