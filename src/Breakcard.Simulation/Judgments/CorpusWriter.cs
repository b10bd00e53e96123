using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Core.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>What a corpus writer wrote.</summary>
/// <param name="Files">Document files written (gold files not counted).</param>
/// <param name="Judgments">Judgments written.</param>
public sealed record CorpusSummary(int Files, int Judgments);

/// <summary>
/// Writes rendered judgments as files in the forms real collections come in: single plain-text
/// judgments in UTF-8 or GBK, text files of several judgments, web pages, JSON arrays of records
/// split into fields, and JSON Lines with the full text or with China Judgments Online's fields
/// (the held-out split uses other page layouts and field names than the development split). Each
/// document file <c>x.ext</c> gets its gold labels in <c>x.expected.json</c>, one per judgment,
/// in file order.
/// </summary>
public static class CorpusWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="judgments"/> under <paramref name="directory"/>.</summary>
    public static CorpusSummary Write(string directory, IEnumerable<RenderedJudgment> judgments, SeededRandom random, bool heldOut)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(random);
        Directory.CreateDirectory(directory);
        var files = 0;
        var total = 0;
        var pending = new Queue<RenderedJudgment>(judgments);
        while (pending.Count > 0)
        {
            var layout = random.PickWeighted([0.45, 0.1, 0.15, 0.1, 0.1, 0.1]);
            var size = layout >= 2 && layout != 3 ? Math.Min(pending.Count, random.NextInt(2, 6)) : 1;
            var group = new List<RenderedJudgment>(size);
            for (var i = 0; i < size; i++)
            {
                group.Add(pending.Dequeue());
            }

            files++;
            var stem = Path.Combine(directory, $"judgment-{files:D5}");
            var (path, content, gbk) = layout switch
            {
                0 => (stem + ".txt", group[0].Text, false),
                1 => (stem + ".txt", group[0].Text, true),
                2 => (stem + ".txt", string.Join("\n", group.Select(g => g.Text)), random.Chance(0.3)),
                3 => (stem + ".html", heldOut ? HeldOutHtml(group[0]) : DevelopmentHtml(group[0]), false),
                4 => (stem + ".json", JsonArray(group, heldOut), false),
                _ => (stem + ".jsonl", JsonLines(group, heldOut), false),
            };
            File.WriteAllBytes(path, gbk ? Gbk.GetBytes(content) : new UTF8Encoding(false).GetBytes(content));
            var name = Path.GetFileName(path);
            var gold = group.Select((g, i) => g.Gold with { Source = group.Count > 1 ? $"{name}#{i + 1}" : name });
            File.WriteAllText(stem + ".expected.json", JudgmentJson.ToJsonArray(gold), new UTF8Encoding(false));
            total += group.Count;
        }

        return new CorpusSummary(files, total);
    }

    private static Encoding Gbk => CodePagesEncodingProvider.Instance.GetEncoding(936)
        ?? throw new InvalidOperationException("The GBK encoding is not available on this runtime.");

    private static string DevelopmentHtml(RenderedJudgment j)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Html(j.Sections.Title)).Append("</title>\n</head>\n<body>\n<div class=\"PDF_box\">\n<div class=\"PDF_title\">")
            .Append(Html(j.Sections.Title)).Append("</div>\n");
        foreach (var line in j.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append("<div style='LINE-HEIGHT: 25pt; TEXT-INDENT: 30pt; FONT-FAMILY: 仿宋;'>").Append(Html(line).Replace("　", "&nbsp;&nbsp;", StringComparison.Ordinal)).Append("</div>\n");
        }

        return sb.Append("</div>\n</body>\n</html>\n").ToString();
    }

    private static string HeldOutHtml(RenderedJudgment j)
    {
        var sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>裁判文书</title><script>var x=1;</script></head>\n<body><table class=\"content\"><tr><td>\n");
        foreach (var line in j.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var encoded = Html(line).Replace("（", "&#65288;", StringComparison.Ordinal).Replace("）", "&#65289;", StringComparison.Ordinal)
                .Replace("　", "&emsp;", StringComparison.Ordinal);
            sb.Append("<p>&nbsp;&nbsp;").Append(encoded).Append("</p>\n");
        }

        return sb.Append("</td></tr></table></body></html>\n").ToString();
    }

    private static string JsonArray(IReadOnlyList<RenderedJudgment> group, bool heldOut)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions with { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var j in group)
            {
                SplitRecord(w, j, heldOut);
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string JsonLines(IReadOnlyList<RenderedJudgment> group, bool heldOut)
    {
        var sb = new StringBuilder();
        foreach (var j in group)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, JsonOptions))
            {
                w.WriteStartObject();
                var s = j.Sections;
                if (heldOut)
                {
                    // China Judgments Online's own record: title, court, case number, date and the page body.
                    w.WriteString("s1", s.Title);
                    w.WriteString("s2", s.Court);
                    w.WriteString("s7", s.CaseNumber);
                    w.WriteString("s31", s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("qwContent", string.Concat(j.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "<div>" + Html(l) + "</div>")));
                }
                else
                {
                    w.WriteString("案号", s.CaseNumber);
                    w.WriteString("法院名称", s.Court);
                    w.WriteString("裁判日期", s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("全文", j.Text);
                }

                w.WriteEndObject();
            }

            sb.Append(Encoding.UTF8.GetString(stream.ToArray())).Append('\n');
        }

        return sb.ToString();
    }

    private static void SplitRecord(Utf8JsonWriter w, RenderedJudgment j, bool heldOut)
    {
        var s = j.Sections;
        w.WriteStartObject();
        if (heldOut)
        {
            w.WriteString("caseNo", s.CaseNumber);
            w.WriteString("courtName", s.Court);
            w.WriteString("judgeDate", CourtNumerals.Date(s.Date));
            w.WriteStartArray("parties");
            foreach (var p in s.Parties)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteString("trialProcess", s.Procedure);
            w.WriteString("facts", s.Facts);
            w.WriteString("reason", s.Reasoning);
            w.WriteString("judgmentResult", s.Result);
            w.WriteString("signature", s.Signature);
        }
        else
        {
            w.WriteString("案号", s.CaseNumber);
            w.WriteString("法院名称", s.Court);
            w.WriteString("裁判日期", s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("当事人", string.Join('\n', s.Parties));
            w.WriteString("审理经过", s.Procedure);
            w.WriteString("本院查明", s.Facts);
            w.WriteString("本院认为", s.Reasoning);
            w.WriteString("裁判结果", s.Result);
            w.WriteString("落款", s.Signature);
        }

        w.WriteEndObject();
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
