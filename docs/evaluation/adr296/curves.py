import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA
# Precision / recall of each component at eight points of its curve, on both sets (ADR 296), as a Markdown table.
rows=load(os.path.join(DATA,'sets.jsonl'))
S={k:[r for r in rows if r['split']==k] for k in ('dev','ho')}
pts=[('p',(0.1,0.2,0.35,0.5,0.7,0.875,0.958,0.99)),('e',(0.1,0.25,0.35,0.5,0.6,0.7,0.8,0.9)),('score',(15,20,25,30,35,40,50,70))]
print('| model p ≥ | round 12 | round 13 | patterns e ≥ | round 12 | round 13 | score ≥ | round 12 | round 13 |')
print('|---|---|---|---|---|---|---|---|---|')
for i in range(8):
    cells=[]
    for k,ts in pts:
        t=ts[i]; a=pr(S['dev'],lambda r:r[k]>=t); b=pr(S['ho'],lambda r:r[k]>=t)
        cells+= [str(t), f'{a[0]:.3f} / {a[1]:.3f}', f'{b[0]:.3f} / {b[1]:.3f}']
    print('| '+' | '.join(cells)+' |')
