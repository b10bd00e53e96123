using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// Readings that correct what a term means in its place (ADRs 233, 244, 260): a date is not daily pay, help for a served
// person is not acting on someone's behalf.
public sealed partial class PatternContext
{
    private bool _helpsServedPerson;

    /// <summary>
    /// The text's terms with readings corrected (ADRs 233, 260): a disguised pay word that is a date in plain
    /// writing (次月10日转入 is not 日赚) carries no concept, and 帮/代 followed by a served person or by 你
    /// (帮老人操作, 帮你约) is help for that person, not acting on someone's behalf with money — unless money
    /// moves right after (帮你做流水, 帮客户收款). Round 11's readings: <see cref="ReadInPlace"/>.
    /// </summary>
    private IReadOnlyList<TermMatch> Adjusted(NormalisedText text)
    {
        TermMatch[]? copy = null;
        var terms = text.Terms;
        var s = text.Text;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var concepts = t.Concepts;
            // A term read across a form's field boundary (网络　电话卡： → 网络电话) is no term (ADR 355), nor one on the poster's own
            // pledge line (温馨提示：…不出租、不出借、不出售银行卡; 郑重承诺：不收押金，不刷单; ADR 405): neither an offer nor a notice.
            if (CrossesFieldBoundary(text, t) || OnPledgeLine(text, _pledgeLines, t.Start, t.End))
            {
                concepts = Concept.None;
            }
            // A date's 日 read into a pay word: 10日转入 folded, and 12月3日⏎入 5000元 across a line break or a space (ADR 454) —
            // a separator inside the word is no disguise where a digit stands right before it.
            else if (t.IsDisguised && t.Has(Concept.DailyPay | Concept.EasyMoney) && t.Start > 0 && char.IsAsciiDigit(s[t.Start - 1]) && s[t.Start] is '日' or '月' or '号')
            {
                concepts = Concept.None;
            }
            else if (t.Has(Concept.OnBehalf) && !t.Has(Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous)
                && ((t.End < s.Length && s[t.End] is '你' or '您' && (t.End + 1 >= s.Length || s[t.End + 1] != '的'))
                    || (i + 1 < terms.Count && terms[i + 1].Start == t.End && terms[i + 1].Has(Concept.ServedPerson)))
                && !MovesMoneyRightAfter(terms, i))
            {
                concepts &= ~Concept.OnBehalf;
                _helpsServedPerson = true;
            }

            concepts = ReadInPlace(terms, s, i, concepts);
            concepts = ReadWhose(terms, s, i, concepts);
            concepts = ReadPayer(text, t, concepts);
            concepts = ReadCoverStoryAddressee(s, t, concepts);
            concepts = ReadRentNoun(s, t, concepts);
            concepts = ReadTakenOut(s, t, concepts);
            if (concepts != t.Concepts)
            {
                copy ??= [.. terms];
                copy[i] = t with { Term = new LexiconTerm(t.Term.Text, concepts) };
            }
        }

        return copy ?? terms;
    }

    // 帮你做流水, 帮客户收款: the help is moving money, so it stays acting on someone's behalf.
    private static bool MovesMoneyRightAfter(IReadOnlyList<TermMatch> terms, int i)
    {
        const Concept money = Concept.MoneyFlow | Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous
            | Concept.Inflow | Concept.Outflow | Concept.CashWithdrawal | Concept.Conversion;
        for (var k = i + 1; k < terms.Count && terms[k].Start - terms[i].End <= 5; k++)
        {
            if (terms[k].Has(money))
            {
                return true;
            }
        }

        return false;
    }

    // Instructions a transfer follows (按专员要求转到, 按指示转给): money sent on as told, not paid to the reader.
    private static readonly string[] Instructions = ["要求", "指示", "吩咐", "安排"];

    // Calls and texts a script is spoken or sent in (按话术拨打, 照话术打电话).
    private static readonly string[] CallWords = ["拨打", "打电话", "接电话", "外呼", "通话", "发短信"];

    /// <summary>
    /// Round 11's readings of a term in its place (ADR 260): a receiving verb whose object is money (接收合作方资金,
    /// 收到款项) is money arriving; a transfer made as someone instructs (按要求转到) sends money on; a deposit into the
    /// reader's own account (往您名下还款账户存入) is saving or repaying, not converting others' money; a ban appealed
    /// (账号被封请及时申诉) evades nothing; a script (话术)
    /// spoken at a counter or written in a comment relays no call unless a call or text is near.
    /// </summary>
    private static Concept ReadInPlace(IReadOnlyList<TermMatch> terms, string s, int i, Concept concepts)
    {
        var t = terms[i];
        var text = t.Term.Text;
        if (text is "接收" or "收到" && i + 1 < terms.Count && terms[i + 1].Has(Concept.MoneyFlow) && terms[i + 1].Start - t.End <= 4)
        {
            return Concept.Inflow;
        }

        if (t.Has(Concept.MoneyFlow) && text.StartsWith('转') && Preceded(s, t.Start, Instructions, 4))
        {
            return concepts | Concept.Outflow;
        }

        if (t.Has(Concept.Conversion) && !t.Has(Concept.ForwardTarget) && text.StartsWith('存') && IntoOwnAccount(terms, s, i))
        {
            return concepts & ~Concept.Conversion;
        }

        if (t.Has(Concept.Secrecy) && text is "号被封" or "被封号" or "被限流" && Followed(s, t.End, Appeals, 6))
        {
            return concepts & ~Concept.Secrecy;
        }

        // 顾客问起就说是今年新款: what to tell a customer who asks is sales talk, not a cover story.
        if (t.Has(Concept.Secrecy) && text.StartsWith('问') && i > 0 && terms[i - 1].Has(Concept.ServedPerson) && t.Start - terms[i - 1].End <= 2)
        {
            return concepts & ~Concept.Secrecy;
        }

        if (text == "话术" && !CallNear(terms, s, i))
        {
            return concepts & ~Concept.CallRelay;
        }

        return concepts;
    }

    // A ban taken to the platform (号被封请及时申诉, 被限流联系客服): its control respected, not evaded.
    private static readonly string[] Appeals = ["申诉", "解封申请", "联系客服", "反馈"];

    private static bool Followed(string s, int at, string[] words, int reach)
    {
        var after = s.AsSpan(at, Math.Min(reach, s.Length - at));
        foreach (var w in words)
        {
            if (after.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Preceded(string s, int at, string[] words, int reach)
    {
        var from = Math.Max(0, at - reach);
        var before = s.AsSpan(from, at - from);
        foreach (var w in words)
        {
            if (before.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 往您名下还款账户存入, 向您本人还款卡存入: "your" then a card or account within a few characters before the deposit;
    // or 存入你自己的卡 after it.
    private static bool IntoOwnAccount(IReadOnlyList<TermMatch> terms, string s, int i)
    {
        for (var k = i - 1; k >= 0 && terms[i].Start - terms[k].End <= 10; k--)
        {
            if (terms[k].Has(Concept.Possessive))
            {
                var between = s.AsSpan(terms[k].End, terms[i].Start - terms[k].End);
                if (terms[k].Has(Concept.BankCard | Concept.PaymentAccount) || between.IndexOfAny('卡', '账', '户') >= 0)
                {
                    return true;
                }
            }
        }

        return LandsInOwnAccount(s, terms[i].End);
    }

    private static bool CallNear(IReadOnlyList<TermMatch> terms, string s, int i)
    {
        for (var k = 0; k < terms.Count; k++)
        {
            if (k != i && terms[k].Has(Concept.CallRelay) && terms[k].Term.Text != "话术"
                && Math.Max(terms[k].Start - terms[i].End, terms[i].Start - terms[k].End) <= 12)
            {
                return true;
            }
        }

        var from = Math.Max(0, terms[i].Start - 12);
        var window = s.AsSpan(from, Math.Min(s.Length, terms[i].End + 12) - from);
        foreach (var w in CallWords)
        {
            if (window.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
