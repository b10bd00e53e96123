using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 22's held-out disguise <see cref="Evasion.ComplianceBoilerplate"/>, development since round 23: the poster's own ad opened or closed with one or two lines of the
/// compliance and anti-fraud boilerplate honest posts carry — a statement that the job is lawful, reviewed and free of charge (【声明】本岗位
/// 正规合法，不收取任何费用…), and the anti-fraud slogans copied from official campaigns (不出租、不出借、不出售银行卡和电话卡…; in English
/// "Stay safe: never share your bank details…") — as risky posts paste them to pass a platform's review and a reader's first glance.
/// No character of the ad changes. Unlike everyday chatter (sentences about something else, no key word), a quoted offer (someone else's
/// warning against the ad) or a job digest (other jobs around it), these lines are the poster's own, speak of the post itself, and name
/// the cards, accounts and codes that the honest texts name when they warn.
/// </summary>
internal static class ComplianceBoilerplate
{
    /// <summary>The Chinese lines: lawfulness and review statements, and anti-fraud slogans. No template writes any of them (a test checks).</summary>
    internal static readonly string[] Lines =
    [
        "【声明】本岗位正规合法，不收取任何费用，拒绝一切违法犯罪。",
        "本信息已通过平台审核，不涉黄赌毒诈，请放心咨询。",
        "温馨提示：全民反诈，人人有责。不出租、不出借、不出售银行卡和电话卡，不向陌生人透露验证码。",
        "郑重承诺：不收押金，不办贷款，不刷单，正规公司，合法合规。",
        "【反诈提醒】凡是先让你交钱的都是诈骗，认准官方渠道。",
        "如遇诈骗请拨打96110或报警，本平台坚决拥护反诈。",
    ];

    /// <summary>The same kinds of lines in an English text.</summary>
    internal static readonly string[] EnglishLines =
    [
        "Disclaimer: this is a legitimate, registered business. We never charge fees.",
        "Stay safe: never share your bank details or one-time codes with strangers.",
        "100% legal and compliant. Not a scam, no upfront payment.",
        "Scam warning: if anyone asks you to pay to start a job, report it.",
        "We fully support anti-fraud rules. Never rent, lend or sell your bank account or SIM card.",
    ];

    /// <summary><paramref name="text"/> with one or two lines in its own language (Chinese when it holds any Chinese) after it, or now and then before it.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var picks = (TextLanguage.IsChinese(text) ? Lines : EnglishLines).ToArray();
        random.Shuffle(picks.AsSpan());
        var block = string.Join("\n", picks.Take(random.NextInt(1, 3)));
        // Most posts close with the statement, as a signature; some open with it, as a header.
        return random.Chance(0.7) ? string.Concat(text, "\n", block) : string.Concat(block, "\n", text);
    }
}
