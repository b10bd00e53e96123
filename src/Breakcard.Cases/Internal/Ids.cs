namespace Breakcard.Cases.Internal;

/// <summary>Formats of the ids the case system hands out and accepts.</summary>
internal static class Ids
{
    /// <summary>Institution id: 2–40 of [a-z0-9-], starting with a letter.</summary>
    public static bool IsValidInstitutionId(string? id) =>
        id is { Length: >= 2 and <= 40 } && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>User id: "name@institution" with a name of 1–40 of [a-z0-9._-].</summary>
    public static bool IsValidUserId(string? id)
    {
        if (id is null)
        {
            return false;
        }

        var at = id.IndexOf('@', StringComparison.Ordinal);
        if (at is < 1 or > 40 || at != id.LastIndexOf('@'))
        {
            return false;
        }

        var name = id.AsSpan(0, at);
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return IsValidInstitutionId(id[(at + 1)..]);
    }

    /// <summary>The id with <paramref name="prefix"/> and a six-digit (or longer) number, for example "CS-000042".</summary>
    public static string Format(string prefix, long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{number:000000}");

    /// <summary>True when <paramref name="id"/> has the form <see cref="Format"/> makes with <paramref name="prefix"/>.</summary>
    public static bool HasForm(string? id, string prefix) =>
        id is not null && id.Length >= prefix.Length + 7 && id.StartsWith(prefix + "-", StringComparison.Ordinal)
        && id.AsSpan(prefix.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0 && id.Length <= prefix.Length + 20;
}
