using System.Text;
using Breakcard.EarlyWarning.Signals;

namespace Breakcard.EarlyWarning.Warnings;

/// <summary>
/// The messages a bank, a school and the police liaison send or read for a warning: plain
/// language, what the law says, where to get help. Chinese for the holder and the school, English
/// for the referral note. Facts of law from LAW.md: Criminal Law Art. 287-2 (up to three years),
/// Anti-Fraud Law Arts. 31 and 44, the joint disciplinary measures (two years for those identified
/// as renting or selling cards). Nothing in a message names an account or a device.
/// </summary>
public static class WarningMessages
{
    /// <summary>The anti-fraud hotline.</summary>
    public const string Hotline = "96110";

    private const string Law =
        "出租、出借、出售银行卡、电话卡、收款码和网络账号，违反《反电信网络诈骗法》第三十一条，可被处以罚款（第四十四条），"
        + "并被限制办理银行卡、电话卡业务，列入联合惩戒名单（一般两年）；明知他人用于诈骗仍提供帮助、情节严重的，"
        + "构成帮助信息网络犯罪活动罪（《刑法》第二百八十七条之二），最高可判处三年有期徒刑。";

    /// <summary>The bank's message to the holder (SMS or app), in Chinese.</summary>
    public static string ForHolder(Warning warning, string bankName = "您的开户银行")
    {
        ArgumentNullException.ThrowIfNull(warning);
        var sb = new StringBuilder();
        sb.Append('【').Append(bankName).Append("风险提示】您好！我们注意到：");
        sb.AppendJoin("；", SeenSigns(warning)).Append("。");
        sb.Append("如果有人以兼职、刷单、日结高薪、帮忙走账、借用等名义让您交出银行卡、U盾、网银密码、手机卡或收款码，请一定拒绝。");
        sb.Append(Law);
        sb.Append("如果卡已交给他人，请尽快到柜台挂失或销户、注销多余的手机卡，并拨打").Append(Hotline).Append("反诈专线或110说明情况——主动说明和配合，法律上会从宽考虑。");
        sb.Append("如有疑问请致电银行客服或到网点咨询。本提示不代表您有任何违法行为。");
        return sb.ToString();
    }

    /// <summary>The school's message to the student (through the counsellor), in Chinese.</summary>
    public static string ForStudent(Warning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return "【学校反诈提醒】同学你好：近期有不法分子以“兼职”“刷单”“日结”“帮忙收款”等名义，诱骗在校学生办新卡、出租或出售银行卡和手机卡，"
            + "已有学生因此被判刑或被列入惩戒名单，影响今后办卡、贷款和就业。" + Law
            + "如果你遇到这样的“兼职”，或已经把卡、手机卡交给了别人，请马上联系辅导员或学校保卫处，或拨打" + Hotline + "，我们会帮你处理。";
    }

    /// <summary>The referral note to the police anti-fraud centre, in English, for a warning that calls for police.</summary>
    public static string ForPolice(Warning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var sb = new StringBuilder("Referral to the anti-fraud centre: holder ").Append(warning.HolderId)
            .Append(", score ").Append(warning.Score).Append(". Signals: ");
        sb.AppendJoin("; ", warning.Signals.Select(s => $"{SignalCatalog.Of(s.Kind).Title} on {s.AccountMasked} at {s.Time:yyyy-MM-dd HH:mm} ({s.Detail})"));
        sb.Append(warning.ThresholdReason is { } t ? $". Threshold reached: {t}." : ". No serious-circumstances threshold reached yet: a warning and control measures (Anti-Fraud Law Arts. 18, 31) may still stop it.");
        return sb.ToString();
    }

    private static IEnumerable<string> SeenSigns(Warning warning) =>
        warning.Signals.Select(s => s.Kind).Distinct().Select(k => SignalCatalog.Of(k).Plain);
}
