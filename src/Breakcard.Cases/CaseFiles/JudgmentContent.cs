using System.Globalization;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Internal;
using Breakcard.Core;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A court's judgment in the case. Immutable.</summary>
/// <param name="JudgedOn">Date of the judgment.</param>
/// <param name="Verdict">Convicted, exempted or acquitted.</param>
/// <param name="Crime">The crime convicted of, when convicted ("帮助信息网络犯罪活动罪", "诈骗罪").</param>
/// <param name="Sentence">The sentence in words ("8 months' imprisonment"), when convicted.</param>
/// <param name="Fine">The fine, when imposed.</param>
/// <param name="Reference">The judgment's number, when known.</param>
public sealed record JudgmentContent(DateOnly JudgedOn, JudgmentVerdict Verdict, string? Crime, string? Sentence, Money? Fine, string? Reference) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Judgment;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        yield return new("judged_on", JudgedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return new("verdict", Names.Code(Verdict));
        if (Crime is not null)
        {
            yield return new("crime", Crime);
        }

        if (Sentence is not null)
        {
            yield return new("sentence", Sentence);
        }

        if (Fine is { } fine)
        {
            yield return new("fine", fine.ToString());
        }

        if (Reference is not null)
        {
            yield return new("reference", Reference);
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        !Enum.IsDefined(Verdict) ? "unknown verdict"
        : Verdict != JudgmentVerdict.Acquitted && string.IsNullOrWhiteSpace(Crime) ? "a conviction names the crime"
        : Fine is { Fen: <= 0 } ? "a fine must be positive"
        : (Crime?.Length ?? 0) > 100 || (Sentence?.Length ?? 0) > 200 || (Reference?.Length ?? 0) > 100 ? "crime, sentence or reference too long"
        : null;
}
