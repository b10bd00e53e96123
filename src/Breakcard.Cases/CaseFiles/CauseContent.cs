using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Internal;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A cause-investigation finding: how a suspect was drawn in. Immutable.</summary>
/// <param name="Category">The category.</param>
/// <param name="Detail">What was found (the ad, the school, the recruiter's role), free text.</param>
/// <param name="SuspectItemId">The suspect item it concerns, or null for the case as a whole.</param>
public sealed record CauseContent(CauseCategory Category, string? Detail, string? SuspectItemId) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Cause;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        yield return new("category", Names.Code(Category));
        if (Detail is not null)
        {
            yield return new("detail", Detail);
        }

        if (SuspectItemId is not null)
        {
            yield return new("suspect", SuspectItemId);
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        !Enum.IsDefined(Category) ? "unknown cause category"
        : Detail is { Length: > 2000 } ? "detail must be at most 2,000 characters"
        : Category == CauseCategory.Other && string.IsNullOrWhiteSpace(Detail) ? "category 'other' needs a detail"
        : null;
}
