#!/usr/bin/env bash
# Cold start of the desktop program against a one-label JavaFX window started the same way (same launcher, jar and
# JVM options), under a private Xvfb. Each run is a new process; the program's run ends with --exit-when-ready,
# which prints when its window showed (the main window's frame, in its loading state) and when the database was open
# and the first screen laid out; the baseline (hidden command bench-baseline-window) prints when it showed.
#
#   installer/cold-start.sh [RUNS] [LAUNCHER...]
#   installer/cold-start.sh 15                                       # java -jar target/chungtay.jar
#   installer/cold-start.sh 15 target/installer/ChungTay/bin/ChungTay  # the packaged app image
#
# Prints the medians in milliseconds since process start and the ratio shown/baseline (budget: <= 1.5).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
shift || true
if [[ $# -gt 0 ]]; then LAUNCHER=("$@"); else LAUNCHER=(java -Dprism.order=sw -jar target/chungtay.jar); fi
WORK=$(mktemp -d /tmp/chungtay-cold-start.XXXXXX)

exec 3> "$WORK/display"
Xvfb -displayfd 3 -screen 0 1366x800x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [[ -s "$WORK/display" ]] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$WORK/display")"

# One run of each first, not counted: JavaFX unpacks its native libraries into ~/.openjfx/cache on its first start,
# and the database is created and migrated once (later runs open an existing database, as a person's start does).
timeout 120 "${LAUNCHER[@]}" --db "$WORK/db" --exit-when-ready > /dev/null
timeout 120 "${LAUNCHER[@]}" bench-baseline-window > /dev/null

shown=(); ready=(); base=()
for i in $(seq "$RUNS"); do
  out=$(timeout 120 "${LAUNCHER[@]}" --db "$WORK/db" --exit-when-ready)
  shown+=("$(sed -n 's/^shown //p' <<< "$out")")
  ready+=("$(sed -n 's/^ready //p' <<< "$out")")
  base+=("$(timeout 120 "${LAUNCHER[@]}" bench-baseline-window | sed -n 's/^shown //p')")
  echo "run $i: program shown ${shown[-1]} ms, ready ${ready[-1]} ms; one-label window shown ${base[-1]} ms" >&2
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
S=$(median "${shown[@]}"); R=$(median "${ready[@]}"); B=$(median "${base[@]}")
echo "runs: $RUNS"
echo "one-label window shown (median): $B ms"
echo "ChungTay main window shown (median): $S ms"
echo "ChungTay ready, database open and first screen laid out (median): $R ms"
awk -v s="$S" -v b="$B" -v r="$R" 'BEGIN {
  printf "ratio shown / one-label window: %.2f (budget <= 1.5: %s)\n", s / b, (s / b <= 1.5 ? "within" : "over");
  printf "ratio ready / one-label window: %.2f\n", r / b }'
