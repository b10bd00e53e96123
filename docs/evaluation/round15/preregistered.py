# Round 15's blind set scored under settings fixed BEFORE the set is opened (ADR 306, 2026-11-24, branch scr-hyb;
# round 15's held-out families are not written yet). Score every setting; report each, whichever wins.
# Input: `dump sets FILE` of docs/evaluation/adr296 built against the commit under test (split "ho" = the blind set).
# Usage: python3 preregistered.py DIR/sets.jsonl [DIR/hard.jsonl]
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "adr296"))
from common import load, pr
from score import score

from preregistered_rules import floored

SETTINGS = [  # name, scorer, flagged from
    ("a: ADR 52's formula, 100 x (0.4 p + 0.6 e) (ScreeningOptions.PatternLed)", lambda r: score(r), 35),
    ("c: w 1.0, no floor (round 14's (c))", lambda r: score(r, w=1.0), 30),
    ("d: ADR 306 default, w 1.0 + offence-structure floor, from 50", lambda r: floored(r, w=1.0), 50),
    ("d54: the same from 54 (what both fits chose)", lambda r: floored(r, w=1.0), 54),
]
# ADR 306's reject band: the model-led score and ADR 52's both reach 70 (RejectNeedsPatternLedScore).
REJECT = {k: lambda r: floored(r, w=1.0) >= 70 and score(r) >= 70 for k in ("d", "d54")}
rows = load(sys.argv[1], "ho")
if not rows:
    sys.exit(f"{sys.argv[1]}: no rows of split 'ho'")
hard = load(sys.argv[2]) if len(sys.argv) > 2 else []
for name, f, band in SETTINGS:
    P, R, tp, fp, fn, tn = pr(rows, lambda r: f(r) >= band)
    rj = pr(rows, REJECT.get(name.split(":")[0], lambda r: f(r) >= 70))
    line = f"{name}, flagged from {band}: P {P:.4f} R {R:.4f} (TP {tp}, FP {fp}, FN {fn}, TN {tn}); reject P {rj[0]:.4f} R {rj[1]:.4f}"
    if hard:
        hP, hR, *_ = pr(hard, lambda r: f(r) >= band)
        misses = [f"{r['id']} {f(r)}" for r in hard if (f(r) >= band) != bool(r["y"])]
        line += f"; hard cases P {hP:.4f} R {hR:.4f} misses {misses}"
    print(line)
