using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 407: what makes a text a warning is that it describes the scheme as others' conduct and tells the reader to refuse or
// report it — not that a warning line is present. Posters paste a stock anti-fraud line beside their offer (a platform footer
// 如遇诈骗请拨打96110, a slogan 凡是先让你交钱的都是诈骗, 全民反诈人人有责, a pledge): the line is neutral, and the offer on the
// other lines stays an offer. So a text that reads as a notice is read line by line: a line with a warning topic or verdict
// is the notice's; a line with neither that makes an offer (an amount, a messenger, daily pay, easy money, an order of secrecy,
// or the poster speaking of itself to the reader — 我们…你, we … you — outside quotation marks) in a clause that does not
// describe someone else's approach (骗子, 对方声称, 有人以…为名, someone asks you) is the poster's own offer, and then the text
// is no warning notice; what the notice's lines quote in a describing clause stays named, not offered. A notice that introduces the scheme's words
// with a colon (不法分子常用话术： / Common lines:) owns the lines that follow, to the next blank line; a quiz whose marked
// answers refuse describes its approaches. One-line texts are read whole, as before: the notice and the offer are one text.
public sealed partial class PatternContext
{
    // True when the text read as a notice but the poster's own offer stands on a line beside it (ADR 407).
    private bool _offerBesideNotice;

    // Concepts that make a clause an offer: a messenger, daily pay, easy money, an order to keep it from family or bank (amounts
    // are read separately). A unit alone (一张, 一套) is not: a handover list counts its cards and keys with it.
    private const Concept ClauseOffer = Concept.EncryptedContact | Concept.DailyPay | Concept.EasyMoney | Concept.Secrecy;

    // Cue words that only negate or forbid (别拆, 不要告诉家人, don't ask): an offer gives such orders; they describe no one.
    private static readonly string[] PlainNegators =
    [
        "不要", "千万不要", "千万别", "别", "勿", "不得", "不能", "不可", "禁止", "严禁", "不允许", "不准", "无法", "拒绝", "谢绝", "拒接",
        "never", "do not", "don't", "must not", "will not",
    ];

    // Words that make a clause a description of someone else's approach rather than the poster's offer (beyond the lexicon's
    // wrongdoer cues: 骗子, 不法分子, 冒充, 以…为名).
    private static readonly string[] Describers =
    [
        "对方", "声称", "自称", "号称", "谎称", "他们", "有人让", "有人叫", "有人要", "有人请", "有人称", "有人说", "不少人", "受害", "被骗",
        "someone", "anyone", "scammer", "scammers", "fraudster", "fraudsters", "criminal", "criminals",
    ];

    // The poster speaking of itself (我们, we, us) to the reader (你, your) in one sentence: the poster asks something of the reader.
    // Variant and regional forms (莪们, 硪们, 我哋; 沵, 伱) are listed as the normaliser leaves them.
    private static readonly string[] FirstPerson = ["我们", "我方", "咱们", "我司", "莪们", "硪们", "我哋", "俺们", "we", "us", "our"];

    private static readonly string[] SecondPerson = ["你", "您", "沵", "伱", "妳", "you", "your", "u", "ur"]; // text-speak too (ADR 425)

    /// <summary>
    /// True when a multi-line text that reads as a notice has a line of the poster's own offer beside its warning lines
    /// (ADR 407): a line with no warning topic or verdict, not introduced by a notice's colon, that carries an offer or the
    /// poster's voice to the reader outside quotation marks, in a clause describing no one else's approach. Only called for a
    /// text that reads as a notice.
    /// </summary>
    private bool OffersBesideNotice(bool refusingQuiz)
    {
        var original = Text.Original; // the shown text: an HTML source's paragraphs are its lines (ADR 463, ADR 474)
        if (refusingQuiz || original.IndexOf('\n') < 0)
        {
            return false;
        }

        _offerBesideNotice = FindsOfferLine(original);
        return _offerBesideNotice;
    }

    private bool FindsOfferLine(string original)
    {
        var lineStarts = LineStarts(original);
        var warning = new bool[lineStarts.Count];
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            if (t.Has(Concept.WarningTopic | Concept.WarningVerdict) && t.Start < Text.Text.Length)
            {
                warning[LineOf(lineStarts, Text.OriginalSpan(t.Start, t.End).Start)] = true;
            }
        }

        var owned = OwnedByNotice(original, lineStarts, warning);
        // Each sentence is read for the poster's voice or a spoken sum once: 0 unread, 1 no, 2 yes.
        var voice = _sentence.Length == 0 ? [] : new byte[_sentence[^1] + 1];
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            // An offer's term, or any term of a sentence where the poster speaks of itself to the reader (我们…你, we … you) or names a
            // sum in spoken digits.
            if (OnOfferLine(lineStarts, warning, owned, t.Start, t.End) && (t.Has(ClauseOffer) || SpeaksAsPoster(voice, t.Start)) && IsOwnOffer(t.Start, t.End))
            {
                return true;
            }
        }

        foreach (var (start, end) in Amounts)
        {
            if (OnOfferLine(lineStarts, warning, owned, start, end) && !IsHotline(Text.Text, start)
                && !Terms.Any(t => t.Has(Concept.WarningTopic) && t.Start < end && start < t.End) && IsOwnOffer(start, end))
            {
                return true;
            }
        }

        return false;
    }

    // True when normalised span [start, end) lies on a line that is neither the notice's nor introduced by it.
    private bool OnOfferLine(List<int> lineStarts, bool[] warning, bool[] owned, int start, int end)
    {
        if (end <= start || start >= Text.Text.Length)
        {
            return false;
        }

        var line = LineOf(lineStarts, Text.OriginalSpan(start, end).Start);
        return !warning[line] && !owned[line];
    }

    /// <summary>
    /// Where an offer stands beside a notice (ADR 407), what the notice's lines quote as someone else's words (the lines scammers
    /// use — “rent us your bank card”) is still named, not offered: quoted terms in a clause that describes others are negated.
    /// </summary>
    private void NegateQuotedDescriptions(bool[] negated)
    {
        if (!_offerBesideNotice || _quotes.Count == 0)
        {
            return;
        }

        for (var k = 0; k < Terms.Count; k++)
        {
            var t = Terms[k];
            negated[k] |= t.Start < Text.Text.Length && InQuotes(_quotes, t.Start, t.End) && DescribesOthers(t.Start);
        }
    }

    // Outside quotation marks and in a sentence that describes no one else's approach: the poster's own.
    private bool IsOwnOffer(int start, int end) => !InQuotes(_quotes, start, end) && !DescribesOthers(start);

    private (int From, int To) SentenceAround(int at)
    {
        var s = _sentence[at];
        var from = at;
        while (from > 0 && _sentence[from - 1] == s)
        {
            from--;
        }

        var to = at;
        while (to < _sentence.Length && _sentence[to] == s)
        {
            to++;
        }

        return (from, to);
    }

    private bool SpeaksAsPoster(byte[] voice, int at)
    {
        var id = _sentence[at];
        if (voice[id] == 0)
        {
            var (from, to) = SentenceAround(at);
            // A sum in spoken digits (一张幺五洞元) is a price the amount reading leaves (FraudHelpReadings' SpokenSum), read here per sentence.
            var speaks = (SentenceHas(from, to, FirstPerson) && SentenceHas(from, to, SecondPerson)) || FraudHelpReadings.HasSpokenSum(Text.Text.AsSpan(from, to - from));
            voice[id] = speaks ? (byte)2 : (byte)1;
        }

        return voice[id] == 2;
    }

    // True when normalised sentence [from, to) holds one of `words`: a Chinese word in the normalised text, a Latin one as a whole
    // word of the original (the normalised text drops the spaces between Latin words). An empty range holds none: a case report's
    // word at a sentence's start (获刑三年，…) asks about the empty stretch before it, and OriginalSpan refuses an empty span.
    private bool SentenceHas(int from, int to, string[] words)
    {
        if (to <= from)
        {
            return false;
        }

        var normalised = Text.Text.AsSpan(from, to - from);
        var (a, b) = Text.OriginalSpan(from, to);
        var original = Text.Original.AsSpan(a, b - a);
        foreach (var word in words)
        {
            if (char.IsAsciiLetter(word[0]) ? ContainsWord(original, word) : normalised.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A Latin word counts only between non-letters (us, not business).
    private static bool ContainsWord(ReadOnlySpan<char> span, string word)
    {
        for (var i = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(span[i - 1])) && (end == span.Length || !char.IsLetter(span[end])))
            {
                return true;
            }

            var next = span[end..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : end + next;
        }

        return false;
    }

    // True when the sentence holding normalised index `at` names someone else's approach: a wrongdoer or lure cue of the lexicon
    // (骗子, 冒充, 诱导, 有人以), or a describing word (对方, 声称, someone asks).
    private bool DescribesOthers(int at)
    {
        var (from, to) = SentenceAround(at);
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            if (t.Start >= to)
            {
                break; // terms are in order
            }

            if (t.Start >= from && t.Has(Concept.WarningCue) && Array.IndexOf(PlainNegators, t.Term.Text) < 0)
            {
                return true;
            }
        }

        return SentenceHas(from, to, Describers);
    }

    // The lines a notice introduces with a colon (不法分子常用话术： / Common scam lines:), up to the next blank line.
    private static bool[] OwnedByNotice(string original, List<int> lineStarts, bool[] warning)
    {
        var owned = new bool[lineStarts.Count];
        for (var i = 0; i < lineStarts.Count; i++)
        {
            if (!warning[i] || !EndsWithColon(original, lineStarts, i))
            {
                continue;
            }

            for (var j = i + 1; j < lineStarts.Count && !IsBlank(original, lineStarts, j); j++)
            {
                owned[j] = true;
            }
        }

        return owned;
    }

    private static bool EndsWithColon(string original, List<int> lineStarts, int line)
    {
        var end = LineEnd(original, lineStarts, line);
        while (end > lineStarts[line] && char.IsWhiteSpace(original[end - 1]))
        {
            end--;
        }

        return end > lineStarts[line] && original[end - 1] is '：' or ':';
    }

    private static bool IsBlank(string original, List<int> lineStarts, int line)
    {
        var end = LineEnd(original, lineStarts, line);
        return original.AsSpan(lineStarts[line], end - lineStarts[line]).IsWhiteSpace();
    }

    private static int LineEnd(string original, List<int> lineStarts, int line) =>
        line + 1 < lineStarts.Count ? lineStarts[line + 1] - 1 : original.Length;

    private static List<int> LineStarts(string original)
    {
        var starts = new List<int> { 0 };
        for (var i = original.IndexOf('\n'); i >= 0; i = original.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var i = lineStarts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }
}
