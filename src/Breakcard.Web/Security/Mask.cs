using Breakcard.Cases.Identifiers;
using Breakcard.Core.Identifiers;

namespace Breakcard.Web.Security;

/// <summary>Masks the account and phone keys that engines hand out raw (alerts, traces) before they leave the host.</summary>
public static class Mask
{
    /// <summary>The masked form of an account, card or phone key; cash points (<c>CASH:…</c>, not personal) stay as they are.</summary>
    public static string Key(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "";
        }

        if (key.StartsWith("CASH:", StringComparison.Ordinal))
        {
            return key;
        }

        if (Identifier.TryParse(IdentifierKind.Phone, key, out var phone, out _))
        {
            return phone.Masked;
        }

        return Identifier.TryParseAccount(key, out var account, out _) ? account.Masked : Masking.KeepEnds(key, 2, 2);
    }
}
