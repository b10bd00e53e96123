using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Lexicon.Concept;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// The dispatcher's gates (ADR 476): for a reading, the concepts one of which some term of a text must carry for the reading to
/// find anything in it. <see cref="PatternMatcher.Match"/> asks the context's union of concepts (one AND, computed once per text by
/// the term pass, the one pass that finds every vocabulary word) before it calls the reading at all, so a text without the
/// reading's anchors costs it no delegate call, no iterator and none of the whole-text facts the reading would ask for first.
/// <para>
/// A gate must never hide a match: it may name only concepts the reading's own code cannot find anything without (each of its
/// branches starts from a term carrying one of them: <see cref="Rules.Single"/>, <see cref="Rules.Pair"/>,
/// <see cref="Rules.VerbObject"/> of that concept). <c>PatternGatesTests</c> runs every gated reading over generated training
/// texts and the hard cases and fails where a reading finds something in a text its gate shuts out; it also fails for a reading
/// that is neither gated here nor listed in <see cref="Ungated"/>, so a new reading is gated by default.
/// </para>
/// Immutable and thread safe.
/// </summary>
internal static class PatternGates
{
    /// <summary>Reading id → its anchors: the reading runs only on a text with a term carrying one of them.</summary>
    private static readonly Dictionary<string, Concept> Anchors = new(StringComparer.Ordinal)
    {
        // Every branch is a VerbObject or SingleAll whose object is a bank card or a card named by 卡 alone.
        ["card-trade"] = BankCard | CardGeneric,
        // Pairs and singles of a banking key or a card kit.
        ["card-kit"] = BankingKey | CardKit,
        ["card-price"] = TradeUnit,
        ["card-slang"] = CardTradeSlang,
        ["phone-card-trade"] = PhoneCard,
        // A relay word paired, or all three in one term, or a phone card whose marks are cleared.
        ["call-relay"] = CallRelay | PhoneCard,
        ["account-lending"] = PaymentAccount,
        ["internet-account-trade"] = InternetAccount,
        ["settlement"] = Settlement | SettlementAmbiguous,
        ["remote-control"] = RemoteControl,
        ["minor-recruiting"] = Underage,
        // The principal's codes are read only where a code is received or an SMS code traded.
        ["sms-code"] = CodeReception | SmsCode,
        // Every branch pairs or joins an identity document.
        ["identity-lending"] = IdentityDocument,
        ["insider-opening"] = Open,
        ["reassurance"] = Reassurance,
        ["secrecy"] = Secrecy,
        ["disguised-vocabulary"] = PatternCatalog.RiskVocabulary,
        ["encrypted-contact"] = EncryptedContact,
        ["easy-money"] = EasyMoney,
        ["daily-pay"] = DailyPay,
        ["target-group"] = TargetGroup,
    };

    /// <summary>
    /// The readings of ADR 476's catalogue that the dispatcher does not gate: each gates itself inside its rule, on a whole-text fact
    /// (what is not to be asked, a warning notice, an offer) or on words the lexicon holds no concept for (ADR 382's gates), or
    /// reads a concept only in some branches. Frozen: a reading added after ADR 476 declares its anchors in <see cref="Anchors"/>,
    /// or is added here with the reason in its review.
    /// </summary>
    internal static readonly IReadOnlySet<string> Ungated = new HashSet<string>(StringComparer.Ordinal)
    {
        "many-cards", "card-required", "card-handover", "collect-and-forward", "pass-through", "money-conversion", "instrument-control",
        "card-carry", "corporate-account", "technical-support", "promotion", "order-brushing", "coded-trade",
        "access-lending", "led-past-border-per-head", "safety-check-defeated-per-pass", "carried-across-unasked", "send-endpoints-collected",
        "ads-preloaded", "numbers-harvested", "card-kits-smuggled", "compound-work-unasked", "screen-switched-back", "device-identity",
        "empty-parcels-sent", "fake-endorsement", "victim-silencing", "group-role-lent", "check-answered-for-others",
        "unlawful-ad-placement", "biometric-sale", "insider-account-action", "verified-identity-handed-over", "letters-posted-for-others",
        "merchant-front", "hidden-sender-parcel", "paid-out-for-others", "penny-transfer-adverts", "others-cards-collected",
        "code-placed-over", "face-lent-to-persona", "recruited-abroad-per-head", "mark-carried", "caller-name-lent", "own-means-unasked",
        "own-name-handed-over", "passed-on-for-share", "instruments-bought-for-others", "persuasion-to-pay-unasked",
        "stock-placed-concealed", "impersonation-props", "stranger-push-ads", "registration-lent", "service-for-strangers",
        "surface-code-unasked", "transfer-pickup", "number-handover", "handed-over-unasked", "others-cards-spent",
        "parcels-received-for-others",
        // Added after ADR 476: ADR 473's reading gates itself on the whole-text fact that something is not to be asked.
        "concealed-errand",
        // ADR 481's three readings gate themselves by a vectorised search for their acts' words (linked devices, authorised
        // users, 自动抢单/自动确认), which no lexicon concept holds.
        "messaging-session-linked-out", "credit-line-extended-to-strangers", "settlement-confirmations-automated",
    };

    /// <summary>The anchors of <paramref name="id"/>, or <see cref="Concept.None"/> when the dispatcher does not gate it.</summary>
    internal static Concept Of(string id) => Anchors.GetValueOrDefault(id, None);

    /// <summary>The ids gated here.</summary>
    internal static IEnumerable<string> GatedIds => Anchors.Keys;

    /// <summary>The anchors of each pattern of <see cref="PatternCatalog.All"/>, by its index; <see cref="Concept.None"/> for none.</summary>
    internal static Concept[] ForCatalogue { get; } = [.. PatternCatalog.All.Select(p => Of(p.Id))];

    /// <summary>True when the reading with anchors <paramref name="anchors"/> may find something in <paramref name="context"/>.</summary>
    internal static bool Opens(Concept anchors, PatternContext context) => anchors == None || context.Has(anchors);
}
