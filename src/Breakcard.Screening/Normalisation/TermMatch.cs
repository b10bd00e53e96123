using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Normalisation;

/// <summary>A vocabulary term found in normalised text.</summary>
/// <param name="Start">Index of the first character in <see cref="NormalisedText.Text"/>.</param>
/// <param name="Length">Number of characters in <see cref="NormalisedText.Text"/>.</param>
/// <param name="Term">The canonical term.</param>
/// <param name="Fold">The strongest disguise among its characters (<see cref="FoldKind.Canonical"/> when written plainly).</param>
/// <param name="Spaced">True when separators, symbols or emoji were written between its characters.</param>
public readonly record struct TermMatch(int Start, int Length, LexiconTerm Term, FoldKind Fold, bool Spaced)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The term's concepts.</summary>
    public Concept Concepts => Term.Concepts;

    /// <summary>True when the term was written in a disguised form: homophones, pinyin, split characters, separators.</summary>
    public bool IsDisguised => Spaced || Fold.IsDisguise();

    /// <summary>True when an emoji pun stands in the term (手🐔卡) and nothing else disguises it: evidence only beside an offer (ADR 454).</summary>
    public bool IsPun => Fold == FoldKind.Rebus;

    /// <summary>True when the term carries any of <paramref name="concepts"/>.</summary>
    public bool Has(Concept concepts) => (Term.Concepts & concepts) != 0;
}
