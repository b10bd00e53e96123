using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// The job's own pay (ADRs 233, 244): money on a schedule landing in the reader's own card or account, with nothing
// sent on, is how the worker is paid, not money moved for others.
public sealed partial class PatternContext
{
    // Whatever sends money on, or names settlement: pay into the reader's own account with any of these is not just pay.
    private const Concept OnwardMoney = Concept.Outflow | Concept.ForwardTarget | Concept.CashWithdrawal | Concept.Settlement
        | Concept.CodeReception | Concept.ControlHandover | Concept.Custody;

    /// <summary>
    /// True when money is paid on a schedule into the reader's own card or account (每月15号打到你自己卡上,
    /// 次月10日转入乙方本人银行卡, paid weekly into your own account) and nothing in the text sends money on,
    /// names settlement, or keeps the card: the job's pay, honest-context evidence (ADR 233).
    /// </summary>
    public bool PaysIntoOwnAccount { get; }

    private bool ComputePaysIntoOwnAccount()
    {
        _onwardLive = LiveHas(OnwardMoney);
        if (Has(Concept.OwnPay))
        {
            return !_onwardLive;
        }

        for (var i = 0; i < Terms.Count; i++)
        {
            if (IsPayFlow(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool _onwardLive;

    private static readonly string[] ScheduleMarkers = ["每月", "每个月", "每周", "每星期", "月底", "月初", "次月", "按月", "按周", "按单", "周结", "月结", "一周一结", "一月一结", "半月结", "每半月", "每两周", "双周", "monthly", "weekly", "everymonth", "everyweek", "biweekly", "fortnight"];

    // Wages arrive on a schedule (每月15号打到, 次月10日转入, 一周一结转到, paid weekly into; the spelled-out periods since ADR 283); the recruiter's money arrives
    // once, first (钱我们先转到你的卡上), and is then used. Only money on a schedule is the worker's pay.
    private static bool OnSchedule(string s, int flowStart)
    {
        var from = Math.Max(0, flowStart - 16);
        var before = s.AsSpan(from, flowStart - from);
        foreach (var marker in ScheduleMarkers)
        {
            if (before.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A day of the month: 15号, 10日.
        for (var k = 1; k < before.Length; k++)
        {
            if (before[k] is '号' or '日' && char.IsAsciiDigit(before[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OwnMarkers = ["你自己", "自己", "本人", "你的", "名下", "yourown", "your"];

    // The characters after a flow verb: "your own" within a few characters, then a card or account
    // (打到你自己卡上, 转入乙方本人银行账户, paid into your own account), whether or not those are terms.
    private static bool LandsInOwnAccount(string s, int from)
    {
        foreach (var marker in OwnMarkers)
        {
            var at = s.IndexOf(marker, from, Math.Min(12, s.Length - from), StringComparison.Ordinal);
            if (at < 0 || at - from > 6)
            {
                continue;
            }

            var rest = s.AsSpan(at + marker.Length, Math.Min(10, s.Length - at - marker.Length));
            if (rest.IndexOfAny('卡', '账', '户') is >= 0 and <= 4 || rest.StartsWith("card") || rest.StartsWith("account") || rest.StartsWith("bank"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a term carrying any of <paramref name="concepts"/> is not negated.</summary>
    internal bool LiveHas(Concept concepts)
    {
        for (var k = 0; k < Terms.Count; k++)
        {
            if (!_negated[k] && Terms[k].Has(concepts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when term <paramref name="i"/> is the job's pay itself: a flow verb on a schedule landing in the reader's
    /// own card or account (每周打到你自己的银行卡, 每月转到你本人的卡上) in a text where nothing sends money on.
    /// Such a flow is not evidence of money moved for others (ADR 244): it is how the worker is paid.
    /// </summary>
    internal bool IsPayFlow(int i)
    {
        if (_onwardLive || !Terms[i].Has(Concept.MoneyFlow | Concept.Inflow | Concept.CollectMoney) || _negated[i] || !OnSchedule(Text.Text, Terms[i].Start))
        {
            return false;
        }

        // The flow verb, then "your own" / 本人 / 乙方本人, then the card or account it lands in.
        for (var j = i + 1; j < Terms.Count && Span(Terms[i].End, Terms[j].Start) <= 8; j++)
        {
            if (!Terms[j].Has(Concept.Possessive))
            {
                continue;
            }

            if (Terms[j].Has(Concept.BankCard | Concept.CardGeneric | Concept.PaymentAccount)
                || (j + 1 < Terms.Count && Terms[j + 1].Has(Concept.BankCard | Concept.CardGeneric | Concept.PaymentAccount | Concept.InternetAccount)
                    && Span(Terms[j].End, Terms[j + 1].Start) <= 3))
            {
                return true;
            }
        }

        return LandsInOwnAccount(Text.Text, Terms[i].End);
    }
}
