using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The disguises that rewrite the whole text rather than a key word: numbers reversed or written
/// in another script, full-width forms, traditional and Japanese forms, look-alike code points and
/// emoji decoration. <see cref="EvasionEngine"/> decides which apply and in what order.
/// </summary>
internal static class WholeTextEvasions
{
    private static readonly Dictionary<char, char> ToTraditional = BuildTraditional();

    /// <summary>
    /// When <paramref name="reverse"/>, one run of at least five ASCII digits (a phone, QQ or order
    /// number), picked at random, stored backwards between U+202E and U+202C; the text unchanged
    /// otherwise or when it has no such run.
    /// </summary>
    internal static string ReverseOneNumber(string text, bool reverse, SeededRandom random)
    {
        if (!reverse)
        {
            return text;
        }

        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start >= 5)
            {
                runs.Add((start, i - start));
            }
        }

        if (runs.Count == 0)
        {
            return text;
        }

        var (at, length) = random.Pick(runs.ToArray());
        return string.Concat(text.AsSpan(0, at), Reversed(text.Substring(at, length)), text.AsSpan(at + length));
    }

    /// <summary>
    /// <paramref name="word"/> stored backwards between U+202E and U+202C: it displays as written, but
    /// a filter reading the stored characters sees 卡行银 or "drac knab". Key words are all in the
    /// Basic Multilingual Plane, so reversing UTF-16 units reverses characters.
    /// </summary>
    internal static string Reversed(string word)
    {
        var chars = word.ToCharArray();
        Array.Reverse(chars);
        return string.Concat(EvasionTables.RightToLeftOverride.ToString(), new string(chars), EvasionTables.PopDirectionalFormatting.ToString());
    }

    /// <summary>
    /// Each run of ASCII digits rewritten, with probability 0.6 (one run always), digit by digit in
    /// one script of <see cref="EvasionTables.NumberScripts"/>; the text unchanged when it has no digits.
    /// </summary>
    internal static string NumberForms(string text, SeededRandom random)
    {
        var runs = DigitRuns(text);
        if (runs.Count == 0)
        {
            return text;
        }

        var forced = random.NextInt(runs.Count);
        var sb = new StringBuilder(text.Length * 2);
        var next = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, length) = runs[r];
            sb.Append(text, next, start - next);
            if (r == forced || random.Chance(0.6))
            {
                var script = random.Pick(EvasionTables.NumberScripts);
                for (var k = start; k < start + length; k++)
                {
                    sb.Append(script[text[k] - '0']);
                }
            }
            else
            {
                sb.Append(text, start, length);
            }

            next = start + length;
        }

        return sb.Append(text, next, text.Length - next).ToString();
    }

    /// <summary>The maximal runs of ASCII digits in <paramref name="text"/>, in order.</summary>
    internal static List<(int Start, int Length)> DigitRuns(string text)
    {
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }

                runs.Add((start, i - start + 1));
            }
        }

        return runs;
    }

    /// <summary>Each character with a Japanese form is written in it with probability 0.6; at least one when any can be.</summary>
    internal static string JapaneseForms(string text, SeededRandom random) =>
        SwapSome(text, EvasionTables.JapaneseForms.ContainsKey, c => EvasionTables.JapaneseForms[c], 0.6, random);

    /// <summary>Each character with a look-alike code point is swapped with probability one half; at least one when any can be.</summary>
    internal static string LookalikeCodePoints(string text, SeededRandom random) =>
        SwapSome(text, EvasionTables.LookalikeCodePoints.ContainsKey, c => random.Pick(EvasionTables.LookalikeCodePoints[c])[0], 0.5, random);

    /// <summary>
    /// Every character <paramref name="can"/> accepts is swapped with probability
    /// <paramref name="share"/>, one of them (picked first) always; the text unchanged when none can be.
    /// </summary>
    internal static string SwapSome(string text, Func<char, bool> can, Func<char, char> swap, double share, SeededRandom random)
    {
        var sites = Enumerable.Range(0, text.Length).Where(i => can(text[i])).ToArray();
        if (sites.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var forced = random.Pick(sites);
        foreach (var i in sites)
        {
            if (i == forced || random.Chance(share))
            {
                chars[i] = swap(text[i]);
            }
        }

        return new string(chars);
    }

    internal static string FullWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(chars[i]))
            {
                chars[i] = (char)(chars[i] + 0xFEE0);
            }
        }

        return new string(chars);
    }

    internal static string Traditional(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (ToTraditional.TryGetValue(chars[i], out var t))
            {
                chars[i] = t;
            }
        }

        return new string(chars);
    }

    internal static string Decorate(string text, SeededRandom random)
    {
        var sb = new StringBuilder(text);
        var count = random.NextInt(1, 4);
        for (var k = 0; k < count; k++)
        {
            var emoji = random.Pick(EvasionTables.DecorationEmoji);
            switch (random.NextInt(3))
            {
                case 0:
                    sb.Insert(0, emoji);
                    break;
                case 1:
                    sb.Append(emoji);
                    break;
                default:
                    var commas = Enumerable.Range(0, sb.Length).Where(i => sb[i] is '，' or ',' or '。' or '：').ToArray();
                    sb.Insert(commas.Length > 0 ? random.Pick(commas) + 1 : sb.Length, emoji);
                    break;
            }
        }

        return sb.ToString();
    }

    private static Dictionary<char, char> BuildTraditional()
    {
        var map = new Dictionary<char, char>();
        var pairs = TraditionalTable.Pairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
