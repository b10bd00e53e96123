# ADR 365: the measures of round16m/halves.py (AUC of the model alone, precision / recall of the default score from
# 50) on a `dump` file of docs/evaluation/adr296, with this round's halves of round 18's set (half-blind-split.txt);
# `dev` is now round 17's set. Usage: python3 halves.py DUMP.jsonl [oof|dev|A|B|hard|fams ...] (fams: half A only).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round16m"))
import halves
A = set("risky.bank-callback-answerer risky.group-bot-developer risky.miniapp-adslot-seller risky.voice-sample-seller "
        "hard.english-mailbox-delegate hard.shop-group-bot legit.brand-account-editor legit.it-remote-support".split())
B = set("risky.english-mailbox-lender risky.english-remote-laptop-host risky.official-account-renter "
        "risky.payment-code-scanner hard.bank-callback-record hard.speech-data-reading-list legit.checkout-counter".split())
if __name__ == "__main__":
    halves.main(sys.argv, A, B, "dev (round 17)")
