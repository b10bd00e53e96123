namespace Breakcard.Screening.Patterns;

// ADR 439: a notice that reports others' approach may judge it by naming the law it breaks rather than by calling it a crime with
// 是 (ADR 415's 可能是洗钱): 【运营商提示】最近有人按台雇学生…激活上网设备再交出，或触犯帮信 / 可能构成犯罪 / 涉嫌帮助信息网络犯罪活动罪 / 触犯
// 刑法; *this may break the law*. A verb of legal consequence (触犯, 构成, 涉嫌, 涉及) with a crime or the law as its object, not
// denied (不构成犯罪, 不会触犯), is such a judgement, whatever instrument the sentence names. It is read only inside ADR 415's
// describing sentence — one whose subject is an unnamed third party (有人, 团伙, someone), where the poster does not speak of
// itself and gives no messenger or reassurance — so a recruiter's 不违法、不触犯法律 or a stock line beside its own offer
// (我们…，出租银行卡可能构成帮信罪 is the poster's sentence) changes nothing.
public sealed partial class PatternContext
{
    // Verbs whose object is the crime or the law broken. 构成 alone is common (由…构成): it counts only with a crime after it.
    private static readonly string[] ConsequenceVerbs = ["触犯", "构成", "涉嫌", "涉及", "触碰"];

    // English forms of the same judgement that need no object (normalised text has no spaces).
    private static readonly string[] EnglishConsequences = ["breakthelaw", "breakingthelaw", "againstthelaw", "criminaloffen", "chargedwith"];

    // The gate: one of the verbs, or an English form, somewhere in the text (one anchored scan; ADR 382).
    private static readonly AnchoredWords ConsequenceAnchors = new([.. ConsequenceVerbs, .. EnglishConsequences]);

    // What the verb must name within its reach: a crime (CrimeNouns: 帮信, 犯罪, 违法, 洗钱 …) or the law itself.
    private static readonly string[] LawNouns = ["刑法", "法律", "法规", "红线", "罪"];

    // How far after the verb its object may stand (触犯帮信, 构成帮助信息网络犯罪活动罪, 涉嫌掩饰隐瞒犯罪所得罪).
    private const int ConsequenceReach = 12;

    /// <summary>True when the text has any word of legal consequence: the gate before sentences are read for one.</summary>
    private static bool MentionsConsequence(string s) => ConsequenceAnchors.IndexIn(s) >= 0;

    /// <summary>
    /// True when normalised <paramref name="s"/> between <paramref name="from"/> and <paramref name="to"/> names a legal consequence
    /// not denied: a consequence verb with a crime or the law within its reach, or an English "break the law" (ADR 439).
    /// </summary>
    private static bool NamesConsequence(string s, int from, int to)
    {
        if (FindsUndenied(s, from, to, EnglishConsequences, EnglishDenials, EnglishDenialReach))
        {
            return true;
        }

        foreach (var verb in ConsequenceVerbs)
        {
            var span = s.AsSpan(from, to - from);
            for (var i = span.IndexOf(verb, StringComparison.Ordinal); i >= 0;)
            {
                var at = from + i;
                var objectStart = at + verb.Length;
                var reach = s.AsSpan(objectStart, Math.Max(0, Math.Min(ConsequenceReach, to - objectStart)));
                if (!Denied(s, at, ChineseDenials, DenialReach) && (ContainsAny(reach, CrimeNouns) || ContainsAny(reach, LawNouns)))
                {
                    return true;
                }

                var next = span[(i + 1)..].IndexOf(verb, StringComparison.Ordinal);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence right after the describing one (ending at <paramref name="end"/>) names a legal consequence (最近有人…上网。
    /// 替别人激活再交出，或触犯帮信。; *someone has been paying students… Activating a device for someone else may break the law.*): the
    /// describing sentence then runs to that sentence's end, which <paramref name="end"/> is moved to. The caller's poster-word and
    /// offer tests then cover both sentences.
    /// </summary>
    private bool JudgedInNextSentence(string s, ref int end)
    {
        if (end >= s.Length || !MentionsConsequence(s))
        {
            return false;
        }

        var start = end;
        while (start < s.Length && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        if (start >= s.Length)
        {
            return false;
        }

        var nextEnd = SentenceEnd(start);
        if (!NamesConsequence(s, start, nextEnd))
        {
            return false;
        }

        end = nextEnd;
        return true;
    }

    private static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
