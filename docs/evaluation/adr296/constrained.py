import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *; from common import DATA; from score import score
oofp=sys.argv[1] if len(sys.argv)>1 else os.path.join(DATA,'oof.jsonl')
rows=load(os.path.join(DATA,'sets.jsonl'))+load(oofp)+load(os.path.join(DATA,'hard.jsonl'))
S={k:[r for r in rows if r['split']==k] for k in ('dev','ho','oof','hard')}
cur=lambda r: r['score']>=35
base={k:pr(v,cur)[:2] for k,v in S.items()}
print('current', {k:f'{v[0]:.4f}/{v[1]:.4f}' for k,v in base.items()})
def sweep(R, w,a,hw,g):
    # returns for each T in 1..100: (tp,fp,fn)
    pos=sum(r['y'] for r in R)
    cntp=[0]*102; cntn=[0]*102
    for r in R:
        sc=score(r,w=w,alone_share=a,hw=hw) if r['p']>=g else -1
        sc=max(sc,0) if sc>=0 else 101  # gated out -> never flagged
        if sc==101: continue
        (cntp if r['y'] else cntn)[sc]+=1
    res={}; tp=fp=0
    for T in range(100,0,-1):
        tp+=cntp[T]; fp+=cntn[T]
        res[T]=(tp/(tp+fp) if tp+fp else 1.0, tp/pos)
    return res
fam=[]
for w in (0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0):
  for a in (0.8,0.9,1.0):
    for hw in (0.2,0.4,0.6):
      for g in (0,0.1,0.3,0.5):
        sw={k:sweep(S[k],w,a,hw,g) for k in S}
        for T in range(15,61):
          fam.append(((w,a,hw,T,g),{k:sw[k][T] for k in S}))
print('candidates', len(fam))
adm=[x for x in fam if x[1]['hard']==(1.0,1.0) and x[1]['oof'][0]>=0.999 and x[1]['oof'][1]>=base['oof'][1]]
print('admissible (hard 1.0/1.0, LFO P>=0.999 and R>=current):', len(adm))
for fit,test in (('dev','ho'),('ho','dev')):
    top=sorted(adm,key=lambda x:-min(x[1][fit]))[:6]
    for i,x in enumerate(top):
        a=x[1][fit]; b=x[1][test]; o=x[1]['oof']
        print(f'  {"BEST " if i==0 else "     "}fit {fit}->{test} (w,alone,hw,T,gate)={x[0]} fit {a[0]:.4f}/{a[1]:.4f} test {b[0]:.4f}/{b[1]:.4f} (current {base[test][0]:.4f}/{base[test][1]:.4f}) oof {o[0]:.4f}/{o[1]:.4f}')
