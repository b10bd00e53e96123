using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 475: an honest record in a risky form — a trading platform's transfer record, a posting confirmation, an escort record,
/// an address-hosting agreement — names the same cards, accounts and payments as the offer it twins, but keeps them with their
/// holder: it names the holder's own account, card or contract (本人, 实名, 自己的, *your own account*, 合同), refuses everyone
/// else (不收第三方代付, 仅交给本人, 不借给他人, *no third-party payments*), and names no one else who receives anything — no
/// 给我们, 指定账户, 上家, *our account*, *send it to us* — except inside a sentence that refuses or reports the approach (有人出钱收
/// 你的卡，拒绝并告诉老师). The offer it twins always names who gets the card or the money; the record names only the holder.
/// Stock anti-fraud lines (不出租、不出借、不出售) are not a refusal here: offers paste them beside themselves (ADR 407).
/// Read in general form, not per kind of record; immutable and thread safe.
/// </summary>
internal static class OwnHolderRecord
{
    // The holder's own: identity, account, card, contract or licence (normalised: simplified, lower case, no spaces or punctuation).
    private static readonly AnchoredWords OwnWords = new(
    [
        "本人", "实名", "自己的", "自己拿", "自己管", "自己办", "自己在场", "名下", "持卡人", "刷脸", "人脸核", "面签", "合同", "执照",
        "本公司", // a business's own books and systems (本公司收款流水 reconciled by its own script; ADR 480)
        "yourown", "ownaccount", "ownname", "ownbank", "ownwallet", "owncard", "inperson", "faceverif", "facecheck", "contract",
        "licensed", "licence", "license", "registeredguest", "holderonly", "cardholder",
    ]);

    // Everyone but the holder refused: third parties, stand-ins, hand-overs (not the stock 不出租、不出借、不出售 line).
    private static readonly AnchoredWords OthersRefused = new(
    [
        "不收第三方", "不接受第三方", "拒收第三方", "第三方代付", "不得代", "不代收", "不代付", "不转借", "不外借", "不借给", "不借他人",
        "不转给", "不转交", "不上交", "仅限本人", "限本人", "只限本人", "仅本人", "只能本人", "必须本人", "本人办理", "本人到场", "本人亲自",
        "本人签约", "本人在场", "本人拿着", "仅交给", "只交给", "只发给", "仅发给", "只给本", "仅给本", "原路退回", "退回本人", "归本人",
        "自己管理", "归学生本人", "不替", "不帮他人", "不为他人", "拒绝代", "不放第三方", "不接外部",
        // Others named as 他人 / 别人 / 外人 as much as 第三方 (不收他人代交, 不接受他人代付; ADR 480).
        "不收他人", "不接受他人", "拒收他人", "不收别人", "不接受别人", "不收外人", "他人代付", "他人代交", "他人代缴",
        // Kept by the holder as much as handed to no one (银行卡由家属本人保管; ADR 480).
        "本人保管", "自己保管",
        "nothirdparty", "neverlend", "notransfers", "neverpass", "notlend", "notsell", "dontlend", "donotlend", "neverhand",
        "onlytotheregistered", "onlytothe", "stayswith", "staywith",
    ]);

    // Someone other than the holder receiving: the poster, its account, its people, a named counterpart.
    private static readonly string[] Receivers =
    [
        "给我们", "交给我们", "转给我们", "转到我们", "转入我们", "打给我们", "帮我们", "替我们", "我们的账户", "我们的账号", "我们指定",
        "我方指定", "指定账户", "指定的账户", "指定卡", "给我", "转我", "交我", "上家", "对方账户", "给老板", "转给老板", "给他们", "转给他们",
        "他们的账户", "交给他们", "给对方", "交给对方", "我们保管", "我们拿着", "公司保管",
        "tous", "forus", "ouraccount", "ourwallet", "ourpeople", "ourguy", "giveus", "sendus", "letus", "payus", "tothem",
        "theiraccount", "forthem", "ourside", "ourcard", "ourphone", "forwardit", "wefund", "passiton", "senditon",
    ];

    private static readonly AnchoredWords ReceiverWords = new(Receivers);

    // A sentence that refuses or reports the approach it names: its receiver is the approach's, not the record's (ADR 415's frame).
    private static readonly string[] Refusals =
    [
        "拒绝", "拒絕", "报警", "報警", "举报", "舉報", "报告", "報告", "告诉", "告訴", "告知", "96110",
        "refuse", "report", "decline", "call the police",
    ];

    /// <summary>True when <paramref name="text"/> reads as a record that keeps what it names with its holder (see the type).</summary>
    public static bool Holds(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text.AsSpan();
        return OwnWords.IndexIn(s) >= 0 && OthersRefused.IndexIn(s) >= 0 && !NamesReceiver(text);
    }

    // A receiver outside a refusing sentence. The normalised text has no punctuation, so the sentence is read in the original.
    private static bool NamesReceiver(NormalisedText text)
    {
        var s = text.Text;
        for (var at = ReceiverWords.IndexIn(s); at >= 0;)
        {
            var length = LengthAt(s, at);
            var (from, to) = text.OriginalSpan(at, at + length);
            if (!InRefusingSentence(text.Original, from, to))
            {
                return true;
            }

            var next = ReceiverWords.IndexIn(s.AsSpan(at + 1));
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static int LengthAt(string s, int at)
    {
        var longest = 1;
        foreach (var w in Receivers)
        {
            longest = w.Length > longest && string.CompareOrdinal(s, at, w, 0, w.Length) == 0 ? w.Length : longest;
        }

        return longest;
    }

    private static bool InRefusingSentence(string original, int from, int to)
    {
        var start = from;
        while (start > 0 && !IsSentenceEnd(original[start - 1]))
        {
            start--;
        }

        var end = Math.Max(to, start);
        while (end < original.Length && !IsSentenceEnd(original[end]))
        {
            end++;
        }

        var sentence = original.AsSpan(start, end - start);
        foreach (var r in Refusals)
        {
            if (sentence.Contains(r, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A semicolon does not end it: the refusal after one answers the clause before (… may be laundering money; refuse and report).
    private static bool IsSentenceEnd(char ch) => ch is '。' or '！' or '!' or '？' or '?' or '.' or '\n' or '\r';
}
