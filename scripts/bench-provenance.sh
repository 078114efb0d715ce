#!/usr/bin/env bash
# Issue 18's scale check of the corpus pass: generated documents with planted copies (a third of them copies of
# an earlier one: whole, cut, or edited; half without the source's credit) through CorpusPass under -Xmx1g, at
# each size in SIZES (default 10000,100000). The bodies are made again from their numbers when the pass reads
# them, so the run holds what a check run holds: the entries (fingerprints, times, credits), never the texts.
#
# Usage, from the project root, after `mvn -B -ntp -DskipTests package`:
#   scripts/bench-provenance.sh              # prints time, links, stories, peak heap per size, and the ratio
# Environment: SIZES, JAVA_OPTS (default -Xmx1g -XX:+UseSerialGC).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/copydesk.jar
bench=$(ls bench/target/copydesk-bench-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
[ -f "$jar" ] && [ -n "$bench" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
echo "machine: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
IFS=, read -r -a sizes <<<"${SIZES:-10000,100000}"
declare -a secs
for n in "${sizes[@]}"; do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx1g -XX:+UseSerialGC} -cp "$jar:$bench" org.copydesk.bench.CorpusPassBench --docs "$n"
  secs+=("$(python3 -c "print(round($(date +%s.%N) - $start, 2))")")
  echo "  whole process: ${secs[-1]} s"
done
if [ "${#sizes[@]}" -ge 2 ]; then
  python3 -c "
s=[${sizes[*]/%/,}]; t=[${secs[*]/%/,}]
print('cost ratio, %d against %d documents: x%.1f for x%.0f the documents' % (s[-1], s[0], t[-1]/t[0], s[-1]/s[0]))"
fi
