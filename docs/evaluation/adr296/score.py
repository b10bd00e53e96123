import math
def score(r, w=0.4, legit_share=0.7, alone_share=0.9, hw=0.4, cap=True, reject=70):
    p=r['p']; e=r['e']
    share = legit_share if (r['alone'] and r['legit']) else alone_share if r['alone'] else 1
    c = w*p*share + (1-w)*e
    h = 0 if r['s'] else 1-(1-hw)**bin(r['hon']).count('1')
    c *= 1-h
    sc = math.floor(100*c+0.5)
    if cap and not r['s'] and sc>=reject: sc=reject-1
    return sc
