using System.Collections.Immutable;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// A note that the conduct may also be another crime, so that Criminal Law Art. 287-2 para. 3
/// (the heavier provision applies) must be considered. An indication for the prosecutor, not a
/// finding. Immutable.
/// </summary>
/// <param name="Indicator">The fact that points to the other crime.</param>
/// <param name="Crime">The other crime, for example "掩饰、隐瞒犯罪所得、犯罪所得收益罪 (Criminal Law Art. 312)".</param>
/// <param name="Text">Why.</param>
/// <param name="Source">Art. 287-2 para. 3.</param>
public sealed record OtherCrimeNote(OtherCrimeIndicator Indicator, string Crime, string Text, LegalSource Source)
{
    /// <summary>Art. 287-2 para. 3.</summary>
    public static LegalSource Paragraph3 { get; } = LegalDocuments.CriminalLaw.Provision(
        "Art. 287-2 para. 3", effectiveFrom: LegalDocuments.Article287Dash2.EffectiveFrom,
        note: "Where the conduct also constitutes another crime, the heavier provision applies.");

    /// <summary>The notes for the indicators in <paramref name="facts"/>; empty before Art. 287-2 was in force.</summary>
    public static ImmutableArray<OtherCrimeNote> For(ConductFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!Paragraph3.IsInForceOn(facts.ConductDate))
        {
            return [];
        }

        return [.. facts.OtherCrimeIndicators.Select(i => i switch
        {
            OtherCrimeIndicator.HandledProceeds => new OtherCrimeNote(i,
                "掩饰、隐瞒犯罪所得、犯罪所得收益罪 (Criminal Law Art. 312)",
                "the defendant personally transferred, withdrew or cashed out money known to be criminal proceeds; compare with Art. 312 and apply the heavier provision",
                Paragraph3),
            OtherCrimeIndicator.PriorConspiracy => new OtherCrimeNote(i,
                "the helped crime itself as an accomplice, for example 诈骗罪 (Criminal Law Art. 266)",
                "the defendant conspired with the principal offenders beforehand; joint liability for the helped crime may apply, and the heavier provision prevails",
                Paragraph3),
            _ => throw new ArgumentOutOfRangeException(nameof(facts), i, "Unknown indicator."),
        })];
    }
}
