using System.Text;
using System.Text.Json;
using Breakcard.Core.Errors;

namespace Breakcard.Judgments.Reading;

/// <summary>
/// Reads judgments from JSON records as databases and China Judgments Online exports hold them:
/// a file may be one object, an array of objects, an object with an array of records under a
/// property, or JSON Lines. A record either holds the full text (全文, qwContent, fullText, …,
/// plain or HTML) or holds the judgment in parts (当事人, 审理经过, 本院查明, 本院认为, 裁判结果, …)
/// which are put back together in the published order. Field names are matched without regard
/// to case; the accepted names of each field are listed in docs/judgments.md.
/// </summary>
public static class JsonJudgmentRecords
{
    private static readonly string[] FullTextFields = ["全文", "qwContent", "fullText", "full_text", "content", "DocContent", "text", "文书全文", "判决书全文", "正文"];
    private static readonly string[] CourtFields = ["法院名称", "法院", "审理法院", "court", "courtName", "court_name", "s2"];
    private static readonly string[] CaseNumberFields = ["案号", "caseNo", "caseNumber", "case_number", "case_no", "s7"];
    private static readonly string[] DateFields = ["裁判日期", "判决日期", "日期", "judgeDate", "judgmentDate", "judgment_date", "date", "s31"];
    private static readonly string[] TitleFields = ["标题", "案件名称", "title", "s1"];
    private static readonly string[] PartyFields = ["当事人", "当事人信息", "当事人段", "parties", "party", "s17"];
    private static readonly string[] ProcedureFields = ["审理经过", "诉讼记录", "trialProcess", "trial_process", "procedure", "s23"];
    private static readonly string[] AllegationFields = ["公诉机关指控", "指控", "诉辩意见", "allegation", "prosecution", "s25"];
    private static readonly string[] FactFields = ["本院查明", "查明事实", "审理查明", "事实", "facts", "fact", "s26"];
    private static readonly string[] ReasoningFields = ["本院认为", "裁判理由", "理由", "reason", "reasoning", "s27"];
    private static readonly string[] ResultFields = ["裁判结果", "判决结果", "判决主文", "result", "judgmentResult", "judgment_result", "s28"];
    private static readonly string[] SignatureFields = ["落款", "审判人员", "尾部", "signature", "tail", "s29"];
    private static readonly string[] RecordListFields = ["data", "records", "items", "list", "result", "rows", "docs"];

    /// <summary>Every judgment in <paramref name="json"/>, or a located problem for each record that is not one.</summary>
    public static IEnumerable<ReadResult> Read(string source, string json)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(json);
        List<(JsonElement Record, long Line)>? records = null;
        JsonDocument? whole = null;
        try
        {
            whole = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, handled below line by line.
        }

        var results = new List<ReadResult>();
        var documents = new List<JsonDocument>();
        try
        {
            if (whole is not null)
            {
                documents.Add(whole);
                records = Records(whole.RootElement).Select(static (r, i) => (r, (long)(i + 1))).ToList();
            }
            else
            {
                records = [];
                var lineNumber = 0L;
                foreach (var line in json.Split('\n'))
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    try
                    {
                        var doc = JsonDocument.Parse(line);
                        documents.Add(doc);
                        records.Add((doc.RootElement, lineNumber));
                    }
                    catch (JsonException ex)
                    {
                        results.Add(ReadResult.Failed(new InputError(source, lineNumber, null, "not valid JSON: " + ex.Message)));
                    }
                }
            }

            var many = records.Count > 1;
            for (var k = 0; k < records.Count; k++)
            {
                var (record, line) = records[k];
                var name = many ? $"{source}#{k + 1}" : source;
                results.Add(FromRecord(name, record, line));
            }
        }
        finally
        {
            foreach (var d in documents)
            {
                d.Dispose();
            }
        }

        return results;
    }

    private static IEnumerable<JsonElement> Records(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().ToList();
        }

        if (root.ValueKind == JsonValueKind.Object && Text(root, FullTextFields) is null && Text(root, ResultFields) is null)
        {
            foreach (var name in RecordListFields)
            {
                if (TryGet(root, [name], out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    return list.EnumerateArray().ToList();
                }
            }
        }

        return [root];
    }

    private static ReadResult FromRecord(string source, JsonElement record, long line)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Failed(new InputError(source, line, null, "a judgment record must be a JSON object"));
        }

        var court = Text(record, CourtFields);
        var caseNumber = Text(record, CaseNumberFields);
        var date = Text(record, DateFields);
        var full = Text(record, FullTextFields);
        string text;
        if (!string.IsNullOrWhiteSpace(full))
        {
            text = HtmlText.LooksLikeHtml(full) ? HtmlText.ToText(full) : full;
        }
        else
        {
            var facts = Text(record, FactFields);
            var result = Text(record, ResultFields);
            if (string.IsNullOrWhiteSpace(result) && string.IsNullOrWhiteSpace(facts))
            {
                return ReadResult.Failed(new InputError(source, line, null,
                    "the record has no judgment text: no full-text field (全文, qwContent, fullText, …) and no result field (裁判结果, judgmentResult, …)"));
            }

            text = Assemble(record, court, caseNumber, facts, result);
        }

        return ReadResult.Of(new JudgmentDocument(source, text) { Line = line, Court = court, CaseNumber = caseNumber, Date = date });
    }

    /// <summary>Puts a record's parts back in the order a published judgment has them, adding the section markers a part may lack.</summary>
    private static string Assemble(JsonElement record, string? court, string? caseNumber, string? facts, string? result)
    {
        var sb = new StringBuilder();
        var title = Text(record, TitleFields);
        if (court is not null)
        {
            sb.Append(court).Append('\n');
        }

        sb.Append(title is not null && title.Contains("书", StringComparison.Ordinal) ? title : "刑事判决书").Append('\n');
        if (caseNumber is not null)
        {
            sb.Append(caseNumber).Append('\n');
        }

        AppendPart(sb, Text(record, PartyFields), null);
        AppendPart(sb, Text(record, ProcedureFields), null);
        AppendPart(sb, Text(record, AllegationFields), null);
        AppendPart(sb, facts, facts is not null && facts.Contains("查明", StringComparison.Ordinal) ? null : "经审理查明：");
        var reasoning = Text(record, ReasoningFields);
        AppendPart(sb, reasoning, reasoning is not null && reasoning.TrimStart().StartsWith("本院认为", StringComparison.Ordinal) ? null : "本院认为，");
        if (reasoning is null || !reasoning.Contains("判决如下", StringComparison.Ordinal))
        {
            sb.Append("判决如下：\n");
        }

        AppendPart(sb, result, null);
        AppendPart(sb, Text(record, SignatureFields), null);
        return sb.ToString();
    }

    private static void AppendPart(StringBuilder sb, string? part, string? prefix)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return;
        }

        sb.Append(prefix).Append(HtmlText.LooksLikeHtml(part) ? HtmlText.ToText(part) : part).Append('\n');
    }

    private static bool TryGet(JsonElement record, string[] names, out JsonElement value)
    {
        foreach (var property in record.EnumerateObject())
        {
            foreach (var name in names)
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>A field's text: a string, or an array of strings joined by line breaks; null when absent or empty.</summary>
    private static string? Text(JsonElement record, string[] names)
    {
        if (!TryGet(record, names, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join('\n', value.EnumerateArray().Where(static e => e.ValueKind == JsonValueKind.String).Select(static e => e.GetString())),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
