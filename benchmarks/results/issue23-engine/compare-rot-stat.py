# Fifth round (NOTES.md): per-round ratios LABEL_k / LABEL_0 (wall, and CPU = user + sys) of
# compare-rot.sh output, with min, quartiles, median, max. Usage: compare-rot-stat.py LOG LABEL_0 LABEL_k...
import re, statistics as st, sys
d = {}
for l in open(sys.argv[1]):
    m = re.match(r'round (\d+) (\S+) wall ([\d.]+) user ([\d.]+) sys ([\d.]+)', l)
    if m:
        d[(int(m[1]), m[2])] = (float(m[3]), float(m[4]) + float(m[5]))
base, others = sys.argv[2], sys.argv[3:]
rounds = sorted({k[0] for k in d})
for lab in [base] + others:
    print(f"{lab}: median wall {st.median(d[(r, lab)][0] for r in rounds if (r, lab) in d):.2f} s, "
          f"CPU {st.median(d[(r, lab)][1] for r in rounds if (r, lab) in d):.2f} s")
for lab in others:
    for i, name in ((0, 'wall'), (1, 'cpu')):
        rs = [d[(r, lab)][i] / d[(r, base)][i] for r in rounds if (r, lab) in d and (r, base) in d]
        q = st.quantiles(rs, n=4)
        print(f"{lab}/{base} {name}: {' '.join(f'{x:.2f}' for x in rs)}; min {min(rs):.3f} q1 {q[0]:.3f} "
              f"median {st.median(rs):.3f} q3 {q[2]:.3f} max {max(rs):.3f}")
