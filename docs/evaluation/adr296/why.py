import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA; from score import score
from collections import Counter
rows=load(os.path.join(DATA,'sets.jsonl'))+load(os.path.join(DATA,'oof.jsonl'))+load(os.path.join(DATA,'hard.jsonl'))
S={k:[r for r in rows if r['split']==k] for k in ('dev','ho','oof','hard')}
for (w,T) in ((1.0,19),(1.0,30)):
    f=lambda r: score(r,w=w)>=T
    bad=[(r['id'],r['y'],round(r['p'],3),round(r['e'],2),r['score']) for r in S['hard'] if f(r)!=bool(r['y'])]
    print(f'w={w} T={T} hard misses', bad)
    c=Counter(r['fam'] for r in S['oof'] if f(r)!=bool(r['y']))
    c0=Counter(r['fam'] for r in S['oof'] if (r['score']>=35)!=bool(r['y']))
    print('  oof errors by family (new vs current):', [(k,v,c0.get(k,0)) for k,v in c.most_common(10)])
# FP on ho by mechanism under current
for sp in ('dev','ho'):
    R=[r for r in S[sp] if not r['y'] and r['score']>=35]
    print(sp,'false alarms',len(R),'with s=1:',sum(r['s'] for r in R),'model-alone(no live pattern):',sum(r['alone'] for r in R),' p<0.5:',sum(r['p']<0.5 for r in R), ' p<0.1:',sum(r['p']<0.1 for r in R))
    M=[r for r in S[sp] if r['y'] and r['score']<35]
    print(sp,'misses',len(M),'no live pattern:',sum(r['alone'] for r in M),' p>=0.5:',sum(r['p']>=0.5 for r in M),' p>=0.2:',sum(r['p']>=0.2 for r in M))
