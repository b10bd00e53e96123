using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A note. Free text; identifiers belong in their own items, where they are masked. Immutable.</summary>
/// <param name="Text">The note, 1 to 4,000 characters.</param>
public sealed record NoteContent(string Text) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Note;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show) => [new("text", Text)];

    /// <inheritdoc />
    public override string? Problem() => string.IsNullOrWhiteSpace(Text) || Text.Length > 4000 ? "a note must be 1 to 4,000 characters" : null;
}
