using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 396: an organisation's own phone lines for its own staff. A company's group plan (集团号卡) issues SIMs to named staff
/// and takes them back when they leave; the administrator who runs it "issues and takes back" the company's cards (公司号卡申领和
/// 回收) and the staff member pass their own real-name check in person (员工带身份证刷脸领取). Read as acts, 回收 is the card
/// trader's buying word (高价回收手机卡) and 刷脸 a face lent. Whose cards they are and who is checked tells them apart: the
/// organisation's own cards, issued and taken back through it, with no price per card beside the taking back, are not bought; the cards'
/// named users checked in person are checking themselves. The seller of group-plan SIMs — cards ordered under others' or
/// departed staff's names, handed to outsiders for a price per card — names none of these, and its hand-over and price are
/// read as before.
/// </summary>
internal static class GroupPlanReadings
{
    // Organisation words right before the card (公司号卡, 集团手机卡, 单位电话卡): the organisation's own lines.
    private static readonly string[] Owners = ["公司", "集团", "单位", "企业", "部门"];

    // Issuing verbs the taking back is paired with (申领和回收, 办理、回收, 发放及回收).
    private static readonly string[] Issues = ["申领", "办理", "发放", "领取", "开通", "登记", "分配"];

    // The staff named as a card's user (员工, 使用人): a third person, never the reader; 本人 is read apart.
    private static readonly string[] Staff = ["员工", "职工", "使用人"];

    // In-person steps between the user and the check (带身份证, 到营业厅, 本人): the user goes to be checked.
    private const int InPersonReach = 12;

    /// <summary>
    /// True when trade verb <paramref name="verb"/> is 回收 right after an issuing verb and a joining word (申领和回收,
    /// 办理、回收, 发放同回收) and phone-card term <paramref name="card"/> right after an organisation word (公司号卡), with no
    /// unit of trade beside the taking back (每张, 一张; a salary further on is no price): the organisation takes back the lines it issued (ADR 396).
    /// </summary>
    internal static bool TakenBackByIssuer(PatternContext c, int verb, int card)
    {
        var s = c.Text.Text;
        var v = c.Terms[verb];
        if (v.End - v.Start != 2 || string.CompareOrdinal(s, v.Start, "回收", 0, 2) != 0 || v.Start < 2)
        {
            return false;
        }

        // The list mark between the two verbs (申领、回收) is folded away with separators; a joining word stays.
        var issued = s[v.Start - 1] is '和' or '、' or '及' or '与' or '同' or '并' ? v.Start - 1 : v.Start;
        return PatternContext.EndsWithAny(s, issued, Issues) && PatternContext.EndsWithAny(s, c.Terms[card].Start, Owners) && !c.Near(verb, Concept.TradeUnit, 6);
    }

    /// <summary>
    /// True when face or ID check term <paramref name="doc"/> has, within a few characters before it in its clause, a staff
    /// member named as the card's user (员工带身份证刷脸, 员工到营业厅刷脸激活), and nothing between names the reader or someone
    /// acting for others: the users check themselves (ADR 396).
    /// </summary>
    internal static bool StaffCheckedInPerson(PatternContext c, int doc)
    {
        var s = c.Text.Text;
        var start = c.Terms[doc].Start;
        var from = Math.Max(0, start - InPersonReach);
        for (var at = start - 1; at >= from; at--)
        {
            if (s[at] is '你' or '您' or '帮' or '替' or '代')
            {
                return false;
            }

            // 本人 opening the check's clause is the card's user (本人带身份证刷脸领取); 你本人 / 您本人 stay the reader, and so does
            // 本人 inside a clause (你拿本人身份证).
            var self = s[at] == '本' && at + 1 < start && s[at + 1] == '人' && OpensClause(c, at);
            if (self || PatternContext.StartsWithAny(s, at, Staff))
            {
                return !ClauseBreakBetween(c, at, start);
            }
        }

        return false;
    }

    // Clause marks are read in the original: the normalised text folds separators between characters away.
    private static bool OpensClause(PatternContext c, int at)
    {
        var o = c.Text.Original;
        var (i, _) = c.Text.OriginalSpan(at, at + 1);
        while (i > 0 && o[i - 1] is ' ' or '\u3000')
        {
            i--;
        }

        return i == 0 || IsClauseMark(o[i - 1]) || o[i - 1] is '：' or ':';
    }

    private static bool ClauseBreakBetween(PatternContext c, int at, int end)
    {
        var o = c.Text.Original;
        var (from, _) = c.Text.OriginalSpan(at, at + 1);
        var (to, _) = c.Text.OriginalSpan(end, end + 1);
        for (var i = from; i < to && i < o.Length; i++)
        {
            if (IsClauseMark(o[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseMark(char ch) => ch is '，' or ',' or '。' or '；' or ';' or '！' or '？' or '\n';
}
