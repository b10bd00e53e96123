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
        return [new("number", show(Number)), .. Dealt.Fields(CardKind, Holder, Dealing, HolderRef)];
    }

    /// <inheritdoc />
    public override string? Problem() =>
        Number.Kind != IdentifierKind.Phone ? "a phone needs a mobile number"
        : !CardKind.IsTelecomCard() ? $"card kind {Names.Code(CardKind)} is not a phone, data or IoT card"
        : null;
}
