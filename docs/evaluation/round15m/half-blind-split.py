# Round 15 model work (ADR 310) half-blind split: seeded, stratified shuffle of round 14's held-out families
# (src/Breakcard.Simulation/JobAds/HeldOutFamilies.cs; names as in docs/screening.md §6 "Round 14: the one held-out
# run"). Same shape as docs/evaluation/round14/half-blind-split.py; committed before any miss was read.
import random
risky = sorted(["parcel-card-inserter","number-list-screener","netcafe-crew-host","bill-topup-washer",
                "e-licence-lend","whole-phone-seller","call-forward-lend","english-reshipper"])
hard = sorted(["parcel-insert-workorder","telecom-admin-docs","bill-payment-ledger","english-forwarding-manifest"])
legit = sorted(["netcafe-night-manager","english-tradein-inspector","licence-agent-clerk"])
rng = random.Random(20261125)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
