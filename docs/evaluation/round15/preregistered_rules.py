# The offence-structure floor of ADR 306 in terms of `dump` rows (kept apart so the pre-registration stays short).
from score import score

# RiskPattern.IsOffenceStructure at ADR 306 (conducts card/phone-card trade, account lending, settlement, corporate
# account, SMS codes, identity, technical support, promotion, insider; not many-cards, card-required, card-slang,
# minor-recruiting, internet-account-trade). If a later round adds a structure pattern, add it here before the run.
STRUCTURE = {"card-trade", "card-kit", "card-price", "card-handover", "card-carry", "phone-card-trade", "call-relay",
             "account-lending", "instrument-control", "remote-control", "settlement", "collect-and-forward",
             "pass-through", "money-conversion", "corporate-account", "sms-code", "identity-lending",
             "technical-support", "promotion", "insider-opening"}

def floored(r, **kw):
    """ADR 306: the model-led score, at least ADR 52's pattern-led score when a structure is live and nothing honest is said."""
    s = score(r, **kw)
    if r["hon"] == 0 and any(k in STRUCTURE for k in r["live"]):
        s = max(s, score(r))
    return s
