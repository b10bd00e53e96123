import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA; from score import score
rows=load(os.path.join(DATA,'sets.jsonl'))
S={'dev':[r for r in rows if r['split']=='dev'],'ho':[r for r in rows if r['split']=='ho']}
def f1(P,R): return min(P,R)
def ev(R,flag):
    P,Rc,tp,fp,fn,tn=pr(R,flag); return P,Rc,f1(P,Rc)
def fmt(t): return f'P {t[0]:.4f} R {t[1]:.4f} min {t[2]:.4f}'
base={k:ev(v,lambda r:r['score']>=35) for k,v in S.items()}
print('current:', {k:fmt(v) for k,v in base.items()})
def fit_and_test(name, family):
    # family: list of (params, flagfn)
    for fit,test in (('dev','ho'),('ho','dev')):
        best=max(family, key=lambda pf: ev(S[fit],pf[1])[2])
        a=ev(S[fit],best[1]); b=ev(S[test],best[1])
        win = b[2]>base[test][2]; dom = b[0]>=base[test][0] and b[1]>=base[test][1]
        print(f'{name:28s} fit {fit}: {best[0]}  on fit {fmt(a)} | on {test} {fmt(b)} vs current {fmt(base[test])} {"BEATS(min)" if win else "no"}{" DOMINATES" if dom else ""}')
# 1 weights and bands
fam=[]
for w10 in range(0,11):
    w=w10/10
    for T in range(5,96,1):
        fam.append(((('w',w),('T',T)), lambda r,w=w,T=T: score(r,w=w)>=T))
fit_and_test('weight+review band', fam)
# 1b weights, bands, shares, honest weight
fam=[]
for w10 in range(2,9,2):
    w=w10/10
    for a in (0.7,0.8,0.9,1.0):
        for hw in (0,0.2,0.4,0.6,0.8):
            for T in range(10,80,5):
                fam.append(((('w',w),('alone',a),('hw',hw),('T',T)), lambda r,w=w,a=a,hw=hw,T=T: score(r,w=w,alone_share=a,hw=hw)>=T))
fit_and_test('weight+shares+H+band', fam)
# 2 model gate on flag: patterns cannot flag what model finds ordinary
fam=[]
for g in [0,0.01,0.02,0.05,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9]:
    fam.append(((('gate p>=',g),), lambda r,g=g: r['score']>=35 and r['p']>=g))
fit_and_test('model gate on flag', fam)
# 2b gate only for pattern-driven flags (model alone still via score)
fam=[]
for g in [0,0.01,0.02,0.05,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9]:
    for T in (25,30,35,40):
        fam.append(((('gate',g),('T',T)), lambda r,g=g,T=T: score(r)>=T and (r['p']>=g)))
fit_and_test('model gate + band', fam)
# 2c model alone thresholds (for reference: p>=t)
fam=[((('p>=',t),), lambda r,t=t: r['p']>=t) for t in [0.05*i for i in range(1,20)]+[0.96,0.98,0.99]]
fit_and_test('model alone p>=t', fam)
# 2d either: model alone OR (score & gate)
fam=[]
for t in (0.5,0.7,0.875,0.95):
    for g in (0.05,0.1,0.2,0.3,0.5):
        fam.append(((('p>=',t),('or score>=35 & p>=',g)), lambda r,t=t,g=g: r['p']>=t or (r['score']>=35 and r['p']>=g)))
fit_and_test('p>=t or (score & p>=g)', fam)
# reject-band gate, for the reject band only
for g in (0,0.1,0.3,0.5):
    for k,v in S.items():
        P,Rc,*_=pr(v, lambda r,g=g: r['score']>=70 and r['p']>=g)
        print(f'reject & p>={g} on {k}: P {P:.4f} R {Rc:.4f}')
