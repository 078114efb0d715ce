#!/usr/bin/env bash
# The Spark job against the CLI on the development set's HTML pages, report by report.
# From the project's root after `mvn -B -ntp -DskipTests package`:
#   scripts/spark-dev-compare.sh [PAGES]  (work files under ${TMPDIR:-/tmp}/copydesk-spark-compare)
# Runs `copydesk check --jobs 2` and the Spark job with `--master local[2]` over PAGES (default
# ../shared/eval/dev/naeb/html, read in place) with the same --now, compares each Spark report (a line of OUT/reports/) with the CLI's report
# of the same source.path as JSON values, prints the count of identical reports and both runs' wall time and
# pages per second, and exits 1 if any report differs or is missing on either side (2: not built / no data).
set -u
cd "$(dirname "$0")/.."
pages=${1:-../shared/eval/dev/naeb/html}
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

python3 scripts/compare_reports.py "$work/cli" "$work/spark" "$n" "Spark local[2] (jar)" \
    "$(python3 -c "print($t1 - $t0)")" "$(python3 -c "print($t2 - $t1)")"
