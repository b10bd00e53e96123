using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Internal;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// A bank card, account or payment account in the case, with how it was dealt in (the legal
/// rules count cards by kind, holder and dealing: 法发〔2021〕22号 Art. 9). Immutable.
/// </summary>
/// <param name="Number">Card number or account number.</param>
/// <param name="CardKind">Kind as the legal rules count it (bank_card, bank_account, payment_account, …; not phone kinds).</param>
/// <param name="Holder">Whose it is (own = the suspect's), when known.</param>
/// <param name="Dealing">How it was dealt in (sold, rented, bought, lent), when known.</param>
/// <param name="BankCode">Issuing bank or institution, when known.</param>
/// <param name="HolderRef">Holder's id in the source data, or null.</param>
public sealed record CardContent(Identifier Number, CardKind CardKind, CardHolder? Holder, Dealing? Dealing, string? BankCode, string? HolderRef) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Card;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => Number;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [Number];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        return [new("number", show(Number)), .. Dealt.Fields(CardKind, Holder, Dealing, HolderRef), .. BankCode is null ? [] : new ViewField[] { new("bank", BankCode) }];
    }

    /// <inheritdoc />
    public override string? Problem() =>
        Number.Kind is not (IdentifierKind.BankCard or IdentifierKind.AccountNumber) ? "a card needs a bank card or account number"
        : !CardKind.IsPaymentTool() ? $"card kind {Names.Code(CardKind)} is a telecom card; add it as a phone"
        : null;
}
