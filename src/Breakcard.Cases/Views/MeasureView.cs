using Breakcard.Cases.Measures;

namespace Breakcard.Cases.Views;

/// <summary>A control measure as shown: the target masked. Immutable.</summary>
/// <param name="Id">Measure id.</param>
/// <param name="CaseId">Its case, or null.</param>
/// <param name="Target">The card, account or phone, masked.</param>
/// <param name="Terms">What was decided and on what footing.</param>
/// <param name="Progress">Complaint and release.</param>
/// <param name="Version">Version.</param>
public sealed record MeasureView(string Id, string? CaseId, string Target, MeasureTerms Terms, MeasureProgress Progress, long Version)
{
    /// <summary>The view of a record (target masked).</summary>
    public static MeasureView Of(MeasureRecord m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.CaseId, m.Target.Masked, m.Terms, m.Progress, m.Version);
    }
}
