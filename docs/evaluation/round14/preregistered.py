# Round 14's blind set scored under three combinations fixed BEFORE the set was opened (ADR 296's "Not done";
# registered by the lead 2026-11-24 01:50 UTC, before round 14's held-out commit reached main).
# Input: `dump sets FILE` of docs/evaluation/adr296 on the merged main (split "ho" = round 14's blind set).
# Usage: ADR296_DATA=DIR python3 preregistered.py DIR/sets.jsonl
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "adr296"))
from common import load, pr
from score import score

SETTINGS = [  # name, score() arguments, flagged from
    ("a: current formula (ADR 52/199/215/233)", dict(), 35),
    ("b: w 0.6, model-alone share 0.8, honest weight 0.2", dict(w=0.6, alone_share=0.8, hw=0.2), 41),
    ("c: w 1.0 (model only, gates kept)", dict(w=1.0), 30),
]
rows = load(sys.argv[1], "ho")
if not rows:
    sys.exit(f"{sys.argv[1]}: no rows of split 'ho'")
for name, kw, band in SETTINGS:
    P, R, tp, fp, fn, tn = pr(rows, lambda r: score(r, **kw) >= band)
    print(f"{name}, flagged from {band}: P {P:.4f} R {R:.4f} (TP {tp}, FP {fp}, FN {fn}, TN {tn})")
