using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 438: others led past a border's controls for pay per person (BorderCrossingReadings), and a client's app repacked to
// defeat a safety check for pay per pass (ScanDefeatReadings). Methods, not fields, as in PatternCatalog.OverseasRecruit.cs.
public static partial class PatternCatalog
{
    private static RiskPattern LedPastBorderPerHead() => new("led-past-border-per-head",
        "Others led across a border outside its controls for pay per person",
        "The border's controls evaded (避开卡点, 绕开检查站和边境巡逻, 不走口岸, 偷渡; avoid the checkpoints and patrols) with a border named (边境, 对面, 缅甸, 老挝; border, Laos) and pay per person conveyed (每人两千, 一个人四位数, 人头三千; $300 per person) in one item, not refused, not narrated of someone else, outside warning notices. A licensed guide on registered trails away from the boundary is not it.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "The fraud compounds across the border are filled by guides who walk recruits past the checkpoints at night for pay per head; conveying others across the border outside its controls to whoever waits on the other side helps the frauds those desks run (Art. 287-2), and the evasion and the per-head pay are what makes the purpose known (法释〔2019〕15号 Art. 11).",
        c => (c.IsWarningNotice && !c.HasOffer) || !BorderCrossingReadings.MentionsBorderControl(c) ? [] : BorderCrossingReadings.LedPastBorder(c))
    {
        StockLinesDoNotExcuse = true,
        NoticeLinesDoNotExcuse = true,
    };

    private static RiskPattern SafetyCheckDefeatedForClient() => new("safety-check-defeated-per-pass",
        "A client's app repacked to defeat a security scan, an anti-fraud app or a store's review, for pay per pass",
        "The check defeated (免杀, 扫不报毒, 检测不提示, 过审, 绕过检测; until Play Protect stops flagging it) with a repacking word (加壳, 加固, 混淆, 改签名, 换包名, 马甲包; repack, re-sign, obfuscate) and pay per package (一个包五百, 每个三位数; per APK, per build that passes) or what the app does not to be asked, in one item, not refused (不做免杀), not narrated of someone else. Hardening one's employer's own app and submitting it to the stores' review is not it.",
        0.85, RiskConduct.TechnicalSupport, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Fraud apps reach victims' phones only if the security centres, the anti-fraud app and the stores' review let them through; repacking a client's app until the scan stops warning, paid per pass and told not to ask what the app does, is technical support to the frauds it carries (Art. 287-2), and the evasion is what makes the purpose known (法释〔2019〕15号 Art. 11).",
        c => (c.IsWarningNotice && !c.HasOffer) || !ScanDefeatReadings.MentionsRepacking(c) ? [] : ScanDefeatReadings.CheckDefeated(c))
    {
        StockLinesDoNotExcuse = true,
        NoticeLinesDoNotExcuse = true,
    };
}
