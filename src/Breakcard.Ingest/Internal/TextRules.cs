using System.Buffers;
using System.Text;

namespace Breakcard.Ingest.Internal;

/// <summary>
/// Checks for the free-form string fields of events. Reasons describe the problem without
/// echoing the value, because ids, accounts and numbers may be personal data.
/// </summary>
internal static class TextRules
{
    /// <summary>Longest id, account id, cell id or terminal id.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Longest memo.</summary>
    public const int MaxMemoLength = 1024;

    private static readonly SearchValues<char> AsciiSpaceAndControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f \u007f");

    /// <summary>
    /// An id or key: 1–64 characters, no whitespace or control characters (ids are compared
    /// exactly; an invisible space would split one account into two).
    /// </summary>
    public static string? CheckKey(ReadOnlySpan<char> value, string what)
    {
        if (value.IsEmpty)
        {
            return $"{what} is empty";
        }

        if (value.Length > MaxKeyLength)
        {
            return $"{what} is longer than {MaxKeyLength} characters";
        }

        if (value.IndexOfAny(AsciiSpaceAndControls) >= 0)
        {
            return $"{what} contains a space or a control character";
        }

        if (!Ascii.IsValid(value))
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return $"{what} contains a space or a control character";
                }
            }
        }

        return null;
    }

    /// <summary>A telephone number or SMS service code: an optional '+' and 3–20 digits.</summary>
    public static string? CheckPhone(ReadOnlySpan<char> value, string what)
    {
        var digits = value.StartsWith('+') ? value[1..] : value;
        if (digits.Length is < 3 or > 20 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return value.IsEmpty ? $"{what} is empty" : $"{what} must be an optional '+' and 3 to 20 digits";
        }

        return null;
    }

    /// <summary>Free text such as a memo: at most 1024 characters; tabs and line breaks allowed, other control characters not.</summary>
    public static string? CheckText(ReadOnlySpan<char> value, string what)
    {
        if (value.Length > MaxMemoLength)
        {
            return $"{what} is longer than {MaxMemoLength} characters";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return $"{what} contains a control character";
            }
        }

        return null;
    }
}
