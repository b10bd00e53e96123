namespace Breakcard.Legal.Sources;

/// <summary>
/// One legal document (statute, judicial interpretation, opinion, minutes, regulation) with the
/// date from which Breakcard applies it. Immutable; thread safe.
/// </summary>
/// <param name="Id">Stable machine id, for example "interp-2019-15".</param>
/// <param name="Number">Document number or short citation, for example "法释〔2019〕15号".</param>
/// <param name="Title">English title.</param>
/// <param name="ChineseTitle">Chinese title, or null where it could not be verified.</param>
/// <param name="EffectiveFrom">
/// First conduct date on which the document is applied. Where only a month or year is known this
/// is the first day on which the document certainly existed (ADR 0021), never earlier.
/// </param>
/// <param name="Standing">Standing of the document's text as a whole.</param>
/// <param name="EffectiveDateBasis">Why <paramref name="EffectiveFrom"/> is that date.</param>
public sealed record LegalDocument(
    string Id,
    string Number,
    string Title,
    string? ChineseTitle,
    DateOnly EffectiveFrom,
    SourceStanding Standing,
    string EffectiveDateBasis)
{
    /// <summary>True when the document is in force on <paramref name="date"/> (on or after <see cref="EffectiveFrom"/>).</summary>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom;

    /// <summary>A provision of this document with the document's date and standing.</summary>
    /// <param name="provision">Article, paragraph and item, for example "Art. 12 para. 1 item 2".</param>
    /// <param name="standing">Standing of this provision when it differs from the document's (a summarised article of an official document).</param>
    /// <param name="effectiveFrom">Date of this provision when it differs from the document's (an article added by an amendment).</param>
    /// <param name="note">Caveat printed with the provision.</param>
    public LegalSource Provision(string provision, SourceStanding? standing = null, DateOnly? effectiveFrom = null, string? note = null) =>
        new(this, provision, effectiveFrom ?? EffectiveFrom, standing ?? Standing, note);
}
