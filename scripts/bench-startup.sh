#!/usr/bin/env bash
# Start-up and warm-up against steady state (issue 17): the whole check over 1, 20 and 2,000 pages, each run
# timed as a user sees it (wall time, JVM start included) and for its processor time, once through the
# launcher the build puts beside the jar (class-data archive, quick compiler only) and once as `java -jar`.
# The pages are taken in turn from the given folders (read in place through symbolic links in a scratch
# folder, never copied into the project), cycling through them again when they hold fewer than 2,000.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/bench-startup.sh [DIR...]   # default: every ../shared/eval/dev/*/html folder
# Environment: COPYDESK_JAR, JAVA_OPTS as for bench-run.sh; BENCH_JOBS: --jobs (default: the machine's cores);
# BENCH_SIZES: the run sizes (default "1 20 2000").
# Prints, per way of running, each size's wall and CPU seconds, then the steady cost per page (the slope
# between the two largest runs) and the fixed cost (the smallest run less its pages at that slope).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  for d in "$BENCH_ROOT"/../shared/eval/dev/*/html; do
    [ -d "$d" ] && dirs+=("$d")
  done
fi
[ ${#dirs[@]} -gt 0 ] || { echo "usage: scripts/bench-startup.sh [DIR...]  (no folder of pages found)" >&2; exit 2; }
bench_need_time
read -r -a sizes <<<"${BENCH_SIZES:-1 20 2000}"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# All pages, in folder and name order; then a folder of links per size, cycling through them.
pages=()
for d in "${dirs[@]}"; do
  while IFS= read -r f; do pages+=("$f"); done < <(find "$d" -maxdepth 1 -type f | sort)
done
[ ${#pages[@]} -gt 0 ] || { echo "bench: no pages in ${dirs[*]}" >&2; exit 2; }
for n in "${sizes[@]}"; do
  mkdir -p "$scratch/in$n"
  for ((i = 0; i < n; i++)); do
    f=${pages[$((i % ${#pages[@]}))]}
    ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$scratch/in$n/$(printf '%05d' "$i")-$(basename "$f")"
  done
done

mkdir -p "$scratch/launcher" "$scratch/plain"
bench_jar "$scratch/launcher"
launcher=("${BENCH_CMD[@]}"); launcher_how=$BENCH_HOW
BENCH_PLAIN=1 bench_jar "$scratch/plain"
plain=("${BENCH_CMD[@]}")
opts=()
if bench_has_jobs; then
  opts=(--jobs "${BENCH_JOBS:-$(nproc)}")
fi
echo "machine: $(bench_machine)"
echo "pages:   ${#pages[@]} distinct, from ${dirs[*]}"
echo "check:   ${opts[*]:-(no --jobs option)}"

cpu_of() { # GNU time -v log: user + system seconds
  awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"
}
run_all() { # label command...
  local label=$1; shift
  local walls=() cpus=()
  echo
  echo "$label"
  for n in "${sizes[@]}"; do
    rm -rf "$scratch/out"
    bench_timed "$scratch/time.log" "$@" check -q --fail-on never "${opts[@]}" --out "$scratch/out" "$scratch/in$n"
    walls+=("$BENCH_WALL"); cpus+=("$(cpu_of "$scratch/time.log")")
    printf '  %5d pages: %7.2f s wall, %7.2f s CPU, peak RSS %s MB\n' "$n" "$BENCH_WALL" "${cpus[-1]}" \
      "$(bench_div "$BENCH_RSS_KB" 1024 0)"
  done
  local k=${#sizes[@]}
  if [ "$k" -ge 2 ]; then
    python3 - "${sizes[$((k - 2))]}" "${sizes[$((k - 1))]}" "${walls[$((k - 2))]}" "${walls[$((k - 1))]}" \
        "${cpus[$((k - 2))]}" "${cpus[$((k - 1))]}" "${sizes[0]}" "${walls[0]}" "${cpus[0]}" <<'PY'
import sys
n1, n2, w1, w2, c1, c2, n0, w0, c0 = (float(x) for x in sys.argv[1:])
ws, cs = (w2 - w1) / (n2 - n1), (c2 - c1) / (n2 - n1)
print(f"  steady: {1000 * ws:.1f} ms wall, {1000 * cs:.1f} ms CPU per page (between {n1:.0f} and {n2:.0f} pages)")
print(f"  fixed:  {w0 - n0 * ws:.2f} s wall, {c0 - n0 * cs:.2f} s CPU (the {n0:.0f}-page run less its pages)")
PY
  fi
}
run_all "launcher ($launcher_how)" "${launcher[@]}"
run_all "java -jar" "${plain[@]}"
