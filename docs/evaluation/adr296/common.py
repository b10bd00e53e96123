import os, sys
DATA=os.environ.get("ADR296_DATA", "/tmp/adr296")
import json, math
def load(path, split=None):
    rows=[json.loads(l) for l in open(path)]
    return [r for r in rows if split is None or r['split']==split]
def pr(rows, flag):
    tp=fp=fn=tn=0
    for r in rows:
        f=flag(r)
        if r['y']:
            if f: tp+=1
            else: fn+=1
        else:
            if f: fp+=1
            else: tn+=1
    P=tp/(tp+fp) if tp+fp else float('nan'); R=tp/(tp+fn) if tp+fn else float('nan')
    return P,R,tp,fp,fn,tn
def H(hon, w=0.4):
    n=bin(hon).count('1'); return 1-(1-w)**n
def curve(rows, key):
    # precision/recall at each threshold over sorted scores; returns AP and best-F1 and list
    xs=sorted(((key(r),r['y']) for r in rows), key=lambda t:-t[0])
    P=sum(y for _,y in xs); tp=fp=0; ap=0; prevR=0; pts=[]
    i=0
    while i<len(xs):
        s=xs[i][0]
        while i<len(xs) and xs[i][0]==s:
            if xs[i][1]: tp+=1
            else: fp+=1
            i+=1
        prec=tp/(tp+fp); rec=tp/P
        ap+=prec*(rec-prevR); prevR=rec; pts.append((s,prec,rec))
    return ap, pts
def auc(rows,key):
    xs=sorted(((key(r),r['y']) for r in rows))
    # rank-based AUC with ties
    n1=sum(y for _,y in xs); n0=len(xs)-n1; rank=0; s1=0; i=0
    while i<len(xs):
        j=i
        while j<len(xs) and xs[j][0]==xs[i][0]: j+=1
        avg=(i+j+1)/2
        s1+=avg*sum(y for _,y in xs[i:j]); i=j
    return (s1-n1*(n1+1)/2)/(n0*n1)
def at_precision(pts, target):
    best=None
    for s,p,r in pts:
        if p>=target and (best is None or r>best[2]): best=(s,p,r)
    return best
def at_recall(pts, target):
    for s,p,r in pts:
        if r>=target: return (s,p,r)
