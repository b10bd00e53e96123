using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// What a case item says. Each kind knows its identifiers (for masking and look-up) and how to
/// show itself as fields through a function that masks or reveals identifiers, so the view
/// builder decides masking in one place. Immutable.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SuspectContent), "suspect")]
[JsonDerivedType(typeof(CardContent), "card")]
[JsonDerivedType(typeof(PhoneContent), "phone")]
[JsonDerivedType(typeof(CompanyContent), "company")]
[JsonDerivedType(typeof(TransactionContent), "transaction")]
[JsonDerivedType(typeof(ChainContent), "chain")]
[JsonDerivedType(typeof(NoteContent), "note")]
[JsonDerivedType(typeof(AttachmentContent), "attachment")]
[JsonDerivedType(typeof(CauseContent), "cause")]
[JsonDerivedType(typeof(EvaluationContent), "evaluation")]
[JsonDerivedType(typeof(JudgmentContent), "judgment")]
public abstract record CaseItemContent
{
    /// <summary>The kind of item.</summary>
    [JsonIgnore]
    public abstract CaseItemKind Kind { get; }

    /// <summary>The identifier the item is about (indexed for look-up), or null.</summary>
    [JsonIgnore]
    public abstract Identifier? Key { get; }

    /// <summary>Every personal identifier in the item.</summary>
    public abstract IEnumerable<Identifier> Identifiers();

    /// <summary>The item as labelled fields; identifiers go through <paramref name="show"/>.</summary>
    public abstract IEnumerable<ViewField> Fields(Func<Identifier, string> show);

    /// <summary>Checks the content; returns the problem or null.</summary>
    public virtual string? Problem() => null;
}
