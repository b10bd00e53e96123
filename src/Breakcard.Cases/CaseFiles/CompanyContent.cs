using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Internal;
using Breakcard.Core.Companies;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A company in the case (a shell whose corporate account was sold, an employer that recruited). Immutable.</summary>
/// <param name="Code">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="RegisteredAddress">Registered address, when known.</param>
/// <param name="Status">Register status, when known.</param>
public sealed record CompanyContent(Identifier Code, string Name, string? RegisteredAddress, CompanyStatus? Status) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Company;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => Code;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [Code];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        yield return new("credit_code", show(Code));
        yield return new("name", Name);
        if (RegisteredAddress is not null)
        {
            yield return new("registered_address", RegisteredAddress);
        }

        if (Status is { } s)
        {
            yield return new("status", Names.Code(s));
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        Code.Kind != IdentifierKind.CreditCode ? "a company needs a unified social credit code"
        : string.IsNullOrWhiteSpace(Name) || Name.Length > 200 ? "company name must be 1 to 200 characters"
        : null;
}
