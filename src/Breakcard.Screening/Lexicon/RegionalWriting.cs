namespace Breakcard.Screening.Lexicon;

/// <summary>
/// The regional and dialect table (<c>regional.tsv</c>, ADR 402): Hong Kong, Macau and Taiwan usage and written Cantonese,
/// Sichuanese and north-eastern speech, each form with the standard word it is read as. A <c>char</c> row joins the
/// character fold (a dialect character that is nothing else, 嘅 → 的); a <c>word</c> row folds like a <c>spelling</c>
/// variant (户口 → 账户), never counted as a disguise; a <c>keep</c> row is a word kept as written, so that no regional word
/// inside it applies (户口本, the Mainland's household register, is no account).
/// </summary>
internal sealed class RegionalWriting
{
    private const string File = "regional.tsv";

    private RegionalWriting(List<(string Surface, string Standard)> words, List<string> kept, int rows)
    {
        Words = words;
        Kept = kept;
        Rows = rows;
    }

    /// <summary>The word rows, as written (folded by the caller with the finished character fold).</summary>
    public IReadOnlyList<(string Surface, string Standard)> Words { get; }

    /// <summary>The words kept as written, as written.</summary>
    public IReadOnlyList<string> Kept { get; }

    /// <summary>Number of rows read.</summary>
    public int Rows { get; }

    /// <summary>
    /// Reads <paramref name="text"/>, adding its character rows to <paramref name="characterFold"/>. A character row whose
    /// character the traditional or Japanese table already folds is refused: the two tables would disagree.
    /// </summary>
    public static RegionalWriting Parse(string text, Dictionary<char, char> characterFold)
    {
        var words = new List<(string, string)>();
        var kept = new List<string>();
        var rows = 0;
        foreach (var (line, cols) in ScreeningLexicon.Rows(text, File, 4))
        {
            rows++;
            if (cols[0].Length == 0 || cols[1].Length == 0)
            {
                throw ScreeningLexicon.Bad(File, line, "surface and standard form must not be empty");
            }

            switch (cols[2])
            {
                case "char":
                    if (cols[0].Length != 1 || cols[1].Length != 1)
                    {
                        throw ScreeningLexicon.Bad(File, line, "a char row maps one UTF-16 character to one");
                    }

                    if (!characterFold.TryAdd(cols[0][0], cols[1][0]))
                    {
                        throw ScreeningLexicon.Bad(File, line, $"'{cols[0]}' is already folded by the character tables");
                    }

                    break;
                case "word":
                    words.Add((cols[0], cols[1]));
                    break;
                case "keep":
                    if (cols[0] != cols[1])
                    {
                        throw ScreeningLexicon.Bad(File, line, "a keep row must name the same word in both columns");
                    }

                    kept.Add(cols[0]);
                    break;
                default:
                    throw ScreeningLexicon.Bad(File, line, $"unknown scope '{cols[2]}' (char, word or keep)");
            }
        }

        return new RegionalWriting(words, kept, rows);
    }
}
