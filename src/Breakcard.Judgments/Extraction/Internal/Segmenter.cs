using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Finds the parts of a first-instance criminal judgment in its normalised text by the fixed
/// headings courts use (最高人民法院《法院刑事诉讼文书样式》): the header (court, title, case
/// number), the parties (被告人 paragraphs before the procedural paragraph), the findings of fact
/// (经审理查明 …), the reasoning (本院认为 …), the result (判决如下 …) and the tail (signatures
/// and date). Returns the reason when the text is not a judgment it can read.
/// </summary>
internal static class Segmenter
{
    private static readonly string[] FactMarkers =
        ["审理查明", "审理认定", "本院查明", "经查明", "本院认定", "审查查明", "庭审查明", "经审理，", "另查明"];

    private static readonly WordList ProcedureMarkers = new(["提起公诉", "起诉书", "审理了本案", "审理终结", "开庭审理", "公开开庭", "不公开开庭"]);

    private static readonly string[] SignatureStarts = ["审判长", "审判员", "人民陪审员", "代理审判员", "书记员", "代书记员", "法官助理", "速录员"];

    public static bool TryLocate(string text, out Segments segments, out string reason)
    {
        segments = new Segments { Text = text };
        reason = "";
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            reason = "the document is empty";
            return false;
        }

        if (!CheckTitle(text, lines, segments, out var headerEnd, out reason))
        {
            return false;
        }

        // Parties: 被告人 paragraphs after the header and before the procedural paragraph.
        var procedure = -1;
        for (var k = headerEnd; k < lines.Count; k++)
        {
            var line = lines[k].Of(text);
            if (line.StartsWith("被告人") && procedure < 0 && !Keywords.ContainsAny(line, ProcedureMarkers))
            {
                segments.DefendantParagraphs.Add(lines[k]);
                continue;
            }

            if (line.StartsWith("被告单位"))
            {
                segments.Warnings.Add("a unit defendant (被告单位) is named; units are not analysed");
                continue;
            }

            if (Keywords.ContainsAny(line, ProcedureMarkers) || StartsFacts(line))
            {
                procedure = k;
                break;
            }
        }

        if (segments.DefendantParagraphs.Count == 0)
        {
            reason = "no defendant paragraph (a line starting with 被告人 before the procedural paragraph) was found";
            return false;
        }

        var afterParties = procedure < 0 ? headerEnd : procedure;
        var factsLine = -1;
        var reasoningLine = -1;
        for (var k = afterParties; k < lines.Count; k++)
        {
            var line = lines[k].Of(text);
            if (factsLine < 0 && StartsFacts(line))
            {
                factsLine = k;
            }

            if (line.StartsWith("本院认为"))
            {
                reasoningLine = k;
                break;
            }
        }

        // The result starts after 判决如下; when a court omits that phrase, at the first sentence line.
        var searchFrom = reasoningLine >= 0 ? reasoningLine : Math.Max(factsLine, afterParties);
        var resultStart = -1;
        var resultStartChar = -1;
        for (var k = searchFrom; k < lines.Count && resultStart < 0; k++)
        {
            var line = lines[k].Of(text);
            var at = line.IndexOf("判决如下", StringComparison.Ordinal);
            if (at >= 0)
            {
                resultStart = k;
                resultStartChar = lines[k].Start + at + 4;
                while (resultStartChar < lines[k].End && text[resultStartChar] is '：' or '，' or '。')
                {
                    resultStartChar++;
                }
            }
        }

        if (resultStart < 0)
        {
            for (var k = searchFrom + 1; k < lines.Count && resultStart < 0; k++)
            {
                var line = lines[k].Of(text);
                if ((line.StartsWith("一、被告人") || line.StartsWith("被告人")) && line.Contains('犯') && (line.Contains("判处", StringComparison.Ordinal) || line.Contains("免予", StringComparison.Ordinal)))
                {
                    resultStart = k;
                    resultStartChar = lines[k].Start;
                    segments.Warnings.Add("no 判决如下 before the result; the result was found by its first sentence");
                }
            }
        }

        if (resultStart < 0)
        {
            reason = "no judgment result (判决如下 …) was found";
            return false;
        }

        var tailLine = lines.Count;
        for (var k = resultStart + 1; k < lines.Count; k++)
        {
            var line = lines[k].Of(text);
            if (line.StartsWith("如不服") || Keywords.StartsWithAny(line, SignatureStarts) || IsDateLine(line))
            {
                tailLine = k;
                break;
            }
        }

        var resultEnd = tailLine < lines.Count ? lines[tailLine].Start : text.Length;
        segments.Result = new TextRange(resultStartChar, Math.Max(resultStartChar, resultEnd));
        segments.Tail = new TextRange(resultEnd, text.Length);

        var reasoningEnd = lines[resultStart].Start + (resultStartChar - lines[resultStart].Start);
        if (reasoningLine >= 0)
        {
            segments.Reasoning = new TextRange(lines[reasoningLine].Start, Math.Max(lines[reasoningLine].Start, reasoningEnd));
        }
        else
        {
            segments.Warnings.Add("no reasoning (本院认为) section; circumstances such as confession or surrender are left empty");
        }

        var factsEnd = reasoningLine >= 0 ? lines[reasoningLine].Start : lines[resultStart].Start;
        if (factsLine >= 0)
        {
            segments.Facts = new TextRange(lines[factsLine].Start, Math.Max(lines[factsLine].Start, factsEnd));
        }
        else if (procedure >= 0 && procedure + 1 < lines.Count && lines[procedure + 1].Start < factsEnd)
        {
            // Expedited judgments may adopt the prosecution's allegation without a findings heading.
            segments.Facts = new TextRange(lines[procedure + 1].Start, factsEnd);
            segments.Warnings.Add("no findings heading (经审理查明); facts were read from the text between the procedure and the reasoning");
        }

        return true;
    }

    /// <summary>Line ranges of the normalised text (which has no empty lines).</summary>
    public static List<TextRange> Lines(string text)
    {
        var lines = new List<TextRange>(64);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                lines.Add(new TextRange(start, end));
            }

            start = end + 1;
        }

        return lines;
    }

    private static bool CheckTitle(string text, List<TextRange> lines, Segments segments, out int headerEnd, out string reason)
    {
        reason = "";
        headerEnd = 0;
        var titleLine = -1;
        string? otherKind = null;
        var limit = Math.Min(lines.Count, 8);
        for (var k = 0; k < limit; k++)
        {
            var line = lines[k].Of(text);
            if (segments.Court is null && line.EndsWith("法院") && line.Length <= 40)
            {
                segments.Court = line.ToString();
            }

            if (line.Contains("刑事判决书", StringComparison.Ordinal) || line.Contains("刑事附带民事判决书", StringComparison.Ordinal))
            {
                titleLine = k;
            }
            else if (line.Length <= 60 && (line.EndsWith("裁定书") || line.EndsWith("决定书") || line.EndsWith("调解书") || line.EndsWith("通知书") || line.EndsWith("判决书")))
            {
                otherKind ??= line.ToString();
            }
        }

        if (titleLine < 0)
        {
            if (otherKind is not null && !otherKind.EndsWith("判决书", StringComparison.Ordinal))
            {
                reason = $"not a judgment: the document is a {Kind(otherKind)}";
                return false;
            }

            if (otherKind is not null && (otherKind.Contains("民事", StringComparison.Ordinal) || otherKind.Contains("行政", StringComparison.Ordinal)))
            {
                reason = $"not a criminal judgment: the document is a {Kind(otherKind)}";
                return false;
            }

            if (otherKind is null)
            {
                reason = "no document title (刑事判决书) in the first lines";
                return false;
            }

            segments.Warnings.Add("the title does not say 刑事 (criminal); read as a criminal judgment");
            titleLine = Array.FindIndex(lines.Take(limit).ToArray(), l => l.Of(text).EndsWith("判决书"));
        }

        headerEnd = titleLine + 1;
        for (var k = 0; k < Math.Min(lines.Count, titleLine + 4); k++)
        {
            var line = lines[k].Of(text);
            var at = FindCaseNumber(line, out var length);
            if (at >= 0)
            {
                segments.CaseNumberText = line.Slice(at, length).ToString();
                headerEnd = Math.Max(headerEnd, k + 1);
                break;
            }
        }

        return true;
    }

    /// <summary>Finds a case number such as （2022）川0106刑初123号 in a line; returns its start or -1.</summary>
    public static int FindCaseNumber(ReadOnlySpan<char> line, out int length)
    {
        length = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('（' or '〔' or '[' or '［' or '【'))
            {
                continue;
            }

            var end = line[i..].IndexOf('号');
            if (end is < 8 or > 32)
            {
                continue;
            }

            if (CaseNumber.TryParse(line.Slice(i, end + 1), out _, out _))
            {
                length = end + 1;
                return i;
            }
        }

        return -1;
    }

    private static string Kind(string title)
    {
        // "王某诈骗罪二审刑事裁定书" → the document kind at the end.
        foreach (var kind in new[] { "刑事附带民事裁定书", "刑事裁定书", "民事判决书", "行政判决书", "民事裁定书", "刑事决定书", "决定书", "调解书", "通知书", "裁定书", "判决书" })
        {
            if (title.EndsWith(kind, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return title;
    }

    private static bool StartsFacts(ReadOnlySpan<char> line)
    {
        var head = line[..Math.Min(line.Length, 12)];
        foreach (var m in FactMarkers)
        {
            if (head.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateLine(ReadOnlySpan<char> line) =>
        line.Length <= 16 && Numbers.DateReader.TryParseExact(line, out _);
}
