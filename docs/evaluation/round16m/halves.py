# ADR 317: AUC of the model alone and precision / recall of the default score from 50 on a `dump` file of
# docs/evaluation/adr296 (oof, dev = round 14's set, half A / half B of round 15's set as in half-blind-split.txt, hard).
# Usage: python3 halves.py DUMP.jsonl [oof|dev|A|B|hard|fams ...] (fams: per-family counts of half A only).
import json, sys
A=set("risky.captcha-solver risky.collectible-flipper risky.fraud-script-writer risky.lottery-stake-collector hard.elder-service-roster hard.ukey-office-log legit.english-ugc-creator legit.lottery-shop-clerk".split())
B=set("risky.antiblock-link-ops risky.elder-sim-proxy risky.english-testimonial-actor risky.ukey-box-host hard.english-antifraud-script-brief hard.shortlink-weekly-report legit.data-labeller-board".split())
def auc(rows):
    pos=[r['p'] for r in rows if r['y']]; neg=[r['p'] for r in rows if not r['y']]
    allv=sorted([(v,1) for v in pos]+[(v,0) for v in neg])
    # rank-sum with ties
    ranks={}; i=0; n=len(allv); rs=0.0
    while i<n:
        j=i
        while j<n and allv[j][0]==allv[i][0]: j+=1
        avg=(i+j+1)/2
        rs+=sum(avg for k in range(i,j) if allv[k][1]); i=j
    return (rs-len(pos)*(len(pos)+1)/2)/(len(pos)*len(neg))
def pr(rows,name,showB=True):
    tp=sum(1 for r in rows if r['y'] and r['score']>=50); fp=sum(1 for r in rows if not r['y'] and r['score']>=50)
    fn=sum(1 for r in rows if r['y'] and r['score']<50)
    P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn)
    print(f"{name}: n={len(rows)} AUC {auc(rows):.4f} P {P:.4f} R {R:.4f} (TP {tp} FP {fp} FN {fn})")
def fam(r): return r['fam']
def main(argv, A=A, B=B, dev_name='dev (round 14)'):
    rows=[json.loads(l) for l in open(argv[1])]
    which=argv[2:] or ['oof','dev','A','hard']
    for w in which:
        if w=='oof': pr([r for r in rows if r['split']=='oof'],'oof')
        if w=='dev': pr([r for r in rows if r['split']=='dev'],dev_name)
        if w=='A': pr([r for r in rows if r['split']=='ho' and fam(r) in A],'half A')
        if w=='B': pr([r for r in rows if r['split']=='ho' and fam(r) in B],'half B')
        if w=='hard': pr([r for r in rows if r['split']=='hard'],'hard')
        if w=='fams':
            fs=sorted(set(fam(r) for r in rows if r['split']=='ho' and fam(r) in A))
            for f in fs:
                rr=[r for r in rows if r['split']=='ho' and fam(r)==f]
                print(f"  {f}: {sum(1 for r in rr if (r['score']>=50)==bool(r['y']))}/{len(rr)} right")
if __name__ == '__main__':
    main(sys.argv)
