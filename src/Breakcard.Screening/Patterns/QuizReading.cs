using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// A quiz whose marked answers refuse or report (1. 有人一天给800让你…：A.接 B.拒绝并报警 ✔): the questions describe the
/// approach to be refused, so the amounts and units in them are the approach's, not an offer the text makes (ADR 260).
/// A "quiz" whose marked answers are a cover story or a routine (B.说是公司测试用的 ✔) is not one.
/// </summary>
internal static class QuizReading
{
    private const Concept Refusal = Concept.WarningCue | Concept.WarningTopic | Concept.WarningVerdict;

    /// <summary>True when <paramref name="text"/> marks at least one answer (✔, ✓, √, ☑) and every marked answer refuses or reports.</summary>
    public static bool AnswersRefuse(NormalisedText text, IReadOnlyList<TermMatch> terms)
    {
        var o = text.Original;
        var marked = 0;
        for (var i = 0; i < o.Length; i++)
        {
            if (o[i] is not ('\u2714' or '\u2713' or '\u221A' or '\u2611'))
            {
                continue;
            }

            var start = OptionStart(o, i);
            if (!RefusesIn(text, terms, start, i))
            {
                return false;
            }

            marked++;
        }

        return marked > 0;
    }

    // Back from the mark to its option letter (B. Ｂ． B、) or the start of its line.
    private static int OptionStart(string o, int mark)
    {
        for (var j = mark - 1; j >= 0; j--)
        {
            if (o[j] == '\n')
            {
                return j + 1;
            }

            if (j + 1 < mark && o[j] is (>= 'A' and <= 'D') or (>= '\uFF21' and <= '\uFF24') && o[j + 1] is '.' or '\uFF0E' or '\u3001' or ')' or '\uFF09')
            {
                return j;
            }
        }

        return 0;
    }

    // Refusing and reporting that are not warning vocabulary elsewhere (要求注销并投诉, 不接).
    private static readonly string[] RefusalWords = ["投诉", "注销", "拒绝", "举报", "报警", "不接", "不去", "不做"];

    private static bool RefusesIn(NormalisedText text, IReadOnlyList<TermMatch> terms, int from, int to)
    {
        var option = Normalised(text, from, to);
        foreach (var word in RefusalWords)
        {
            if (option.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var t in terms)
        {
            if (!t.Has(Refusal))
            {
                continue;
            }

            var (start, end) = text.OriginalSpan(t.Start, t.End);
            if (start >= from && end <= to)
            {
                return true;
            }
        }

        return false;
    }

    // The normalised characters that come from original [from, to), so traditional 投訴 and 註銷 read as 投诉 and 注销.
    private static ReadOnlySpan<char> Normalised(NormalisedText text, int from, int to)
    {
        var s = text.Text;
        var start = -1;
        var end = -1;
        for (var k = 0; k < s.Length; k++)
        {
            var (a, b) = text.OriginalSpan(k, k + 1);
            if (a >= from && b <= to)
            {
                start = start < 0 ? k : start;
                end = k + 1;
            }
        }

        return start < 0 ? [] : s.AsSpan(start, end - start);
    }
}
