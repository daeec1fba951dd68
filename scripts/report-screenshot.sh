#!/usr/bin/env bash
# Renders an HTML report in headless Chromium and saves a PNG screenshot of the page.
#
#   scripts/report-screenshot.sh HTML_FILE PNG_FILE [WIDTH,HEIGHT]
#
# The window defaults to 1280x2000 pixels. Chromium runs with a throw-away profile and without any
# background networking, so the screenshot shows exactly what the self-contained file contains.
# Needs Chromium at /usr/bin/chromium (Debian/Ubuntu: apt-get install chromium), or set CHROMIUM=/path.
set -euo pipefail

usage() {
  echo "usage: $0 HTML_FILE PNG_FILE [WIDTH,HEIGHT]" >&2
  exit 2
}

[ "$#" -ge 2 ] && [ "$#" -le 3 ] || usage
html=$1
png=$2
size=${3:-1280,2000}

if [ ! -f "$html" ]; then
  echo "error: no such HTML file: $html" >&2
  exit 2
fi
case "$size" in
  *[!0-9,]*|,*|*,|*,*,*) echo "error: expected WIDTH,HEIGHT such as 1280,2000, found '$size'" >&2; exit 2 ;;
esac

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "error: Chromium not found at $chromium." >&2
  echo "Install it (Debian/Ubuntu: 'apt-get update && apt-get install chromium') or set CHROMIUM=/path/to/chromium." >&2
  exit 1
fi

abs_html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
mkdir -p "$(dirname "$png")"
abs_png=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$abs_png" --window-size="$size" "file://$abs_html" >/dev/null 2>&1 || {
  echo "error: Chromium failed to render $html" >&2
  exit 1
}

if [ ! -s "$abs_png" ]; then
  echo "error: Chromium wrote no screenshot to $png" >&2
  exit 1
fi
echo "wrote $png"
