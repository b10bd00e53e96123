# Round 15's blind set: ADR 310's model (n-grams without digits, L2 1e-5; the default after ADR 310) against ADR
# 306's (digits kept, L2 1e-4), both under ADR 306's default score (w 1.0 + offence-structure floor, review from 50, reject as
# ADR 306 decision 4). Registered 2026-11-24 on branch scr-r15m before round 15's set is opened; report both rows,
# whichever wins, next to preregistered.py's.
# Input: docs/evaluation/adr296 built against the commit under test, run twice on the same set:
#   dump sets NEW.jsonl                 (the default model: ADR 310's)
#   dump sets OLD.jsonl 3 0.0001 digits (ADR 306's model)
# and, for the hard cases, `dump hard NEW-HARD.jsonl HARD-CASES.jsonl` and `... HARD-CASES.jsonl 0.0001 digits`.
# Usage: python3 preregistered_model.py NEW.jsonl OLD.jsonl [NEW-HARD.jsonl OLD-HARD.jsonl]
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "adr296"))
from common import auc, load, pr
from score import score
from preregistered_rules import floored

MODELS = ("ADR 310's model (digits dropped, L2 1e-5; default)", "ADR 306's model (digits kept, L2 1e-4)")
for i, name in enumerate(MODELS):
    rows = load(sys.argv[1 + i], "ho")
    if not rows:
        sys.exit(f"{sys.argv[1 + i]}: no rows of split 'ho'")
    P, R, tp, fp, fn, tn = pr(rows, lambda r: floored(r, w=1.0) >= 50)
    rj = pr(rows, lambda r: floored(r, w=1.0) >= 70 and score(r) >= 70)
    line = (f"{name}: d from 50 P {P:.4f} R {R:.4f} (TP {tp}, FP {fp}, FN {fn}, TN {tn}); reject P {rj[0]:.4f} R {rj[1]:.4f}; "
            f"model alone AUC {auc(rows, lambda r: r['p']):.4f}")
    if len(sys.argv) > 4:
        hard = load(sys.argv[3 + i])
        hP, hR, *_ = pr(hard, lambda r: floored(r, w=1.0) >= 50)
        misses = [f"{r['id']} {floored(r, w=1.0)}" for r in hard if (floored(r, w=1.0) >= 50) != bool(r["y"])]
        line += f"; hard cases P {hP:.4f} R {hR:.4f} misses {misses}"
    print(line)
