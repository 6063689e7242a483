import sys,re,statistics as st
# From the fourth round (NOTES.md): after/before ratios of compare-abba.sh output. Usage: compare-abba-stat.py LOG
d={}
for l in open(sys.argv[1]):
    m=re.match(r'round (\d+) (\S+) wall ([\d.]+) user ([\d.]+) sys ([\d.]+)',l)
    if m: d[(int(m[1]),m[2])]=(float(m[3]),float(m[4])+float(m[5]))
R=sorted({k[0] for k in d})
for i,name in ((0,'wall'),(1,'cpu')):
    rs=[d[(r,'after')][i]/d[(r,'before')][i] for r in R if (r,'after') in d and (r,'before') in d]
    q=st.quantiles(rs,n=4)
    print(f"{name}: after/before per round {' '.join(f'{x:.2f}' for x in rs)}; min {min(rs):.3f} q1 {q[0]:.3f} median {st.median(rs):.3f} q3 {q[2]:.3f} max {max(rs):.3f}; before median {st.median(d[(r,'before')][i] for r in R):.2f} s, after {st.median(d[(r,'after')][i] for r in R):.2f} s")
