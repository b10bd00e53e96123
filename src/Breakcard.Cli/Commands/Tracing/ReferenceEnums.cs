namespace Breakcard.Cli.Commands.Tracing;

/// <summary>The snake_case enumeration values of the reference files (<c>class_i</c>, <c>sim_box</c>, <c>china_mobile</c>).</summary>
internal static class ReferenceEnums
{
    /// <summary>Parses a snake_case name; numbers and unknown names are refused.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        value = default;
        if (text.Length == 0 || !char.IsAsciiLetterLower(text[0]) || !text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            return false;
        }

        var compact = text.Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The accepted names of <typeparamref name="T"/>.</summary>
    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Snake(v.ToString()));

    private static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            // "IoT" is one word ("iot"), as the writer spells it.
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])) && pascal is not "IoT")
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
