# Round 14 half-blind split (ADR 293): seeded, stratified shuffle of round 13's held-out families
# (names as listed in docs/screening.md §6 "Round 13: the one held-out run").
import random
risky = sorted(["ai-faceswap-maker","bank-interview-coach","english-chat-translator","map-listing-poster",
                "satellite-dish-buyer","icp-filing-lend","imessage-blaster","online-shop-rent"])
hard = sorted(["shop-operator-receipt","bank-roleplay-training","notice-sender-payslip","english-translator-timesheet"])
legit = sorted(["map-merchant-checker","web-filing-assistant","english-satcom-technician"])
rng = random.Random(20261124)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
