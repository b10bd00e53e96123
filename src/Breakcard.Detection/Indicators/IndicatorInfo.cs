
namespace Breakcard.Detection.Indicators;

/// <summary>How an indicator counts in the points model.</summary>
public enum IndicatorCategory
{
    /// <summary>
    /// Money or traffic behaviour that by itself says "this card or number is being used for
    /// someone else" (pass-through, fan-in from strangers, call spray, SIM box, code flood).
    /// </summary>
    Primary = 1,

    /// <summary>
    /// Circumstances that make a primary signal more telling but are common in honest life on their
    /// own (night activity, a new account, a shared device). Without a primary signal their points
    /// are capped below the alert threshold.
    /// </summary>
    Context = 2,
}

/// <summary>
/// What an indicator is, for documentation, explanations and alerts.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">Reason code written in alerts, for example "PASS_THROUGH".</param>
/// <param name="Name">Short name.</param>
/// <param name="Description">What it detects and how, in one or two sentences.</param>
/// <param name="Source">Where the signal comes from (INDICATORS.md).</param>
/// <param name="Basis">Legal or regulatory basis cited in alerts.</param>
/// <param name="Category">How it counts in the points model.</param>
/// <param name="Applies">Entity kinds it applies to.</param>
/// <param name="DefaultWeight">Points at full strength in the default points model.</param>
public sealed record IndicatorInfo(
    IndicatorId Id,
    string Code,
    string Name,
    string Description,
    string Source,
    string Basis,
    IndicatorCategory Category,
    AppliesTo Applies,
    int DefaultWeight);

/// <summary>Which entities an indicator is evaluated for.</summary>
[Flags]
public enum AppliesTo
{
    /// <summary>Bank and payment accounts.</summary>
    Accounts = 1,

    /// <summary>Phone numbers.</summary>
    Phones = 2,

    /// <summary>Both.</summary>
    Both = Accounts | Phones,
}
