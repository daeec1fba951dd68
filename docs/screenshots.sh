#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from the ones the browser tests take of the
# demo's reports (browser-tests/target/screenshots), so the README shows what Chromium renders today, in English
# and Italian, on a desktop and on a phone.
#
#   docs/screenshots.sh            runs the browser tests first (needs chromium and chromium-driver)
#   docs/screenshots.sh --no-test  copies the screenshots of the last run
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-test" ]; then
  mvn -B -ntp -q verify -pl browser-tests -am -Dtest=ReportsBrowserTest -Dsurefire.failIfNoSpecifiedTests=false
fi

SRC=browser-tests/target/screenshots
DST=docs/screenshots
SHOTS="en-program-report-1400 it-program-report-1400 en-program-report-360 it-program-report-360
  en-program-report-1400-dark it-cohort-trends-1400 en-match-report-1400 it-circles-report-360"
mkdir -p "$DST"
for shot in $SHOTS; do
  if [ ! -f "$SRC/$shot.png" ]; then
    echo "missing $SRC/$shot.png: run the browser tests (docs/screenshots.sh without --no-test)" >&2
    exit 1
  fi
  cp "$SRC/$shot.png" "$DST/$shot.png"
done
# the programme report's picture in docs/report-format.md
cp "$SRC/en-program-report-1400.png" docs/program-report.png
echo "updated $(echo $SHOTS | wc -w) screenshots in $DST and docs/program-report.png"
