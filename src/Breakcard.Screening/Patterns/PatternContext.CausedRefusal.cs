namespace Breakcard.Screening.Patterns;

// ADR 480: a refusal may put the person it keeps from the act between the negator and the act — a call-centre task sheet's
// 不让用户提供验证码, 不要求客户远程共享屏幕, 别叫老人报验证码. The act is the served person's, and the text says it is not asked of
// them: as refused as 不提供验证码. The risky twin asks it (让用户提供验证码, 叫卡主报验证码) and has no negator before the causative.
public sealed partial class PatternContext
{
    // Causative verbs, longest first, as written (the original text is read: simplified and traditional).
    private static readonly string[] CausativeVerbs = ["要求", "讓", "让", "叫", "请", "請", "许", "許", "准", "準", "逼"];

    // The person kept from the act: served people and unnamed others, as written.
    private static readonly string[] CausedPersons =
    [
        "用户", "用戶", "客户", "客戶", "顾客", "顧客", "客人", "对方", "對方", "他人", "别人", "別人", "老人", "家属", "家屬", "乘客",
        "会员", "會員", "学员", "學員", "学生", "學生", "居民", "住户", "住戶", "患者", "卡主", "任何人", "他们", "他們", "你", "他", "她",
    ];

    /// <summary>
    /// What stands before a causative verb when <paramref name="before"/> ends with it and a person (不让用户 → 不, 不要求客户 → 不);
    /// <paramref name="before"/> itself otherwise, so that the negator checks that follow read the refusal on the causative.
    /// </summary>
    private static string WithoutCausedPerson(string before)
    {
        foreach (var person in CausedPersons)
        {
            if (!before.EndsWith(person, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = before[..^person.Length];
            foreach (var verb in CausativeVerbs)
            {
                if (rest.Length > verb.Length && rest.EndsWith(verb, StringComparison.Ordinal))
                {
                    return rest[..^verb.Length];
                }
            }

            return before;
        }

        return before;
    }
}
