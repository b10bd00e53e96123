using System.Buffers;
using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 405: a negator carries over an enumeration of verbs, and a poster's own pledge is neutral.
// 不出租、不出借、不出售银行卡和电话卡 negates all three acts, not only the first: each item of the list opens with its own negator,
// and the object the last verb takes is the object of them all. "We never rent, lend or sell cards" is one negator heading a list of
// verbs. The plain negators are no warning cues (不限学历, no experience), so a single negated item stays what ADR 365 made it: only
// a run of two or more negated items, or an English negator right before a verb list, is read as a negated enumeration.
// A line of the poster's own compliance boilerplate — a negated list of the poster's or the reader's conduct (不收押金，不办贷款，
// 不刷单), or a declaration that the post or the job is lawful (本岗位正规合法, 合法合规, a legitimate, registered business) — with no
// offer on it is neither an offer nor a warning notice: its terms carry no concept, so it neither flags an honest ad nor, by its
// anti-fraud slogan, makes a risky one read as a notice. A line with a verdict is not such a line, and in a text that reads as a
// notice without them (a verdict or two topics elsewhere) the lines are the notice's own and stay read.
public sealed partial class PatternContext
{
    // Concepts that make a line an offer or a lure, not a pledge (a price, a unit of trade, a messenger, daily pay, easy money).
    private const Concept LineOffer = Concept.TradeUnit | Concept.EncryptedContact | Concept.DailyPay | Concept.EasyMoney;

    /// <summary>Negates the terms inside a negated enumeration (<see cref="NegatedEnumerations"/>), reassurance aside (不冻卡 stays a sign).</summary>
    private void NegateNegatedEnumerations(bool[] negated)
    {
        var spans = _enumerations;
        if (spans.Count == 0)
        {
            return;
        }

        for (var k = 0; k < Terms.Count; k++)
        {
            if (negated[k] || Terms[k].Has(Concept.Reassurance) || Terms[k].Start >= Text.Text.Length)
            {
                continue;
            }

            var (from, to) = Text.OriginalSpan(Terms[k].Start, Terms[k].End);
            negated[k] = Holds(spans, from, to);
        }
    }

    /// <summary>
    /// The spans of <paramref name="original"/> that are negated enumerations: a run of two or more items of one sentence, joined by
    /// 、 or a comma, each opening with a plain negator (不出租、不出借、不出售银行卡); or an English negator right before a list of verbs
    /// joined by commas and or / nor / and, to the end of its clause (never rent, lend or sell your card).
    /// </summary>
    internal static List<(int Start, int End)> NegatedEnumerations(string original)
    {
        var spans = new List<(int Start, int End)>();
        var runStart = -1;
        var runItems = 0;
        var itemStart = 0;
        for (var i = 0; i <= original.Length; i++)
        {
            // Only a joint or a sentence end closes an item: jump to the next one (ADR 461; a vector search where the loop tested
            // every character of texts that are mostly neither).
            var next = original.AsSpan(Math.Min(i, original.Length)).IndexOfAny(ItemEnds);
            i = next < 0 ? original.Length : i + next;
            var ch = i < original.Length ? original[i] : '\n';
            var joint = ch is '、' or '，' or ',';
            if (!joint && !IsSentenceEnd(ch))
            {
                continue;
            }

            // The item [itemStart, i): does it open with a negator?
            if (OpensWithNegator(original, itemStart, i))
            {
                runStart = runItems == 0 ? itemStart : runStart;
                runItems++;
            }
            else
            {
                CloseRun(spans, runStart, runItems, itemStart);
                runItems = 0;
            }

            if (!joint)
            {
                CloseRun(spans, runStart, runItems, i);
                runItems = 0;
            }

            itemStart = i + 1;
        }

        // EnumerateMatches, not Matches: no collection allocated for the texts (nearly all) without one (ADR 435).
        foreach (var m in EnglishNegatedVerbList().EnumerateMatches(original))
        {
            var end = m.Index + m.Length;
            while (end < original.Length && !IsSentenceEnd(original[end]) && original[end] != ',')
            {
                end++;
            }

            spans.Add((m.Index, end));
        }

        return spans;
    }

    private static void CloseRun(List<(int Start, int End)> spans, int start, int items, int end)
    {
        if (items >= 2)
        {
            spans.Add((start, end));
        }
    }

    // The joints above and the sentence ends below: the characters NegatedEnumerations stops at.
    private static readonly SearchValues<char> ItemEnds = SearchValues.Create("、，,。；;！!？?\n\r：:.");

    private static bool IsSentenceEnd(char ch) => ch is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r' or '：' or ':' or '.';

    private static bool OpensWithNegator(string original, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(original[from]))
        {
            from++;
        }

        // A subject may stand before it (我们不…, 本公司绝不…).
        foreach (var subject in Subjects)
        {
            if (string.CompareOrdinal(original, from, subject, 0, subject.Length) == 0 && from + subject.Length < to)
            {
                from += subject.Length;
                break;
            }
        }

        // 不 or 绝不 / 从不 / 决不 / 永不 with something after it; not a word that negates nothing (不断, 不论).
        if (from < to - 1 && original[from] is '绝' or '从' or '决' or '永' && original[from + 1] == '不')
        {
            from++;
        }

        return from < to - 1 && original[from] == '不' && !IsNotNegation(original.AsSpan(from, 2));
    }

    // One of NotNegations (不断, 不论 …), compared without the two-character string Substring allocated (ADR 435).
    private static bool IsNotNegation(ReadOnlySpan<char> pair)
    {
        foreach (var word in NotNegations)
        {
            if (pair.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Subjects = ["我们", "本公司", "公司", "本平台", "平台", "本岗位", "我司"];

    // An English negator right before a list of verbs: never rent, lend or sell; won't rent, lend, nor sell.
    [GeneratedRegex(@"\b(?:never|not|won't|don't|cannot|can't)\s+[a-z]+(?:\s*,\s*[a-z]+)*\s*,?\s*\b(?:or|nor|and)\s+[a-z]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegatedVerbList();

    // A declaration that the post or the job is lawful or reviewed.
    [GeneratedRegex(@"正规合法|合法合规|合法经营|正规公司|通过.{0,4}审核|不涉黄赌毒|拥护反诈|人人有责|\blegitimate\b|\bregistered business\b|\blegal and compliant\b|\bnot a scam\b|\bsupport anti-fraud\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LawfulDeclaration();

    /// <summary>
    /// The lines of <paramref name="text"/>'s original that are the poster's own pledge: a negated enumeration or a declaration that the
    /// post is lawful, with no amount and no offer or lure on the line and no verdict on it (凡是…都是诈骗 is a notice's line).
    /// </summary>
    private static List<(int Start, int End)> PledgeLines(NormalisedText text, List<(int Start, int End)> amounts, List<(int Start, int End)> enumerations)
    {
        var lines = new List<(int Start, int End)>();
        var original = text.Original;
        if (original.IndexOf('\n') < 0)
        {
            return lines; // A one-line text is the ad itself (or the notice itself), not a line added to it.
        }

        var start = 0;
        for (var i = 0; i <= original.Length; i++)
        {
            if (i < original.Length && original[i] != '\n')
            {
                continue;
            }

            var (s, e) = (start, i);
            start = i + 1;
            // A line of four characters or more, with no offer, lure, verdict or amount on it (the cheap tests, first), that holds a
            // negated enumeration or declares the post lawful (the line copied and normalised, last). The same lines as the
            // order before ADR 435, which normalised a copy of every such line first: every test is pure.
            if (e - s < 4 || LineHas(text, s, e, LineOffer | Concept.WarningVerdict) || AmountOnLine(text, amounts, s, e))
            {
                continue;
            }

            if (OpensEnumeration(enumerations, s, e) || LawfulDeclaration().IsMatch(Internal.CompatibilityFold.Of(original.AsSpan(s, e - s))))
            {
                lines.Add((s, e));
            }
        }

        return lines.Count == 0 || RestReadsAsNotice(text, lines) ? [] : lines;
    }

    // The pledge lines of a warning notice are the notice's own (a bank's 我行提醒您：不出租、不出借…): where the text without them
    // names a verdict or still reads as a notice (two topics, or a topic and two cues), they stay read.
    private static bool RestReadsAsNotice(NormalisedText text, List<(int Start, int End)> lines)
    {
        var topics = new HashSet<string>(StringComparer.Ordinal);
        var cues = 0;
        for (var ti = 0; ti < text.Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = text.Terms[ti];
            if (!t.Has(Concept.WarningTopic | Concept.WarningCue | Concept.WarningVerdict) || OnPledgeLine(text, lines, t.Start, t.End))
            {
                continue;
            }

            if (t.Has(Concept.WarningVerdict))
            {
                return true;
            }

            cues += t.Has(Concept.WarningCue) ? 1 : 0;
            _ = t.Has(Concept.WarningTopic) && topics.Add(t.Term.Text);
        }

        return topics.Count >= 2 || (topics.Count >= 1 && cues >= 2);
    }

    // A number a call word stands right before (拨打96110, with a character or two of disguise between) is the hotline the line gives,
    // not a price: ADR 244 reads the plain form as no money, a disguised one (拨打‮oIl69‬) may still be read as an amount.
    private static bool IsHotline(string s, int start)
    {
        foreach (var word in NonMoneyNumbers.CallWords)
        {
            var at = s.LastIndexOf(word, Math.Max(0, start - 1), Math.Min(start, word.Length + 3), StringComparison.Ordinal);
            if (at >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LineHas(NormalisedText text, int from, int to, Concept concepts)
    {
        for (var ti = 0; ti < text.Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = text.Terms[ti];
            if (t.Has(concepts) && Overlaps(text, t.Start, t.End, from, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(NormalisedText text, int start, int end, int from, int to)
    {
        if (end <= start || start >= text.Text.Length)
        {
            return false;
        }

        var (a, b) = text.OriginalSpan(start, end);
        return a < to && from < b;
    }

    /// <summary>
    /// True when term <paramref name="index"/> goes on, as written, to more words of its clause (出收购凭证: 凭证 after 收购) rather than
    /// ending it (店里收，): a verb read across a clause mark back to an object takes that object only when it ends its clause (ADR 405).
    /// </summary>
    internal bool HasObjectAfter(int index)
    {
        if (Terms[index].End >= Text.Text.Length)
        {
            return false;
        }

        var (_, to) = Text.OriginalSpan(Terms[index].Start, Terms[index].End);
        var original = Text.Original;
        while (to < original.Length && char.IsWhiteSpace(original[to]) && original[to] != '\n')
        {
            to++;
        }

        return to < original.Length && char.IsLetter(original[to]);
    }

    /// <summary>True when normalised term span [<paramref name="start"/>, <paramref name="end"/>) lies on one of <paramref name="lines"/>.</summary>
    private static bool OnPledgeLine(NormalisedText text, List<(int Start, int End)> lines, int start, int end)
    {
        // A loop, not Exists with a lambda: the lambda's captures were allocated on every call, for every term (ADR 435).
        foreach (var (from, to) in lines)
        {
            if (Overlaps(text, start, end, from, to))
            {
                return true;
            }
        }

        return false;
    }

    // True when one of `spans` holds original characters [from, to).
    private static bool Holds(List<(int Start, int End)> spans, int from, int to)
    {
        foreach (var s in spans)
        {
            if (s.Start <= from && to <= s.End)
            {
                return true;
            }
        }

        return false;
    }

    // True when one of the negated enumerations starts on the line [s, e).
    private static bool OpensEnumeration(List<(int Start, int End)> enumerations, int s, int e)
    {
        foreach (var x in enumerations)
        {
            if (s <= x.Start && x.Start < e)
            {
                return true;
            }
        }

        return false;
    }

    // True when an amount that is not a hotline number overlaps the line [s, e).
    private static bool AmountOnLine(NormalisedText text, List<(int Start, int End)> amounts, int s, int e)
    {
        foreach (var a in amounts)
        {
            if (Overlaps(text, a.Start, a.End, s, e) && !IsHotline(text.Text, a.Start))
            {
                return true;
            }
        }

        return false;
    }
}
