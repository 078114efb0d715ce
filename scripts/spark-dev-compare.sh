#!/usr/bin/env bash
# The Spark job against the CLI on the development set's HTML pages, report by report.
# From the project's root after `mvn -B -ntp -DskipTests package`:
#   scripts/spark-dev-compare.sh          (work files under ${TMPDIR:-/tmp}/copydesk-spark-compare)
# Runs `copydesk check --jobs 2` and the Spark job with `--master local[2]` over ../shared/eval/dev/naeb/html
# (read in place) with the same --now, compares each Spark report (a line of OUT/reports/) with the CLI's report
# of the same source.path as JSON values, prints the count of identical reports and both runs' wall time and
# pages per second, and exits 1 if any report differs or is missing on either side (2: not built / no data).
set -u
cd "$(dirname "$0")/.."
pages=../shared/eval/dev/naeb/html
cli=cli/target/copydesk.jar
job=spark/target/copydesk-spark.jar
now=2026-01-01T00:00:00Z
[ -d "$pages" ] || { echo "no development set at $pages"; exit 2; }
[ -f "$cli" ] && [ -f "$job" ] || { echo "build first: mvn -B -ntp -DskipTests package"; exit 2; }
work=${TMPDIR:-/tmp}/copydesk-spark-compare; rm -rf "$work"; mkdir -p "$work"
n=$(find "$pages" -type f -name '*.html' | wc -l)

t0=$(date +%s.%N)
java -jar "$cli" check -q --jobs 2 --now "$now" --out "$work/cli" "$pages" >"$work/cli.log" 2>&1
cli_rc=$?
t1=$(date +%s.%N)
java -jar "$job" --master 'local[2]' --now "$now" --input "$pages" --output "$work/spark" >"$work/spark.log" 2>&1
job_rc=$?
t2=$(date +%s.%N)
echo "cli:   exit $cli_rc, see $work/cli.log"
echo "spark: exit $job_rc, see $work/spark.log"

python3 - "$work" "$n" "$t0" "$t1" "$t2" <<'PY'
import json, os, sys
work, n, t0, t1, t2 = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
cli = {}
for d, _, files in os.walk(os.path.join(work, "cli")):
    for f in files:
        if f.endswith(".report.json"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                r = json.load(fh)
            cli[r["source"]["path"]] = r
spark = {}
rdir = os.path.join(work, "spark", "reports")
for f in sorted(os.listdir(rdir)) if os.path.isdir(rdir) else []:
    if f.startswith("part-"):
        with open(os.path.join(rdir, f), encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                spark[r["source"]["path"]] = r
same = sum(1 for p, r in spark.items() if cli.get(p) == r)
differ = [p for p, r in spark.items() if p in cli and cli[p] != r]
only_cli = sorted(set(cli) - set(spark))
only_spark = sorted(set(spark) - set(cli))
for p in differ[:5]:
    a, b = cli[p], spark[p]
    keys = [k for k in a if a.get(k) != b.get(k)]
    print(f"differs: {p} (fields: {', '.join(keys)})")
for p in only_cli[:5]:
    print(f"only in the CLI's reports: {p}")
for p in only_spark[:5]:
    print(f"only in the Spark job's reports: {p}")
print(f"pages: {n}; CLI reports: {len(cli)}; Spark reports: {len(spark)}")
print(f"identical reports: {same} of {len(cli)}")
print(f"CLI --jobs 2:         {t1 - t0:6.1f} s  {n / (t1 - t0):5.1f} pages/s")
print(f"Spark local[2] (jar): {t2 - t1:6.1f} s  {n / (t2 - t1):5.1f} pages/s")
sys.exit(0 if same == len(cli) == len(spark) == n else 1)
PY
