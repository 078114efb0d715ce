#!/usr/bin/env bash
# The whole-run figure: times `copydesk check -q --out TMP DIR` over a folder of pages (read in place, never
# copied into the project) with GNU time and prints documents/s, MB/s (input bytes / wall time) and peak RSS.
# When the command has --jobs, runs with --jobs 1 and --jobs 2 back to back and prints both.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/bench-run.sh [DIR]          # default ../shared/eval/dev/naeb/html
# Environment: COPYDESK_JAR (default cli/target/copydesk.jar), JAVA_OPTS (extra JVM options), BENCH_PLAIN=1
#              (run `java -jar` rather than the launcher beside the jar: see bench-lib.sh),
#              BENCH_JOBS (space-separated --jobs values to run, default "1 2" when --jobs exists).
# Wall time includes JVM start-up, as a user sees it. The machine is shared and noisy: compare figures from
# one run of this script, not across days.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
dir=${1:-$BENCH_ROOT/../shared/eval/dev/naeb/html}
[ -d "$dir" ] || { echo "usage: scripts/bench-run.sh [DIR]  ($dir is not a directory)" >&2; exit 2; }
bench_need_time
scratch=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
bench_jar "$scratch"

docs=$(bench_files "$dir")
bytes=$(bench_bytes "$dir")
echo "machine: $(bench_machine)"
echo "input:   $dir: $docs files, $(bench_div "$bytes" 1048576 1) MB"
echo "runs:    $BENCH_HOW"

if bench_has_jobs; then settings=${BENCH_JOBS:-1 2}; else settings=none; fi
for jobs in $settings; do
  rm -rf "$scratch/out"
  opts=(); label="(no --jobs option)"
  if [ "$jobs" != none ]; then opts=(--jobs "$jobs"); label="--jobs $jobs"; fi
  # shellcheck disable=SC2086
  bench_timed "$scratch/time.log" "${BENCH_CMD[@]}" check -q --fail-on never "${opts[@]}" \
      --out "$scratch/out" "$dir"
  reports=$(find "$scratch/out" -name '*.report.json' | wc -l)
  printf '%-18s %6s s wall  %7s docs/s  %6s MB/s  peak RSS %5s MB  (%s reports)\n' "$label" "$BENCH_WALL" \
      "$(bench_div "$docs" "$BENCH_WALL" 1)" "$(bench_mbps "$bytes" "$BENCH_WALL")" \
      "$(bench_div "$BENCH_RSS_KB" 1024 0)" "$reports"
done
