#!/bin/bash
# usage: compare-abba.sh ROUNDS before JAR_A after JAR_B (labels before/after for compare-abba-stat.py); prints wall/user/sys per run of ./cordon compare --seed 1 --no-report (outputs in $OUT, default /tmp/compare-abba)
R=$1; LA=$2; A=$3; LB=$4; B=$5
uptime
for ((i=0;i<R;i++)); do
  if (( i % 2 == 0 )); then order="$LA $LB"; else order="$LB $LA"; fi
  for l in $order; do
    if [ $l = $LA ]; then J=$A; else J=$B; fi
    /usr/bin/time -f "round $i $l wall %e user %U sys %S" java -Xmx4g -jar $J compare --seed 1 --no-report --out ${OUT:-/tmp/compare-abba}/out-$l 2>&1 >/dev/null | grep round
  done
done
uptime
