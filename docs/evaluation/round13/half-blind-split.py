# Round 13 half-blind split (ADR 283): seeded, stratified shuffle of round 12's held-out families.
import random
risky = sorted(["offshore-idc-ops","cloud-drive-host","telecom-line-agent","retouch-forger","ad-account-agent",
                "sticker-poster","crossborder-collect-account","english-gateway-account"])
hard = sorted(["cloud-trust-safety","call-centre-compliance","resign-handover","english-gateway-compliance"])
legit = sorted(["flyer-promoter","livestream-job-fair","english-retoucher"])
rng = random.Random(20261123)
a, b = [], []
for prefix, fams, na in (("risky", risky, 4), ("hard", hard, 2), ("legit", legit, 2)):
    f = fams[:]; rng.shuffle(f)
    a += [prefix + "." + x for x in sorted(f[:na])]; b += [prefix + "." + x for x in sorted(f[na:])]
print("A:", " ".join(a)); print("B:", " ".join(b))
