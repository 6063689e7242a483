import sys,re,statistics as st
# From the fourth round (NOTES.md): paired ratio of two jars from a MultiAB.java log. Usage: multiab-pair.py LOG A B
a,b=int(sys.argv[2]),int(sys.argv[3]); d={}
for l in open(sys.argv[1]):
    m=re.match(r'round (\d+) jar (\d+) .* cpu ([\d.]+) s',l)
    if m: d[(int(m[1]),int(m[2]))]=float(m[3])
rs=sorted(d[(r,a)]/d[(r,b)] for r in range(1,100) if (r,a) in d and (r,b) in d)
q=st.quantiles(rs,n=4)
print(f"jar{a}/jar{b} n={len(rs)} min {rs[0]:.3f} q1 {q[0]:.3f} median {st.median(rs):.3f} q3 {q[2]:.3f} max {rs[-1]:.3f}")
