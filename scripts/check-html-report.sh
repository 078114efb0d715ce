#!/bin/sh
# Renders the HTML report of seed 002 in headless Chromium: a screenshot to look at, and a check of the
# rendered DOM (the cookie banner marked as removed with its category and reason, nothing from the input live).
# Run from the project root after `mvn package`; OUT defaults to target/html-report-check.
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-target/html-report-check}
SEEDS=${SEEDS:-../shared/seeds}
JAR=cli/target/copydesk.jar

[ -f "$JAR" ] || { echo "no $JAR: run mvn package first" >&2; exit 2; }
if [ ! -x /usr/bin/chromium ]; then
    echo "installing chromium" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi

rm -rf "$OUT"
mkdir -p "$OUT"
rc=0
java -jar "$JAR" check --format json,html --out "$OUT" "$SEEDS" || rc=$?
# 1 only says that some document has findings at the default --fail-on level
[ "$rc" -le 1 ] || { echo "copydesk check failed with exit code $rc" >&2; exit 1; }

REPORT=$(find "$OUT" -name '002_*.report.html' | head -n 1)
[ -n "$REPORT" ] || { echo "no HTML report for seed 002 under $OUT" >&2; exit 1; }
JSON=${REPORT%.html}.json
URL="file://$(realpath "$REPORT")"

PROFILES=$(mktemp -d)
trap 'rm -rf "$PROFILES"' EXIT
chrome() {
    dir=$(mktemp -d "$PROFILES/profile.XXXXXX")
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$dir" "$@" 2>"$dir.log"
}

chrome --screenshot="$OUT/seed-002.png" --window-size=1280,2000 "$URL"
[ -s "$OUT/seed-002.png" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "screenshot: $OUT/seed-002.png"
chrome --dump-dom "$URL" >"$OUT/seed-002.dom.html"
python3 scripts/check_html_report.py "$OUT/seed-002.dom.html" "$JSON"
