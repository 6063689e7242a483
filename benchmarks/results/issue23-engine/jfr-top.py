# From the fourth round (NOTES.md): top frames and first org.cordon frame of `jfr print --events jdk.ExecutionSample` output. Usage: jfr-top.py FILE
import sys,collections,re
txt=open(sys.argv[1]).read()
ev=txt.split('jdk.ExecutionSample {')[1:]
top=collections.Counter(); cord=collections.Counter()
for e in ev:
    fr=re.findall(r'^\s{4}(\S.*?)(?: line: \d+)?$',e.split('stackTrace = [')[1],re.M)
    fr=[f for f in fr if f not in (']','...','}')]
    if not fr: continue
    top[re.sub(r'\(.*','',fr[0])]+=1
    c=next((re.sub(r'\(.*','',f) for f in fr if 'org.cordon' in f),'(none)')
    cord[c]+=1
n=len(ev); print(sys.argv[1],'samples',n)
for k,v in top.most_common(15): print(f'{v/n*100:5.1f}% {k}')
print('-- first cordon frame')
for k,v in cord.most_common(15): print(f'{v/n*100:5.1f}% {k}')
