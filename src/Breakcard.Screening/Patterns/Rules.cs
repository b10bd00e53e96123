using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>The building blocks pattern rules are written in: single terms and pairs of nearby terms.</summary>
internal static class Rules
{
    /// <summary>Terms carrying <paramref name="concepts"/> (and passing <paramref name="where"/>).</summary>
    public static IEnumerable<(int First, int Last)> Single(PatternContext c, Concept concepts, Func<int, bool>? where = null)
    {
        for (var i = 0; i < c.Terms.Count; i++)
        {
            if (c.Terms[i].Has(concepts) && (where is null || where(i)))
            {
                yield return (i, i);
            }
        }
    }

    /// <summary>Terms carrying all of <paramref name="concepts"/> (收卡 is both a trade verb and a card).</summary>
    public static IEnumerable<(int First, int Last)> SingleAll(PatternContext c, Concept concepts)
    {
        for (var i = 0; i < c.Terms.Count; i++)
        {
            if ((c.Terms[i].Concepts & concepts) == concepts)
            {
                yield return (i, i);
            }
        }
    }

    /// <summary>
    /// A <paramref name="verb"/> followed within <paramref name="window"/> characters by an
    /// <paramref name="obj"/> (出租你闲置的银行卡), or an object directly followed (at most
    /// <paramref name="afterWindow"/> characters) by a verb from <paramref name="verbAfter"/> (银行卡出租).
    /// </summary>
    public static IEnumerable<(int First, int Last)> VerbObject(PatternContext c, Concept verb, Concept obj, int window, Concept verbAfter, int afterWindow = 1, Func<int, int, bool>? where = null)
    {
        var terms = c.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!terms[i].Has(obj))
            {
                continue;
            }

            for (var j = 0; j < terms.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var before = j < i && terms[j].Has(verb) && c.Span(terms[j].End, terms[i].Start) <= window;
                var after = j > i && terms[j].Has(verbAfter) && c.Span(terms[i].End, terms[j].Start) <= afterWindow;
                if ((before || after) && (where is null || where(Math.Min(i, j), Math.Max(i, j))))
                {
                    yield return (Math.Min(i, j), Math.Max(i, j));
                }
            }
        }
    }

    /// <summary>Any two distinct terms with <paramref name="a"/> and <paramref name="b"/> within <paramref name="window"/> characters, in either order.</summary>
    public static IEnumerable<(int First, int Last)> Pair(PatternContext c, Concept a, Concept b, int window, Func<int, int, bool>? where = null)
    {
        var terms = c.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!terms[i].Has(a))
            {
                continue;
            }

            for (var j = 0; j < terms.Count; j++)
            {
                if (j != i && terms[j].Has(b) && c.Gap(terms[i], terms[j]) <= window
                    && (where is null || where(Math.Min(i, j), Math.Max(i, j))))
                {
                    yield return (Math.Min(i, j), Math.Max(i, j));
                }
            }
        }
    }
}
