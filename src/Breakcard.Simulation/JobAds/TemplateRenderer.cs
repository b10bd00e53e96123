using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Renders ad templates. Syntax: <c>{a|b|c}</c> picks one alternative, <c>[text]</c> is included
/// with probability one half, <c>&lt;name&gt;</c> is replaced by a rendered value of the slot
/// <c>name</c> (the family's own slots first, then <see cref="SlotFillers"/>). All three nest.
/// </summary>
internal static class TemplateRenderer
{
    private const int MaxDepth = 12;

    /// <summary>Renders <paramref name="template"/>.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string[]> slots, SeededRandom random)
    {
        var sb = new StringBuilder(template.Length * 2);
        Render(template.AsSpan(), slots, random, sb, 0);
        return sb.ToString();
    }

    /// <summary>Every slot name <paramref name="template"/> refers to (for validation).</summary>
    public static IEnumerable<string> SlotNames(string template)
    {
        for (var i = template.IndexOf('<', StringComparison.Ordinal); i >= 0; i = template.IndexOf('<', i + 1))
        {
            var end = template.IndexOf('>', i);
            if (end < 0)
            {
                throw new FormatException($"unclosed slot in template: {template}");
            }

            yield return template[(i + 1)..end];
        }
    }

    /// <summary>Throws when brackets do not balance.</summary>
    public static void Validate(string template)
    {
        var stack = new Stack<char>();
        foreach (var c in template)
        {
            switch (c)
            {
                case '{' or '[' or '<':
                    stack.Push(c);
                    break;
                case '}' or ']' or '>':
                    var open = c switch { '}' => '{', ']' => '[', _ => '<' };
                    if (stack.Count == 0 || stack.Pop() != open)
                    {
                        throw new FormatException($"unbalanced '{c}' in template: {template}");
                    }

                    break;
            }
        }

        if (stack.Count > 0)
        {
            throw new FormatException($"unclosed '{stack.Peek()}' in template: {template}");
        }
    }

    private static void Render(ReadOnlySpan<char> t, IReadOnlyDictionary<string, string[]> slots, SeededRandom random, StringBuilder sb, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("template slots nest too deeply (a slot refers to itself?)");
        }

        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            switch (c)
            {
                case '{':
                {
                    var close = Matching(t, i);
                    var alternatives = SplitTopLevel(t[(i + 1)..close]);
                    var (start, length) = alternatives[random.NextInt(alternatives.Count)];
                    Render(t.Slice(i + 1 + start, length), slots, random, sb, depth + 1);
                    i = close + 1;
                    break;
                }

                case '[':
                {
                    var close = Matching(t, i);
                    if (random.Chance(0.5))
                    {
                        Render(t[(i + 1)..close], slots, random, sb, depth + 1);
                    }

                    i = close + 1;
                    break;
                }

                case '<':
                {
                    var close = t[i..].IndexOf('>') + i;
                    var name = t[(i + 1)..close].ToString();
                    var values = slots.TryGetValue(name, out var own) ? own
                        : SlotFillers.Shared.TryGetValue(name, out var shared) ? shared
                        : throw new KeyNotFoundException($"unknown template slot <{name}>");
                    Render(random.Pick(values).AsSpan(), slots, random, sb, depth + 1);
                    i = close + 1;
                    break;
                }

                default:
                    sb.Append(c);
                    i++;
                    break;
            }
        }
    }

    private static int Matching(ReadOnlySpan<char> t, int open)
    {
        var depth = 0;
        for (var i = open; i < t.Length; i++)
        {
            if (t[i] is '{' or '[')
            {
                depth++;
            }
            else if (t[i] is '}' or ']' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"unbalanced brackets in template: {t.ToString()}");
    }

    private static List<(int Start, int Length)> SplitTopLevel(ReadOnlySpan<char> body)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is '{' or '[' or '<')
            {
                depth++;
            }
            else if (c is '}' or ']' or '>')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
            {
                parts.Add((start, i - start));
                start = i + 1;
            }
        }

        parts.Add((start, body.Length - start));
        return parts;
    }
}
