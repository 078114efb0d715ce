# Shared by the scripts/bench-*.sh timing scripts (sourced, not run): finds the jar, times a command with
# GNU time, and formats the figures. Not a benchmark itself.

# The project root (the directory above scripts/).
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# GNU time is needed for peak RSS; Debian's package is called "time".
bench_need_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time is missing; installing Debian's 'time' package" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
  fi
}

# Sets BENCH_JAR to a private copy of the command's jar (COPYDESK_JAR, default cli/target/copydesk.jar), so a
# rebuild during a long run cannot swap the classes under it. $1 is the scratch directory to copy into.
# Sets BENCH_CMD to what runs Copydesk as the README's command does: the launcher script the build puts beside
# the jar (cli/target/copydesk), copied beside the private jar with a class-data archive made for that copy the
# way the build makes its own (a check run over examples/ writing it at exit; an archive only serves the jar
# path it was made with). BENCH_PLAIN=1, or a jar with no launcher beside it, runs `java -jar` instead.
# JAVA_OPTS reaches the JVM either way.
bench_jar() {
  local src=${COPYDESK_JAR:-$BENCH_ROOT/cli/target/copydesk.jar}
  if [ ! -f "$src" ]; then
    echo "bench: no $src; build it first: mvn -B -ntp -DskipTests package" >&2
    exit 2
  fi
  BENCH_JAR=$1/copydesk.jar
  cp "$src" "$BENCH_JAR"
  # shellcheck disable=SC2206
  BENCH_CMD=(java ${JAVA_OPTS:-} -jar "$BENCH_JAR")
  BENCH_HOW="java -jar"
  local launcher
  launcher=$(dirname "$src")/copydesk
  if [ "${BENCH_PLAIN:-0}" != 1 ] && [ -x "$launcher" ]; then
    cp "$launcher" "$1/copydesk"
    if java -XX:ArchiveClassesAtExit="$1/copydesk.jsa.part" -jar "$BENCH_JAR" check -q --fail-on never \
        --format json,html,md,sarif,junit,prov --out "$1/archive-run" "$BENCH_ROOT/examples" >/dev/null 2>&1 \
        && [ -f "$1/copydesk.jsa.part" ]; then
      mv "$1/copydesk.jsa.part" "$1/copydesk.jsa"
    fi
    rm -rf "$1/archive-run" "$1/copydesk.jsa.part"
    BENCH_CMD=("$1/copydesk")
    BENCH_HOW="the launcher$([ -f "$1/copydesk.jsa" ] && echo ", class-data archive" || echo ", no class-data archive")"
  fi
}

# Whether the check command has a --jobs option.
bench_has_jobs() {
  java -jar "$BENCH_JAR" check --help 2>&1 | grep -q -- '--jobs'
}

# bench_timed LOG CMD...: runs CMD under GNU time -v (its report in LOG, CMD's stdout/stderr in LOG.out) and
# sets BENCH_WALL (seconds) and BENCH_RSS_KB (peak resident set). CMD's exit status 1 (findings) is not a failure.
bench_timed() {
  local log=$1; shift
  local rc=0
  /usr/bin/time -v -o "$log" "$@" >"$log.out" 2>&1 || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "bench: '$*' exited $rc; its output:" >&2
    tail -20 "$log.out" >&2
    exit "$rc"
  fi
  BENCH_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log")
  BENCH_RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
}

# bench_div A B [DECIMALS]: A / B.
bench_div() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b == 0) print "inf"; else printf "%.*f", d, a / b }'
}

# bench_mbps BYTES SECONDS: megabytes (2^20 bytes) per second.
bench_mbps() {
  awk -v b="$1" -v s="$2" 'BEGIN { if (s == 0) print "inf"; else printf "%.2f", b / 1048576 / s }'
}

# Total size in bytes and number of regular files under a directory.
bench_bytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
bench_files() { find "$1" -type f | wc -l; }

# The machine, for the record beside the figures.
bench_machine() {
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
       "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
