using System.Collections.Concurrent;
using System.Text;

namespace Breakcard.Core.Events;

/// <summary>PascalCase → snake_case, cached (enum names are few and converted often).</summary>
internal static class SnakeCase
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string pascal) => Cache.GetOrAdd(pascal, static p =>
    {
        var sb = new StringBuilder(p.Length + 4);
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit, or
                // before a lower-case letter in a run of capitals ("IoTCard" → "io_t_card" is avoided
                // by treating "IoT" specially below).
                var startsWord = i > 0 && (char.IsLower(p[i - 1]) || char.IsDigit(p[i - 1])
                    || (char.IsUpper(p[i - 1]) && i + 1 < p.Length && char.IsLower(p[i + 1])));
                if (startsWord)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Replace("io_t", "iot", StringComparison.Ordinal);
    });
}
