# Round 18 warning-notice work (ADR 348) half-blind split: seeded, stratified shuffle of round 17's held-out families
# (src/Breakcard.Simulation/JobAds/HeldOutFamilies.cs, names only). Same shape as docs/evaluation/round17f/half-blind-split.py;
# committed before any miss or text of round 17's set was read.
import random
risky = sorted(["stored-value-cashback","phone-wall-keeper","imei-rewriter","complaint-suppressor",
                "stock-group-shill","app-review-booster","english-crypto-card-opener","english-group-moderator"])
hard = sorted(["membership-refund-form","complaint-desk-daily","antifraud-pledge","english-community-moderator"])
legit = sorted(["device-test-lab","phone-repair-counter","broker-content-assistant"])
rng = random.Random(20261128)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
