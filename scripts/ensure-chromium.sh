#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists. Playwright's own browser download does not
# work here, so the tests use Debian's Chromium: $CHROMIUM_PATH if set, else /usr/bin/chromium.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to '$CHROMIUM_PATH', but no executable is there." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<'MSG'
The browser tests need Chromium, and none was found at /usr/bin/chromium.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary:
  CHROMIUM_PATH=/path/to/chromium npm test
MSG
exit 1
