#!/usr/bin/env bash
# The cluster jar on a real (one-machine) Spark standalone cluster, against the CLI, report by report.
# From the project's root after `mvn -B -ntp -DskipTests package`:
#   scripts/spark-standalone-check.sh [DIR]     (default ../shared/eval/dev/naeb/html, else examples/)
#
# What a cluster gives the job and local mode does not: Spark and Scala from the cluster's own jars rather than
# ours (so a clash between them and what the shaded cluster jar carries shows here), executors in their own
# JVMs started by a worker, and the job's classes and settings shipped to them. The script builds a Spark
# "distribution" in a scratch directory from Maven (spark-sql_2.13 at the parent POM's spark.version and its
# dependencies, a RELEASE file, nothing of Copydesk), starts a master and a worker (2 cores) on 127.0.0.1,
# submits spark/target/copydesk-spark-cluster.jar with Spark's own SparkSubmit in client mode, runs
# `copydesk check` with the same --now, and compares every report (scripts/compare_reports.py). Exit 0 when all
# are identical, 1 when not or the job failed, 2 when not built. Master and worker are stopped on exit.
# Environment: SPARK_MASTER_PORT (default 17077), KEEP=1 keeps the scratch directory and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/eval/dev/naeb/html}
[ -d "$pages" ] || pages=examples
cli=cli/target/copydesk.jar
job=spark/target/copydesk-spark-cluster.jar
now=2026-01-01T00:00:00Z
port=${SPARK_MASTER_PORT:-17077}
[ -f "$cli" ] && [ -f "$job" ] || { echo "build first: mvn -B -ntp -DskipTests package"; exit 2; }
version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)
scala=$(sed -n 's:.*<scala.binary.version>\(.*\)</scala.binary.version>.*:\1:p' pom.xml)
work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-standalone.XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "scratch: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The distribution: Spark's jars as a cluster has them (the launcher wants RELEASE to read jars/ as such).
home=$work/spark-home
mkdir -p "$home"
cat >"$home/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.copydesk</groupId><artifactId>spark-distribution</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId><artifactId>spark-sql_$scala</artifactId><version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
mvn -B -ntp -q -f "$home/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DoutputDirectory="$home/jars" >"$work/mvn.log" 2>&1 \
  || { cat "$work/mvn.log"; echo "cannot fetch Spark $version's jars"; exit 1; }
echo "Spark $version (Scala $scala), jars from Maven Central, for this check" >"$home/RELEASE"
echo "spark:   $version on Scala $scala, $(ls "$home/jars" | wc -l) jars in $home/jars"

# The JDK packages Spark 4 opens on Java 17, as the spark module's pom lists them for the local jar's manifest
# (spark-submit's launcher adds the same for driver and executors).
opens=()
for p in $(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' spark/pom.xml); do
  opens+=("--add-opens=$p=ALL-UNNAMED")
done
[ "${#opens[@]}" -gt 0 ] || { echo "no spark.add-opens in spark/pom.xml"; exit 2; }
export SPARK_HOME=$home SPARK_SCALA_VERSION=$scala SPARK_LOCAL_IP=127.0.0.1 SPARK_WORKER_DIR=$work/worker
master=spark://127.0.0.1:$port
java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port 0 >"$work/master.log" 2>&1 &
pids+=($!)
java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 \
  --memory 3g --webui-port 0 "$master" >"$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  grep -q "Successfully registered with master" "$work/worker.log" 2>/dev/null && break
  sleep 1
done
grep -q "Successfully registered with master" "$work/worker.log" \
  || { tail -n 20 "$work/master.log" "$work/worker.log"; echo "the standalone cluster did not start"; exit 1; }
echo "cluster: master $master, one worker with 2 cores"

n=$(find "$pages" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.txt' \) | wc -l)
t0=$(date +%s.%N)
set +e
java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
  --executor-memory 1500m --class org.copydesk.spark.CopydeskSparkJob "$job" \
  --input "$pages" --output "$work/spark" --now "$now" >"$work/submit.log" 2>&1
job_rc=$?
t1=$(date +%s.%N)
java -jar "$cli" check -q --jobs 2 --now "$now" --out "$work/cli" "$pages" >"$work/cli.log" 2>&1
t2=$(date +%s.%N)
set -e
grep -v ' INFO \| WARN ' "$work/submit.log" | tail -n 3
echo "job:     exit $job_rc on the cluster"
[ "$job_rc" -eq 0 ] || [ "$job_rc" -eq 3 ] || { tail -n 40 "$work/submit.log"; exit 1; }
python3 scripts/compare_reports.py "$work/cli" "$work/spark" "$n" "Spark standalone, 1 worker x 2 cores" \
  "$(python3 -c "print($t2 - $t1)")" "$(python3 -c "print($t1 - $t0)")"
