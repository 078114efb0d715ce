#!/usr/bin/env bash
# Whether the check's time grows in step with the page (issue 17: no quadratic scans over blocks or candidates).
# Generates made-up pages of 1,000 and 10,000 units in several shapes (prose, links, dates, quotes, small nested
# divs, a long comment section, tables, an interview transcript; bench/ScalingPages), times the whole check of the
# small and the large page of each shape in one warm JVM (median of alternating runs after warm-up rounds) and
# prints the large page's time over the small one's, per shape and per stage. About 10 is linear; a shape above 1.3 times the size ratio is
# marked SUPERLINEAR.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package` (builds the bench module's jar too):
#   scripts/bench-scaling.sh [ScalingBench options]   # e.g. --shapes quotes,divs --repeats 7
#   MAX_RATIO=13 scripts/bench-scaling.sh             # CI mode: exits 1 when a shape's ratio is above 13
# Environment: SIZES (default 1000,10000), REPEATS (default 5), WARMUP (rounds over the small pages, default 3),
#              MAX_RATIO (unset: only report), JAVA_OPTS (default -Xmx2g).
# The CI mode with SIZES=500,5000 REPEATS=3 takes about 80 s on 2 cores. The machine is shared and noisy:
# a ratio near the bound is worth a second run before it is believed.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-scaling.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
bench_jar "$scratch"
bench_classes=$(ls "$BENCH_ROOT"/bench/target/copydesk-bench-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [ -z "$bench_classes" ]; then
  echo "bench: no bench/target/copydesk-bench-*.jar; build it first: mvn -B -ntp -DskipTests package" >&2
  exit 2
fi
cp "$bench_classes" "$scratch/bench.jar"
echo "machine: $(bench_machine)"
opts=(--sizes "${SIZES:-1000,10000}" --repeats "${REPEATS:-5}" --warmup "${WARMUP:-3}")
if [ -n "${MAX_RATIO:-}" ]; then opts+=(--max-ratio "$MAX_RATIO"); fi
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} -cp "$BENCH_JAR:$scratch/bench.jar" org.copydesk.bench.ScalingBench "${opts[@]}" "$@"
