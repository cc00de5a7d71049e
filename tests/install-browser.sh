#!/bin/sh
# What the browser tests (tests/site) drive and inject, unless it is already there. Idempotent and quiet.
#
# A Chromium:
# - /usr/bin/chromium (Debian's package, or the one GitHub's Ubuntu runners carry), or the browser
#   KRONIEK_CHROMIUM names, is used as it is.
# - With apt-get (Debian, Ubuntu): Debian's `chromium` package, with sudo when not root.
# - Elsewhere: Playwright's own Chromium (`python -m playwright install chromium`, downloaded from
#   Playwright's servers), which the tests use when there is no /usr/bin/chromium. If that cannot be had,
#   this says what to do instead and exits 1.
# axe-core, for the accessibility checks: from the npm registry at the version tests/package-lock.json pins
# (`npm ci` into tests/node_modules/); npm itself from apt-get when it is missing and apt-get is there.
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

install_chromium() {
    chromium="${KRONIEK_CHROMIUM:-/usr/bin/chromium}"
    if [ -x "$chromium" ]; then
        return 0
    fi
    if [ -n "${KRONIEK_CHROMIUM:-}" ]; then
        echo "install-browser.sh: KRONIEK_CHROMIUM=$KRONIEK_CHROMIUM is not an executable file" >&2
        exit 1
    fi
    if command -v apt-get >/dev/null 2>&1; then
        apt_install chromium
        if [ ! -x /usr/bin/chromium ]; then
            echo "install-browser.sh: /usr/bin/chromium is still missing after installing chromium" >&2
            exit 1
        fi
        return 0
    fi
    python="${PYTHON:-python}"
    if "$python" -m playwright install chromium; then
        return 0
    fi
    cat >&2 <<'HELP'
install-browser.sh: no Chromium for the browser tests, and neither apt-get nor Playwright's download could
bring one. Any of these will do:
  - install Chromium with your system's package manager (Fedora: dnf install chromium; Arch: pacman -S
    chromium; macOS: brew install --cask chromium) and point the tests at it:
    export KRONIEK_CHROMIUM=/path/to/chromium
  - run `python -m playwright install chromium` where the network allows it;
  - or leave the browser tests out: python -m pytest -m "not browser"
HELP
    exit 1
}

install_axe() {
    wanted="$(sed -n 's/.*"axe-core": "\([^"]*\)".*/\1/p' "$here/package.json")"
    installed="$(sed -n 's/^ *"version": "\([^"]*\)".*/\1/p' "$here/node_modules/axe-core/package.json" 2>/dev/null \
        | head -n 1)"
    if [ "$installed" = "$wanted" ]; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        if command -v apt-get >/dev/null 2>&1; then
            apt_install npm
        else
            echo "install-browser.sh: npm is missing: install Node.js with npm, then run this again" >&2
            exit 1
        fi
    fi
    npm ci --prefix "$here" --no-audit --no-fund --silent >/dev/null
    if [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
        echo "install-browser.sh: axe-core is still missing after npm ci in $here" >&2
        exit 1
    fi
}

install_chromium
install_axe
