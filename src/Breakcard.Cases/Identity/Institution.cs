using Breakcard.Cases.Internal;

namespace Breakcard.Cases.Identity;

/// <summary>An institution that uses the case system. Immutable.</summary>
/// <param name="Id">Short stable id, lower case letters, digits and hyphens (for example "icbc-chengdu").</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What kind of institution it is.</param>
/// <param name="BankCode">
/// For banks and payment institutions, the code of <see cref="Core.Accounts.BankCatalog"/> (or the
/// institution's own code) naming whose accounts are its customers'; null otherwise.
/// </param>
public sealed record Institution(string Id, string Name, InstitutionKind Kind, string? BankCode)
{
    /// <summary>True for the institutions that report clues (banks, payment institutions, operators, platforms).</summary>
    public bool IsReporting => Kind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution or InstitutionKind.Telecom or InstitutionKind.Platform;

    /// <summary>True for banks and payment institutions.</summary>
    public bool IsFinancial => Kind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution;

    /// <summary>Checks the fields; returns the first problem or null.</summary>
    public string? Problem()
    {
        if (!Ids.IsValidInstitutionId(Id))
        {
            return "institution id must be 2 to 40 characters of a-z, 0-9 and '-', starting with a letter";
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            return "institution name must be 1 to 200 characters";
        }

        if (!Enum.IsDefined(Kind))
        {
            return "unknown institution kind";
        }

        if (BankCode is not null && !IsFinancial)
        {
            return "only banks and payment institutions have a bank code";
        }

        if (BankCode is not null && (BankCode.Length is < 2 or > 16 || !BankCode.All(char.IsAsciiLetterOrDigit)))
        {
            return "bank code must be 2 to 16 letters or digits";
        }

        return null;
    }
}
