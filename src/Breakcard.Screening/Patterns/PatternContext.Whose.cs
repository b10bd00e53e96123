using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// Round 12's readings (ADR 273): whose money, whose account and which word a term is part of. Honest work of the same
// shape as the conduct — a clerk handling the shop's takings, a platform paying out the reader's own earnings, a
// reviewer who finds and reports the conduct — was read as the conduct because a word was cut in the wrong place or
// "own" was taken for the reader's when it was the employer's.
public sealed partial class PatternContext
{
    // What an employer calls its own (店里自己的账户, 公司自己的账户, 企业自己的营业执照 since ADR 283): the owner named right before 自己.
    private static readonly string[] Employers = ["店里", "店铺", "门店", "本店", "公司", "单位", "厂里", "老板", "商家", "店", "企业", "机构"];

    // Money a till or a counter takes in (店里收的钱, 收的现金): 收 is collecting it, not buying.
    private static readonly string[] Takings = ["钱", "现金", "款", "营业款", "货款", "营业额"];

    // Finding the conduct before reporting it (发现……并上报, 识别……后报告).
    private static readonly string[] Detections = ["发现", "识别", "排查", "核查", "复核", "查出"];

    private const int DetectionReach = 40;

    /// <summary>
    /// Round 12's readings of a term in its place (ADR 273):
    /// 收 followed by 的 and money (店里收的钱, 收的现金) is the money taken in, not buying;
    /// "own" right after an employer (店里自己的账户, 公司自己的) is the employer's, not the reader's;
    /// a word ending in 单 followed by 价 is cut before 单价 (任务单价 is a task's unit price, not a task order);
    /// a Latin k or w right after a digit is a magnitude (月薪4k, 1w), not the start of a disguised word;
    /// a withdrawal paid into the reader's own wallet or card (提现到本人实名的微信) is the reader's payout, not cash handed on;
    /// "and report" after finding (发现……团伙并上报) is a verdict on what was found;
    /// a ban or a stop answered by a replacement (下载页被封立刻换) evades the platform's control;
    /// what to say after someone asks or checks (网点查的话就说…, 银行问哪来的现金，就说…) is a cover story, concealment.
    /// </summary>
    private static Concept ReadWhose(IReadOnlyList<TermMatch> terms, string s, int i, Concept concepts)
    {
        var t = terms[i];
        var text = t.Term.Text;
        if (text == "收" && t.End < s.Length && s[t.End] == '的' && StartsWithAny(s, t.End + 1, Takings))
        {
            return concepts & ~(Concept.Buy | Concept.Purchase);
        }

        if (t.Has(Concept.Possessive) && text.StartsWith('自') && EndsWithAny(s, t.Start, Employers))
        {
            return concepts & ~Concept.Possessive;
        }

        if (text.EndsWith('单') && t.End < s.Length && s[t.End] == '价')
        {
            return concepts & ~(Concept.BrushingAmbiguous | Concept.Brushing);
        }

        if (s[t.Start] is 'k' or 'w' && t.Start > 0 && char.IsAsciiDigit(s[t.Start - 1]))
        {
            return Concept.None;
        }

        if (t.Has(Concept.CashWithdrawal) && PaidOutToOwn(terms, i))
        {
            return concepts & ~(Concept.CashWithdrawal | Concept.MoneyFlow);
        }

        if (text is "被封" or "被停" && Followed(s, t.End, Replacements, 6))
        {
            return Concept.Secrecy;
        }

        if (text is "就说" or "说是" or "就讲" && CoverStoryAfterAsking(terms, s, i))
        {
            return Concept.Secrecy;
        }

        if (text is "并上报" or "并报告" or "后上报" or "并举报" or "报告" or "上报")
        {
            return Preceded(s, t.Start, Detections, DetectionReach) ? Concept.WarningVerdict : Concept.None;
        }

        return concepts;
    }

    // A ban or a stop answered by a replacement (域名被封立刻换, 证书被封马上补, 卡被停了再办): the platform's or the
    // operator's control evaded, as 号被封就换个号 is (ADR 260). An appeal (被封请申诉) is read in ReadInPlace.
    private static readonly string[] Replacements = ["换", "再开", "再办", "再注册", "补"];

    // Asking or checking, then what to say (银行问哪来的现金，就说…; 网点查的话就说…). Hearsay (听说是) is no instruction,
    // and what to tell a customer who asks (顾客问起就说是新款) is sales talk (ADR 260).
    private const int AskingReach = 14;

    private static bool CoverStoryAfterAsking(IReadOnlyList<TermMatch> terms, string s, int i)
    {
        var start = terms[i].Start;
        if (start > 0 && s[start - 1] is '听' or '据' or '虽' or '可' or '所' or '以')
        {
            return false;
        }

        var from = Math.Max(0, start - AskingReach);
        var asked = s.AsSpan(from, start - from).LastIndexOfAny('问', '查');
        if (asked < 0)
        {
            return false;
        }

        asked += from;
        for (var k = i - 1; k >= 0 && terms[k].End > asked - 6; k--)
        {
            if (terms[k].Has(Concept.ServedPerson) && terms[k].End <= asked)
            {
                return false;
            }
        }

        return true;
    }

    // 提现到本人实名的微信, 提现：审核通过后打到你自己的微信: "own" and then a wallet or card follow the withdrawal
    // (or the payment that carries it) within a few characters, and nothing between is someone else's.
    private static bool PaidOutToOwn(IReadOnlyList<TermMatch> terms, int i)
    {
        for (var k = i + 1; k < terms.Count && terms[k].Start - terms[i].End <= 16; k++)
        {
            if (terms[k].Has(Concept.OnBehalf | Concept.ForwardTarget | Concept.HandOver | Concept.Outflow))
            {
                return false;
            }

            if (terms[k].Has(Concept.Possessive) && !terms[k].Has(Concept.OnBehalf))
            {
                // 打到你自己的…: the payment lands in "your own" right after its verb, whatever the wallet is written as.
                if (k > i + 1 && terms[k - 1].Has(Concept.MoneyFlow) && terms[k].Start - terms[k - 1].End <= 1)
                {
                    return true;
                }

                for (var m = k; m < terms.Count && terms[m].Start - terms[k].End <= 5; m++)
                {
                    if (terms[m].Has(Concept.BankCard | Concept.CardGeneric | Concept.PaymentAccount))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    internal static bool StartsWithAny(string s, int at, string[] words)
    {
        foreach (var w in words)
        {
            if (at + w.Length <= s.Length && string.CompareOrdinal(s, at, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool EndsWithAny(string s, int at, string[] words)
    {
        foreach (var w in words)
        {
            if (at >= w.Length && string.CompareOrdinal(s, at - w.Length, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
