using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Drops a post's frame lines from the folded text (ADR 432): whole lines in which the writer speaks of its own past earnings
/// (上周又进账两千多 / <c>Cashed out $640 today, here's what I do</c>) or calls the reader to join the writer (评论区扣1带你 /
/// <c>Comment IN and I'll show you</c>), around a body that carries the notice, the slip or the job. What the writer says it
/// earned is not pay offered to the reader for handing anything over, and a call to join says nothing of what the body asks:
/// read as the text's own words, the frame's amount completed the offence structure's pay slot, its voice (我, 你也能) turned a
/// notice's lines into offer lines (ADR 407) and its words moved the model. The body is judged as it would be alone.
/// <para>
/// A frame line names no instrument and no trade in it (a card, an account, an ID, a code; renting, selling, collecting,
/// settling), no daily pay, unit of trade or encrypted contact: a line that says 出租银行卡月入过万 or 扣1带你，一单结一单 is the offer,
/// not its frame; nor is a line that warns or says someone else acts (姐妹们避雷！今天有人私信我这个). An earnings line also
/// speaks of the writer (我, 又, 已经, a day or week gone by; <c>my</c>, <c>last week</c>) and never of the reader (你, 您;
/// <c>you</c>) or as the poster who pays (我们, 我司; <c>we</c>): that pay would be offered. A call line holds no amount or number
/// but the 1 of 扣1. Only texts of two or more lines are read, only short lines can be frames, and a text that is all frame keeps every
/// line (the boast is then the whole post and is judged as before). The lines stay in the original text, so reasons can still
/// quote them; only the folded characters that came from them are dropped, as with rows of topic labels (ADR 425).
/// </para>
/// </summary>
internal static class FrameLines
{
    // A frame is one sentence or two, not a paragraph of the body (folded characters; English runs words together).
    private const int MaxFrameLength = 64;

    // Frame lines dropped per text; more are read as the body.
    private const int MaxFrames = 4;

    // What makes a line the offer rather than its frame (CashWithdrawal is left out: 今天提现1090元 is the writer's own payout).
    private const Concept OfferWords = Concept.BankCard | Concept.CardGeneric | Concept.CardKit | Concept.PhoneCard | Concept.CorporateAccount
        | Concept.PaymentAccount | Concept.InternetAccount | Concept.IdentityDocument | Concept.SmsCode | Concept.RentOut | Concept.Sell
        | Concept.Buy | Concept.HandOver | Concept.CollectMoney | Concept.Settlement | Concept.Brushing | Concept.CardTradeSlang
        | Concept.Nominee | Concept.CodeReception | Concept.SendIdentity | Concept.CallRelay | Concept.RemoteControl | Concept.Secrecy
        | Concept.DailyPay | Concept.TradeUnit | Concept.EncryptedContact
        // A line that warns or reports (避雷, 切勿, 诈骗) frames a warning, and is the notice's own: not the writer's boast.
        | Concept.WarningCue | Concept.WarningTopic | Concept.WarningVerdict;

    // The writer's earnings (simplified, lower case, no spaces: the folded text).
    private static readonly string[] EarningsWords = ["到账", "到手", "提现", "提了", "结了", "赚", "挣", "进账", "入账", "收入", "月入", "收益"];

    private static readonly string[] EnglishEarningsWords = ["made", "earned", "cashed", "paid", "payout", "withdrew", "covered"];

    // The writer's own voice or a time gone by.
    private static readonly string[] OwnPast = ["我", "又", "已经", "昨天", "今天", "这周", "本周", "上周", "这个月", "上个月", "本月", "半个月", "打卡", "晒", "分享", "真实"];

    // The poster speaking as the one who pays (ADR 407's 我们 / we): its pay is an offer, not the writer's own payout.
    private static readonly string[] PosterVoice = ["我们", "我司", "咱们", "本公司"];

    private static readonly string[] EnglishOwnPast = ["my", "me", "lastweek", "thisweek", "today", "yesterday", "sofar", "lastmonth", "thismonth"];

    // Someone else acting (有人私信我这个 is a report of an approach, not a call; 避雷 warns).
    private static readonly string[] OthersActing = ["有人", "避雷", "对方", "他们"];

    // A call to join the writer.
    private static readonly string[] CallWords = ["扣1", "扣个1", "带你", "拉你", "私我", "私信我", "滴滴我", "戳我", "问我", "一起做", "跟我做", "跟着我", "带了", "名额", "先到先得", "你也能", "你也可以"];

    private static readonly System.Buffers.SearchValues<char> CallFirsts = System.Buffers.SearchValues.Create("扣带拉私滴戳问一跟名先你");

    // English calls, as runs of words (a bare "comment" or "paid" is also a comment thread's header or a body's clause).
    private static readonly string[] EnglishCallWords = ["commentin", "commentbelow", "dmme", "messageme", "askme", "showyou", "walkyou", "teachyou", "ifican", "joinme", "linkinbio", "spotsare", "spotslimited", "getstarted"];

    /// <summary>
    /// Removes from <paramref name="folded"/> (after word folding) the characters that came from frame lines of
    /// <paramref name="original"/>, judged with the lexicon <paramref name="terms"/> found in it; true when any were removed (the
    /// terms must then be found again). Nothing when the text has one line or would keep no body line.
    /// </summary>
    public static bool Drop(string original, FoldBuffer folded, List<TermMatch> terms)
    {
        if (original.IndexOf('\n') < 0 || folded.Count == 0)
        {
            return false;
        }

        Span<int> frames = stackalloc int[MaxFrames * 2];
        var count = 0;
        var bodyLines = 0;
        var p = 0;
        var lineStart = 0;
        while (lineStart <= original.Length && p < folded.Count)
        {
            var newline = original.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? original.Length : newline;
            var q = p;
            while (q < folded.Count && folded.Start[q] < lineEnd)
            {
                q++;
            }

            if (q > p)
            {
                if (count < MaxFrames && q - p <= MaxFrameLength && IsFrame(folded, terms, p, q))
                {
                    frames[count * 2] = p;
                    frames[(count * 2) + 1] = q;
                    count++;
                }
                else
                {
                    bodyLines++;
                }
            }

            p = q;
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (count == 0 || bodyLines == 0)
        {
            return false;
        }

        Remove(folded, frames[..(count * 2)]);
        return true;
    }

    private static bool IsFrame(FoldBuffer f, List<TermMatch> terms, int from, int to)
    {
        var line = f.Chars.AsSpan(from, to - from);
        return (IsEarnings(line, f, from) || IsCall(line)) && !ContainsAny(line, OthersActing) && !CarriesOffer(terms, from, to);
    }

    // True when a term of the offer starts in folded characters [from, to) (terms are in order).
    private static bool CarriesOffer(List<TermMatch> terms, int from, int to)
    {
        foreach (var t in terms)
        {
            if (t.Start >= to)
            {
                break;
            }

            if (t.Start >= from && t.Has(OfferWords))
            {
                return true;
            }
        }

        return false;
    }

    // The writer's own payout: an amount, an earnings word and the writer's voice or a time gone by; never the reader's pay.
    private static bool IsEarnings(ReadOnlySpan<char> line, FoldBuffer f, int from)
    {
        if (line.IndexOfAny(Amounts) < 0 || line.IndexOfAny('你', '您') >= 0 || ContainsAny(line, PosterVoice)
            || HasEnglishWord(line, f, from, "you") || HasEnglishWord(line, f, from, "your") || HasEnglishWord(line, f, from, "we") || HasEnglishWord(line, f, from, "our"))
        {
            return false;
        }

        return (ContainsAny(line, EarningsWords) && ContainsAny(line, OwnPast))
            || (ContainsEnglish(line, f, from, EnglishEarningsWords) && ContainsEnglish(line, f, from, EnglishOwnPast));
    }

    // A call to join: no amount, no number but the 1 of 扣1.
    private static bool IsCall(ReadOnlySpan<char> line)
    {
        // Behind one vectorised search each: a Chinese call word's first character, a Latin letter for the English ones.
        var chinese = line.IndexOfAny(CallFirsts) >= 0 && ContainsAny(line, CallWords);
        if (!chinese && !(line.IndexOfAnyInRange('a', 'z') >= 0 && ContainsAny(line, EnglishCallWords)))
        {
            return false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]) && !(line[i] == '1' && i > 0 && line[i - 1] is '扣' or '个' && (i + 1 == line.Length || !char.IsAsciiDigit(line[i + 1]))))
            {
                return false;
            }
        }

        return line.IndexOfAny('元', '块', '$') < 0;
    }

    private static readonly System.Buffers.SearchValues<char> Amounts = System.Buffers.SearchValues.Create("0123456789千万");

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] words)
    {
        foreach (var w in words)
        {
            if (line.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // An English word or run of words starting a word (a separator before it, or the line's start).
    private static bool ContainsEnglish(ReadOnlySpan<char> line, FoldBuffer f, int from, string[] words)
    {
        if (line.IndexOfAnyInRange('a', 'z') < 0)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (StartsWord(line, f, from, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWord(ReadOnlySpan<char> line, FoldBuffer f, int from, string word) => FindsWord(line, f, from, word, false);

    // A whole English word (separators or non-letters on both sides).
    private static bool HasEnglishWord(ReadOnlySpan<char> line, FoldBuffer f, int from, string word) => FindsWord(line, f, from, word, true);

    // True when `word` starts a word of the line (a separator or a non-letter before it); with `whole`, also ends one.
    private static bool FindsWord(ReadOnlySpan<char> line, FoldBuffer f, int from, string word, bool whole)
    {
        for (var at = 0; at < line.Length;)
        {
            var i = line[at..].IndexOf(word, StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }

            var k = at + i;
            var end = k + word.Length;
            if (Boundary(line, f, from, k) && (!whole || Boundary(line, f, from, end)))
            {
                return true;
            }

            at = k + 1;
        }

        return false;
    }

    private static bool Boundary(ReadOnlySpan<char> line, FoldBuffer f, int from, int k) =>
        k == 0 || k == line.Length || !char.IsAsciiLetter(line[k - 1]) || !char.IsAsciiLetter(line[k]) || (f.Flags[from + k] & FoldBuffer.SeparatorBefore) != 0;

    // Removes folded characters [from, to) of each frame (in order, not overlapping), moving the kept runs down whole; a break
    // before or inside a frame stays a break before the next kept character.
    private static void Remove(FoldBuffer f, ReadOnlySpan<int> frames)
    {
        var kept = 0;
        byte carried = 0;
        var at = 0;
        for (var r = 0; r < frames.Length; r += 2)
        {
            MoveDown(f, at, frames[r], ref kept, ref carried);
            for (var i = frames[r]; i < frames[r + 1]; i++)
            {
                carried |= (byte)(f.Flags[i] & (FoldBuffer.SeparatorBefore | FoldBuffer.ClauseBefore | FoldBuffer.SentenceBefore));
            }

            at = frames[r + 1];
        }

        MoveDown(f, at, f.Count, ref kept, ref carried);
        f.Count = kept;
    }

    // Moves folded characters [from, to) down to `kept` (Array.Copy handles the overlap), the carried breaks on the first.
    private static void MoveDown(FoldBuffer f, int from, int to, ref int kept, ref byte carried)
    {
        var n = to - from;
        if (n <= 0)
        {
            return;
        }

        if (kept != from)
        {
            Array.Copy(f.Chars, from, f.Chars, kept, n);
            Array.Copy(f.Start, from, f.Start, kept, n);
            Array.Copy(f.End, from, f.End, kept, n);
            Array.Copy(f.Flags, from, f.Flags, kept, n);
            Array.Copy(f.Kinds, from, f.Kinds, kept, n);
        }

        f.Flags[kept] |= carried;
        carried = 0;
        kept += n;
    }
}
