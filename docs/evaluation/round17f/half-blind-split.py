# Round 17 floor work (ADR 334) half-blind split: seeded, stratified shuffle of round 16's held-out families
# (src/Breakcard.Simulation/JobAds/HeldOutFamilies.cs). Same shape as docs/evaluation/round16m/half-blind-split.py;
# committed before any miss was read.
import random
risky = sorted(["groupbuy-voucher-redeemer","phone-lend-caller","roaming-sim-lend","cyber-id-lend",
                "seo-parasite-poster","escrow-group-clerk","recruiter-account-lend","english-fundraiser-host"])
hard = sorted(["groupbuy-verify-log","escrow-deposit-ticket","cyber-id-guide","english-charity-campaign"])
legit = sorted(["phone-shop-desk","seo-site-editor","english-recruiting-coordinator"])
rng = random.Random(20261127)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
