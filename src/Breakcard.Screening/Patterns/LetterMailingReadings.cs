using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of letters posted in bulk, and of who is posting them (ADR 400).
/// <para>
/// Letters posted for others: the reader folds, stuffs, stamps and posts letters the recruiter prints, for pay per letter
/// or per batch, while what the letters say or whom they reach is kept from view — what is inside or to whom not to be
/// asked, the address list the recruiter's and its source not to be asked, the letters spread over many post boxes so that
/// no one box or counter sees many, a cover story for the post office, or an authority's notice printed with the
/// recruiter's own number or code to call or scan. Fake court summonses, "asset freeze" and benefit-review notices reach
/// old people this way; the worker who posts them never touches the money and is paid per hundred.
/// </para>
/// <para>
/// An institution's own mail: an institution writing as itself (本院, 我行, 本局, our office) sends its papers to the people
/// its own records name (the parties of a case by its number, account or policy holders), through one traceable channel
/// (EMS, registered post, a receipt filed back), and pays no one per letter. A court's registry stuffing summonses is that;
/// a stranger's list of pensioners is not, though its letters imitate the same court.
/// </para>
/// <para>
/// A communication received and named fake (收到……“法院传票”……都是假的, if you get a letter … it's fake) is a verdict on what
/// the text reports, as ADR 392's named wrongdoer is.
/// </para>
/// All three read the normalised text with FraudHelpReadings' fold of Martian forms, behind a first-character search for
/// words of the post (MerchantAndParcelReadings.ContainsAny; kept once per text, PatternContext.Mail.cs) or, for the last,
/// for a word of fakery; a text naming neither costs a vectorised scan or two.
/// </summary>
internal static partial class LetterMailingReadings
{
    // Words without which no letter is posted: post boxes, stamps, the post office, posting, registered letters. Letters and
    // envelopes alone (信, 信封) are not searched: 信 begins 微信 and 信息 in most Chinese ads, and a posted letter names the post.
    private static readonly string[] MailWords = ["邮筒", "邮票", "邮局", "邮寄", "邮政", "邮递", "挂号信", "函件"];

    // In English: the post's lexicon anchors (envelope, mailbox, postbox, post office) among the terms, or "mail" (mailed,
    // certified mail). A SearchValues<string> of Latin words costs ≈ 0.7 µs on a mostly Chinese text of 165 characters (it
    // is not vectorised over non-ASCII text), ten times one ordinal IndexOf.
    private static readonly string[] MailTerms = ["envelope", "envelopes", "mailbox", "mailboxes", "postbox", "postboxes", "post office", "post offices"];

    private static readonly SearchValues<char> MailFirsts = MerchantAndParcelReadings.FirstCharacters(MailWords);

    private static readonly string[] FakeWords = ["假的", "伪造", "假冒", "冒充"];

    private static readonly SearchValues<char> FakeFirsts = MerchantAndParcelReadings.FirstCharacters(FakeWords);

    // The signs that what is posted is kept from view, of which the reading needs one.
    private static readonly Regex[] HiddenSigns = [ContentsUnasked(), ListUnasked(), Scattered(), PostOfficeCover(), AuthorityWithOurContact()];

    private const int QuoteReach = 60;

    /// <summary>True when the normalised text names the post: the cheap test, kept once per text by <see cref="PatternContext.MentionsMail"/>.</summary>
    public static bool MentionsMail(PatternContext c)
    {
        if (MerchantAndParcelReadings.ContainsAny(c.Text.Text, MailFirsts, MailWords) || c.Text.Text.AsSpan().IndexOf("mail", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var t in c.Terms)
        {
            var x = t.Term.Text;
            if (x.Length >= 7 && x[0] is 'e' or 'm' or 'p' && Array.IndexOf(MailTerms, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where letters the recruiter supplies are posted by the reader for pay while what they say or whom they reach is kept
    /// from view: the letters posted (stamped, dropped in post boxes, taken to the post office), and one sign of concealment
    /// not refused in its clause.
    /// </summary>
    public static IEnumerable<(int First, int Last)> PostedForOthers(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        var posting = Posting().Match(plain);
        if (!posting.Success || !(FraudHelpReadings.Pays(c) || PerLetter().IsMatch(plain)))
        {
            return [];
        }

        foreach (var sign in HiddenSigns)
        {
            foreach (var m in sign.EnumerateMatches(plain))
            {
                if (!IdentityAndAdReadings.IsRefusedInClause(c, m.Index, m.Index + m.Length))
                {
                    return IdentityAndAdReadings.AnchorNear(c, posting.Index, posting.Index + posting.Length, QuoteReach);
                }
            }
        }

        return [];
    }

    /// <summary>
    /// True when an institution speaking as itself posts its own papers to the people its records name, through a
    /// traceable channel, paying no one per letter, with nothing of it kept from view.
    /// </summary>
    public static bool IsInstitutionsOwnMail(PatternContext c)
    {
        if (!c.MentionsMail)
        {
            return false;
        }

        var plain = FraudHelpReadings.Plain(c);
        if (!InstitutionSelf().IsMatch(plain) || !RecordedRecipients().IsMatch(plain) || !TraceableChannel().IsMatch(plain) || PerLetter().IsMatch(plain))
        {
            return false;
        }

        foreach (var sign in HiddenSigns)
        {
            if (sign.IsMatch(plain))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a communication received (a letter, a notice, a call, a message) is named fake in the text (收到……的“法院”
    /// 信件，是假的; if you get a letter from the "court" …, it's fake); 不是假的 names nothing.
    /// </summary>
    public static bool NamesReceivedFake(PatternContext c)
    {
        var s = c.Text.Text;
        if (!MerchantAndParcelReadings.ContainsAny(s, FakeFirsts, FakeWords) && s.AsSpan().IndexOf("fake", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var plain = FraudHelpReadings.Plain(c);
        var received = Received().Match(plain);
        if (!received.Success)
        {
            return false;
        }

        foreach (var m in NamedFake().EnumerateMatches(plain.AsSpan(received.Index)))
        {
            var at = received.Index + m.Index;
            if (at == 0 || "不没非别".IndexOf(plain[at - 1], StringComparison.Ordinal) < 0)
            {
                return true;
            }
        }

        return false;
    }

    // Letters posted: stamped, dropped in a post box, taken to the post office, posted (装好贴邮票寄到邮局, 投到邮筒, post them).
    [GeneratedRegex("(贴|盖)(好)?邮票|(投|寄|送|塞|放)[^。]{0,6}?(邮筒|邮局|信箱)|(邮筒|邮局|信箱)[^。]{0,2}?(投|寄)|邮寄|(post|mail|drop)(them|theletters|theenvelopes|each)?(in|into|at|from|to)?(the|a|different|several)?(mailbox|postbox|postoffice|mailboxes|postboxes)|stamp(and|them|the)", RegexOptions.CultureInvariant)]
    private static partial Regex Posting();

    // Pay per letter or per hundred (每封2元, 一封1.5元, 每百封, per letter, per envelope, a letter).
    [GeneratedRegex("(每|一|1|壹)封[^。]{0,3}?[0-9一二两三四五六七八九十壹贰叁肆伍幺洞]|(每|一)百封|per(letter|envelope|hundred)|(a|each)(letter|envelope)[0-9]|[0-9](cents?|p)(a|per|each)(letter|envelope)", RegexOptions.CultureInvariant)]
    private static partial Regex PerLetter();

    // What the letters say or whom they reach not to be asked (信里写什么不用管, 寄给谁别问, don't read them, don't ask who they go to).
    [GeneratedRegex("((信|xin)里|(信|xin)里面|里面|(信|xin)的内容|内容|写的|写了)[^。]{0,3}?(写)?(什么|啥|乜嘢|么)?[^。]{0,2}?" + Waiver + "|((寄|发|投|送)(给|畀|到)|收信人|收件人)(是)?(谁|哪|什么人)[^。]{0,3}?" + Waiver + "|(别|不要|不用|不许|不准)(看|拆|打开)(信|内容|里面)|(dont|donot|never|noneedto)(read|open)(them|theletters|theenvelopes|what)|(dontask|noneedtoknow|dontworryabout)(what|who)(s|is|are)?(inside|init|inthem|theysay|itsays|theygoto|getsthem|receives)", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsUnasked();

    // The address list the recruiter's and its source not to be asked (名单：表格里的老人姓名地址（哪来的别问）, 地址来源不用管).
    [GeneratedRegex("(名单|地址|姓名|表格|收件人|号码)[^。]{0,12}?(哪来|哪里来|哪儿来|哪唻|哪婡|哪嚟|来源|唻源|婡源|怎么来)[^。]{0,3}?" + Waiver + "|(dontask|noneedtoknow|nevermind)where(the)?(names|addresses|list)", RegexOptions.CultureInvariant)]
    private static partial Regex ListUnasked();

    // Spread over many post boxes so that none sees many (分几个邮筒投, 同一个邮筒别寄太多, no more than 20 per box).
    [GeneratedRegex("(分|到|去|在)(几个|不同|多个|各个|好几个|不一样的)(的)?(邮筒|邮局|信箱|地方|网点)|(同一个|一个|同个|每个)(邮筒|邮局|信箱)[^。]{0,3}?(别|不要|不能|不许|只|最多)|(different|several|separate|many)(mailboxes|postboxes|postoffices)|(nomore|notmore|never\\w{0,6}more)than[0-9a-z]{1,6}(per|in|at)(a|one|each|the)?(box|mailbox|postbox|postoffice)", RegexOptions.CultureInvariant)]
    private static partial Regex Scattered();

    // A cover story for whoever at the post asks (邮局问起就说公司寄的通知, 有人问就讲单位发的账单, if the clerk asks say …).
    [GeneratedRegex("(邮局|柜台|邮递员|工作人员|营业员|有人|别人|谁)[^。]{0,3}?(问|查)(起|到)?[^。]{0,2}?(就|僦)(说|説|讲|講)|if(the)?(postoffice|clerk|postman|mailman|anyone|someone|staff|counter)(asks|checks)(just)?(say|tell)", RegexOptions.CultureInvariant)]
    private static partial Regex PostOfficeCover();

    // An authority's notice printed with the recruiter's own number or code (“法院传票”……下面印着“咨询电话”（我们的号）).
    [GeneratedRegex("(法院|检察|公安|警方|医保|社保|税务|冻结|传票|通知|逮捕|起诉|court|summons|freeze|police|prosecutor)[^。]{0,30}?(电话|号码|热线|二维码|二维ma|二维ㄇㄚ|维码|qr|hotline|number)[^。]{0,4}?(我们|我哋|我们的|莪们)(的|给|畀|嘅|の|提供|发|号)|(court|summons|freeze|police|prosecutor)[a-z]{0,40}?(our|the)(number|qrcode|hotline)(we|you)?(give|provide|print)?", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityWithOurContact();

    // An institution writing as itself (本院, 我院, 本局, 我行, 本所, 本单位 …; our office, the court's registry).
    [GeneratedRegex("(本|我)(院|局|行(?!业|为|动|程)|所(?!有|以|在)|署|委|厅|中心|单位|司)|ourregistry|ourcourt|theclerksoffice|courtregistry|ourbank|ouroffice", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionSelf();

    // People its own records name: the parties of a case by its number, account or policy holders by theirs.
    [GeneratedRegex("案号|案件|当事人|被告|原告|申请人|被申请人|户号|账户号|账号尾号|保单号|客户编号|参保人|纳税人识别号|casenumber|caseno|partiestothe|policyholders?|accountholders?", RegexOptions.CultureInvariant)]
    private static partial Regex RecordedRecipients();

    // One traceable channel: EMS, registered post, the court's express mail, a receipt filed back.
    [GeneratedRegex("(?<![a-z])ems|挂号|专递|收寄|揽收|回执|回证|签收|certifiedmail|registeredpost|registeredmail|returnreceipt", RegexOptions.CultureInvariant)]
    private static partial Regex TraceableChannel();

    // A communication received (收到一封“法院传票”, 接到自称……的电话, if you get a letter).
    [GeneratedRegex("(收到|接到|收了|接了)[^。]{0,20}?(信|通知|传票|文书|短信|电话|来电|邮件|链接|包裹)|(get|got|receive|received)(a|an)(letter|notice|call|text|message|email|summons)", RegexOptions.CultureInvariant)]
    private static partial Regex Received();

    // Named fake (是假的, 都是假的, 一律是伪造的, it's fake).
    [GeneratedRegex("是假的|是伪造的|是假冒的|是冒充的|(its|itis|theyare|theyre)(a)?fake", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFake();

    // Whatever is asked is not to be (别问, 不用管, 不用知道), Martian forms folded; 吥/芣 fold to 不.
    private const string Waiver = "(别问|别多问|不用问|不要问|不要多问|不许问|勿问|不用管|别管|不要管|不用知道|不必知道|别打听|不要打听|不用看|别看|唔使问|唔好问)";
}
