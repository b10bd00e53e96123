using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 438: technical support whose purpose is to defeat a safety check on a client's product, for pay per pass. The fraud
/// apps (fake "loan", "wealth" and "mall" apps) are flagged by the phones' security centres, the national anti-fraud app and
/// the stores' review; the gangs pay technicians per package to repack them — shell, obfuscate, re-sign, rename the package —
/// until the scan stops warning (扫不报毒, 检测不提示, 免杀, 过审; *until Play Protect stops flagging it*), and again each time
/// one is flagged, the app's purpose not to be asked. Who acts: the reader, as technician; whose product: a client's or the
/// poster's; what check: a security scan, an anti-fraud app, a store's review or a risk control; what pay: per package that
/// passes; what is kept from view: what the app does.
/// <para>
/// The honest form uses the same words: an engineer who hardens the employer's own app against cracking (加壳防二次打包),
/// keeps its own signature, submits it to the stores' review and, when a scanner flags it, looks for the cause in the code and
/// refuses 免杀. So the reading needs, in one item, the check defeated (not refused right before it, not narrated of someone
/// else), a repacking word and either pay per package (一个包五百, 每个三位数; *per APK*, *per build that passes*) or what the
/// reader is told not to ask (ADR 423's <see cref="PatternContext.ToldNotToAsk"/>).
/// </para>
/// Behind a first-character search for the repacking words (ADR 382).
/// </summary>
internal static partial class ScanDefeatReadings
{
    private static readonly string[] RepackWords = ["加壳", "加固", "混淆", "改签", "重签", "换签", "包名", "马甲包", "免杀", "重新打包", "二次打包", "报毒"];

    private static readonly SearchValues<char> RepackFirsts = MerchantAndParcelReadings.FirstCharacters(RepackWords);

    private static readonly SearchValues<string> RepackLatin = SearchValues.Create(["apk", "repack", "resign", "obfusc", "crypter", "playprotect"], StringComparison.Ordinal);

    /// <summary>True when the normalised text names repacking an app or a scanner's verdict: the cheap test.</summary>
    public static bool MentionsRepacking(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, RepackFirsts, RepackWords) || c.Text.Text.AsSpan().ContainsAny(RepackLatin);

    /// <summary>Where a client's app is repacked to defeat a safety check for pay per pass or with its purpose unasked.</summary>
    public static IEnumerable<(int First, int Last)> CheckDefeated(PatternContext c)
    {
        var s = c.FoldedText;
        foreach (var m in Defeated().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (BorderCrossingReadings.RefusedBefore(s, start) || Narrated(c, start, end))
            {
                continue;
            }

            var item = BorderCrossingReadings.Item(s, start, end, out var from);
            if (Repacked().IsMatch(item) && (PerPass().IsMatch(item) || OverseasRecruitReadings.ToldNotToAskWithin(c, from, from + item.Length)))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, int.MaxValue);
            }
        }

        return [];
    }

    private static bool Narrated(PatternContext c, int start, int end) => Wrongdoer().IsMatch(BorderCrossingReadings.SentenceBefore(c, start, end));

    // The check defeated: 免杀; a scan that no longer warns (扫不报毒, 检测不提示风险, 不被标记, 不拦截); a review or a risk
    // control passed or got round (过审, 包过审核, 绕过检测, 躲过查杀, 过风控); in English a scanner or a review that stops flagging,
    // is bypassed or got past.
    [GeneratedRegex("免杀|(?:扫描?|检测|查杀?|识别|检查)(?:时)?(?:不|不出|不到)(?:报毒|提示|风险|拦截|标记|毒|出来)|不(?:报毒|被标记|被拦截|弹风险|提示风险|被查杀)"
        + "|(?:包|能|保)过(?:.{0,6}?)(?:审核|审|检测|风控)|过(?:审|检)(?:了|一次|一个|满)|(?:绕过|躲过|躲开|避开|骗过)(?:.{0,8}?)(?:检测|审核|风控|查杀|扫描|安全中心|管家|反诈)"
        + "|(?:stop|stops|won.?t|doesn.?t|don.?t|nolonger|never|without)(?:being|getting)?(?:flag|detect|warn)|(?:bypass|evade|getpast|slippast|dodge|pass|sneakpast|fool)[a-z]{0,10}?(?:playprotect|antivirus|av|security|review|scan|fraud|detection)|fud(?:crypt|apk|build)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Defeated();

    // A repacking word: shell, harden, obfuscate, re-sign, rename the package, rebuild, a disguise package (马甲包); in English
    // repack, re-sign, obfuscate, wrap, crypt.
    [GeneratedRegex("加壳|加固|混淆|签名|包名|打包|马甲包|免杀|repack|resign|re-sign|obfusc|wrap|crypt|rebuild|rename", RegexOptions.CultureInvariant)]
    private static partial Regex Repacked();

    // Pay per package that passes: 一个包五百, 每个三位数, 每包, 按个, 过一个算一个, 一次两千; in English a sum per APK, build,
    // app or pass.
    [GeneratedRegex("(?:一个包|每个包|每包|每个|一个|按个|按包|每过一个|过一个|一次|每次|单个)(?:给|算|结|付|收)?[0-9一二两三四五六七八九十百千万洞幺拐壹贰叁肆伍陆柒捌玖拾佰仟小大几三]"
        + "|per(?:apk|build|app|pass|file|package|sample|clean)|each(?:apk|build|app)(?:that)?(?:pass|gets)", RegexOptions.CultureInvariant)]
    private static partial Regex PerPass();

    [GeneratedRegex("有人|不法|犯罪分子|骗子|团伙|嫌疑人|\\b(?:fraudsters?|scammers?|criminals?|gangs?|hackers?)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Wrongdoer();
}
