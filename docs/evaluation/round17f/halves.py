# ADR 334: the measures of round16m/halves.py (AUC of the model alone, precision / recall of the default score from
# 50) on a `dump` file of docs/evaluation/adr296, with this round's halves of round 16's set (half-blind-split.txt);
# `dev` is now round 15's set. Usage: python3 halves.py DUMP.jsonl [oof|dev|A|B|hard|fams ...] (fams: half A only).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round16m"))
import halves
A = set("risky.english-fundraiser-host risky.groupbuy-voucher-redeemer risky.roaming-sim-lend risky.seo-parasite-poster "
        "hard.english-charity-campaign hard.escrow-deposit-ticket legit.phone-shop-desk legit.seo-site-editor".split())
B = set("risky.cyber-id-lend risky.escrow-group-clerk risky.phone-lend-caller risky.recruiter-account-lend "
        "hard.cyber-id-guide hard.groupbuy-verify-log legit.english-recruiting-coordinator".split())
if __name__ == "__main__":
    halves.main(sys.argv, A, B, "dev (round 15)")
