using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 392: an approach reported and named for what it is. A family's message or a checklist that tells of someone who
// offered to buy a dead parent's cards (有人打电话说老人的卡别销户，一套给3000) and then says who that is (那是收卡的, 这是诈骗团伙,
// 属于帮地下钱庄洗钱) judges the offer it reports: the one who trades is a third party the text points at, not the writer, and
// nothing is offered to the reader. A recruiter names himself (我们是收卡的, 本人长期收卡), never the one he is by a demonstrative
// or a third person, and never calls his principal a fraud gang or an underground bank. Such a naming is a verdict (ADR 51's
// 是违法行为) on its sentence: it negates what came before it there and the rest of its own clause.
public sealed partial class PatternContext
{
    // Who is named: a demonstrative or a third person, then the copula (那是收卡的, 他们就是收卡的). Longest first.
    private static readonly string[] PointedSubjects = ["他们就是", "她们就是", "对方就是", "这就是", "那就是", "他们是", "她们是", "对方是", "这是", "那是", "他是", "她是"];

    // A copula that files the conduct after it under a crime's principal (属于帮地下钱庄洗钱, 是在帮诈骗团伙转移资金).
    private static readonly string[] FilingCopulas = ["属于", "就是", "是在", "是"];

    // Principals no honest work serves; named after 帮 they make the help a crime (帮地下钱庄, 帮诈骗团伙, 帮骗子).
    private static readonly string[] CriminalPrincipals = ["地下钱庄", "诈骗团伙", "犯罪团伙", "诈骗分子", "犯罪分子", "不法分子", "骗子", "电诈", "诈骗"];

    // The trade a pointed subject is said to carry on (收卡的, 卖卡的, 跑分的), as the concepts of the term named.
    private const Concept NamedTrade = Concept.Buy | Concept.Sell | Concept.RentOut | Concept.Purchase | Concept.CardTradeSlang
        | Concept.Settlement | Concept.CollectMoney;

    // Wrongdoers a copula can name outright (这是诈骗团伙, 那是骗子): the warning cues that are persons.
    private static readonly string[] Wrongdoers = ["诈骗团伙", "犯罪团伙", "诈骗分子", "犯罪分子", "不法分子", "骗子"];

    /// <summary>
    /// True when the text names a third party it reports as a card trader or as a crime's agent (那是收卡的, 这是诈骗团伙,
    /// 属于帮地下钱庄洗钱): a verdict on what it reports (ADR 392).
    /// </summary>
    public bool NamesWrongdoer { get; private set; }

    /// <summary>Negates, for each naming found, the terms before it in its sentence within the verdict reach and the rest of its clause.</summary>
    private void NegateNamedWrongdoers(bool[] negated)
    {
        // Every naming needs 是 or 属于 in the text; the terms are read only then.
        if (!Has(NamedTrade | Concept.OnBehalf | Concept.WarningCue) || Text.Text.AsSpan().IndexOfAny('是', '属') < 0)
        {
            return;
        }

        var s = Text.Text;
        for (var v = 0; v < Terms.Count; v++)
        {
            var t = Terms[v];
            var named = (t.Has(NamedTrade) && IsPointedTrade(s, t))
                || (t.Has(Concept.OnBehalf) && ServesCriminal(s, t))
                || (t.Has(Concept.WarningCue) && IsNamedWrongdoer(s, t));
            if (!named)
            {
                continue;
            }

            NamesWrongdoer = true;
            for (var k = v; k >= 0 && _sentence[Terms[k].Start] == _sentence[t.Start] && Span(Terms[k].End, t.Start) <= VerdictReach; k--)
            {
                negated[k] = true;
            }

            for (var k = v + 1; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] == _clause[t.Start]; k++)
            {
                negated[k] = true;
            }
        }
    }

    // 那是收卡的: a pointed subject right before the trade term and 的 right after it, ending the clause (or the text).
    private bool IsPointedTrade(string s, TermMatch t)
    {
        if (t.End >= s.Length || s[t.End] != '的' || (t.End + 1 < s.Length && !Text.ClauseBreakBefore(t.End + 1)))
        {
            return false;
        }

        foreach (var who in PointedSubjects)
        {
            if (EndsAt(s, t.Start, who))
            {
                return true;
            }
        }

        return false;
    }

    // 属于帮地下钱庄洗钱: a filing copula right before 帮 and a criminal principal right after it.
    private static bool ServesCriminal(string s, TermMatch t)
    {
        if (t.Length != 1 || s[t.Start] != '帮')
        {
            return false;
        }

        var copula = false;
        foreach (var c in FilingCopulas)
        {
            copula |= EndsAt(s, t.Start, c) && !EndsAt(s, t.Start - c.Length, "不") && !EndsAt(s, t.Start - c.Length, "非");
        }

        if (!copula)
        {
            return false;
        }

        foreach (var p in CriminalPrincipals)
        {
            if (string.CompareOrdinal(s, t.End, p, 0, p.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // 这是诈骗团伙, 那是骗子: a pointed subject right before a wrongdoer.
    private static bool IsNamedWrongdoer(string s, TermMatch t)
    {
        var word = s.AsSpan(t.Start, t.Length);
        var wrongdoer = false;
        foreach (var w in Wrongdoers)
        {
            wrongdoer |= word.SequenceEqual(w);
        }

        if (!wrongdoer)
        {
            return false;
        }

        foreach (var who in PointedSubjects)
        {
            if (EndsAt(s, t.Start, who))
            {
                return true;
            }
        }

        return false;
    }

    // True when s[..end] ends with word.
    private static bool EndsAt(string s, int end, string word) =>
        end - word.Length >= 0 && string.CompareOrdinal(s, end - word.Length, word, 0, word.Length) == 0;
}
