import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA
for tag,label in (('', 'ngram 1-3, L2 1e-4 (default)'),('-ng4-l21e-4','ngram 1-4, L2 1e-4'),('-ng2-l21e-4','ngram 1-2, L2 1e-4'),('-ng3-l21e-3','ngram 1-3, L2 1e-3'),('-ng3-l21e-2','ngram 1-3, L2 1e-2')):
    rows=load(os.path.join(DATA,f'sets{tag}.jsonl'))+load(os.path.join(DATA,f'oof{tag}.jsonl'))
    out=[]
    for sp in ('oof','dev','ho'):
        R=[r for r in rows if r['split']==sp]
        a=auc(R,lambda r:r['p']); ap,pts=curve(R,lambda r:r['p'])
        P5,R5,*_=pr(R,lambda r:r['p']>=0.5); Pc,Rc,*_=pr(R,lambda r:r['score']>=35)
        out.append(f'{sp}: AUC {a:.4f} AP {ap:.4f} p>=.5 {P5:.3f}/{R5:.3f} score {Pc:.3f}/{Rc:.3f}')
    print(f'{label:30s} | '+' | '.join(out))
