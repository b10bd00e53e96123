namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Reads the court's reasoning for the sentencing circumstances it found for each defendant:
/// surrender (自首), confession (坦白 / 如实供述, when not part of a surrender), plea leniency
/// (认罪认罚), recidivism (累犯), accessory (从犯), minority (未满十八周岁), restitution and
/// student status. A denial ("不构成自首") outweighs an affirmation; the defence's claims count
/// only when the court says it accepts them.
/// </summary>
internal static class CircumstanceReader
{
    public static void Read(string text, TextRange reasoning, Mentions mentions, Evidence[] evidence)
    {
        var clauses = ClauseWalker.Walk(text, reasoning, mentions);
        var k = 0;
        while (k < clauses.Count)
        {
            // One sentence at a time: whether the sentence mentions a surrender or is the
            // defence's argument changes how its clauses read.
            var first = k;
            while (k < clauses.Count && clauses[k].Sentence == clauses[first].Sentence)
            {
                k++;
            }

            var sentence = new TextRange(clauses[first].Range.Start, clauses[k - 1].Range.End).Of(text);
            var claim = Keywords.ContainsAny(sentence, Keywords.DefenceMarkers)
                && !(Keywords.ContainsAny(sentence, Keywords.Accepted) && !sentence.Contains("不予", StringComparison.Ordinal));
            var surrenderInSentence = Affirmed(sentence, "自首");
            for (var c = first; c < k; c++)
            {
                var clause = clauses[c].Range.Of(text);
                var subjects = clauses[c].Subjects;
                for (var d = 0; d < mentions.Count; d++)
                {
                    if ((subjects & (1UL << d)) != 0)
                    {
                        Apply(clause, claim, surrenderInSentence, evidence[d]);
                    }
                }
            }
        }
    }

    private static void Apply(ReadOnlySpan<char> clause, bool claim, bool surrenderInSentence, Evidence e)
    {
        Mark(clause, "自首", claim, ref e.Surrender);
        Mark(clause, "坦白", claim, ref e.Confession);
        if (!surrenderInSentence)
        {
            Mark(clause, "如实供述", claim, ref e.Confession);
        }

        Mark(clause, "认罪认罚", claim, ref e.Plea);
        Mark(clause, "累犯", claim, ref e.Recidivist);
        if (!clause.Contains("主从犯", StringComparison.Ordinal))
        {
            Mark(clause, "从犯", claim, ref e.Accessory);
        }

        foreach (var phrase in Keywords.MinorPhrases)
        {
            Mark(clause, phrase, claim, ref e.Minor);
        }

        if (!claim && FactsReader.HasRestitution(clause))
        {
            e.Restitution = true;
        }

        if (!claim && Keywords.ContainsAny(clause, Keywords.StudentPhrases))
        {
            e.StudentStated = true;
        }

        if (!claim && FactsReader.StatesNoGains(clause))
        {
            e.ZeroGains = true;
        }
    }

    private static void Mark(ReadOnlySpan<char> clause, string keyword, bool claim, ref Evidence.Flag flag)
    {
        var at = clause.IndexOf(keyword, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        if (IsNegated(clause, at, keyword.Length))
        {
            flag.Denied = true;
        }
        else if (!claim)
        {
            flag.Affirmed = true;
        }
    }

    private static bool Affirmed(ReadOnlySpan<char> sentence, string keyword)
    {
        var at = sentence.IndexOf(keyword, StringComparison.Ordinal);
        return at >= 0 && !IsNegated(sentence, at, keyword.Length);
    }

    private static bool IsNegated(ReadOnlySpan<char> text, int at, int length)
    {
        var before = text[Math.Max(0, at - 6)..at];
        if (Keywords.ContainsAny(before, Keywords.Negations))
        {
            return true;
        }

        var after = text[(at + length)..Math.Min(text.Length, at + length + 6)];
        return after.Contains("不成立", StringComparison.Ordinal) || after.Contains("不能成立", StringComparison.Ordinal);
    }
}
