using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>The building blocks pattern rules are written in: single terms and pairs of nearby terms.</summary>
/// <remarks>
/// Every pattern runs on every screened text, and most texts hold none of a given pattern's concepts: each block first asks
/// the context's union of concepts (<see cref="PatternContext.Has"/>, one AND) and returns nothing, without starting an
/// iterator or walking the terms, when a concept it needs is absent (ADR 382). The answer is the same: no term can carry a
/// concept that no term carries.
/// </remarks>
internal static class Rules
{
    /// <summary>Terms carrying <paramref name="concepts"/> (and passing <paramref name="where"/>).</summary>
    public static IEnumerable<(int First, int Last)> Single(PatternContext c, Concept concepts, Func<int, bool>? where = null) =>
        c.Has(concepts) ? SingleTerms(c, concepts, where) : [];

    private static IEnumerable<(int First, int Last)> SingleTerms(PatternContext c, Concept concepts, Func<int, bool>? where)
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
    public static IEnumerable<(int First, int Last)> SingleAll(PatternContext c, Concept concepts) =>
        c.HasAll(concepts) ? SingleAllTerms(c, concepts) : [];

    private static IEnumerable<(int First, int Last)> SingleAllTerms(PatternContext c, Concept concepts)
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
    public static IEnumerable<(int First, int Last)> VerbObject(PatternContext c, Concept verb, Concept obj, int window, Concept verbAfter, int afterWindow = 1, Func<int, int, bool>? where = null) =>
        c.Has(obj) && c.Has(verb | verbAfter) ? VerbObjectTerms(c, verb, obj, window, verbAfter, afterWindow, where) : [];

    private static IEnumerable<(int First, int Last)> VerbObjectTerms(PatternContext c, Concept verb, Concept obj, int window, Concept verbAfter, int afterWindow, Func<int, int, bool>? where)
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
                // A verb after its object across a clause mark reads it only when the verb ends its clause (闲置银行卡，店里收，一张800); one that
                // goes on to an object of its own (银行卡，出收购凭证) is a receipt issued, not a card bought (ADR 405).
                var after = j > i && terms[j].Has(verbAfter) && c.Span(terms[i].End, terms[j].Start) <= afterWindow
                    && !(PatternContext.CrossesBreak(c.Text, terms[i].End - 1, terms[j].Start + 1) && c.HasObjectAfter(j));
                if ((before || after) && (where is null || where(Math.Min(i, j), Math.Max(i, j))))
                {
                    yield return (Math.Min(i, j), Math.Max(i, j));
                }
            }
        }
    }

    /// <summary>Any two distinct terms with <paramref name="a"/> and <paramref name="b"/> within <paramref name="window"/> characters, in either order.</summary>
    public static IEnumerable<(int First, int Last)> Pair(PatternContext c, Concept a, Concept b, int window, Func<int, int, bool>? where = null) =>
        c.Has(a) && c.Has(b) ? PairTerms(c, a, b, window, where) : [];

    private static IEnumerable<(int First, int Last)> PairTerms(PatternContext c, Concept a, Concept b, int window, Func<int, int, bool>? where)
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
