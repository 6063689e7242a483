#!/usr/bin/env bash
# What the early-vs-late answer rests on: reruns `cordon compare` on the calibrated jinsha-2020
# preset (as `cordon scenario show jinsha-2020` writes it) with one assumption moved at a time,
# and prints a Markdown table of the closure-only (late-city) and whole-response
# (response-late-city) differences against as-happened, confirmed cases by 8 Mar.
#
# Usage: scripts/sensitivity.sh [RUNS] [SEED]        (default 200 runs, seed 1)
# Rows: the stay-home factor (ContainmentAssumptions.stayHomeFactor, an assumption) and the
# transmission scale (calibrated; fixing it here overrides every posterior draw's value, so the
# row shows how the answer moves with that one number, not a refit).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-200}"
seed="${2:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/cordon" scenario show jinsha-2020 > "$work/base.yaml"

# variant FILE KEY VALUE: a copy of the base file with one assumption or the transmission scale set
variant() {
  local out="$1" key="$2" value="$3"
  python3 - "$work/base.yaml" "$out" "$key" "$value" <<'EOF'
import re, sys
src, out, key, value = sys.argv[1:]
text = open(src).read()
if key == "transmissionScale":
    text = text.replace("disease:\n", "disease:\n  transmission: {transmissionScale: %s}\n" % value, 1)
elif key != "none":
    pattern = re.compile(r"^(  %s: ).*$" % re.escape(key), re.M)
    if pattern.search(text):
        text = pattern.sub(r"\g<1>%s" % value, text, count=1)
    else:
        text = text.replace("assumptions:\n", "assumptions:\n  %s: %s\n" % (key, value), 1)
open(out, "w").write(text)
EOF
}

row() {
  local label="$1" key="$2" value="$3"
  local f="$work/$key-$value.yaml"
  variant "$f" "$key" "$value"
  "$root/cordon" compare --scenario "$f" --runs "$runs" --seed "$seed" --quiet --no-report --out "$work/out" > /dev/null
  python3 - "$work/out/summary.json" "$label" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1])); label = sys.argv[2]
base = next(v for v in s["variants"] if v["name"] == "as-happened")
def cell(name):
    c = next(c for c in s["comparisons"] if c["variant"] == name and c["by"] == "2020-03-08")
    d = c["difference"]
    return "%d [%d to %d], mean %.1f, P(more) %.0f%%" % (d["median"], d["p5"], d["p95"], d["mean"], 100 * c["probabilityMore"])
b = base["confirmed"]["2020-03-08"]
print("| %s | %d [%d to %d] | %s | %s |" % (label, b["median"], b["p5"], b["p95"], cell("late-city"), cell("response-late-city")))
EOF
}

echo "| assumption | as-happened confirmed by 8 Mar | closure only on 10 Feb (late-city) | whole local response on 10 Feb (response-late-city) |"
echo "|---|---|---|---|"
row "shipped calibration" none 0
for v in 1.0 0.5 0.2 0.0; do row "stayHomeFactor $v" stayHomeFactor "$v"; done
for v in 0.1 0.2 0.4 0.8; do row "transmissionScale $v (all draws)" transmissionScale "$v"; done
