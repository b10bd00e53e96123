namespace Breakcard.Screening.Patterns;

/// <summary>
/// The character forms a reading quotes (ADR 482). A reading of characters (给谁用别问) anchors its hit on the nearest lexicon term, so
/// that negation, conduct and scoring read terms as before; the reason should quote the form itself, not that unrelated nearby word.
/// <see cref="IdentityAndAdReadings.AnchorNear"/> records here the form each anchor stands for, while the matcher runs one pattern.
/// </summary>
public sealed partial class PatternContext
{
    // The longest form quoted, in normalised characters: a reason quotes a phrase, not a paragraph.
    private const int LongestFormQuote = 40;

    // Anchor term index → the form [Start, End) in the normalised text it was chosen for; the first form recorded wins.
    private Dictionary<int, (int Start, int End)>? _formQuotes;

    /// <summary>Records that term <paramref name="anchor"/> stands for the form at normalised characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal void RecordFormQuote(int anchor, int start, int end)
    {
        _formQuotes ??= [];
        _formQuotes.TryAdd(anchor, (start, end));
    }

    /// <summary>Forgets the forms recorded: each pattern quotes only the forms its own rule read.</summary>
    internal void ClearFormQuotes() => _formQuotes?.Clear();

    /// <summary>
    /// The form a single-term hit [<paramref name="first"/>, <paramref name="last"/>] was anchored for, trimmed of marks at its edges and cut to
    /// its first <see cref="LongestFormQuote"/> characters; null when the hit is not a form's anchor.
    /// </summary>
    internal (int Start, int End)? FormQuoteFor(int first, int last)
    {
        if (first != last || _formQuotes is null || !_formQuotes.TryGetValue(first, out var form))
        {
            return null;
        }

        var text = Text.Text;
        var (start, end) = (Math.Max(0, form.Start), Math.Min(text.Length, form.End));
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        end = Math.Min(end, start + LongestFormQuote);
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return start < end ? (start, end) : null;
    }
}
