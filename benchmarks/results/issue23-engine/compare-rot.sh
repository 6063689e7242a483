#!/bin/bash
# Fifth round (NOTES.md): ./cordon compare --seed 1 --no-report, whole process, several jars in the
# same minutes, each round in a rotated order (odd rounds reversed), so every jar runs in every
# position. Usage: compare-rot.sh ROUNDS LABEL_0 JAR_0 LABEL_1 JAR_1 ... ; prints
# "round R LABEL wall W user U sys S" per run (outputs in $OUT, default /tmp/compare-rot), uptime
# before and after. Summarize with compare-rot-stat.py.
R=$1; shift
labels=(); jars=()
while (( $# >= 2 )); do labels+=("$1"); jars+=("$2"); shift 2; done
n=${#jars[@]}
uptime
for ((r = 0; r < R; r++)); do
  for ((i = 0; i < n; i++)); do
    if (( r % 2 == 0 )); then k=$(( (r / 2 + i) % n )); else k=$(( (r / 2 + n - 1 - i) % n )); fi
    /usr/bin/time -f "round $r ${labels[$k]} wall %e user %U sys %S" java -Xmx4g -jar "${jars[$k]}" compare --seed 1 \
      --no-report --out "${OUT:-/tmp/compare-rot}/out-${labels[$k]}" 2>&1 >/dev/null | grep '^round'
  done
  uptime
done
