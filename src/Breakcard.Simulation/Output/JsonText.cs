using System.Text;

namespace Breakcard.Simulation.Output;

/// <summary>JSON string literals (RFC 8259), encoded once and copied into lines afterwards.</summary>
internal static class JsonText
{
    /// <summary>
    /// <paramref name="text"/> as a quoted JSON string in UTF-8: quote and backslash escaped,
    /// control characters as short escapes or \u00XX, everything else (Chinese included) as is.
    /// </summary>
    public static byte[] Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ': sb.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return Encoding.UTF8.GetBytes(sb.Append('"').ToString());
    }
}
