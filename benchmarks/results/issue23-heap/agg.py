import json, subprocess, sys, collections
f = sys.argv[1]; depth = int(sys.argv[2]) if len(sys.argv) > 2 else 3
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "30", "--events", "jdk.ObjectAllocationInNewTLAB,jdk.ObjectAllocationOutsideTLAB", f], capture_output=True, text=True).stdout
ev = json.loads(out)["recording"]["events"]
agg = collections.Counter(); cls = collections.Counter(); tot = 0
for e in ev:
    v = e["values"]
    w = v.get("tlabSize") or v.get("allocationSize")
    frames = [fr["method"]["type"]["name"].split(".")[-1] + "." + fr["method"]["name"] + ":" + str(fr["lineNumber"]) for fr in (v["stackTrace"] or {}).get("frames", [])]
    own = [x for x in frames if not x.startswith(("Arrays.", "ArrayList.", "Integer.", "AbstractStringBuilder", "StringBuilder", "String", "ImmutableList", "Object", "RegularImmutableList", "HashMap", "HashSet", "Random", "ImmutableCollection"))]
    key = (v["objectClass"]["name"] if v.get("objectClass") else "?", " < ".join(own[:depth]))
    agg[key] += w; tot += w
print(f"total sampled {tot/2**20:.0f} MiB over {len(ev)} events")
for (c, k), w in agg.most_common(40):
    print(f"{w/2**20:8.1f} MiB {100*w/tot:5.1f}%  {c}  {k}")
