namespace Breakcard.Core.Tests.Identifiers;

/// <summary>
/// The property every checked identifier must have: change any one character of a valid value to
/// any other character of its alphabet, and the result is either rejected or a different valid
/// value. For check-digit schemes that means "rejected", always; the property is written so it
/// also holds for unchecked identifiers (mobile numbers).
/// </summary>
internal static class SingleCharacterChanges
{
    public const string Digits = "0123456789";

    /// <summary>Every string that differs from <paramref name="value"/> in exactly one position.</summary>
    public static IEnumerable<string> Of(string value, string alphabet)
    {
        for (var i = 0; i < value.Length; i++)
        {
            foreach (var c in alphabet)
            {
                if (c != value[i])
                {
                    var chars = value.ToCharArray();
                    chars[i] = c;
                    yield return new string(chars);
                }
            }
        }
    }
}
