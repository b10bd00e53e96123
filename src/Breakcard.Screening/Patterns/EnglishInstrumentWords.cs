using System.Buffers;
using System.Text;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 433: the English instrument words read through their disguises — the English counterpart of the Chinese folds of
/// <see cref="FraudHelpReadings.Fold"/>. The normaliser already reads digits for letters (c4rd, acc0unt, s1m) and look-alike or
/// full-width letters, and since ADR 433 the squared Latin words (🆔 id, 🆙 up); what it leaves are letters transposed or
/// dropped inside the word (crad, cadr, c*rd → crd, ca*ds → cads, acount, accnt, bnak, cdoe). Those are folded here back to
/// the word, in a view of the normalised text computed once per context and only where the text has one of the forms (a
/// vectorised ASCII search), with a map from the view's positions back to the normalised text's where a length changed.
/// </summary>
internal static class EnglishInstrumentWords
{
    // Each disguised form and the word it stands for. Unspaced text has no word boundaries, so only forms that English words
    // rarely hold are read (not "cad", which "decade" and "arcade" hold; not "smi" for sim, which "smile" holds).
    private static readonly (string Form, string Word)[] Forms =
    [
        ("crad", "card"), ("cadr", "card"), ("acrd", "card"), ("crds", "cards"), ("cads", "cards"), ("crd", "card"),
        ("acount", "account"), ("accout", "account"), ("accnt", "account"), ("acconut", "account"), ("accuont", "account"),
        ("bnak", "bank"), ("bakn", "bank"), ("cdoe", "code"), ("ocde", "code"),
    ];

    private static readonly SearchValues<string> FormSearch = SearchValues.Create([.. Forms.Select(f => f.Form)], StringComparison.Ordinal);

    /// <summary>
    /// The normalised text with the disguised instrument words folded, and a map from each position of the view to the
    /// normalised text's (null where nothing was folded: the view is the text itself).
    /// </summary>
    public static (string Text, int[]? Map) Fold(string normalised)
    {
        var span = normalised.AsSpan();
        var at = span.IndexOfAny(FormSearch);
        if (at < 0)
        {
            return (normalised, null);
        }

        var view = new StringBuilder(normalised.Length + 8);
        var map = new List<int>(normalised.Length + 9);
        var i = 0;
        while (at >= 0)
        {
            at += i;
            for (; i < at; i++)
            {
                view.Append(normalised[i]);
                map.Add(i);
            }

            var (form, word) = Longest(span[at..]);
            for (var k = 0; k < word.Length; k++)
            {
                view.Append(word[k]);
                map.Add(at + Math.Min(k, form.Length - 1));
            }

            i = at + form.Length;
            var next = span[i..].IndexOfAny(FormSearch);
            at = next;
        }

        for (; i < normalised.Length; i++)
        {
            view.Append(normalised[i]);
            map.Add(i);
        }

        map.Add(normalised.Length);
        return (view.ToString(), [.. map]);
    }

    /// <summary>The normalised position of view position <paramref name="at"/> (the end maps to the text's end).</summary>
    public static int Back(int[]? map, int at) => map is null ? at : map[Math.Min(at, map.Length - 1)];

    // The longest form that starts the span (crds before crd).
    private static (string Form, string Word) Longest(ReadOnlySpan<char> rest)
    {
        (string Form, string Word) best = ("", "");
        foreach (var f in Forms)
        {
            if (f.Form.Length > best.Form.Length && rest.StartsWith(f.Form, StringComparison.Ordinal))
            {
                best = f;
            }
        }

        return best;
    }
}
