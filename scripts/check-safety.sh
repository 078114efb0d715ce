#!/usr/bin/env bash
# Recreates each hostile-name case of the "safe on a shared disk" promise (README, Safety) against the built jar,
# as a user would run it, and fails on the first broken promise. Run from the project root after `mvn package`.
# Usage: scripts/check-safety.sh [WORKDIR]   (default: a new temporary folder, removed at the end)
set -uo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/copydesk.jar
[ -f "$jar" ] || { echo "check-safety: $jar is missing: run mvn package first"; exit 2; }
work=${1:-$(mktemp -d)}
[ $# -eq 0 ] && trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
work=$(cd "$work" && pwd)
failures=0
copydesk() { java -jar "$jar" "$@"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
story() {
  printf 'Quarry expansion put to a vote\n\nBy %s\n\nThe district council will vote in May on whether the quarry may grow, the planning office said on Monday.\n' "${1:-Lena Okafor}"
}
# every file under $work outside the allowed folders given ($work/in* and the --out folders)
strays() { find "$work" -newer "$work/.start" \( -type f -o -type l \) "$@" -print; }

# 1. backslash names cannot leave --out
c=$work/c1; mkdir -p "$c/in/a"; touch "$work/.start"
abs=$(printf '%s' "$work/x/pwned/a.txt" | tr / '\\')
story > "$c/in/$abs"; story > "$c/in/a\\..\\..\\..\\b.txt"; story > "$c/in/z.txt"
copydesk check -q --fail-on never --out "$c/out" "$c/in" >/dev/null 2>"$c/err"; code=$?
if [ -e "$work/x" ] || [ -e "$work/b.txt.report.json" ] || [ "$code" -ne 0 ] \
   || [ "$(find "$c/out" -name '*.report.json' | wc -l)" -ne 3 ]; then
  fail "1 backslash names (exit $code)"; else pass "1 backslash names stay under --out, 3 reports, exit 0"; fi

# 2. a 250-character name does not abort the run
c=$work/c2; mkdir -p "$c/in"; long=$(printf 'q%.0s' $(seq 246)).txt
story > "$c/in/$long"; story > "$c/in/zz.txt"
copydesk check -q --fail-on never --out "$c/out" "$c/in" >/dev/null 2>&1; code=$?
if [ "$code" -ne 0 ] || [ ! -f "$c/out/summary.json" ] || [ ! -f "$c/out/zz.txt.report.json" ] \
   || ! grep -rqs "$long" "$c/out" --include='*.report.json'; then
  fail "2 long name (exit $code)"; else pass "2 long name shortened, its report names it, run complete"; fi

# 3. same report name from two inputs, one job and two, and stdin twice
c=$work/c3; mkdir -p "$c/c1" "$c/c2"; story > "$c/c1/x.txt"; story "Piet Lanser" > "$c/c2/x.txt"
for jobs in 1 2; do
  copydesk check -q --fail-on never --jobs "$jobs" --out "$c/out$jobs" "$c/c1/x.txt" "$c/c2/x.txt" >/dev/null 2>&1
  code=$?
  if [ "$code" -ne 0 ] || [ ! -f "$c/out$jobs/x.txt.report.json" ] || [ ! -f "$c/out$jobs/x.txt~2.report.json" ]; then
    fail "3 same names, --jobs $jobs (exit $code)"; else pass "3 same names, --jobs $jobs: x.txt and x.txt~2"; fi
done
story | copydesk check -q --fail-on never --out "$c/stdin" - - >/dev/null 2>&1
[ -f "$c/stdin/stdin.report.json" ] && [ -f "$c/stdin/stdin~2.report.json" ] && pass "3 stdin twice: two reports" \
  || fail "3 stdin twice"

# 4. the output folder is never input; --out inside its input is a usage error
c=$work/c4; mkdir -p "$c/in/.git"; story > "$c/in/a.txt"; story > "$c/in/.git/hidden.txt"
copydesk check -q --fail-on never --out "$c/in/reports" "$c/in" >/dev/null 2>&1
copydesk check -q --fail-on never --out "$c/in/reports" "$c/in" >/dev/null 2>&1
n=$(find "$c/in/reports" -name '*.report.json' | wc -l)
copydesk check -q --out "$c/in" "$c/in" >/dev/null 2>&1; same=$?
if [ "$n" -ne 1 ] || [ -e "$c/in/reports/reports" ] || [ "$same" -ne 2 ]; then
  fail "4 self-reading ($n reports, --out in in exit $same)"
else pass "4 twice over in/ with --out in/reports: 1 report; --out in in: exit 2"; fi

# 5. planted links are never written through
c=$work/c5; mkdir -p "$c/in" "$c/out" "$c/elsewhere"; story > "$c/in/x.txt"; story > "$c/in/y.txt"
mkdir -p "$c/in/sub"; story > "$c/in/sub/z.txt"; echo precious > "$c/victim"
ln -s ../victim "$c/out/x.txt.report.json.tmp"; ln -s ../victim "$c/out/y.txt.report.json"
ln -s ../victim "$c/out/.copydesk-entries"; ln -s "$c/elsewhere" "$c/out/sub"
copydesk check -q --fail-on never --format json,sarif --out "$c/out" "$c/in" >/dev/null 2>&1; code=$?
if [ "$(cat "$c/victim")" != precious ] || [ -n "$(ls -A "$c/elsewhere")" ] || [ -L "$c/out/y.txt.report.json" ] \
   || [ "$code" -ne 3 ]; then
  fail "5 planted links (exit $code)"; else pass "5 planted links: victim intact, linked folder refused (exit 3)"; fi

# 6. raw escapes never reach the terminal
c=$work/c6; mkdir -p "$c/in"; story "$(printf 'A \033[2J\033]0;OWNED\a Roe')" > "$c/in/$(printf 'n\nPASS  f\033[2J.txt')"
copydesk check --color never --fail-on never "$c/in" >"$c/stdout" 2>"$c/stderr"
copydesk check -q --fail-on never --out "$c/out" "$c/in" >>"$c/stdout" 2>>"$c/stderr"
if grep -q "$(printf '\033')" "$c/stdout" "$c/stderr" || grep -q "$(printf '\a')" "$c/stdout" "$c/stderr" \
   || [ "$(grep -c '^PASS' "$c/stdout")" -ne 0 ]; then
  fail "6 raw escapes on the terminal"; else pass "6 byline and file name shown escaped, no forged line"; fi

# 7. YAML aliases and tags refused with file:line
c=$work/c7; mkdir -p "$c"; story > "$c/a.txt"
printf 'agencies: &p [Wire]\nboilerplate:\n  navigation: [*p]\n' > "$c/alias.yml"
printf 'boilerplate:\n  navigation: [*nowhere]\n' > "$c/undefined.yml"
printf 'thresholds: !!java.util.HashMap\n  min-words: 3\n' > "$c/tag.yml"
ok=1
for y in alias undefined tag; do
  copydesk check -q --config "$c/$y.yml" "$c/a.txt" >/dev/null 2>"$c/$y.err"; code=$?
  [ "$code" -eq 2 ] && grep -q "^copydesk: $c/$y.yml:[0-9]*: " "$c/$y.err" || { ok=0; fail "7 $y.yml (exit $code)"; }
done
[ "$ok" -eq 1 ] && pass "7 anchors, undefined aliases, tags: exit 2 with file:line"

# 8. --resume checks a changed input again
c=$work/c8; mkdir -p "$c/in"; story > "$c/in/a.txt"; story > "$c/in/b.txt"
copydesk check -q --fail-on never --out "$c/out" "$c/in" >/dev/null 2>&1
story "Lina Okafor" > "$c/in/a.txt"
copydesk check -q --fail-on never --resume --out "$c/out" "$c/in" >/dev/null 2>&1
if grep -q '"resumed" : 1' "$c/out/summary.json" && grep -q 'Lina Okafor' "$c/out/a.txt.report.json"; then
  pass "8 --resume re-checks the changed input, resumes the other"; else fail "8 --resume"; fi

# 9. an empty WARC gets a report
c=$work/c9; mkdir -p "$c/in"; : > "$c/in/empty.warc"; story > "$c/in/a.txt"
copydesk check -q --fail-on never --out "$c/out" "$c/in" >/dev/null 2>&1
if grep -q 'input.unsupported' "$c/out/empty.warc.report.json" 2>/dev/null \
   && grep -q '"reports" : 2' "$c/out/summary.json"; then
  pass "9 empty WARC reported (input.unsupported)"; else fail "9 empty WARC"; fi

# nothing anywhere but under the inputs and the --out folders
stray=$(strays -not -path "$work/c*/in/*" -not -path "$work/c*/out*" -not -path "$work/c3/c[12]/*" \
  -not -path "$work/c3/stdin/*" -not -path "$work/c5/victim" -not -path "$work/c6/std*" -not -path "$work/c7/*" \
  -not -path "$work/c1/err" -not -path "$work/c9/in/*")
[ -z "$stray" ] && pass "nothing written outside the --out folders" || fail "written outside --out: $stray"

[ "$failures" -eq 0 ] && echo "check-safety: all cases hold" || { echo "check-safety: $failures case(s) broken"; exit 1; }
