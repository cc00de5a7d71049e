#!/bin/sh
# A Chromium for the browser tests (tests/site), unless there already is one. Idempotent and quiet.
#
# - /usr/bin/chromium (Debian's package, or the one GitHub's Ubuntu runners carry), or the browser
#   KRONIEK_CHROMIUM names, is used as it is.
# - With apt-get (Debian, Ubuntu): Debian's `chromium` package, with sudo when not root.
# - Elsewhere: Playwright's own Chromium (`python -m playwright install chromium`, downloaded from
#   Playwright's servers), which the tests use when there is no /usr/bin/chromium. If that cannot be had,
#   this says what to do instead and exits 1.
set -eu

chromium="${KRONIEK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
    exit 0
fi
if [ -n "${KRONIEK_CHROMIUM:-}" ]; then
    echo "install-browser.sh: KRONIEK_CHROMIUM=$KRONIEK_CHROMIUM is not an executable file" >&2
    exit 1
fi

if command -v apt-get >/dev/null 2>&1; then
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
    exit 0
fi

python="${PYTHON:-python}"
if "$python" -m playwright install chromium; then
    exit 0
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
