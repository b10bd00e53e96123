namespace Breakcard.Simulation.JobAds;

/// <summary>
/// One simulated job ad or profile text with its ground truth.
/// </summary>
/// <param name="Id">Stable id within a corpus, for example <c>ad-000042</c>.</param>
/// <param name="Text">The text as posted.</param>
/// <param name="IsRisky">True when the ad recruits people to rent, lend or sell cards or accounts, move money for others, brush orders or lend their identity.</param>
/// <param name="Family">The template family it was written from (for example <c>risky.card-rent</c>).</param>
/// <param name="Kind">Risky, legitimate, or a legitimate hard negative.</param>
/// <param name="Scheme">What the ad really recruits for.</param>
/// <param name="Language">"zh" or "en".</param>
/// <param name="Evasions">The evasion transformations applied (a set, ADR 472).</param>
/// <param name="Split">The split the ad belongs to (its family's reserve or the reserved evasion it uses).</param>
/// <param name="Audience">The group the ad is aimed at (for early warning of people at risk).</param>
public sealed record JobAd(
    string Id,
    string Text,
    bool IsRisky,
    string Family,
    JobAdKind Kind,
    JobAdScheme Scheme,
    string Language,
    EvasionSet Evasions,
    JobAdSplit Split,
    JobAdAudience Audience);

/// <summary>What kind of ad a family writes.</summary>
public enum JobAdKind
{
    /// <summary>An ordinary legitimate job ad.</summary>
    Legitimate,

    /// <summary>A legitimate text that looks suspicious: anti-fraud warnings, bank or telecom marketing, payroll and onboarding, painters who "brush".</summary>
    HardNegative,

    /// <summary>A recruitment ad for card renting, payment settlement and the related conduct.</summary>
    Risky,
}

/// <summary>What a risky ad really recruits for (<see cref="None"/> for legitimate ads).</summary>
public enum JobAdScheme
{
    /// <summary>Legitimate.</summary>
    None,

    /// <summary>Renting or lending one's bank cards or accounts.</summary>
    CardRenting,

    /// <summary>Buying up bank cards and the card kit (收卡).</summary>
    CardBuying,

    /// <summary>Phone, data or IoT cards.</summary>
    PhoneCards,

    /// <summary>WeChat, Alipay or other payment and internet accounts.</summary>
    PaymentAccounts,

    /// <summary>Moving money for others: 跑分, 代收代付, 走账.</summary>
    PaymentSettlement,

    /// <summary>Order brushing and rebate tasks.</summary>
    OrderBrushing,

    /// <summary>ID photos and face verification for others.</summary>
    IdentityLending,

    /// <summary>Corporate accounts and nominee legal representatives.</summary>
    CorporateAccounts,

    /// <summary>SMS verification codes for others (接码).</summary>
    SmsCodes,
}

/// <summary>The group an ad addresses.</summary>
public enum JobAdAudience
{
    /// <summary>Anyone.</summary>
    General,

    /// <summary>Students.</summary>
    Students,

    /// <summary>The unemployed and idle.</summary>
    Unemployed,

    /// <summary>Stay-at-home parents.</summary>
    Parents,
}
