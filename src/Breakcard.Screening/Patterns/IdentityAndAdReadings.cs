using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of help that is neither a card handed over nor money moved (ADR 375): a holder's identity check answered by
/// the worker for an instrument others use, ad space sold to unlawful lending or gambling while the platform's review is
/// evaded, and recordings of one's own voice or face sold with the lines that pass an identity check. Each act has honest
/// work of the same shape — a bank's call-back desk asks the holder, a publisher sells space through the platform's ad
/// network with loan and gambling categories blocked, a speech-data project records consented, anonymised everyday
/// sentences — so the readings ask what makes it help to another's crime: the worker claims to be the holder while the
/// instrument is someone else's; the placement hides from the review or bypasses the platform; the recordings carry an
/// identity claim, a payment consent or a code, or their use is not to be asked about. They read characters of the
/// normalised text (FraudHelpReadings' fold of Martian forms), because the phrasing varies more than a word list can hold.
/// </summary>
internal static partial class IdentityAndAdReadings
{
    // How far back a refusal may stand in the clause as written: an English list (we never ask you to read ID numbers,
    // card numbers or verification codes) runs over 50 characters.
    private const int ClauseReach = 64;

    // How far a pattern's quoted term may lie from the reading it anchors: the clause around it.
    private const int AnchorReach = 16;

    /// <summary>
    /// The claims that pass a holder's identity check (是我本人, 我就是机主本人, 是我自己转的, 本人操作的, 冒充机主, it was
    /// me, I am the account holder) in the normalised text of <paramref name="c"/>, each as (start, end), excluding those
    /// refused or denied in their clause as written (不录“我是本人”这类话, we never ask you to say it was you).
    /// </summary>
    public static IEnumerable<(int Start, int End)> IdentityClaims(PatternContext c, string plain)
    {
        foreach (Match m in IdentityClaim().Matches(plain))
        {
            if (!IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>
    /// True when the claim at <paramref name="claim"/> is what the worker is told to answer a check with: a check (核实,
    /// 回访, 验证, 风控, 来电, verification, the bank calls) within reach before it, and an instruction to answer (就说, 你说,
    /// 你的回答, 话术, 照资料念, say, answer) right before it — or the claim is itself an impersonation (冒充机主, pose as the
    /// account holder).
    /// </summary>
    public static bool AnswersCheck(string plain, (int Start, int End) claim)
    {
        var head = plain[claim.Start..claim.End];
        if (SelfContainedClaim().IsMatch(head))
        {
            return true;
        }

        var instructionFrom = Math.Max(0, claim.Start - 12);
        var checkFrom = Math.Max(0, claim.Start - 48);
        var instruction = plain[instructionFrom..claim.Start];
        return ScriptedAnswer().IsMatch(instruction)
            || (AnswerInstruction().IsMatch(instruction) && Check().IsMatch(plain[checkFrom..claim.Start]));
    }

    /// <summary>
    /// True when the instrument checked is someone else's: its holder is not the worker or a stranger (卡主：某，不是你,
    /// 你不认识, 卡主是谁别问), the cards or numbers come from the recruiter (我们给你几张手机卡, 卡主的手机卡插在你手机里), or the
    /// answers are read from the recruiter's file (看我们给的资料) — the check then passes for people the worker does not know.
    /// </summary>
    public static bool InstrumentIsOthers(string plain) => OthersInstrument().IsMatch(plain);

    /// <summary>
    /// True when the worker is told not to ask or mind whose the instrument is or what the material is for (卡主是谁别问,
    /// 声音给谁用不用管, 用途不用问, 拿去干嘛别问, don't ask what it's for).
    /// </summary>
    public static bool UseUnasked(string plain)
    {
        foreach (Match w in Waiver().Matches(plain))
        {
            var from = Math.Max(0, w.Index - 10);
            var to = Math.Min(plain.Length, w.Index + w.Length + 8);
            if (UseOrOwner().IsMatch(plain[from..to]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ad placements of the text (广告位, 弹窗, 开屏, 落地页, ad slot, pop-up), each as (start, end).</summary>
    public static IEnumerable<(int Start, int End)> AdPlacements(string plain) =>
        AdPlacement().Matches(plain).Select(m => (m.Index, m.Index + m.Length));

    /// <summary>
    /// True when unlawful lending, gambling or stock-tip business (网贷, 秒批贷款, 彩票计划, 博彩, 体育预测, 荐股群, casino,
    /// payday loans) is named within reach of the placement, and not refused or blocked right before it (不接贷款、理财,
    /// 屏蔽“网贷”“博彩”类目).
    /// </summary>
    public static bool UnlawfulBusinessNear(PatternContext c, string plain, (int Start, int End) placement)
    {
        var from = Math.Max(0, placement.Start - 60);
        var to = Math.Min(plain.Length, placement.End + 60);
        foreach (Match m in UnlawfulBusiness().Matches(plain[from..to]))
        {
            var at = from + m.Index;
            if (!IsRefusedInClause(c, at, at + m.Length) && !IsBlockedAfter(c, at + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the business ending at normalised character <paramref name="end"/> is blocked or refused later in its own
    /// clause as written (贷款、博彩类目已在后台屏蔽, 网贷广告一律不接, loans and gambling are blocked).
    /// </summary>
    private static bool IsBlockedAfter(PatternContext c, int end)
    {
        var (_, to) = c.Text.OriginalSpan(end - 1, end);
        var original = c.Text.Original;
        var clauseEnd = to;
        while (clauseEnd < original.Length && clauseEnd - to < 24 && !IsClauseMark(original[clauseEnd]))
        {
            clauseEnd++;
        }

        return BlockedAfter().IsMatch(original[to..clauseEnd]);
    }

    [GeneratedRegex("屏蔽|禁投|不接|拒接|关闭|不做|不投|一律不|禁止|blocked|not accepted|refused|banned", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockedAfter();

    /// <summary>
    /// True when the platform's review or ad network is evaded: the ads placed outside it (不走流量主, 不经过平台, 不用平台广告),
    /// hidden while it reviews (审核时先关掉, 过审后再打开, 审核怎么躲我们有办法), or the app renamed when reported (被投诉就换个
    /// 名字, 用户举报改个图标) — what a publisher selling space through the platform has no reason to do.
    /// </summary>
    public static bool ReviewEvaded(string plain) => ReviewEvasion().IsMatch(plain);

    /// <summary>
    /// The first recording of the worker's own voice or face (录音, 原声, 声音素材, 人脸视频, 眨眼摇头, voice recordings), or null;
    /// not a word read across a clause or sentence break (导通讯录，音量调大 has no 录音; ADR 383).
    /// </summary>
    public static (int Start, int End)? FirstBiometric(PatternContext c, string plain)
    {
        for (var m = Biometric().Match(plain); m.Success; m = m.NextMatch())
        {
            if (!PatternContext.CrossesBreak(c.Text, m.Index, m.Index + m.Length))
            {
                return (m.Index, m.Index + m.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The lines that pass an identity or payment check when played back (我是本人, 同意转账, 验证码, it was me, I agree to
    /// the transfer), each as (start, end), excluding those refused in their clause (也不录“同意转账”这类话, 不含验证码).
    /// </summary>
    public static IEnumerable<(int Start, int End)> CheckPassingLines(PatternContext c, string plain)
    {
        foreach (var claim in IdentityClaims(c, plain))
        {
            yield return claim;
        }

        foreach (Match m in PaymentConsentOrCode().Matches(plain))
        {
            if (!IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>
    /// The term closest to normalised characters [<paramref name="start"/>, <paramref name="end"/>), within
    /// <see cref="AnchorReach"/> or <paramref name="reach"/>: what the hit of a reading of characters is anchored on. The form
    /// itself is recorded for the reason's quote (<see cref="PatternContext.FormQuoteFor"/>, ADR 482).
    /// </summary>
    public static IEnumerable<(int First, int Last)> AnchorNear(PatternContext c, int start, int end, int reach = AnchorReach)
    {
        var best = -1;
        var bestGap = int.MaxValue;
        for (var i = 0; i < c.Terms.Count; i++)
        {
            var t = c.Terms[i];
            var gap = t.End <= start ? start - t.End : t.Start >= end ? t.Start - end : 0;
            if (gap < bestGap && !c.IsNegated(i))
            {
                (best, bestGap) = (i, gap);
            }
        }

        if (best < 0 || bestGap > reach)
        {
            return [];
        }

        c.RecordFormQuote(best, start, end); // the reason quotes the form read, not the word it is anchored on (ADR 482)
        return [(best, best)];
    }

    /// <summary>
    /// True when normalised characters [<paramref name="start"/>, <paramref name="end"/>) are refused or denied in their
    /// clause as written: a negation (不, 没, 无, 未, 禁, 拒, 屏蔽, never, not, no) between the last clause mark and them. A
    /// Chinese clause runs across 、 and quotation marks (不读“我是本人”, 不含身份证号、卡号、验证码), an English one across
    /// commas (never … ID numbers, card numbers or verification codes).
    /// </summary>
    internal static bool IsRefusedInClause(PatternContext c, int start, int end) => Refuses(ClauseBefore(c, start, end));

    /// <summary>True when <paramref name="written"/> holds a refusal or denial (不, 没, 无, 禁, never, not, no, n't …).</summary>
    internal static bool Refuses(string written) => ClauseRefusal().IsMatch(written);

    /// <summary>
    /// The clause as written before normalised characters [<paramref name="start"/>, <paramref name="end"/>), back to the
    /// last clause mark, full-width Latin (ｎｅｖｅｒ) and Cyrillic look-alikes (nеvеr) read as Latin.
    /// </summary>
    internal static string ClauseBefore(PatternContext c, int start, int end)
    {
        var (from, _) = c.Text.OriginalSpan(start, end);
        var original = c.Text.Original;
        var clauseStart = from;
        while (clauseStart > 0 && from - clauseStart < ClauseReach && !IsClauseMark(original[clauseStart - 1]))
        {
            clauseStart--;
        }

        // The reach may stop between the two halves of a pair (an emoji): the lone low half is left out, since
        // normalisation refuses a string with an unpaired half.
        if (clauseStart < from && char.IsLowSurrogate(original[clauseStart]))
        {
            clauseStart++;
        }

        var clause = original[clauseStart..from];
        clause = Internal.CompatibilityFold.HasUnpairedSurrogate(clause) ? clause : clause.Normalize(System.Text.NormalizationForm.FormKC);
        return clause.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF') < 0 ? clause : CyrillicAsLatin(clause);
    }

    // ADR 453: Cyrillic look-alike letters read as the Latin letters they stand for (nо еxреrіеnce, nеvеr), so the clause test
    // reads the refusal or the lure the reader sees; round 27's pump text wrote *no experience* so and was read as refused.
    private static string CyrillicAsLatin(string clause) => string.Create(clause.Length, clause, static (chars, s) =>
    {
        for (var k = 0; k < s.Length; k++)
        {
            chars[k] = s[k] is >= '\u0400' and <= '\u04FF' ? Internal.ReversedClauses.Plain(s[k]) : s[k];
        }
    });

    private static bool IsClauseMark(char ch) => ch is '\n' or '\r' or '.' or ';' or ':' or '!' or '?' or '，' or '。' or '；' or '：' or '！' or '？';

    // Claims to be the holder; the 冒充 / pose-as forms carry their own instruction.
    [GeneratedRegex("(是|就是)?我(就)?是?(机主|卡主|持卡人|户主|号主)?本人|我(就)?是[^不否]{1,3}本人|是我自己|(是|系)本人操作|本人操作的|我(就)?是(机主|卡主|持卡人|户主|号主)"
        + "|(冒充|假装|装作|扮成?)(是)?(本人|机主|卡主|持卡人|户主|号主)|以(机主|卡主|持卡人|户主)(的)?(身份|名义)"
        + "|itwasme|itwasmyself|iam(the)?(account|card)holder|imthe(account|card)holder|sayitwasyou|sayyou(made|sent|did)(it|the)|sayyou(are|re)the(account|card)?holder|confirmyou(are|re)the(account|card)?holder|(poseas|answerasthe|pretendtobethe)(account|card)?holder", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityClaim();

    [GeneratedRegex("^(冒充|假装|装作|扮|以)|^(sayitwasyou|sayyou|confirmyou|poseas|answerasthe|pretendtobethe)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfContainedClaim();

    // An answer scripted for the worker (就说, 你的回答, 话术): what to say when asked, whoever asks.
    [GeneratedRegex("就说|你就说|你的回答|话术|照着说|照着念|say|tellthem", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptedAnswer();

    [GeneratedRegex("就说|你说|你就说|说|你答|回答|答复|话术|照着念|照着说|照念|念|say|answer|tell(them|him|her)", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerInstruction();

    [GeneratedRegex("核实|回访|核验|验证|风控|来电|打来|回电|电话|确认|审核|人工核|verif|security|fraudteam|riskteam|(bank|platform)(calls|rings|asks|checks)|check", RegexOptions.CultureInvariant)]
    private static partial Regex Check();

    [GeneratedRegex("(卡主|机主|持卡人|户主|号主|账户主人)[^是]{0,12}(不是你|你不认识|不认识)|(卡主|机主|持卡人|户主|号主|账户)(是谁|是哪个)|是谁的(卡|号|账户)|(别人|他人|陌生人)的(银行卡|手机卡|电话卡|卡|号|账户)"
        + "|(给你|寄你|寄给你|发你)[^。]{0,6}(手机卡|电话卡|银行卡|卡)|(卡主|机主|号主|户主)的.{0,4}(插|装|在你)|(看|照)(我们|我们给|给你)的?资料|照资料"
        + "|(someoneelse|otherpeople|strangers)s?(card|account|number|sim)|(registered|belonging)to(other|another|someoneelse|strangers)|(cards|sims|numbers)wesendyou|(card|account)(holder|owner)isnotyou|notyour(own)?(card|account|number)", RegexOptions.CultureInvariant)]
    private static partial Regex OthersInstrument();

    [GeneratedRegex("别问|不用问|不要问|不许问|勿问|不用管|别管|不要管|不归你管|不关你事|别打听|不用知道|dontask|donotask|noquestions|nevermind|dontworryabout|noneedtoknow", RegexOptions.CultureInvariant)]
    private static partial Regex Waiver();

    [GeneratedRegex("用途|给谁用|谁用|拿去|干嘛|干什么|做什么|用来|是谁|谁的|卡主|机主|whatitsfor|whatitisfor|whatfor|whouses|wholistens|whatitdoes|whatwedo", RegexOptions.CultureInvariant)]
    private static partial Regex UseOrOwner();

    [GeneratedRegex("广告位|广告栏|推广位|弹窗|开屏|插屏|横幅|banner|落地页|贴片|信息流广告|adslot|adspace|adspot|popup|splashscreen|splashad|landingpage", RegexOptions.CultureInvariant)]
    private static partial Regex AdPlacement();

    [GeneratedRegex("网贷|秒批|秒下款|下款|贷款|借贷|口子|彩票计划|博彩|菠菜|赌|棋牌|百家乐|六合彩|体育预测|预测|荐股|理财|彩票|股票群|投资群|casino|gambling|betting|bet|paydayloan|instantloan|loanapp|stocktips", RegexOptions.CultureInvariant)]
    private static partial Regex UnlawfulBusiness();

    [GeneratedRegex("(不走|不经过|不经|不用|绕过|绕开|避开)[^审]{0,8}(流量主|广告联盟|广告平台|广告网络|广告组件|平台广告|官方广告|平台的广告)"
        + "|(审核|过审|提审|检查|抽查|巡查|检测)(时|的时候|期间)?(先)?(关掉|关闭|隐藏|藏起来|下掉|撤掉|换成)|(过审|审核|抽查|检查|上线)(完)?(后|之后|以后|完)再(打开|开启|开|放出|换回|切回|挂上)|过审(后|之后|以后)?(换回|切回)"
        + "|(审核|平台|检测)怎么(过|躲|绕)|(躲|绕过|避开)(审核|平台检测|检测|风控)|(举报|投诉|封)[^。]{0,6}(换|改)(个|一个)?(名字|图标|名称|马甲|壳|皮)"
        + "|bypass(the|its)?(review|adnetwork|platform)|hide(it|them)?(during|from|before)(the)?review|(outside|without)the(platform|platforms|adnetwork)|avoid(the)?review", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewEvasion();

    [GeneratedRegex("录音|原声|声音|语音素材|朗读|代读|录完|录好|录制|录下|直接录|录一|录几|声纹|人脸视频|自拍视频|刷脸视频|眨眼|摇头|张嘴|voicerecording|voicesample|voiceclip|recordingsofyourvoice|your(own)?voice|facevideo|selfievideo", RegexOptions.CultureInvariant)]
    private static partial Regex Biometric();

    [GeneratedRegex("同意(这笔|本次|此次)?.{0,2}(转账|付款|扣款|借款|贷款|支付|授权|转)|(这笔)?(转账|付款)是我|验证码|本人同意|iagree(to)?(the)?(transfer|payment)|verificationcode|yesiauthori[sz]e", RegexOptions.CultureInvariant)]
    private static partial Regex PaymentConsentOrCode();

    // A refusal or denial in the clause before a term: 不录, 不读, 不含, 没有也不会有, 无, 未, 禁止, 拒, 屏蔽, 关闭; never, not, no.
    // Not the 无 of 无人机 (a drone), nor the no of *no experience* (a lure, not a refusal; ADR 448).
    [GeneratedRegex("[不没未禁拒莫勿]|无(?![人⼈](?:机|機|🐔))|屏蔽|关闭|\\b(never|not|no(?!\\s*(?:prior\\s*)?experience)|without|nor)\\b|n't", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseRefusal();
}
