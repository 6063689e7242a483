#!/usr/bin/env bash
# The twelve `cordon trace` queries of rounds two to five (copied from /tmp/trace2-before/run.sh and
# /tmp/trace3/run.sh), for byte-identical checks against main. Usage, from a worktree or an
# exported tree: bash benchmarks/results/issue23-trace/trace-outputs.sh OUTDIR, then cmp each file.
set -e
o=$1; mkdir -p $o
c=./cordon
$c trace --cases=17 > $o/t1.json
$c trace --cases=17,400,9000 --depth=2 --layers=household,workplace > $o/t2.json
$c trace --cases=5,123,26000 --depth=2 --layers=household,workplace,building --format=csv > $o/t3.csv
$c trace --cases=77 --depth=3 --layers=household,workplace,compound --from=2020-01-10 --to=2020-01-25 > $o/t4.json
$c trace --cases=250,251 --depth=2 --layers=household,building,workplace --onset=2020-01-20 > $o/t5.json
$c trace --cases=1000,2000,3000,4000 --depth=4 --layers=household,workplace --residents=100000 --seed=3 --format=csv > $o/t6.csv
$c trace --cases=12,13,14 --depth=2 --layers=household,workplace,community --from=2020-01-22 > $o/t7.json
$c trace --cases=17,18,19,5000 > $o/d1.json
$c trace --cases=3,26700 --onset=2020-01-20 --to=2020-01-28 --format=csv > $o/d2.csv
$c trace --cases=100,101,2000 --layers=household,workplace,building --from=2020-01-15 > $o/d3.json
$c trace --cases=777 --layers=household,compound,encounter --residents=100000 --seed=3 > $o/d4.json
$c trace --cases=10,20,30,40,50,60,70,80,90 --from=2020-01-25 --to=2020-01-26 --format=csv > $o/d5.csv
