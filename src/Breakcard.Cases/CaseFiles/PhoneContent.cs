using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Internal;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A phone, data or IoT card in the case, with how it was dealt in. Immutable.</summary>
/// <param name="Number">The mobile number.</param>
/// <param name="CardKind">phone_card, data_card or iot_card.</param>
/// <param name="Holder">Whose it is, when known.</param>
/// <param name="Dealing">How it was dealt in, when known.</param>
/// <param name="HolderRef">Holder's id in the source data, or null.</param>
public sealed record PhoneContent(Identifier Number, CardKind CardKind, CardHolder? Holder, Dealing? Dealing, string? HolderRef) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Phone;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => Number;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [Number];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        yield return new("number", show(Number));
        yield return new("card_kind", Names.Code(CardKind));
        if (Holder is { } h)
        {
            yield return new("holder", Names.Code(h));
        }

        if (Dealing is { } d)
        {
            yield return new("dealing", Names.Code(d));
        }

        if (HolderRef is not null)
        {
            yield return new("holder_ref", HolderRef);
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        Number.Kind != IdentifierKind.Phone ? "a phone needs a mobile number"
        : !CardKind.IsTelecomCard() ? $"card kind {Names.Code(CardKind)} is not a phone, data or IoT card"
        : null;
}
