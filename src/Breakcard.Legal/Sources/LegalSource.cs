using System.Globalization;

namespace Breakcard.Legal.Sources;

/// <summary>
/// The source of one rule: document, provision, the date from which it applies and its
/// standing. Every criterion, presumption, penalty and sanction Breakcard reports names one.
/// Immutable; thread safe.
/// </summary>
/// <param name="Document">The document.</param>
/// <param name="Provision">Article, paragraph and item, for example "Art. 12 para. 1 item 2".</param>
/// <param name="EffectiveFrom">First conduct date on which the provision is applied.</param>
/// <param name="Standing">Official, secondary source or provisional.</param>
/// <param name="Note">Caveat printed with the provision, or null.</param>
public sealed record LegalSource(LegalDocument Document, string Provision, DateOnly EffectiveFrom, SourceStanding Standing, string? Note)
{
    /// <summary>True when the provision is in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom;

    /// <summary>Short citation, for example "法释〔2019〕15号 Art. 12 para. 1 item 2".</summary>
    public string Citation => $"{Document.Number} {Provision}";

    /// <summary>Label printed next to the rule: "official", "secondary source" or "provisional".</summary>
    public string Label => LabelOf(Standing);

    /// <summary>Effective date in ISO form.</summary>
    public string EffectiveFromText => EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The printed label of a standing.</summary>
    public static string LabelOf(SourceStanding standing) => standing switch
    {
        SourceStanding.Official => "official",
        SourceStanding.Secondary => "secondary source",
        SourceStanding.Provisional => "provisional",
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, "Unknown standing."),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Citation} (from {EffectiveFromText}, {Label})";
}
