using System.Buffers;
using System.Text;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Finds where the first of a fixed set of words starts in a text — what <c>IndexOfAny</c> with an ordinal
/// <see cref="SearchValues{T}"/> of strings returns — without the per-character lookup .NET falls back to when the set mixes
/// Chinese and ASCII words (ADRs 414, 426: 1.4–1.8 µs a text for a dozen words). The all-ASCII words are one vectorised
/// <see cref="SearchValues{T}"/> of strings; the others are found by their first characters (a vectorised
/// <see cref="SearchValues{T}"/> of characters), each hit checked for the words it may start. Immutable and thread safe.
/// </summary>
internal sealed class AnchoredWords
{
    private readonly SearchValues<string>? _ascii;

    private readonly SearchValues<char>? _firsts;

    private readonly string[] _others;

    /// <summary>A scanner for <paramref name="words"/> (none empty), compared ordinally.</summary>
    public AnchoredWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = words.ToArray();
        if (all.Length == 0 || Array.Exists(all, string.IsNullOrEmpty))
        {
            throw new ArgumentException("The words must be at least one, none of them empty.", nameof(words));
        }

        var ascii = Array.FindAll(all, w => Ascii.IsValid(w));
        _others = Array.FindAll(all, w => !Ascii.IsValid(w));
        _ascii = ascii.Length == 0 ? null : SearchValues.Create(ascii, StringComparison.Ordinal);
        _firsts = _others.Length == 0 ? null : SearchValues.Create(string.Concat(_others.Select(w => w[0])));
    }

    /// <summary>The index in <paramref name="text"/> where the first of the words starts, or −1 when none occurs.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var ascii = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_firsts is null)
        {
            return ascii;
        }

        // A word of the others comes first only if it starts before the ASCII hit (it may end after it).
        var before = ascii < 0 ? text.Length : ascii;
        for (var at = text[..before].IndexOfAny(_firsts); at >= 0;)
        {
            foreach (var w in _others)
            {
                if (text[at..].StartsWith(w, StringComparison.Ordinal))
                {
                    return at;
                }
            }

            var next = text[(at + 1)..before].IndexOfAny(_firsts);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return ascii;
    }
}
