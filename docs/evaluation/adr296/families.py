import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA; from score import score
from collections import defaultdict
# Per new family: share right under the current formula and under the rules each fit chose (ADR 296).
rows=load(os.path.join(DATA,'sets.jsonl'))
C={'current':lambda r:r['score']>=35,
   'A w1 T19':lambda r:score(r,w=1.0)>=19, 'B w1 T30':lambda r:score(r,w=1.0)>=30,
   'C .3/.8/.2 T19':lambda r:score(r,w=0.3,alone_share=0.8,hw=0.2)>=19, 'D .6/.8/.2 T41':lambda r:score(r,w=0.6,alone_share=0.8,hw=0.2)>=41,
   'p>=.5':lambda r:r['p']>=0.5}
print(f'{"family":36s} {"n":>5s} '+' '.join(f'{k:>14s}' for k in C))
for sp in ('dev','ho'):
    fam=defaultdict(list)
    for r in rows:
        if r['split']==sp: fam[r['fam']].append(r)
    for f in sorted((f for f in fam if len(fam[f])>=100), key=lambda f:(fam[f][0]['y'],f)):
        F=fam[f]
        print(f'{sp+" "+f:36s} {len(F):5d} '+' '.join(f'{sum(1 for r in F if c(r)==bool(r["y"]))/len(F):14.2f}' for c in C.values()))
