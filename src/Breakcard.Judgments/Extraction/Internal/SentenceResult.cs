using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Numbers;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>One defendant's line in the result: charges and the (executed) punishment.</summary>
internal sealed class SentenceResult
{
    public List<string> Charges { get; } = [];

    public SentenceKind? Kind { get; set; }

    public int? TermMonths { get; set; }

    public int? ProbationMonths { get; set; }

    public Money? Fine { get; set; }
}

/// <summary>
/// Reads the result section: for each defendant, the item "被告人刘某犯帮助信息网络犯罪活动罪，判处
/// 有期徒刑八个月，并处罚金人民币七千元", including combined sentences for several crimes
/// ("…；犯…罪，判处…，决定执行有期徒刑二年，并处罚金人民币四万元", where the executed punishment
/// counts). Parenthetical notes (刑期自…起至…止) are ignored. Also reads the confiscation and
/// restitution items (追缴 / 退缴的违法所得) for gains and restitution.
/// </summary>
internal static class ResultReader
{
    public static SentenceResult? Read(string text, TextRange result, Mentions mentions, int defendant)
    {
        var span = result.Of(text);
        foreach (var (d, start, length) in mentions.Find(span))
        {
            if (d != defendant || start + length >= span.Length || span[start + length] != '犯')
            {
                continue;
            }

            var chunk = WithoutParentheses(Item(span, start + length, mentions));
            return Parse(chunk);
        }

        return null;
    }

    /// <summary>Gains from confiscation items and restitution from return items, by the nearest named defendant.</summary>
    public static void ReadMoneyItems(string text, TextRange result, Mentions mentions, Evidence[] evidence)
    {
        foreach (var clause in ClauseWalker.Walk(text, result, mentions))
        {
            var span = clause.Range.Of(text);
            var found = mentions.Find(span);
            if (found.Count == 0 && mentions.Count > 1)
            {
                continue;
            }

            var restitution = FactsReader.HasRestitution(span);
            for (var yuan = span.IndexOf('元'); yuan >= 0; yuan = NextYuan(span, yuan + 1))
            {
                var start = QuantityReader.FindMoneyStart(span, yuan);
                if (start < 0 || !QuantityReader.TryReadMoney(span, start, out var amount, out _))
                {
                    continue;
                }

                var head = span[..start];
                var label = head.LastIndexOf("违法所得", StringComparison.Ordinal);
                if (label < 0 || head.LastIndexOf("罚金", StringComparison.Ordinal) > label)
                {
                    continue;
                }

                foreach (var d in Owners(found, head, mentions))
                {
                    evidence[d].AddResultGains(amount);
                }
            }

            if (restitution)
            {
                foreach (var (d, _, _) in found)
                {
                    evidence[d].Restitution = true;
                }

                if (mentions.Count == 1)
                {
                    evidence[0].Restitution = true;
                }
            }
        }
    }

    private static IEnumerable<int> Owners(List<(int Defendant, int Start, int Length)> found, ReadOnlySpan<char> head, Mentions mentions)
    {
        if (mentions.Count == 1)
        {
            return [0];
        }

        // The defendants named last before the amount, with any joined to them by 、 (追缴被告人唐某、邓某违法所得…).
        var limit = head.Length;
        var before = found.Where(f => f.Start < limit).ToList();
        if (before.Count == 0)
        {
            return [];
        }

        var owners = new List<int> { before[^1].Defendant };
        for (var k = before.Count - 2; k >= 0; k--)
        {
            var gapStart = before[k].Start + before[k].Length;
            var gap = head[gapStart..before[k + 1].Start];
            if (gap.SequenceEqual("、") || gap.SequenceEqual("、被告人") || gap.SequenceEqual("和") || gap.SequenceEqual("及"))
            {
                owners.Add(before[k].Defendant);
            }
            else
            {
                break;
            }
        }

        return owners;
    }

    private static int NextYuan(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var i = s[from..].IndexOf('元');
        return i < 0 ? -1 : from + i;
    }

    /// <summary>The item from the 犯 after a defendant's name to the end of its sentence (or to the next defendant's item).</summary>
    private static ReadOnlySpan<char> Item(ReadOnlySpan<char> result, int at, Mentions mentions)
    {
        var depth = 0;
        for (var i = at; i < result.Length; i++)
        {
            var c = result[i];
            if (c == '（')
            {
                depth++;
            }
            else if (c == '）' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && c is '。' or '\n')
            {
                return result[at..i];
            }
            else if (depth == 0 && c == '；')
            {
                var next = result[(i + 1)..];
                var skip = next.StartsWith("被告人") ? 3 : 0;
                if (mentions.At(next, skip, out _) >= 0)
                {
                    return result[at..i];
                }
            }
        }

        return result[at..];
    }

    private static string WithoutParentheses(ReadOnlySpan<char> s)
    {
        var chars = new char[s.Length];
        var n = 0;
        var depth = 0;
        foreach (var c in s)
        {
            if (c == '（')
            {
                depth++;
            }
            else if (c == '）' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private static SentenceResult Parse(string item)
    {
        var r = new SentenceResult();
        var span = item.AsSpan();
        for (var at = span.IndexOf('犯'); at >= 0;)
        {
            var charge = ReadCharge(span, at + 1, out var end);
            if (charge is not null)
            {
                r.Charges.Add(charge);
            }

            var next = span[end..].IndexOf("犯", StringComparison.Ordinal);
            // Only a 犯 that starts a new charge: after ；or ，(犯诈骗罪，…；犯帮助…罪).
            while (next >= 0 && end + next > 0 && span[end + next - 1] is not ('；' or '，'))
            {
                var further = span[(end + next + 1)..].IndexOf("犯", StringComparison.Ordinal);
                next = further < 0 ? -1 : next + 1 + further;
            }

            at = next < 0 ? -1 : end + next;
        }

        var executed = span.IndexOf("决定执行", StringComparison.Ordinal);
        var punishment = executed >= 0 ? span[(executed + 4)..] : span;
        if (punishment.Contains("免予刑事处罚", StringComparison.Ordinal) || punishment.Contains("免于刑事处罚", StringComparison.Ordinal))
        {
            r.Kind = SentenceKind.Exempted;
            return r;
        }

        r.TermMonths = MonthsAfter(punishment, "有期徒刑");
        if (r.TermMonths is not null)
        {
            r.Kind = SentenceKind.FixedTerm;
        }
        else if ((r.TermMonths = MonthsAfter(punishment, "拘役")) is not null)
        {
            r.Kind = SentenceKind.Detention;
        }
        else if ((r.TermMonths = MonthsAfter(punishment, "管制")) is not null)
        {
            r.Kind = SentenceKind.Surveillance;
        }

        r.ProbationMonths = MonthsAfter(punishment, "缓刑");
        var fine = punishment.IndexOf("罚金", StringComparison.Ordinal);
        if (fine >= 0)
        {
            var i = fine + 2;
            if (punishment[i..].StartsWith("人民币"))
            {
                i += 3;
            }

            if (QuantityReader.TryReadMoney(punishment, i, out var amount, out _))
            {
                r.Fine = amount.Value;
            }
        }

        if (r.Kind is null && r.Fine is not null)
        {
            r.Kind = SentenceKind.FineOnly;
        }

        return r;
    }

    private static int? MonthsAfter(ReadOnlySpan<char> text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var i = at + word.Length;
        return QuantityReader.TryReadMonths(text, i, out var months, out _) ? months : null;
    }

    /// <summary>The charge after 犯: up to the 罪 that ends the name (帮助信息网络犯罪活动罪 contains 犯罪 inside).</summary>
    private static string? ReadCharge(ReadOnlySpan<char> s, int start, out int end)
    {
        for (var i = start; i < Math.Min(s.Length, start + 32); i++)
        {
            if (s[i] != '罪')
            {
                continue;
            }

            var after = i + 1 < s.Length ? s[i + 1] : '。';
            if (after is '，' or '；' or '。' or '、' or '判' or '单' or '免' or '并' or '处')
            {
                end = i + 1;
                return i > start ? s[start..(i + 1)].ToString() : null;
            }
        }

        end = Math.Min(s.Length, start + 1);
        return null;
    }
}
