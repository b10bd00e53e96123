namespace Breakcard.Screening.Lexicon;

/// <summary>A canonical vocabulary term and what it means.</summary>
/// <param name="Text">The canonical, folded form (simplified, lower case, no separators).</param>
/// <param name="Concepts">Its meaning for screening.</param>
public sealed record LexiconTerm(string Text, Concept Concepts);

/// <summary>A surface form the lexical fold replaces by its canonical form.</summary>
/// <param name="Surface">The folded surface form.</param>
/// <param name="Canonical">What it stands for.</param>
/// <param name="Kind">How the surface differs (<see cref="FoldKind.Canonical"/> for identity entries that only protect a word).</param>
internal sealed record FoldEntry(string Surface, string Canonical, FoldKind Kind)
{
    public bool Identity => Kind == FoldKind.Canonical;
}
