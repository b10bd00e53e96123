# ADR 348: the measures of round16m/halves.py (AUC of the model alone, precision / recall of the default score from
# 50) on a `dump` file of docs/evaluation/adr296, with this round's halves of round 17's set (half-blind-split.txt);
# `dev` is now round 16's set. Usage: python3 halves.py DUMP.jsonl [oof|dev|A|B|hard|fams ...] (fams: half A only).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round16m"))
import halves
A = set("risky.complaint-suppressor risky.english-crypto-card-opener risky.english-group-moderator risky.imei-rewriter "
        "hard.antifraud-pledge hard.english-community-moderator legit.device-test-lab legit.phone-repair-counter".split())
B = set("risky.app-review-booster risky.phone-wall-keeper risky.stock-group-shill risky.stored-value-cashback "
        "hard.complaint-desk-daily hard.membership-refund-form legit.broker-content-assistant".split())
if __name__ == "__main__":
    halves.main(sys.argv, A, B, "dev (round 16)")
