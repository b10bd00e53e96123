namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of the normalised text around a term that make equipment, promotion or an account opening the conduct of
/// Art. 287-2 rather than a job (ADR 260): a cover story to tell whoever asks, a purpose the worker is told not to ask
/// about, checks waived for the people someone brings. They read characters, not terms, because the phrasing varies
/// more than a word list can hold; each is one reading with its honest twin in `RoundElevenReadingTests`.
/// </summary>
internal static class ConductReadings
{
    // How far from the term a reading may lie: a clause or two (后备箱设备已装好……箱子就说是车载冰箱 is a few lines on).
    private const int Reach = 60;

    // What to tell whoever asks (有人查车说是拉货, 就说是公司测试用的, say it is a fridge).
    private static readonly string[] CoverMarkers = ["说是", "就说", "说成", "说在", "就讲", "sayitis", "sayits", "tellthemits", "tellthemitis"];

    // 听说是, 据说是, 虽说是, 可以说是, 所说: hearsay and concession, not an instruction.
    private static bool IsHearsay(char before) => before is '听' or '据' or '虽' or '可' or '所' or '以';

    // Not to ask or mind (别问, 不用管, 不归你管) …
    private static readonly string[] Waivers = ["别问", "不用问", "不要问", "不许问", "勿问", "不用管", "别管", "不要管", "不归你管", "不关你事", "别打听", "的勿扰", "不问", "不用看", "dontask", "donotask"];

    // … what it is for (干嘛, 做什么, 聊什么, 用途, 项目, 群里的事); 勿扰 only after the asking (问用途的勿扰), not 非诚勿扰.
    // Where something leads (跳到哪别问, 链接指向哪里不用管) is its purpose too: the destination of a link or a redirect
    // is the business it serves (ADR 344).
    private static readonly string[] Purposes = ["干嘛", "干什么", "做什么", "做啥", "干啥", "是什么", "聊什么", "用途", "项目", "的事", "内容", "到哪", "去哪", "哪里", "whatitis", "whatitsfor", "whatitdoes", "whereitgoes", "whereitleads"];

    // Checks an employee owes (开户意愿核实, 尽调, 审核) …
    private static readonly string[] Checks = ["核实", "核验", "尽调", "意愿", "审核", "风控"];

    // … waived for the people someone brings (别问太细, 不查, 放宽, 跳过, 简单走个流程).
    private static readonly string[] CheckWaivers = ["别问", "不问", "少问", "不用问", "别查", "不查", "不用查", "放宽", "跳过", "通融", "走个过场", "走个流程"];

    /// <summary>
    /// True when account term <paramref name="account"/>, opened by the reader (an opening verb within 16 characters
    /// before it), is handed over by term <paramref name="handOver"/> right after it to someone other than the reader
    /// (交给我们, 交给上家; not 交给你, an employer giving the reader a work account).
    /// </summary>
    public static bool OpenedAndHandedOn(PatternContext c, int account, int handOver)
    {
        var (a, h) = (c.Terms[account], c.Terms[handOver]);
        if (h.Start < a.End || (h.End < c.Text.Text.Length && c.Text.Text[h.End] is '你' or '您'))
        {
            return false;
        }

        for (var k = account - 1; k >= 0 && c.Span(c.Terms[k].End, a.Start) <= 16; k--)
        {
            if (c.Terms[k].Has(Lexicon.Concept.Open) && !c.IsNegated(k))
            {
                return true;
            }
        }

        var s = c.Text.Text;
        var from = Math.Max(0, a.Start - 16);
        foreach (var done in OpeningDone)
        {
            if (s.IndexOf(done, from, a.Start - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // An opening completed (开好, 办下来, 注册好): the lexicon's opening verbs name the act, these its result.
    private static readonly string[] OpeningDone = ["开好", "开完", "办好", "办完", "办下来", "注册好", "申请下来", "开下来"];

    /// <summary>True when a cover story (…就说是…, 说是做网店测试) lies within reach of term <paramref name="i"/>.</summary>
    public static bool CoverStoryNear(PatternContext c, int i)
    {
        var s = c.Text.Text;
        var (from, to) = Around(c, i);
        foreach (var marker in CoverMarkers)
        {
            for (var at = s.IndexOf(marker, from, to - from, StringComparison.Ordinal); at >= 0; at = Next(s, marker, at + 1, to))
            {
                if ((at == 0 || !IsHearsay(s[at - 1])) && !AskedByServedPerson(c, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 顾客问起就说是今年新款: what to tell a customer who asks is sales talk, not a cover story for whoever checks.
    private static bool AskedByServedPerson(PatternContext c, int marker)
    {
        foreach (var t in c.Terms)
        {
            if (t.Has(Lexicon.Concept.ServedPerson) && t.End <= marker && marker - t.End <= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when, within reach of term <paramref name="i"/>, the worker is told not to ask or mind what something is for (不用管设备是干嘛的, 群里聊什么不归你管).</summary>
    public static bool PurposeUnaskedNear(PatternContext c, int i) => PairNear(c, i, Waivers, Purposes, 8);

    /// <summary>
    /// True when anywhere in <paramref name="text"/> the reader is told not to ask what something is for (屋里做什么别问): for a reading
    /// whose anchor is already rare and specific, where the waiver closes the ad rather than standing by the term (ADR 383).
    /// </summary>
    public static bool PurposeUnaskedIn(string text) => PairIn(text, 0, text.Length, Waivers, Purposes, 8);

    /// <summary>True when, within reach of term <paramref name="i"/>, a check is waived (开户意愿核实别问太细, 尽调问题别问太细, 审核放宽).</summary>
    public static bool ChecksWaivedNear(PatternContext c, int i) => PairNear(c, i, Checks, CheckWaivers, 6);

    // A check made on the applicant (刷脸核验, 人像比对, 实名认证): what documents are submitted to.
    private static readonly string[] Verifications = ["核验", "比对", "认证", "审核", "核实"];

    // Whatever takes the check, the account or its money to someone else.
    private const Lexicon.Concept ToOthers = Lexicon.Concept.OnBehalf | Lexicon.Concept.ControlHandover | Lexicon.Concept.Custody
        | Lexicon.Concept.Outflow | Lexicon.Concept.ForwardTarget | Lexicon.Concept.Nominee | Lexicon.Concept.CodeReception;

    private const int VerificationReach = 24;

    /// <summary>
    /// True when the documents of terms [<paramref name="first"/>, <paramref name="last"/>] are submitted to a check on the
    /// applicant (须用单位营业执照办理，上传执照和经办人身份证人像比对) in a text that pays the reader nothing and sends
    /// nothing to anyone else: a buyer or an account holder registering in its own name, not an identity lent (ADR 273).
    /// A price, daily pay, a unit of trade, a waived check or anything handed to others withdraws it.
    /// </summary>
    public static bool SubmittedForOwnCheck(PatternContext c, int first, int last)
    {
        if (c.HasOffer || c.Has(Lexicon.Concept.DailyPay | Lexicon.Concept.EasyMoney | Lexicon.Concept.TradeUnit | Lexicon.Concept.Reassurance)
            || c.Near(first, ToOthers, VerificationReach) || c.Near(last, ToOthers, VerificationReach) || ChecksWaivedNear(c, last))
        {
            return false;
        }

        var s = c.Text.Text;
        var from = c.Terms[first].Start;
        var to = Math.Min(s.Length, c.Terms[last].End + VerificationReach);
        foreach (var v in Verifications)
        {
            if (s.IndexOf(v, from, to - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The worker's own checking of a document (审核营业执照, 核对身份证).
    private static readonly string[] CheckVerbs = ["审核", "核对", "核验", "查验", "核实", "审查"];

    /// <summary>
    /// True when a licence or identity document of terms [<paramref name="first"/>, <paramref name="last"/>] is the object
    /// of a check the worker makes (负责开户、实名核验，审核营业执照): an operator's or a bank's employee checking customers,
    /// not an account opened or a licence handed over for others — unless the check is waived or the result goes to
    /// someone else (ADR 273).
    /// </summary>
    public static bool DocumentChecked(PatternContext c, int first, int last)
    {
        if (c.Near(first, ToOthers, VerificationReach) || c.Near(last, ToOthers, VerificationReach) || ChecksWaivedNear(c, first) || ChecksWaivedNear(c, last))
        {
            return false;
        }

        var s = c.Text.Text;
        for (var k = first; k <= last; k++)
        {
            var t = c.Terms[k];
            if (!t.Has(Lexicon.Concept.CorporateAccount | Lexicon.Concept.IdentityDocument))
            {
                continue;
            }

            foreach (var verb in CheckVerbs)
            {
                var at = t.Start - verb.Length;
                if (at >= 0 && string.CompareOrdinal(s, at, verb, 0, verb.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whose number: a client's or someone else's (客户的号, 别人的号码), not the reader's own.
    private static readonly string[] OthersNumbers = ["客户", "别人", "他人"];

    // A number's mark taken off (号被标记成诈骗, 去平台申诉, 标记清除).
    private static readonly string[] MarkWords = ["标记", "申诉"];

    /// <summary>
    /// True when term <paramref name="i"/> is someone else's phone number (客户的号) whose fraud mark the worker is to have
    /// removed (标记, 申诉 within reach) while told not to mind what the client does (客户做什么不用管): the calls of an
    /// unknown client get through again, communication help under Art. 287-2 (ADR 273).
    /// </summary>
    public static bool OthersNumberCleared(PatternContext c, int i)
    {
        var text = c.Terms[i].Term.Text;
        if (!OthersNumbers.Any(o => text.StartsWith(o, StringComparison.Ordinal)) || !PurposeUnaskedNear(c, i))
        {
            return false;
        }

        var s = c.Text.Text;
        var (from, to) = Around(c, i);
        return MarkWords.Any(w => s.IndexOf(w, from, to - from, StringComparison.Ordinal) >= 0);
    }

    private static bool PairNear(PatternContext c, int i, string[] first, string[] second, int gap)
    {
        var (from, to) = Around(c, i);
        return PairIn(c.Text.Text, from, to, first, second, gap);
    }

    private static bool PairIn(string s, int from, int to, string[] first, string[] second, int gap)
    {
        foreach (var a in first)
        {
            for (var at = s.IndexOf(a, from, to - from, StringComparison.Ordinal); at >= 0; at = Next(s, a, at + 1, to))
            {
                var lo = Math.Max(from, at - gap - 4);
                var hi = Math.Min(to, at + a.Length + gap + 4);
                foreach (var b in second)
                {
                    var bt = s.IndexOf(b, lo, hi - lo, StringComparison.Ordinal);
                    var apart = bt < 0 ? -1 : bt >= at + a.Length ? bt - at - a.Length : at - bt - b.Length;
                    if (apart is >= 0 && apart <= gap)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static (int From, int To) Around(PatternContext c, int i)
    {
        var s = c.Text.Text;
        var t = c.Terms[i];
        return (Math.Max(0, t.Start - Reach), Math.Min(s.Length, t.End + Reach));
    }

    private static int Next(string s, string value, int from, int to) =>
        from >= to ? -1 : s.IndexOf(value, from, to - from, StringComparison.Ordinal);
}
