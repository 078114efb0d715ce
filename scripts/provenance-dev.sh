#!/usr/bin/env bash
# The provenance corpus pass (issue 18) over the development set: `copydesk check` over DIR (default
# ../shared/eval/dev/provenance-sim/html, read in place) writes its reports and provenance.json to OUT (default
# ${TMPDIR:-/tmp}/copydesk-provenance-dev), and the provenance scorer prints its figures from them: pair F1,
# uncredited-copy F1, altered-quote F1, origin accuracy.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/provenance-dev.sh [DIR [OUT]]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/eval/dev/provenance-sim/html}
out=${2:-${TMPDIR:-/tmp}/copydesk-provenance-dev}
jar=cli/target/copydesk.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
[ -d "$dir" ] || { echo "no folder $dir" >&2; exit 2; }
rm -rf "$out"
java -jar "$jar" check -q --fail-on never --now 2026-01-01T00:00:00Z --out "$out" "$dir" >/dev/null
scorer=../shared/eval/dev/provenance-sim/score_provenance.py
if [ -f "$scorer" ]; then
  format=all
  case "$dir" in */text|*/text/) format=txt ;; esac
  python3 "$scorer" "$out" --format "$format"
fi
