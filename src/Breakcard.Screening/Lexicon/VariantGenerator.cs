namespace Breakcard.Screening.Lexicon;

/// <summary>
/// Turns the listed variants and pinyin into the surface forms the lexical fold recognises:
/// identities for every term (so a variant never splits a real word), standalone variants,
/// pinyin mixes (yin行卡), and in-term substitutions (one or two per term: 出祖, 银航咔 ...).
/// </summary>
internal static class VariantGenerator
{
    public static List<FoldEntry> Generate(
        List<LexiconTerm> terms,
        List<(string Variant, string Canonical, FoldKind Kind)> variants,
        List<(string Canonical, string[] Syllables, string? Abbreviation)> pinyin,
        Concept hidden,
        IEnumerable<string>? kept = null)
    {
        var entries = new List<FoldEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string surface, string canonical, FoldKind kind)
        {
            if (surface.Length > 0 && seen.Add(surface))
            {
                entries.Add(new FoldEntry(surface, canonical, kind));
            }
        }

        foreach (var t in terms)
        {
            Add(t.Text, t.Text, FoldKind.Canonical);
        }

        // Words kept as written (ADR 402): identities that are no term, so a variant inside them never applies (户口本).
        foreach (var word in kept ?? [])
        {
            Add(word, word, FoldKind.Canonical);
        }

        var substitutions = new List<(string Variant, string Canonical, FoldKind Kind)>(variants);
        foreach (var (variant, canonical, kind) in variants)
        {
            if (!InTermOnly(canonical, kind))
            {
                Add(variant, canonical, kind);
            }
        }

        foreach (var (canonical, syllables, abbreviation) in pinyin)
        {
            for (var mask = 1; mask < 1 << syllables.Length; mask++)
            {
                var surface = string.Concat(Enumerable.Range(0, syllables.Length)
                    .Select(i => (mask & (1 << i)) != 0 ? syllables[i] : canonical[i].ToString()));
                Add(surface, canonical, FoldKind.Pinyin);
            }

            substitutions.Add((string.Concat(syllables), canonical, FoldKind.Pinyin));
            if (abbreviation is not null)
            {
                Add(abbreviation, canonical, FoldKind.Abbreviation);
                substitutions.Add((abbreviation, canonical, FoldKind.Abbreviation));
            }
        }

        foreach (var t in terms)
        {
            if ((t.Concepts & hidden) != 0 && t.Text.Length >= 2)
            {
                Expand(t.Text, substitutions, Add);
            }
        }

        return entries;
    }

    /// <summary>Variants of one character, and split forms, are too ambiguous to apply outside a term.</summary>
    private static bool InTermOnly(string canonical, FoldKind kind) => kind == FoldKind.Split || canonical.Length == 1;

    private static void Expand(string term, List<(string Variant, string Canonical, FoldKind Kind)> substitutions, Action<string, string, FoldKind> add)
    {
        var sites = new List<(int Position, int Length, string Variant, FoldKind Kind)>();
        foreach (var (variant, canonical, kind) in substitutions)
        {
            if (canonical == term)
            {
                continue;
            }

            for (var p = term.IndexOf(canonical, StringComparison.Ordinal); p >= 0; p = term.IndexOf(canonical, p + 1, StringComparison.Ordinal))
            {
                sites.Add((p, canonical.Length, variant, kind));
            }
        }

        foreach (var a in sites)
        {
            add(Replace(term, [a]), term, a.Kind);
        }

        for (var i = 0; i < sites.Count; i++)
        {
            for (var j = 0; j < sites.Count; j++)
            {
                var (a, b) = (sites[i], sites[j]);
                if (a.Position + a.Length <= b.Position)
                {
                    add(Replace(term, [a, b]), term, a.Kind);
                }
            }
        }
    }

    private static string Replace(string term, ReadOnlySpan<(int Position, int Length, string Variant, FoldKind Kind)> sites)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var s in sites)
        {
            parts.Add(term[at..s.Position]);
            parts.Add(s.Variant);
            at = s.Position + s.Length;
        }

        parts.Add(term[at..]);
        return string.Concat(parts);
    }
}
