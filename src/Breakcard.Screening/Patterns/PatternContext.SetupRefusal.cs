namespace Breakcard.Screening.Patterns;

// ADR 383: an honest shop's courier sets up a customer's own new phone and writes down what it does not do — 不安装远程控制、
// 会议类软件, 禁止下载共享屏幕类软件 — where the fraud's courier opens screen sharing for the callers. ADR 365 read a negator
// right before the act or before one character that carries it (不装, 不得); a refusal of the tool is as often written with the
// two-character verb that installs, opens or enables it between (不安装, 禁止下载, 不要打开). A verb that ends the act (关, 退,
// 停, 断, 卸, 删) after the negator is the opposite: 别关屏幕共享 keeps the callers watching, so it is no refusal.
public sealed partial class PatternContext
{
    // Verbs that set a tool up or switch it on, simplified and traditional (the refusal is read in the text as written).
    private static readonly string[] SetupVerbs =
    [
        "安装", "安裝", "下载", "下載", "打开", "打開", "开启", "開啟", "开通", "開通", "启用", "啟用", "使用", "装上", "裝上",
        "登录", "登錄", "接受", "同意", "允许", "允許",
    ];

    // One-character verbs that end or remove the act: after a negator they keep it going (别关, 不要退, 不停).
    private const string EndingVerbs = "关關退停断斷卸删刪挂掛";

    /// <summary>What stands before a setup verb that ends <paramref name="before"/> (不安装 → 不), or <paramref name="before"/> itself.</summary>
    private static string WithoutSetupVerb(string before)
    {
        foreach (var verb in SetupVerbs)
        {
            if (before.Length > verb.Length && before.EndsWith(verb, StringComparison.Ordinal))
            {
                return before[..^verb.Length].TrimEnd();
            }
        }

        return before;
    }

    // What joins the items of a list of refused acts (不安装远程控制、屏幕共享类软件; no remote access or screen sharing).
    private static readonly string[] ListJoints = ["、", "和", "或", "及", "或者", "以及", "与", ",", "，", "/", "or", "and", "nor"];

    /// <summary>
    /// True when term <paramref name="k"/> is the next item of a list whose previous item, an act right before it, is refused
    /// (不安装远程控制、屏幕共享: the refusal heads the list; ADR 383).
    /// </summary>
    private bool ContinuesRefusedList(bool[] negated, int k)
    {
        if (k == 0 || !negated[k - 1] || !Terms[k - 1].Has(NegatableActs) || Terms[k - 1].End >= Text.Text.Length)
        {
            return false;
        }

        var (_, after) = Text.OriginalSpan(Terms[k - 1].Start, Terms[k - 1].End);
        var (next, _) = Text.OriginalSpan(Terms[k].Start, Terms[k].End);
        if (next <= after || next - after > 6)
        {
            return false;
        }

        var joint = Text.Original.AsSpan(after, next - after).Trim();
        foreach (var j in ListJoints)
        {
            if (joint.Equals(j, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEndingVerb(char ch) => EndingVerbs.Contains(ch, StringComparison.Ordinal);

    /// <summary>
    /// True when warning cue <paramref name="c"/> stands right before a verb that ends something (别关, 不要退, 勿停) that is not
    /// itself the start of a term (不要删帖 refuses 删帖): it forbids stopping what follows, so it refuses nothing (ADR 383).
    /// </summary>
    private bool GovernsEnding(int c)
    {
        var end = Terms[c].End;
        return end < Text.Text.Length && IsEndingVerb(Text.Text[end]) && (c + 1 >= Terms.Count || Terms[c + 1].Start != end);
    }

    /// <summary>
    /// True when punctuation that breaks a clause or a sentence (，、。；：) was removed inside normalised characters
    /// [<paramref name="start"/>, <paramref name="end"/>): a word read across it (导通讯录，音量调大 → 录音) is the ends of two
    /// clauses, not a word (ADR 383). A bare line break is not enough: a key word broken across a line (录⏎音) is an evasion.
    /// </summary>
    internal static bool CrossesBreak(Normalisation.NormalisedText text, int start, int end)
    {
        for (var i = start + 1; i < end && i < text.Text.Length; i++)
        {
            if (!text.ClauseBreakBefore(i) && !text.SentenceBreakBefore(i))
            {
                continue;
            }

            var (_, after) = text.OriginalSpan(i - 1, i);
            var (next, _) = text.OriginalSpan(i, i + 1);
            for (var k = after; k < next && k < text.Original.Length; k++)
            {
                if (char.IsPunctuation(text.Original[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
