#!/usr/bin/env bash
# Memory over a long run (issue 6): generates N small text articles (made-up text, written here) into a
# scratch directory and checks them all under -Xmx512m with GNU time, printing wall time, documents/s and peak
# RSS, and the heap left after each garbage collection (from -Xlog:gc) at a few points of the run: a heap
# after GC that keeps climbing would be memory growing with the number of documents.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/bench-many.sh [N]            # default 100000
# Environment: COPYDESK_JAR, as for bench-run.sh; BENCH_JOBS: --jobs value when the option exists (default:
# the machine's cores); FORMATS: a --format list (e.g. json,sarif,junit: the run-level files keep an entry per
# document on disk until the end, this shows that they do not make the heap grow); KEEP=1 keeps the scratch directory (articles, reports, GC log) and prints its path;
# CHECK_OPTS: more check options (e.g. --no-compare: without the corpus pass, which holds every document's
# fingerprints by design); MAX_GROWTH=F (e.g. 1.25) makes it a check: exit 1 when a report is missing, the run ran
# out of memory, or the live heap in the second half of the run exceeds F times the live heap in the first half
# (MAX_GROWTH=none: only the first two).
#
# What "live heap" means: every SAMPLE_SECONDS (default 15) the script asks the running JVM for a full collection
# (`jcmd PID GC.run`) and reads the heap left after it from the GC log; that is the memory the run still holds,
# and the check compares the largest such sample of each half. The heap left after an ordinary young collection
# is not a measure of it: G1 promotes short-lived garbage into the old generation and clears it only in its
# occasional mixed collections, so those figures saw-tooth by 20-40 % without anything being kept. Without jcmd
# the script falls back to the median heap after young collections in each half, and says so.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
n=${1:-100000}
[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "usage: scripts/bench-many.sh [N]" >&2; exit 2; }
bench_need_time
scratch=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-many.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "scratch: $scratch"; else trap 'rm -rf "$scratch"' EXIT; fi
bench_jar "$scratch"

# N articles, 1,000 to a directory: headline, byline, dateline, paragraphs with dates and quotes, furniture.
python3 - "$scratch/in" "$n" <<'PY'
import os, random, sys, datetime
root, n = sys.argv[1], int(sys.argv[2])
people = ["Maria Okafor", "Daniel Brandt", "Priya Raman", "Helen Whitcombe", "Kenji Arai", "Oliver Quist"]
nouns = ["budget", "harbour", "bridge", "tram line", "water board", "flood barrier", "housing plan", "rail depot"]
verbs = ["approved", "delayed", "questioned", "announced", "rejected", "reviewed", "extended", "postponed"]
places = ["RIVERTON", "PORT ELLIS", "NORTHFIELD", "ASHGROVE", "LISBON"]
claims = ["We have waited long enough for this", "Nobody expected the costs to rise so fast",
          "It is too early to say what went wrong", "The figures will be published next month"]
for i in range(n):
    r = random.Random(i)
    d = os.path.join(root, "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=r.randrange(360))
    lines = ["The %s plan is %s after a long %s dispute" % (r.choice(nouns), r.choice(verbs), r.choice(nouns)), "",
             "By %s" % r.choice(people), "", "Published %s" % day.strftime("%B %-d, %Y"), ""]
    for p in range(r.randrange(4, 8)):
        s = []
        for _ in range(r.randrange(2, 5)):
            k = r.randrange(4)
            if k == 0:
                s.append("\u201c%s,\u201d %s said." % (r.choice(claims), r.choice(people)))
            elif k == 1:
                past = day - datetime.timedelta(days=r.randrange(1, 60))
                s.append("On %s the %s was %s." % (past.strftime("%B %-d"), r.choice(nouns), r.choice(verbs)))
            else:
                s.append("The %s will cost %d million over %d years, officials said." % (
                    r.choice(nouns), r.randrange(1, 900), r.randrange(2, 9)))
        lines += [(r.choice(places) + " \u2014 " if p == 0 else "") + " ".join(s), ""]
    lines += ["Share this article", "Sign up for our newsletter", "\u00a9 2023 The Generated Courier"]
    with open(os.path.join(d, "article-%06d.txt" % i), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
PY
docs=$(bench_files "$scratch/in")
bytes=$(bench_bytes "$scratch/in")
echo "machine: $(bench_machine)"
echo "input:   $docs generated articles, $(bench_div "$bytes" 1048576 1) MB"

opts=(); label="(no --jobs option)"
if bench_has_jobs; then j=${BENCH_JOBS:-$(nproc)}; opts=(--jobs "$j"); label="--jobs $j"; fi
if [ -n "${FORMATS:-}" ]; then opts+=(--format "$FORMATS"); label="$label --format $FORMATS"; fi
if [ -n "${CHECK_OPTS:-}" ]; then read -r -a extra <<<"$CHECK_OPTS"; opts+=("${extra[@]}"); label="$label $CHECK_OPTS"; fi
# The sampler: finds the run's JVM by its output folder (unique to this scratch directory) and forces a full
# collection every SAMPLE_SECONDS while it lives.
sampler=
if command -v jcmd >/dev/null; then
  ( every=${SAMPLE_SECONDS:-15}
    while sleep "$every"; do
      pid=$(jcmd -l 2>/dev/null | awk -v dir="$scratch/out" 'index($0, dir) { print $1; exit }')
      [ -n "$pid" ] || { [ -f "$scratch/done" ] && exit 0; continue; }
      jcmd "$pid" GC.run >/dev/null 2>&1 || true
    done ) &
  sampler=$!
fi
bench_timed "$scratch/time.log" java -Xmx512m "-Xlog:gc:file=$scratch/gc.log:uptime" -jar "$BENCH_JAR" \
    check -q --fail-on never "${opts[@]}" --out "$scratch/out" "$scratch/in"
touch "$scratch/done"
[ -z "$sampler" ] || { kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true; }
reports=$(find "$scratch/out" -name '*.report.json' | wc -l)
printf 'check -Xmx512m %s: %s s wall, %s docs/s, peak RSS %s MB, %s reports\n' "$label" "$BENCH_WALL" \
    "$(bench_div "$docs" "$BENCH_WALL" 1)" "$(bench_div "$BENCH_RSS_KB" 1024 0)" "$reports"
oom=0
grep -q 'OutOfMemoryError' "$scratch/time.log.out" "$scratch/time.log.err" 2>/dev/null && oom=1 \
    && echo "OutOfMemoryError in the run's output"

# Heap after each collection ("Pause Young (Normal) ... 300M->42M(512M)", "Pause Full (System.gc()) ..."). Remark
# and Cleanup pauses free nothing and are left out. The live heap of each half: the largest heap after a forced
# full collection, or (no full collection logged) the median heap after the young collections.
awk '/Pause (Young|Full)/ && /->/ {
       match($0, /->[0-9]+M/); v = substr($0, RSTART + 2, RLENGTH - 3) + 0; t = $1; gsub(/[\[\]s]/, "", t)
       if (/Pause Full/) { nf++; ft[nf] = t; fa[nf] = v } else { ny++; yt[ny] = t; ya[ny] = v } }
     function median(a, lo, hi,   i, j, k, tmp, m) {
       m = 0; for (i = lo; i <= hi; i++) tmp[++m] = a[i]
       for (i = 2; i <= m; i++) { k = tmp[i]; for (j = i - 1; j >= 1 && tmp[j] > k; j--) tmp[j + 1] = tmp[j]; tmp[j + 1] = k }
       return m == 0 ? 0 : tmp[int((m + 1) / 2)] }
     END {
       if (ny + nf == 0) { print "no collections logged"; exit }
       if (ny > 0) {
         printf "heap after young collections (%d):", ny
         split("0.05 0.25 0.50 0.75 1.00", q, " ")
         for (i = 1; i <= 5; i++) { k = int(q[i] * ny); if (k < 1) k = 1; printf "  %s s: %s MB", yt[k], ya[k] }
         printf "\n"
       }
       if (nf >= 2) {
         printf "live heap after forced full collections (%d):", nf
         for (i = 1; i <= nf; i++) printf " %s", fa[i]
         h = int(nf / 2); m1 = 0; m2 = 0
         for (i = 1; i <= nf; i++) { if (i <= h) { if (fa[i] > m1) m1 = fa[i] } else if (fa[i] > m2) m2 = fa[i] }
         printf " MB\nlive heap: largest in the first half of the run %s MB, in the second half %s MB\n", m1, m2
       } else {
         h = int(ny / 2); m1 = median(ya, 1, h); m2 = median(ya, h + 1, ny)
         printf "no forced full collections (jcmd missing or the run too short): median heap after young collections,"
         printf " first half %s MB, second half %s MB\n", m1, m2
       }
       printf "%s %s\n", m1, m2 > growth
     }' growth="$scratch/growth" "$scratch/gc.log"
if [ -n "${MAX_GROWTH:-}" ]; then
  read -r m1 m2 <"$scratch/growth" || { echo "check: no collections logged"; exit 1; }
  [ "$reports" -eq "$docs" ] || { echo "check: $reports reports for $docs documents"; exit 1; }
  [ "$oom" -eq 0 ] || { echo "check: the run ran out of memory"; exit 1; }
  if [ "$MAX_GROWTH" = none ]; then
    echo "check: every document has its report, within the heap"
  else
    python3 -c "import sys; sys.exit(0 if $m2 <= $m1 * $MAX_GROWTH else 1)" \
        || { echo "check: live heap grew from $m1 MB to $m2 MB (more than x$MAX_GROWTH)"; exit 1; }
    echo "check: every document has its report; live heap did not grow beyond x$MAX_GROWTH"
  fi
fi
