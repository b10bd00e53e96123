namespace Breakcard.Screening.Patterns;

// ADR 433: the normalised text with the English instrument words read through transposed or dropped letters (crad, c*rd,
// acount → card, account; EnglishInstrumentWords), computed once per context on first asking, as PlainText is for the Chinese
// look-alike forms (ADR 426).
public sealed partial class PatternContext
{
    private (string Text, int[]? Map)? _englishWords;

    /// <summary>The normalised text with disguised English instrument words folded, and the map back (null: the text itself).</summary>
    internal (string Text, int[]? Map) EnglishWords => _englishWords ??= EnglishInstrumentWords.Fold(Text.Text);
}
