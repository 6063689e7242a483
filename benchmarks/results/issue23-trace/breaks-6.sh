#!/bin/bash
# each break: a python replacement on one file; run the oracle tests; count failures; restore
cd /work/main
run() {
  local f=$1 old=$2 new=$3 name=$4
  cp $f /tmp/s9/bak.java
  python3 -c "import sys;p=sys.argv[1];s=open(p).read();o=sys.argv[2];n=sys.argv[3];assert o in s,('missing',o);open(p,'w').write(s.replace(o,n,1))" $f "$old" "$new" || { echo "$name: pattern missing"; return; }
  timeout 900 mvn -B -o -q -pl core test -Dtest='org.cordon.trace.ContactTracerOracleTest' -Dsurefire.failIfNoSpecifiedTests=false > /tmp/s9/break.log 2>&1
  local line=$(grep -h "Tests run" core/target/surefire-reports/*ContactTracerOracleTest.txt)
  local narrowfail=$(grep -c "answersHeldNarrowOrWide" core/target/surefire-reports/*ContactTracerOracleTest.txt)
  echo "$name: $line; new test lines: $narrowfail"
  cp /tmp/s9/bak.java $f
}
T=core/src/main/java/org/cordon/trace/TraceResult.java
W=core/src/main/java/org/cordon/trace/AnswerWriter.java
P=core/src/main/java/org/cordon/trace/Topology.java
run $T "Math.min(a & CODE, b & CODE)" "Math.max(a & CODE, b & CODE)" "merge keeps the later exposure"
run $T "return depthLayers << 16 | (day - dayBase + 1) & ~open;" "return depthLayers << 16 | (day - dayBase) & ~open;" "day coded from 0"
run $P "return hi - lo < TraceResult.MAX_CODE ? lo : Long.MIN_VALUE;" "return lo;" "narrow whatever the span"
run $T "if (narrow == t.narrow && dayBase == t.dayBase) {" "if (true) {" "equals compares raw entries"
run $P "hi = Math.max(lo, fd[1]);" "hi = lo;" "window start's span ignores later days"
