#!/usr/bin/env bash
# The speed acceptance of issues 6 and 17: the whole Copydesk check run (extraction, metadata, rules, JSON
# reports) against Mozilla Readability.js 0.6 with jsdom extracting the same pages, back to back on this machine.
# Readability and jsdom are installed from npm into a scratch directory outside the repository
# (${TMPDIR:-/tmp}/copydesk-readability, kept between runs); nothing from npm enters the project.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/bench-readability.sh [DIR...]    # default ../shared/eval/dev/naeb/html, read in place
# With several folders, each is measured on its own (Copydesk, Readability, Copydesk again) and a table of the
# ratios, one per folder, ends the output.
# Environment: COPYDESK_JAR, JAVA_OPTS, BENCH_PLAIN as for bench-run.sh (Copydesk runs as the README's command
# does, through the launcher beside the jar, unless BENCH_PLAIN=1); BENCH_JOBS: the --jobs value for Copydesk
# when the option exists (default: the machine's cores). READABILITY_DIR: the scratch directory;
# READABILITY_JSDOM: the jsdom version (default 26.1.0).
# Copydesk runs once before and once after Readability; its time is the mean of the two.
# Prints both wall times (whole processes, start-up included), Readability's loop time, and the ratios.
# MAX_RATIO=R makes it a check: exit 1 when a folder's wall-time ratio exceeds R or a page has no report.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$BENCH_ROOT/../shared/eval/dev/naeb/html")
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || { echo "usage: scripts/bench-readability.sh [DIR...]  ($dir is not a directory)" >&2; exit 2; }
done
bench_need_time
mods=${READABILITY_DIR:-${TMPDIR:-/tmp}/copydesk-readability}
# Readability pinned to 0.6. jsdom 26.1 (Node >= 18): jsdom 27 also installs on Node 20.19+, but its CSS
# parser throws on some pages' border shorthands ("Cannot create property 'border-width' on string"), so
# Readability never sees them (8 of the 421 development pages); 26.1 extracts them all. 28+ need Node 22.
jsdom_version=${READABILITY_JSDOM:-26.1.0}
installed() { node -p "require('$mods/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ "$(installed @mozilla/readability)" != 0.6.* ]] || [ "$(installed jsdom)" != "$jsdom_version" ]; then
  mkdir -p "$mods"
  [ -f "$mods/package.json" ] || echo '{"name":"copydesk-readability-scratch","private":true}' >"$mods/package.json"
  echo "installing @mozilla/readability@0.6 and jsdom@$jsdom_version into $mods" >&2
  (cd "$mods" && npm install --no-audit --no-fund --loglevel=error @mozilla/readability@0.6 "jsdom@$jsdom_version" >&2)
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
bench_jar "$scratch"

echo "machine:     $(bench_machine), node $(node --version)"
echo "readability: @mozilla/readability $(installed @mozilla/readability), jsdom $(installed jsdom)"
echo "copydesk:    $BENCH_HOW"
opts=(); jobs_label="(no --jobs option)"
if bench_has_jobs; then
  j=${BENCH_JOBS:-$(nproc)}; opts=(--jobs "$j"); jobs_label="--jobs $j"
fi
copydesk() { # $1: run number; the whole check, JSON reports written
  rm -rf "$scratch/out"
  bench_timed "$scratch/copydesk$1.log" "${BENCH_CMD[@]}" check -q --fail-on never "${opts[@]}" \
      --out "$scratch/out" "$dir"
}
table=()
failed=0
for dir in "${dirs[@]}"; do
  echo
  docs=$(bench_files "$dir")
  bytes=$(bench_bytes "$dir")
  echo "input:       $dir: $docs files, $(bench_div "$bytes" 1048576 1) MB"

  # Copydesk runs just before and just after Readability and its time is the mean of the two, so that a burst
  # of load from elsewhere on a shared machine weighs on both sides alike rather than on one short run.
  copydesk 1
  c_wall1=$BENCH_WALL; c_rss=$BENCH_RSS_KB
  bench_timed "$scratch/readability.log" node "$(dirname "$0")/bench-readability-extract.cjs" "$mods" "$dir"
  r_wall=$BENCH_WALL; r_rss=$BENCH_RSS_KB
  r_json=$(tail -1 "$scratch/readability.log.out")
  r_loop=$(node -p "(JSON.parse(process.argv[1]).loopMs / 1000).toFixed(2)" "$r_json")
  copydesk 2
  c_wall2=$BENCH_WALL; [ "$BENCH_RSS_KB" -gt "$c_rss" ] && c_rss=$BENCH_RSS_KB
  c_wall=$(python3 -c "print(round(($c_wall1 + $c_wall2) / 2, 2))")
  reports=$(find "$scratch/out" -name '*.report.json' | wc -l)

  echo "Readability.js + jsdom: $r_wall s wall (loop $r_loop s), peak RSS $(bench_div "$r_rss" 1024 0) MB; $r_json"
  echo "Copydesk check $jobs_label: $c_wall s wall (mean of $c_wall1 s before and $c_wall2 s after), peak RSS $(bench_div "$c_rss" 1024 0) MB; $reports reports"
  ratio=$(bench_div "$c_wall" "$r_wall" 3)
  echo "ratio Copydesk / Readability: $ratio of its wall time," \
       "$(bench_div "$c_wall" "$r_loop" 3) of its loop time (issue 17 asks <= 0.15)"
  table+=("$(printf '%-50s %5s pages  Readability %7s s  Copydesk %6s s  ratio %s' "$dir" "$docs" "$r_wall" "$c_wall" "$ratio")")
  if [ -n "${MAX_RATIO:-}" ]; then
    [ "$reports" -eq "$docs" ] || { echo "check: $reports reports for $docs pages"; failed=1; }
    if python3 -c "import sys; sys.exit(0 if $c_wall <= $r_wall * $MAX_RATIO else 1)"; then
      echo "check: Copydesk took at most $MAX_RATIO of Readability's time"
    else
      echo "check: Copydesk took more than $MAX_RATIO of Readability's time"; failed=1
    fi
  fi
done
if [ ${#table[@]} -gt 1 ]; then
  echo
  printf '%s\n' "${table[@]}"
fi
exit "$failed"
