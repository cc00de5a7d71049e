#!/bin/sh
# Install what the browser tests (tests/site) drive and inject: Debian's chromium, unless it is already there, and
# axe-core from the npm registry at the version tests/package-lock.json pins (into tests/node_modules/).
# Idempotent and quiet; uses sudo only when not running as root.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi

apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >/dev/null
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
    if [ ! -x /usr/bin/chromium ]; then
        echo "install-browser.sh: /usr/bin/chromium is still missing after installing chromium" >&2
        exit 1
    fi
fi

# axe-core: the accessibility checks of tests/site/test_accessibility.py.
wanted="$(sed -n 's/.*"axe-core": "\([^"]*\)".*/\1/p' "$here/package.json")"
installed="$(sed -n 's/^ *"version": "\([^"]*\)".*/\1/p' "$here/node_modules/axe-core/package.json" 2>/dev/null | head -n 1)"
if [ "$installed" != "$wanted" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        apt_install npm
    fi
    npm ci --prefix "$here" --no-audit --no-fund --silent >/dev/null
    if [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
        echo "install-browser.sh: axe-core is still missing after npm ci in $here" >&2
        exit 1
    fi
fi
