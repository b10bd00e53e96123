# Round 16 model work (ADR 317) half-blind split: seeded, stratified shuffle of round 15's held-out families
# (src/Breakcard.Simulation/JobAds/HeldOutFamilies.cs; names as in docs/screening.md §6 "Round 15: the one held-out
# run"). Same shape as docs/evaluation/round15m/half-blind-split.py; committed before any miss was read.
import random
risky = sorted(["ukey-box-host","antiblock-link-ops","captcha-solver","fraud-script-writer",
                "collectible-flipper","lottery-stake-collector","elder-sim-proxy","english-testimonial-actor"])
hard = sorted(["ukey-office-log","shortlink-weekly-report","elder-service-roster","english-antifraud-script-brief"])
legit = sorted(["data-labeller-board","lottery-shop-clerk","english-ugc-creator"])
rng = random.Random(20261126)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
