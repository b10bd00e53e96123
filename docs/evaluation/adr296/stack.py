import sys, math, random; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA; from score import score
rows=load(os.path.join(DATA,'sets.jsonl'))+load(os.path.join(DATA,'oof.jsonl'))+load(os.path.join(DATA,'hard.jsonl'))
S={k:[r for r in rows if r['split']==k] for k in ('dev','ho','oof','hard')}
CONDUCTS=sorted({c for r in rows for c in r['conducts']})
def feats(r, kinds=True):
    p=min(max(r['p'],1e-6),1-1e-6); lp=math.log(p/(1-p))
    x=[1.0, lp/10, r['e'], r['s'], bin(r['hon']).count('1')/3, r['alone'], r['legit'], r['offer'], r['notice'], r['disg']]
    x+= [(r['hon']>>b)&1 for b in range(6)]
    if kinds: x+= [1.0 if c in r['conducts'] else 0.0 for c in CONDUCTS]
    return x
def train(R, kinds=True, l2=1e-3, it=400, lr=0.5):
    X=[feats(r,kinds) for r in R]; Y=[r['y'] for r in R]; d=len(X[0]); w=[0.0]*d; n=len(X)
    for _ in range(it):
        g=[0.0]*d
        for x,y in zip(X,Y):
            z=sum(a*b for a,b in zip(w,x)); z=max(min(z,30),-30); q=1/(1+math.exp(-z))-y
            for j in range(d): g[j]+=q*x[j]
        for j in range(d): w[j]-=lr*(g[j]/n + (l2*w[j] if j else 0))
    return w
def prob(w,r,kinds=True):
    z=sum(a*b for a,b in zip(w,feats(r,kinds))); z=max(min(z,30),-30); return 1/(1+math.exp(-z))
def m(R,f):
    P,Rc,tp,fp,fn,tn=pr(R,f); return f'{P:.4f}/{Rc:.4f} (FP {fp} FN {fn})'
cur=lambda r: r['score']>=35
print('current       ', {k:m(v,cur) for k,v in S.items()})
for kinds in (False, True):
    w=train(S['oof'],kinds)
    names=['bias','logit p/10','e','s','H kinds/3','alone','legit','offer','notice','disg']+[f'hon{b}' for b in range(6)]+(CONDUCTS if kinds else [])
    print('stacker (fit on LFO training OOF) kinds=',kinds, ' weights:', ', '.join(f'{n} {v:+.2f}' for n,v in zip(names,w)))
    # threshold chosen on OOF (maximize min(P,R)) and 0.5
    best=max((min(pr(S['oof'],lambda r,t=t:prob(w,r,kinds)>=t)[:2]),t) for t in [i/20 for i in range(1,20)])
    for t in (0.5,best[1]):
        f=lambda r,t=t: prob(w,r,kinds)>=t
        print(f'   t={t:.2f}', {k:m(v,f) for k,v in S.items()})
    # swapped: fit on one burned set, test on other
    for fit,test in (('dev','ho'),('ho','dev')):
        w2=train(S[fit],kinds)
        bt=max((min(pr(S[fit],lambda r,t=t:prob(w2,r,kinds)>=t)[:2]),t) for t in [i/20 for i in range(1,20)])[1]
        f=lambda r: prob(w2,r,kinds)>=bt
        print(f'   fit on {fit} (t={bt:.2f}): on {fit} {m(S[fit],f)} | on {test} {m(S[test],f)} vs current {m(S[test],cur)} | hard {m(S["hard"],f)} oof {m(S["oof"],f)}')
