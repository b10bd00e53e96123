using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 415 (the notice lines of ADR 407's known limit): two more ways an honest text names conduct without offering it.
// A case report tells what someone did and what sentence followed (男子将名下银行卡出租给朋友，用于洗钱，最终获刑六个月): a sentence
// that ends in a criminal sentence passed (获刑, 被判, 判处, 判刑, 刑拘, 被捕, 入狱), not denied, names the conduct it reports — no
// recruiter tells of the sentence its own offer earned. And a line that files an act under a crime (替别人申诉的涉嫌为诈骗“洗白”,
// 帮他人清标记，可能为诈骗洗白) names the crime after the filing word: the terms from the filing word to the end of its clause are
// named, not offered. Both are read where the poster does not speak in the sentence (我们, we) and nothing in it reassures or
// gives a messenger, as ADR 415's describing sentence. A trade verb right after its own negator (卡不出借) is a one-item rule.
public sealed partial class PatternContext
{
    // A criminal sentence passed: the lexicon's warning topics, read here as the end of a case report.
    private static readonly string[] SentencesPassed = ["获刑", "被判", "判处", "判刑", "刑拘", "被捕", "入狱"];

    // Words that file what follows under a crime (涉嫌…洗白, 可能为诈骗, 均为骗局).
    private static readonly string[] FilingWords = ["涉嫌", "可能为", "可能是", "可能帮", "或为", "均为", "即为", "属于"];

    /// <summary>Negates the conduct terms of case reports and of crimes named after a filing word (ADR 415).</summary>
    private void NegateCaseReports(bool[] negated)
    {
        NegateOwnNegatorVerbs(negated);
        var s = Text.Text;
        if (OrdersSuppression || s.AsSpan().IndexOfAny('刑', '判') < 0 && s.AsSpan().IndexOfAny('嫌', '为', '属') < 0 && s.AsSpan().IndexOf("可能", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (var word in SentencesPassed)
        {
            for (var at = s.IndexOf(word, StringComparison.Ordinal); at >= 0; at = s.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var from = SentenceStart(at);
                if (!Denied(s, at, ChineseDenials, DenialReach) && !SentenceHas(from, at, PosterWords) && !OffersIn(from, at))
                {
                    NegateConduct(negated, from, at);
                }
            }
        }

        foreach (var word in FilingWords)
        {
            for (var at = s.IndexOf(word, StringComparison.Ordinal); at >= 0; at = s.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // A word the normaliser read whole across a line break (属⏎ 于, a folded or wrapped line) ends its clause no sooner than itself.
                var end = Math.Max(ClauseEnd(at), at + word.Length);
                var reach = s.AsSpan(at + word.Length, Math.Min(CopulaReach, end - at - word.Length));
                if (!Denied(s, at, ChineseDenials, 1) && NamesCrime(reach) && !SentenceHas(SentenceStart(at), end, PosterWords) && !OffersIn(at, end))
                {
                    NegateConduct(negated, at, end);
                }
            }
        }
    }

    // A trade verb right after its own plain negator (卡不出借, 账号不出售, 别租): a one-item rule, as ADR 405's enumerations are rules.
    private void NegateOwnNegatorVerbs(bool[] negated)
    {
        var s = Text.Text;
        for (var k = 0; k < Terms.Count; k++)
        {
            var t = Terms[k];
            if (t.Start > 0 && t.Start < s.Length && t.Has(Concept.RentOut | Concept.Sell | Concept.Buy) && s[t.Start - 1] is '不' or '别' or '勿' or '莫' or '未'
                && !(t.Start > 1 && s[t.Start - 2] is '要' or '得' or '能' && s[t.Start - 1] == '不'))
            {
                negated[k] = true;
            }
        }
    }

    private static bool NamesCrime(ReadOnlySpan<char> reach)
    {
        foreach (var crime in CrimeNouns)
        {
            if (reach.Contains(crime, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void NegateConduct(bool[] negated, int from, int to)
    {
        for (var k = 0; k < Terms.Count; k++)
        {
            negated[k] |= Terms[k].Start >= from && Terms[k].Start < to && Terms[k].Has(DescribedVocabulary) && !Terms[k].Has(WarningWords);
        }
    }

    private int SentenceStart(int at)
    {
        var from = at;
        while (from > 0 && _sentence[from - 1] == _sentence[at])
        {
            from--;
        }

        return from;
    }

    private int ClauseEnd(int at)
    {
        var end = at;
        while (end < _clause.Length && _clause[end] == _clause[at] && _sentence[end] == _sentence[at])
        {
            end++;
        }

        return end;
    }
}
