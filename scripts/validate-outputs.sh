#!/usr/bin/env bash
# Validates a check run's machine outputs against the shared schemas (read in place from ../shared/schemas):
#   OUTDIR/copydesk.sarif   against sarif-schema-2.1.0.json  (python3 jsonschema)
#   OUTDIR/**/*.prov.json   against prov-json-schema.json    (python3 jsonschema)
#   OUTDIR/junit.xml        against junit-10.xsd             (java scripts/XsdCheck.java)
# Usage, from the project root: scripts/validate-outputs.sh OUTDIR   (exits 1 on the first invalid kind)
set -euo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: scripts/validate-outputs.sh OUTDIR" >&2; exit 2
fi
out=$1
here=$(cd "$(dirname "$0")" && pwd)
schemas=${COPYDESK_SCHEMAS:-$here/../../shared/schemas}
[ -d "$schemas" ] || { echo "no schemas at $schemas" >&2; exit 2; }
status=0

python3 - "$schemas" "$out" <<'PY' || status=1
import json, pathlib, sys
import jsonschema
schemas, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def check(schema_file, files, label):
    schema = json.loads((schemas / schema_file).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = 0
    for f in files:
        errors = sorted(validator.iter_errors(json.loads(f.read_text(encoding="utf-8"))), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{f}: {'/'.join(map(str, e.path))}: {e.message[:300]}", file=sys.stderr)
        bad += bool(errors)
    print(f"{label}: {len(files) - bad}/{len(files)} valid")
    return bad
bad = 0
sarif = out / "copydesk.sarif"
if sarif.is_file():
    bad += check("sarif-schema-2.1.0.json", [sarif], "sarif")
prov = sorted(out.rglob("*.prov.json"))
if prov:
    bad += check("prov-json-schema.json", prov, "prov")
sys.exit(1 if bad else 0)
PY

if [ -f "$out/junit.xml" ]; then
  java "$here/XsdCheck.java" "$schemas/junit-10.xsd" "$out/junit.xml" || status=1
fi
exit $status
