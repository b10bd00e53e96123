namespace Breakcard.Screening.Patterns;

/// <summary>
/// One explicit screening pattern: an id, what it looks for, how much it weighs, what conduct it
/// points to and the provisions it rests on. Rules are code in <see cref="PatternCatalog"/>.
/// </summary>
public sealed class RiskPattern
{
    internal RiskPattern(string id, string title, string description, double weight, RiskConduct conduct,
        IReadOnlyList<LegalReference> legalBasis, string? note, Func<PatternContext, IEnumerable<(int First, int Last)>> rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(weight, 1.0);
        Id = id;
        Title = title;
        Description = description;
        Weight = weight;
        Conduct = conduct;
        LegalBasis = legalBasis;
        Note = note;
        Rule = rule;
    }

    /// <summary>Stable id, for example <c>card-trade</c>.</summary>
    public string Id { get; }

    /// <summary>Short title for a reason line.</summary>
    public string Title { get; }

    /// <summary>What the pattern looks for, with examples.</summary>
    public string Description { get; }

    /// <summary>
    /// Evidence weight in (0, 1): the probability this pattern alone means a card-renting
    /// recruitment ad. Patterns combine as a noisy-OR: 1 − Π(1 − weight).
    /// </summary>
    public double Weight { get; }

    /// <summary>The conduct the pattern points to.</summary>
    public RiskConduct Conduct { get; }

    /// <summary>The provisions the conduct falls under; empty for lures, which are signs, not conduct.</summary>
    public IReadOnlyList<LegalReference> LegalBasis { get; }

    /// <summary>How the legal basis applies, when it needs saying.</summary>
    public string? Note { get; }

    /// <summary>
    /// True when the pattern describes the offence structure itself (ADR 233): the reader's own instrument
    /// traded, handed over or controlled by another party, or others' money passed through the reader's
    /// accounts; equipment run, groups promoted or accounts opened for others with their purpose hidden (ADR 260). Requirements (several cards, only your card), slang, minors, internet accounts in general,
    /// brushing, evasion and lures are signs that co-occur with the offence, not the offence.
    /// </summary>
    public bool IsOffenceStructure =>
        Conduct is RiskConduct.CardTrade or RiskConduct.PhoneCardTrade or RiskConduct.AccountLending or RiskConduct.PaymentSettlement
            or RiskConduct.CorporateAccount or RiskConduct.SmsCodeReception or RiskConduct.IdentityLending
            or RiskConduct.TechnicalSupport or RiskConduct.Promotion or RiskConduct.InsiderAbuse or RiskConduct.OtherHelp
        && Id is not ("many-cards" or "card-required" or "card-slang" or "minor-recruiting" or "internet-account-trade");

    /// <summary>
    /// True for a live act that stock anti-fraud lines pasted beside it do not excuse (ADRs 417, 420, 421): where the pattern
    /// fires unrefused, a pledge (不出售银行卡), a slogan (凡是先让你交钱的都是诈骗) or a named client forbids or frames other acts, so
    /// the text gets no prohibition, report framing or institution voice from them.
    /// </summary>
    public bool StockLinesDoNotExcuse { get; init; }

    /// <summary>True for a live act whose own unrefused, unnarrated reading already rules out a notice's voice: the stock lines make no warning notice of the text either (ADR 438).</summary>
    public bool NoticeLinesDoNotExcuse { get; init; }

    /// <summary>Finds evidence: spans of term indices [First, Last] in the context's terms.</summary>
    internal Func<PatternContext, IEnumerable<(int First, int Last)>> Rule { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Weight:0.00})";
}
