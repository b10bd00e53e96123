using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 21's held-out disguise, development since round 22, <see cref="Evasion.RegionalWords"/>: one or two key words written in the word Hong Kong, Macau or
/// Taiwan uses for the same thing (出租账户 → 出租户口; 银行卡 → 提款卡 or 金融卡; 转账 → 过数; 手机卡 → 门号; 收卡 → 收簿子; in English
/// the word of another English-speaking country: "Rent your card" → "Let your card") — the posts copied from or aimed at readers
/// there, whose ordinary words a mainland keyword list does not hold. The regional words are written in simplified characters, as a
/// mainland post that copies them writes them; the traditional-script disguise may still turn the whole post.
/// </summary>
internal static class RegionalWords
{
    /// <summary>
    /// The regional words for a key word of <see cref="EvasionTables.RiskyWords"/> or <see cref="EvasionTables.OrdinaryWords"/>: Hong Kong
    /// and Macau (户口, 提款卡, 扣账卡, 过数, 转数, SIM咭, 一次性密码, 散工, 即日出粮, 回佣, 回赠, 网上理财, 保安编码器, 月结单) and Taiwan
    /// (金融卡, 门号, 认证码, 简讯认证码, 身分证, 兼差, 日领, 回馈, 收簿子), both (联络 for 联系); "let" and "hire out" (British) for rent, "loan" (American) for
    /// lend, "wire" (American) for transfer. No regional word holds a key word of either list, a digit or a nickname of
    /// <see cref="EvasionTables.Nicknames"/>. Key words with no regional word of their own (出租, 微信, 支付宝, 跑分 …) are left to the
    /// other disguises.
    /// </summary>
    internal static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["银行卡"] = ["提款卡", "金融卡"],
        ["储蓄卡"] = ["提款卡", "金融卡"],
        ["借记卡"] = ["扣账卡", "金融卡"],
        ["账户"] = ["户口"],
        ["对公账户"] = ["公司户口"],
        ["对公户"] = ["公司户口"],
        ["公户"] = ["公司户口"],
        ["转账"] = ["过数", "转数"],
        ["走账"] = ["过数"],
        ["手机卡"] = ["门号", "SIM咭"],
        ["电话卡"] = ["门号", "SIM咭"],
        ["短信验证码"] = ["简讯认证码", "一次性密码"],
        ["验证码"] = ["认证码", "一次性密码"],
        ["身份证"] = ["身分证"],
        ["兼职"] = ["兼差", "散工"],
        ["日结"] = ["日领", "即日出粮"],
        ["佣金"] = ["回佣"],
        ["返利"] = ["回赠", "回馈"],
        ["收卡"] = ["收簿子", "收户口"],
        ["网银"] = ["网上理财"],
        ["U盾"] = ["保安编码器"],
        ["流水"] = ["月结单"],
        ["联系"] = ["联络"],
        ["rent"] = ["let", "hire out"],
        ["lend"] = ["loan"],
        ["transfer"] = ["wire"],
    };

    /// <summary><paramref name="text"/> with one or two occurrences of <paramref name="words"/> in another region's word; unchanged when none has one.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        // Longest words first, so 对公账户 is taken whole rather than its 账户; a whole English word only (rent, not rental's rent).
        var sites = KeyWordSites.Disjoint(text, words.Where(Words.ContainsKey));
        return sites.Count == 0 ? text : KeyWordSites.ReplaceOneOrTwo(text, sites, random, word => random.Pick(Words[word]));
    }
}
