namespace Breakcard.Judgments.Reading;

/// <summary>
/// Splits a text that holds several judgments (an export, a concatenated download) at each
/// judgment's header: a line naming a court (…法院) followed within three lines by a document
/// title (…判决书, …裁定书), together with a title line just before the court line if there is one
/// (China Judgments Online puts "刘某帮助信息网络犯罪活动罪一审刑事判决书" there). Text before the
/// first header stays with the first judgment, so nothing is dropped. Works on raw lines so each
/// part keeps its line number in the file.
/// </summary>
public static class DocumentSplitter
{
    /// <summary>The judgments in <paramref name="text"/>, named "source#n" when there are several.</summary>
    public static IReadOnlyList<JudgmentDocument> Split(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<(int Start, int Length)>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add((lineStart, end - lineStart));
                lineStart = i + 1;
            }
        }

        var starts = new List<int>(); // indices into lines
        for (var k = 0; k < lines.Count; k++)
        {
            var raw = text.AsSpan(lines[k].Start, lines[k].Length);
            if (raw.IndexOf('院') < 0)
            {
                continue; // cheap filter: only court lines can start a header
            }

            var compact = Compact(raw);
            if (!IsCourtLine(compact))
            {
                continue;
            }

            var header = compact.Contains("书", StringComparison.Ordinal) && IsTitle(compact) ? k : -1;
            for (int next = k + 1, seen = 0; header < 0 && next < lines.Count && seen < 3; next++)
            {
                var c = Compact(text.AsSpan(lines[next].Start, lines[next].Length));
                if (c.Length == 0)
                {
                    continue;
                }

                seen++;
                if (IsTitle(c))
                {
                    header = k;
                }
            }

            if (header < 0)
            {
                continue;
            }

            // A title line right before the court line belongs to this judgment.
            var previous = PreviousNonEmpty(text, lines, k);
            if (previous >= 0 && (starts.Count == 0 || previous > starts[^1]))
            {
                var p = Compact(text.AsSpan(lines[previous].Start, lines[previous].Length));
                if (p.Length <= 60 && IsTitle(p))
                {
                    header = previous;
                }
            }

            if (starts.Count == 0 || header > starts[^1])
            {
                starts.Add(header);
            }
        }

        if (starts.Count <= 1)
        {
            return [new JudgmentDocument(source, text) { Line = 1 }];
        }

        starts[0] = 0; // keep any preamble with the first judgment
        var documents = new List<JudgmentDocument>(starts.Count);
        for (var n = 0; n < starts.Count; n++)
        {
            var from = lines[starts[n]].Start;
            var to = n + 1 < starts.Count ? lines[starts[n + 1]].Start : text.Length;
            documents.Add(new JudgmentDocument($"{source}#{n + 1}", text[from..to]) { Line = starts[n] + 1 });
        }

        return documents;
    }

    private static int PreviousNonEmpty(string text, List<(int Start, int Length)> lines, int k)
    {
        for (var p = k - 1; p >= 0; p--)
        {
            if (!text.AsSpan(lines[p].Start, lines[p].Length).IsWhiteSpace())
            {
                return p;
            }
        }

        return -1;
    }

    private static bool IsCourtLine(ReadOnlySpan<char> compact) =>
        compact.Length is > 3 and <= 60 && (compact.EndsWith("法院") || (compact.Contains("法院", StringComparison.Ordinal) && IsTitle(compact)));

    private static bool IsTitle(ReadOnlySpan<char> compact) =>
        compact.Length <= 60 && (compact.EndsWith("判决书") || compact.EndsWith("裁定书") || compact.EndsWith("决定书")
            || compact.EndsWith("调解书") || compact.EndsWith("通知书"));

    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> line)
    {
        // Headings are often spaced out (刑 事 判 决 书); only short lines matter here.
        if (line.Length > 120)
        {
            return line;
        }

        Span<char> buffer = new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000' && c != '\u00a0')
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
