# ADR 306: the offence-structure floor on the burned sets (round 13's families = split "dev", round 14's = "ho").
# 1) per structure kind, precision of "live" with and without honest context, per set; 2) the review band of the
# model-led score with the floor fitted on one set (objective min(P, R), every hard case kept) and tested on the
# other; 3) leave-family-out on the training families (`dump oof`).
# Usage: ADR296_DATA=DIR python3 fit_floor.py   (DIR holds sets.jsonl, hard.jsonl, oof.jsonl of docs/evaluation/adr296)
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "adr296"))
from common import DATA, load, pr
from score import score
from preregistered_rules import STRUCTURE, floored

S = {"dev": load(f"{DATA}/sets.jsonl", "dev"), "ho": load(f"{DATA}/sets.jsonl", "ho")}
OOF, HARD = load(f"{DATA}/oof.jsonl"), load(f"{DATA}/hard.jsonl")
print("kind: per set, n live / precision; n live with no honest context / precision")
for k in sorted(STRUCTURE):
    cells = []
    for name, rows in S.items():
        a = [r for r in rows if k in r["live"]]; h = [r for r in a if r["hon"] == 0]
        f = lambda xs: f"{len(xs)} {sum(r['y'] for r in xs) / len(xs):.2f}" if xs else "0 -"
        cells.append(f"{name} {f(a)}; {f(h)}")
    print(f"  {k:20} " + " | ".join(cells))
A = {k: pr(S[k], lambda r: score(r) >= 35) for k in S}
for fit, test in (("dev", "ho"), ("ho", "dev")):
    best = None
    for T in range(25, 71):
        if any((floored(r, w=1.0) >= T) != bool(r["y"]) for r in HARD):
            continue
        P, R, *_ = pr(S[fit], lambda r: floored(r, w=1.0) >= T)
        if best is None or min(P, R) > best[0]:
            best = (min(P, R), T, P, R)
    _, T, P, R = best
    window = [t for t in range(25, 71) if all((floored(r, w=1.0) >= t) == bool(r["y"]) for r in HARD)]
    for t in sorted({T, 50}):
        tP, tR, *_ = pr(S[test], lambda r: floored(r, w=1.0) >= t)
        print(f"fit {fit} -> review from {T} ({P:.4f} / {R:.4f}); hard-case window {window[0]}-{window[-1]}; at {t} on {test}: "
              f"{tP:.4f} / {tR:.4f} against (a) {A[test][0]:.4f} / {A[test][1]:.4f}, beats both: {tP > A[test][0] and tR > A[test][1]}")
for name, f, band in (("(a)", lambda r: score(r), 35), ("floor, from 50", lambda r: floored(r, w=1.0), 50)):
    P, R, tp, fp, fn, tn = pr(OOF, lambda r: f(r) >= band)
    print(f"leave-family-out {name}: {P:.4f} / {R:.4f} (FP {fp}, FN {fn})")
