import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA
from collections import defaultdict
rows=load(os.path.join(DATA,'sets.jsonl'))
for sp,name in (('dev','round 12 (--split development)'),('ho','round 13 (--split held-out)')):
    R=[r for r in rows if r['split']==sp]
    print('==',name, len(R), 'risky', sum(r['y'] for r in R))
    def line(lbl, f):
        P,Rc,tp,fp,fn,tn=pr(R,f); print(f'  {lbl:55s} P {P:.4f} R {Rc:.4f} (TP {tp} FP {fp} FN {fn})')
    line('current: score>=35', lambda r:r['score']>=35)
    line('current reject: score>=70', lambda r:r['score']>=70)
    for t in (0.5,0.875,0.958,0.99):
        line(f'model alone p>={t}', lambda r,t=t:r['p']>=t)
    for t in (0.25,0.35,0.583,0.8):
        line(f'patterns alone e>={t}', lambda r,t=t:r['e']>=t)
    line('offence structure s=1', lambda r:r['s']==1)
    line('any live pattern beyond daily-pay/target', lambda r:r['alone']==0)
    line('s=1 and p>=0.5', lambda r:r['s']==1 and r['p']>=0.5)
    line('e>=0.583 and p>=0.5', lambda r:r['e']>=0.583 and r['p']>=0.5)
    for k,lbl in ((lambda r:r['p'],'p'),(lambda r:r['e'],'e'),(lambda r:r['score'],'score'),(lambda r:0.4*r['p']+0.6*r['e'],'0.4p+0.6e raw')):
        ap,pts=curve(R,k); a=auc(R,k)
        print(f'  curve {lbl:14s} AUC {a:.4f} AP {ap:.4f}  max R at P>=.95: {at_precision(pts,0.95)}  P at R>=.95: {at_recall(pts,0.95)}  P at R>=.80: {at_recall(pts,0.80)}')
    fam=defaultdict(list)
    for r in R: fam[r['fam']].append(r)
    print(f'  {"family":40s} {"n":>5s} {"cur":>5s} {"p>=.875":>7s} {"p>=.5":>6s} {"e>=.583":>7s} {"s":>5s} {"meanp":>6s}  (share flagged)')
    for f in sorted(fam, key=lambda f:(fam[f][0]['y'], f)):
        F=fam[f]; n=len(F)
        sh=lambda g: sum(1 for r in F if g(r))/n
        print(f'  {f:40s} {n:5d} {sh(lambda r:r["score"]>=35):5.2f} {sh(lambda r:r["p"]>=0.875):7.2f} {sh(lambda r:r["p"]>=0.5):6.2f} {sh(lambda r:r["e"]>=0.583):7.2f} {sh(lambda r:r["s"]==1):5.2f} {sum(r["p"] for r in F)/n:6.3f}')
