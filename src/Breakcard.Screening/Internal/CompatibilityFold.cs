using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// NFKC of a piece of the original text, for the readings that match a copied span against a pattern written in plain forms
/// (full-width ｏｒ as or). A span cut at a fixed reach can end or start between the two halves of a pair (an emoji right
/// after a term), and the text itself may carry a lone half; .NET's normalisation refuses any string with an unpaired half
/// and would throw on an ad. The lone halves are replaced by U+FFFD, which no pattern matches, so the rest is still read.
/// </summary>
internal static class CompatibilityFold
{
    public static string Of(ReadOnlySpan<char> span)
    {
        var s = span.ToString();
        return (HasUnpairedSurrogate(s) ? Repaired(s) : s).Normalize(NormalizationForm.FormKC);
    }

    public static bool HasUnpairedSurrogate(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Repaired(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
