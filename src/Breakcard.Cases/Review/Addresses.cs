using System.Text;

namespace Breakcard.Cases.Review;

/// <summary>Address comparison for the register: the same place written the same way.</summary>
public static class Addresses
{
    /// <summary>
    /// The comparison key of an address: Unicode NFKC (full-width digits and letters become
    /// half-width), whitespace removed, ASCII letters upper-cased.
    /// </summary>
    public static string Key(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = address.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
            }
        }

        return sb.ToString();
    }
}
