using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Reads a block of text laid out in columns (竖排) column by column (ADR 455). A vertical clause is stored row by row, so
/// 将本人微信朋友圈封面换成我们给的 written in four columns of four, the first on the right, is stored 我封信将 / 们面朋本 /
/// 给换友人 / 的成圈微, and no word of it stands whole in the rows. A block is two to twelve lines in a row of the same number
/// of cells (two to ten), each cell one Chinese character, kana, a zhuyin syllable, an emoji or the ideographic space that pads
/// a short column. The block is read the way that makes more pairs of the vocabulary's key words — rows as stored, columns
/// right to left, or columns left to right — and rows are kept on a tie, so a poem, a list or an acrostic's lines, which read
/// no better down their columns, stay as written. The folded characters keep their sources; only their order changes.
/// </summary>
internal static class VerticalColumns
{
    private const int MinLines = 2;
    private const int MaxLines = 12;
    private const int MinCells = 2;
    private const int MaxCells = 10;

    /// <summary>Reorders, in <paramref name="folded"/>, every block of <paramref name="original"/> that reads better by columns.</summary>
    public static void Restore(string original, FoldBuffer folded, FoldBuffer scratch, ScreeningLexicon lexicon)
    {
        if (original.IndexOf('\n') < 0)
        {
            return;
        }

        Span<int> cellStart = stackalloc int[MaxLines * (MaxCells + 1)];
        Span<int> line = stackalloc int[MaxCells + 1];
        var blockLines = 0;
        var blockCells = 0;
        for (var at = 0; at <= original.Length;)
        {
            var next = original.IndexOf('\n', at);
            var cells = Cells(original, at, next < 0 ? original.Length : next, line);
            if (cells == 0 || (blockLines > 0 && (cells != blockCells || blockLines == MaxLines)))
            {
                if (blockLines >= MinLines)
                {
                    Reorder(folded, scratch, lexicon, cellStart, blockLines, blockCells);
                }

                blockLines = 0; // this line may open the next block
            }

            if (cells > 0)
            {
                line[..(cells + 1)].CopyTo(cellStart.Slice(blockLines * (MaxCells + 1)));
                blockCells = cells;
                blockLines++;
            }

            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        if (blockLines >= MinLines)
        {
            Reorder(folded, scratch, lexicon, cellStart, blockLines, blockCells);
        }
    }

    /// <summary>
    /// The number of cells of the line [from, stop) with each cell's start written to <paramref name="starts"/> (and the line's end
    /// after the last), or 0 when the line is not a row of a vertical block: too short or long, or holding anything but cells.
    /// </summary>
    private static int Cells(string s, int from, int stop, Span<int> starts)
    {
        while (stop > from && (s[stop - 1] is ' ' or '\r' or '\t'))
        {
            stop--; // trailing spaces; a leading ideographic space is a cell, the padding of a short column
        }

        if (starts.IsEmpty || stop - from < MinCells)
        {
            return 0;
        }

        var n = 0;
        for (var i = from; i < stop;)
        {
            if (n == MaxCells)
            {
                return 0;
            }

            starts[n++] = i;
            var c = s[i];
            if (Bopomofo.IsSymbol(c) && Bopomofo.RunLength(s, i) is > 0 and var run)
            {
                i += run;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < stop && char.IsLowSurrogate(s[i + 1]))
            {
                i += 2;
            }
            else if (IsCellCharacter(c))
            {
                i++;
            }
            else
            {
                return 0;
            }

            while (i < stop && s[i] is '\uFE0F' or '\u20E3')
            {
                i++; // an emoji's presentation selector belongs to its cell
            }
        }

        starts[n] = stop;
        return n >= MinCells ? n : 0;
    }

    // Chinese characters (with Kangxi and supplementary radicals, which the character pass folds), kana and the ideographic space.
    private static bool IsCellCharacter(char c) =>
        c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u2E80' and <= '\u2FDF')
            or (>= '\u3040' and <= '\u30FF') or '\u3000' or '\u3005';

    private static void Reorder(FoldBuffer f, FoldBuffer scratch, ScreeningLexicon lexicon, ReadOnlySpan<int> cellStart, int lines, int cells)
    {
        var stride = MaxCells + 1;
        var from = cellStart[0];
        var to = cellStart[((lines - 1) * stride) + cells];

        // The block's folded characters, contiguous in the buffer (a right-to-left override may have moved them: then leave it).
        var first = -1;
        var last = -1;
        for (var i = 0; i < f.Count; i++)
        {
            if (f.Start[i] >= from && f.Start[i] < to)
            {
                if (first < 0)
                {
                    first = i;
                }
                else if (last != i - 1)
                {
                    return;
                }

                last = i;
            }
        }

        if (first < 0 || last - first < 2)
        {
            return;
        }

        var rows = KeyPairs(f, lexicon, first, last + 1, cellStart, lines, cells, order: 0);
        var rightToLeft = KeyPairs(f, lexicon, first, last + 1, cellStart, lines, cells, order: 1);
        var leftToRight = KeyPairs(f, lexicon, first, last + 1, cellStart, lines, cells, order: 2);
        var best = rightToLeft >= leftToRight ? 1 : 2;
        if (Math.Max(rightToLeft, leftToRight) <= rows)
        {
            return;
        }

        scratch.Count = 0;
        for (var i = 0; i < first; i++)
        {
            scratch.Add(f.Chars[i], f.Start[i], f.End[i], f.Flags[i], f.Kinds[i]);
        }

        var leading = f.Flags[first];
        var placed = 0;
        for (var k = 0; k < cells; k++)
        {
            var column = best == 1 ? cells - 1 - k : k;
            for (var r = 0; r < lines; r++)
            {
                var cs = cellStart[(r * stride) + column];
                var ce = cellStart[(r * stride) + column + 1];
                for (var i = first; i <= last; i++)
                {
                    if (f.Start[i] >= cs && f.Start[i] < ce)
                    {
                        // The block reads as one run: the line breaks between its rows are no breaks of the clause.
                        scratch.Add(f.Chars[i], f.Start[i], f.End[i], placed == 0 ? leading : (byte)(f.Flags[i] & FoldBuffer.Disguised), f.Kinds[i]);
                        placed++;
                    }
                }
            }
        }

        for (var i = last + 1; i < f.Count; i++)
        {
            scratch.Add(f.Chars[i], f.Start[i], f.End[i], f.Flags[i], f.Kinds[i]);
        }

        f.Count = 0;
        for (var i = 0; i < scratch.Count; i++)
        {
            f.Add(scratch.Chars[i], scratch.Start[i], scratch.End[i], scratch.Flags[i], scratch.Kinds[i]);
        }

        scratch.Count = 0;
    }

    // How many adjacent pairs of key words' characters the block holds when read in this order (0 rows, 1 columns right to
    // left, 2 columns left to right).
    private static int KeyPairs(FoldBuffer f, ScreeningLexicon lexicon, int first, int end, ReadOnlySpan<int> cellStart, int lines, int cells, int order)
    {
        var pairs = 0;
        var previous = '\0';
        if (order == 0)
        {
            for (var i = first; i < end; i++)
            {
                pairs += previous != '\0' && lexicon.IsKeyBigram(previous, f.Chars[i]) ? 1 : 0;
                previous = f.Chars[i];
            }

            return pairs;
        }

        // A pair inside the first column is the lines' first characters, which an acrostic poem spells: read only with its note
        // (AcrosticLines), it is no evidence of columns.
        var stride = MaxCells + 1;
        var previousColumn = -1;
        for (var k = 0; k < cells; k++)
        {
            var column = order == 1 ? cells - 1 - k : k;
            for (var r = 0; r < lines; r++)
            {
                var cs = cellStart[(r * stride) + column];
                var ce = cellStart[(r * stride) + column + 1];
                for (var i = first; i < end; i++)
                {
                    if (f.Start[i] >= cs && f.Start[i] < ce)
                    {
                        pairs += previous != '\0' && (column > 0 || previousColumn > 0) && lexicon.IsKeyBigram(previous, f.Chars[i]) ? 1 : 0;
                        previous = f.Chars[i];
                        previousColumn = column;
                    }
                }
            }
        }

        return pairs;
    }
}
