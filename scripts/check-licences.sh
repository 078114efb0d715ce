#!/usr/bin/env bash
# Licence check of the jars Copydesk ships, after `mvn package` (or verify):
#  - every artifact in the build's third-party lists (cli and spark target/generated-sources/license/THIRD-PARTY.txt,
#    written by license-maven-plugin at package) has at least one licence on scripts/licences/allowed.txt;
#  - no junrar (UnRAR licence, not open source) in the lists or in the shaded jars.
# Usage: scripts/check-licences.sh [THIRD-PARTY.txt ...]   (default: the cli and spark lists)
# Exits 0 when clean, 1 with the offending artifacts listed, 2 when a list or jar is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
allowed="$root/scripts/licences/allowed.txt"

if [ "$#" -gt 0 ]; then
  lists=("$@")
  jars=()
else
  lists=("$root/cli/target/generated-sources/license/THIRD-PARTY.txt"
         "$root/spark/target/generated-sources/license/THIRD-PARTY.txt")
  jars=("$root/cli/target/copydesk.jar" "$root/spark/target/copydesk-spark-cluster.jar")
fi
for f in "${lists[@]}" ${jars[@]+"${jars[@]}"}; do
  [ -f "$f" ] || { echo "licences: no $f; build it first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
done

status=0
python3 - "$allowed" "${lists[@]}" <<'PY' || status=1
import re, sys

allowed = set()
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        allowed.add(line)

GAV = re.compile(r"\(([^\s():]+:[^\s():]+:[^\s()]+) - [^()]*\)\s*$")

def licences(line):
    """The leading '(licence)' groups of a THIRD-PARTY.txt line; names may hold balanced parentheses."""
    found, s = [], line.strip()
    while s.startswith("("):
        depth = 0
        for i, c in enumerate(s):
            depth += c == "("
            depth -= c == ")"
            if depth == 0:
                found.append(s[1:i].strip())
                s = s[i + 1:].lstrip()
                break
        else:
            break
    return found, s

bad, total = [], 0
for path in sys.argv[2:]:
    entries = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip().startswith("("):
            continue
        names, rest = licences(line)
        m = GAV.search(rest)
        gav = m.group(1) if m else rest
        entries += 1
        if gav.startswith("com.github.junrar:"):
            bad.append((path, gav, names, "junrar is excluded for its UnRAR licence"))
        elif not any(n in allowed for n in names):
            bad.append((path, gav, names, "no licence on the allow-list"))
    if entries == 0:
        bad.append((path, "-", [], "the list names no artifact"))
    total += entries
    print(f"licences: {path}: {entries} artifacts")

for path, gav, names, why in bad:
    print(f"licences: NOT ALLOWED {gav} ({' | '.join(names) or 'none'}): {why} [{path}]")
if bad:
    print("licences: fix the dependency, or if its licence is acceptable under another spelling add a"
          " licenseMerge (parent pom) or a line to scripts/licences/allowed.txt")
    sys.exit(1)
print(f"licences: all {total} artifact entries have an allowed licence")
PY

for jar in ${jars[@]+"${jars[@]}"}; do
  n=$(unzip -l "$jar" | grep -ci junrar || true)
  if [ "$n" -ne 0 ]; then
    echo "licences: NOT ALLOWED $n junrar entries in $jar"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "licences: ok"
exit "$status"
