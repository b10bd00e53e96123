# Round 19 negated-act work (ADR 365) half-blind split: seeded, stratified shuffle of round 18's held-out families
# (src/Breakcard.Simulation/JobAds/HeldOutFamilies.cs, names only). Same shape as docs/evaluation/round18a/half-blind-split.py;
# committed before any miss or text of round 18's set was read.
import random
risky = sorted(["voice-sample-seller","official-account-renter","group-bot-developer","payment-code-scanner",
                "bank-callback-answerer","miniapp-adslot-seller","english-mailbox-lender","english-remote-laptop-host"])
hard = sorted(["speech-data-reading-list","shop-group-bot","bank-callback-record","english-mailbox-delegate"])
legit = sorted(["checkout-counter","brand-account-editor","it-remote-support"])
rng = random.Random(20261201)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
