using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// A need disclaimed or a kind of business refused (round 13, ADR 283): 不需要你的收款码收钱, 不会借用你的银行卡,
// 不要求借用个人银行卡, 不接“免备案”“防封”业务. The job says the act is not part of it, as a prohibition says it must not be.
public sealed partial class PatternContext
{
    // "No need", "will not", "not required", "not taken on": said of the act or the instrument right after them. 不要 and 不会要求
    // are warning cues already; these are weaker, so they reach only a term that follows at once (after 你的 / 个人 / 借用 at most).
    private static readonly string[] Disclaimers = ["不需要", "无需", "不用", "用不着", "不必", "不要求", "不会", "不接", "不承接", "不提供", "不做"];

    // Characters allowed between a disclaimer and the term it governs: a possessive or an owner (你的, 您的, 个人, 本人).
    private const int DisclaimerGap = 4;

    /// <summary>
    /// Negates, within its clause and the cue reach, what a disclaimer governs when a risky term follows it at once: the
    /// text says the job needs or takes on none of it. A disclaimer inside a longer term (不会冻结, 不用的, 不要求满18) is
    /// that term's, and one before 问 / 管 / 担心 forbids the asking, not the act (不用管设备干嘛的 stays risky).
    /// </summary>
    private void NegateDisclaimedActs(bool[] negated)
    {
        var s = Text.Text;
        var t = 0;
        for (var p = 0; p < s.Length; p++)
        {
            while (t < Terms.Count && Terms[t].End <= p)
            {
                t++;
            }

            // Every disclaimer begins with one of these: the per-character scan stays cheap (screening is CPU-bound).
            if (s[p] is not ('不' or '无' or '用'))
            {
                continue;
            }

            // Inside a term other than a bare decoy (不要求 is listed as one so that 要求 is not read as a requirement).
            if (t < Terms.Count && Terms[t].Start < p || t < Terms.Count && Terms[t].Start == p && Terms[t].Term.Concepts != Concept.Decoy)
            {
                continue;
            }

            var word = Array.Find(Disclaimers, d => string.CompareOrdinal(s, p, d, 0, d.Length) == 0);
            if (word is null)
            {
                continue;
            }

            var end = p + word.Length;
            var first = t < Terms.Count && Terms[t].Start == p ? t + 1 : t;
            if (first >= Terms.Count || Terms[first].Start >= s.Length || Span(end, Terms[first].Start) > DisclaimerGap
                || _clause[Terms[first].Start] != _clause[p] || StartsWithAny(s, end, AskOrWorry))
            {
                continue;
            }

            for (var k = first; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] == _clause[p]
                && Span(end, Terms[k].Start) <= CueReach; k++)
            {
                negated[k] = true;
            }
        }
    }
}
