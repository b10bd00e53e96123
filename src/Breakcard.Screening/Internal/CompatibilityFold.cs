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
        var at = NextUnpaired(span, 0);
        if (at < 0)
        {
            return span.ToString().Normalize(NormalizationForm.FormKC);
        }

        var chars = span.ToArray();
        for (; at >= 0; at = NextUnpaired(span, at + 1))
        {
            chars[at] = '\uFFFD';
        }

        return new string(chars).Normalize(NormalizationForm.FormKC);
    }

    public static bool HasUnpairedSurrogate(ReadOnlySpan<char> s) => NextUnpaired(s, 0) >= 0;

    // The index of the first half of a surrogate pair at or after from that has no partner, or -1.
    private static int NextUnpaired(ReadOnlySpan<char> s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
