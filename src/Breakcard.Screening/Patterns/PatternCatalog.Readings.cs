using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Lexicon.Concept;

namespace Breakcard.Screening.Patterns;

// The readings the rules of the catalogue call (ADRs 205, 233, 244, 273): whose account money lands in, whose
// verification a check is, when a remainder is passed on. Kept apart from the table of patterns so that each file
// reads in one sitting.
public static partial class PatternCatalog
{
    // Honest ads disguise 电话 to get a phone number past platform filters (电 话, 电hua), and
    // 电话卡 inherits it: a disguised phone-card word is not evidence by itself.
    // An emoji pun (手🐔卡) is read here too; PatternMatcher keeps it only where a paid offence structure is read (ADR 454).
    private static bool IsDisguisedEvidence(Normalisation.TermMatch t) => (t.IsDisguised || t.IsPun) && !t.Has(PhoneCard);

    // The money must land in the reader's own account (打进你的卡, 用你的QQ收个款, in your own name): an agent
    // who collects tenants' deposits and forwards them to the landlord passes on money without lending an account.
    private static bool IntoOwnAccount(PatternContext c, int inflow) =>
        c.Terms[inflow].Has(Possessive) || c.Near(inflow, Possessive, 24);

    // The remainder comes first and is transferred, not paid to the reader (其余月底转到你的卡 is pay); it is money —
    // an amount between them (剩下的几百元按指示转给) or a cut kept right before (留下提成，其余……转给) — and money
    // or an own account was named before it (提现到你的支付宝, 转入我的卡: a daily report speaks in the first person).
    private static bool IsRemainderPassedOn(PatternContext c, int first, int last)
    {
        var terms = c.Terms;
        if (!terms[first].Has(Remainder) || terms[last].Has(Remainder) || c.IsPayFlow(last) || c.IsOwn(last) || IsToReader(c, last))
        {
            return false;
        }

        var s = c.Text.Text;
        var money = c.Amounts.Exists(a => a.Start >= terms[first].End && a.End <= terms[last].Start)
            || s.AsSpan(Math.Max(0, terms[first].Start - RemainderCutReach), Math.Min(RemainderCutReach, terms[first].Start)).IndexOfAny(CutWords) >= 0;
        if (!money)
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && c.Span(terms[k].End, terms[first].Start) <= RemainderArrivalReach; k--)
        {
            if ((terms[k].Has(MoneyFlow | Inflow | CollectMoney | CashWithdrawal) && !c.IsPayFlow(k)) || terms[k].Has(Possessive))
            {
                return true;
            }
        }

        var from = Math.Max(0, terms[first].Start - RemainderArrivalReach);
        return s.AsSpan(from, terms[first].Start - from).Contains("我的", StringComparison.Ordinal);
    }

    // A cut kept before the remainder: 提成, 佣金, 手续费, 好处费, a share in points or per cent.
    private static readonly System.Buffers.SearchValues<string> CutWords =
        System.Buffers.SearchValues.Create(["提成", "佣金", "手续费", "好处费", "个点", "%", "commission", "cut"], StringComparison.Ordinal);

    private const int RemainderCutReach = 12;

    // Money arrives a few lines before what is left of it is sent on (a daily report: 1. 转入… 3. 剩下的…转给).
    private const int RemainderArrivalReach = 80;

    // A transfer followed by "you" or "your own" pays the reader (转给你, 转到你自己的).
    private static bool IsToReader(PatternContext c, int flow)
    {
        var s = c.Text.Text;
        var end = c.Terms[flow].End;
        return end < s.Length && s[end] is '你' or '您';
    }

    // Anything that hands the check, its result or the account to someone else, or pays for the check itself.
    private const Concept ForOthers = OnBehalf | HandOver | ControlHandover | SmsCode | CodeReception | RemoteControl | Secrecy;

    // A real-name or face check the holder does in person for their own job account (平台人脸认证本人操作,
    // 拿自己的身份证认证) is onboarding: no one else gets the identity. A price on the check, or anything
    // handing it to others nearby, withdraws the excuse (ADR 205).
    // A phone card with a trade verb, not an organisation taking back the lines it issued to its staff (公司号卡申领和回收; ADR 396).
    // Its own method so that the delegate is made only for a text with a phone card and a trade verb (ADR 382).
    private static IEnumerable<(int First, int Last)> PhoneCardTrades(PatternContext c) =>
        Rules.VerbObject(c, TradeVerb, PhoneCard, 8, TradeVerbAfter, afterWindow: 4,
            (i, j) => c.Terms[i].Has(PhoneCard) ? !GroupPlanReadings.TakenBackByIssuer(c, j, i) : !GroupPlanReadings.TakenBackByIssuer(c, i, j));

    private static bool IsOwnVerification(PatternContext c, int first, int last)
    {
        var doc = c.Terms[first].Has(IdentityDocument) ? first : last;
        var self = c.Near(first, SelfOperated, 3) || c.Near(last, SelfOperated, 3)
            || (!c.Terms[doc].Has(Possessive) && c.NearBefore(doc, Possessive, 1));
        // A served person passing the check themself lends nothing, whatever the job pays next to it (ADR 293).
        // The staff a company's card is issued to, checked in person, check themselves (员工带身份证刷脸领取; ADR 396).
        var served = ServedPersonThemself(c, doc) || GroupPlanReadings.StaffCheckedInPerson(c, doc);
        return (served || (self && !c.NearAmount(first, 8) && !c.NearAmount(last, 8))) && !c.Near(first, ForOthers, 16) && !c.Near(last, ForOthers, 16);
    }

    // 刷脸客户本人做, 由用户自己刷脸: the served person whose identity it is passes the check themself; the worker lends
    // no face (ADR 293). 你本人 / 您本人 name the reader and stay the reader's. A holder at the counter in person too (ADR 334).
    private static bool ServedPersonThemself(PatternContext c, int doc)
    {
        var s = c.Text.Text;
        for (var k = 0; k < c.Terms.Count; k++)
        {
            var t = c.Terms[k];
            if (t.Has(ServedPerson) && c.Gap(t, c.Terms[doc]) <= 4
                && (string.CompareOrdinal(s, t.End, "本人", 0, 2) == 0 || string.CompareOrdinal(s, t.End, "自己", 0, 2) == 0))
            {
                return true;
            }
        }

        return HolderAtCounter(c.Text.Text);
    }

    // At the counter (ADR 334): the holder came in person (机主：林先生（本人到厅）, 机主：何女士（本人办理）), so the ID read and
    // the face check at the counter are the holder's own. 你本人到厅 / 您本人 name the reader and stay the reader's; what
    // hands the check to others nearby still withdraws the excuse (IsOwnVerification).
    private static readonly string[] InPerson = ["本人到厅", "本人到店", "本人到场", "本人到柜台", "本人到营业厅", "本人来店", "本人持证", "本人办理"];

    private static bool HolderAtCounter(string s)
    {
        foreach (var w in InPerson)
        {
            for (var at = s.IndexOf(w, StringComparison.Ordinal); at >= 0; at = s.IndexOf(w, at + w.Length, StringComparison.Ordinal))
            {
                if (at == 0 || s[at - 1] is not ('你' or '您'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A WeChat or Alipay named as the ad's contact (微信：w4378, 加wei xin a01240, 电话微信同号, 微信13023137378)
    // is not an account money moves through.
    private static bool IsContact(PatternContext c, int i)
    {
        var (start, end) = c.Text.OriginalSpan(c.Terms[i].Start, c.Terms[i].End);
        var o = c.Text.Original;
        if (start > 0 && o[start - 1] == '加')
        {
            return true;
        }

        while (end < o.Length && o[end] == ' ')
        {
            end++;
        }

        if (end >= o.Length)
        {
            return false;
        }

        // 同号 and an id's letters read on the normalised text, so traditional 同號 and a full-width ｚ4504 count too.
        var folded = c.Text.Text;
        var after = c.Terms[i].End;
        var sameNumber = after + 2 <= folded.Length && folded.AsSpan(after).StartsWith("同号", StringComparison.Ordinal);
        // Only after a Chinese word: "wechat account" run together in English is not an id.
        var idLetter = after < folded.Length && char.IsAsciiLetter(folded[after]) && c.Terms[i].Term.Text[0] >= '\u3400';
        if (o[end] is ':' or '\uFF1A' || char.IsAsciiLetter(o[end]) || sameNumber || idLetter)
        {
            return true;
        }

        var digits = 0;
        while (end + digits < o.Length && char.IsAsciiDigit(o[end + digits]))
        {
            digits++;
        }

        return digits >= 6; // a phone number, not an amount
    }

    // Pay arriving in the reader's own wallet (钱下班转到本人微信, 转到你自己的微信) with nothing collected for
    // others or passed on is wages, not a lent account (ADR 205).
    // "Your own real-name wallet" (本人实名的支付宝, 你名下的微信) is still the reader's own (ADR 273). Paying one's own purchase
    // from it beside a refused third-party payment (从本人的支付宝付款，不收第三方代付) is the same: the refusal is no one else's money (ADR 469).
    private static bool IsOwnPayInto(PatternContext c, int i) =>
        (c.NearBefore(i, Possessive, 1) || OwnRealName(c, i)) && c.NearBefore(i, MoneyFlow | Inflow, 8)
        && !c.Near(i, OnBehalf | Outflow | ForwardTarget | Settlement | SettlementAmbiguous, 16, k => !c.IsNegated(k))
        && !c.CollectsLive(); // a collection the text disclaims (不需要你的微信收款) collects nothing (ADR 444)

    // A record's serial number (流水号 No.：ZB2435, 流水號) names the document, not money that moves: its 流水 gives no money flow
    // to pair with the record's English title (Item Transfer Record; ADR 469).
    private static bool IsSerialNumber(PatternContext c, int j) =>
        c.Terms[j].End < c.Text.Text.Length && c.Text.Text[c.Terms[j].End] == '号' && c.Terms[j].Term.Text.EndsWith("流水", StringComparison.Ordinal);

    // Money paid into the reader's own card (每周打到你自己的卡上, 打到本人银行卡) with no one else's money and nothing passed
    // on: the pay of the job, not collecting and forwarding (ADR 205, ADR 425).
    private static bool IsOwnPayOnly(PatternContext c, int i, int j)
    {
        if (c.Has(OnBehalf | ForwardTarget | Outflow))
        {
            return false;
        }

        var between = false;
        var otherFlow = false;
        for (var k = 0; k < c.Terms.Count; k++)
        {
            between |= k > i && k < j && c.Terms[k].Has(Possessive);
            otherFlow |= (k < i || k > j) && c.Terms[k].Has(MoneyFlow | CollectMoney);
        }

        // Or the payee right after the later money word: 打到本人银行卡, transfer to your own account (ADR 425).
        return !otherFlow && (between || OwnPayeeReadings.LandsInReadersOwn(c, j));
    }

    private static IEnumerable<(int First, int Last)> AmbiguousBrushing(PatternContext c)
    {
        var distinct = PatternContext.DistinctTermTexts(c.Terms, BrushingAmbiguous);
        // Daily pay alone does not make 新人首单 or 返佣 brushing: a delivery platform pays riders daily and
        // rewards a new rider's first order too (ADR 198).
        return distinct >= 2 || c.Has(EasyMoney) ? Rules.Single(c, BrushingAmbiguous) : [];
    }

    private static bool OwnRealName(PatternContext c, int i)
    {
        var s = c.Text.Text;
        var start = c.Terms[i].Start;
        for (var k = i - 1; k >= 0 && c.Terms[k].End >= start - 5; k--)
        {
            if (c.Terms[k].Has(Possessive))
            {
                var between = s.AsSpan(c.Terms[k].End, start - c.Terms[k].End);
                return between.Contains("实名", StringComparison.Ordinal) || between.Contains("名下", StringComparison.Ordinal);
            }
        }

        return false;
    }

    // A document submitted to a check on its own holder, nothing paid, or checked by the worker (ADR 273). A hit the
    // text already quotes in a warning stays, reported as quoted.
    private static bool IsRegistration(PatternContext c, (int First, int Last) h) =>
        !c.IsSpanNegated(h.First, h.Last)
        && (ConductReadings.SubmittedForOwnCheck(c, h.First, h.Last) || ConductReadings.DocumentChecked(c, h.First, h.Last));
}
