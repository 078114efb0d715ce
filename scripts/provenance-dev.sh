#!/usr/bin/env bash
# The provenance corpus pass (issue 18) over the development set, until `check` runs it itself: every page of DIR
# (default ../shared/eval/dev/provenance-sim/html, read in place) is checked, the pass relates the bodies, and
# OUT (default ${TMPDIR:-/tmp}/copydesk-provenance-dev) gets the reports the provenance scorer reads, which then
# prints its figures: pair F1, uncredited-copy F1, altered-quote F1, origin accuracy.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/provenance-dev.sh [DIR [OUT]]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/eval/dev/provenance-sim/html}
out=${2:-${TMPDIR:-/tmp}/copydesk-provenance-dev}
jar=cli/target/copydesk.jar
bench=$(ls bench/target/copydesk-bench-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
[ -f "$jar" ] && [ -n "$bench" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
[ -d "$dir" ] || { echo "no folder $dir" >&2; exit 2; }
rm -rf "$out"
java -XX:TieredStopAtLevel=1 -cp "$jar:$bench" org.copydesk.bench.ProvenanceDev "$dir" "$out" 2>/dev/null
scorer=../shared/eval/dev/provenance-sim/score_provenance.py
if [ -f "$scorer" ]; then
  format=all
  case "$dir" in */text|*/text/) format=txt ;; esac
  python3 "$scorer" "$out" --format "$format"
fi
