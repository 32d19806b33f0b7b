#!/usr/bin/env bash
# Unpacks the .deb (without installing it) and runs its launcher as a user would from a terminal: --help, then a
# demo province of 200 households and stats --json on a temporary database, checking the counts and that the
# Vietnamese number format (from the bundled jdk.localedata) is there. Usage: installer/test-deb.sh [FILE.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls target/installer/chungtay_*_amd64.deb | head -1)}
WORK=$(mktemp -d /tmp/chungtay-deb-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$DEB" "$WORK/root"
APP="$WORK/root/opt/chungtay/bin/ChungTay"
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }

"$APP" --lang en --help > "$WORK/help.txt" || fail "--help exited with $?"
grep -q "demo" "$WORK/help.txt" || fail "--help does not list demo"
"$APP" --version | grep -q "ChungTay" || fail "--version"

"$APP" --db "$WORK/db" --lang en demo --households 200 --seed 3 > "$WORK/demo.txt" 2>/dev/null \
  || fail "demo exited with $?"
grep -q "200 households" "$WORK/demo.txt" || fail "demo did not report 200 households: $(cat "$WORK/demo.txt")"
"$APP" --db "$WORK/db" stats --json > "$WORK/stats.json" || fail "stats exited with $?"
python3 - "$WORK/stats.json" <<'PY' || fail "stats --json: $(cat "$WORK/stats.json")"
import json, sys
stats = json.load(open(sys.argv[1]))
assert stats["households"] == 200, stats["households"]
assert stats["members"] > 200, stats["members"]
assert len(stats["digest"]) == 64, stats["digest"]
PY
# Vietnamese grouping ("1.400.000") needs jdk.localedata in the runtime; without it Java falls back to English.
"$APP" classify --standard 2022-2025 --area rural --income 1400000 --lacking water,latrine,telecom \
  | grep -q "1.400.000" || fail "Vietnamese number format missing (jdk.localedata?)"
[[ ! -e "$WORK/root/opt/chungtay/chungtay.mv.db" ]] || fail "a database was created in the install folder"
echo "test-deb: all 4 checks passed"
