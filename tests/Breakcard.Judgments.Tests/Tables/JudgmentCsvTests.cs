using System.Text.Json;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Tests.Tables;

public sealed class JudgmentCsvTests
{
    private static List<JudgmentRecord> DevelopmentCorpus() =>
        [.. JudgmentFileReader.ReadAll(Path.Combine(AppContext.BaseDirectory, "Golden", "dev"))
            .Select(r => JudgmentExtractor.Extract(r.Document!).Record!)];

    [Fact]
    public void Columns_JsonRecordSchema_EveryJsonFieldIsAColumnInJsonOrder()
    {
        // A record with every optional field set, so that the JSON writer writes every property.
        using var json = JsonDocument.Parse(JudgmentJson.ToJson(GoldenFiles.ExtractDev("liu.txt")));
        var judgmentFields = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var defendantFields = json.RootElement.GetProperty("defendants")[0].EnumerateObject().Select(p => p.Name).ToList();

        // source, court, case_number, date, then the defendant's fields, then warnings.
        string[] expected = [.. judgmentFields.TakeWhile(n => n != "defendants"), .. defendantFields, .. judgmentFields.SkipWhile(n => n != "defendants").Skip(1)];

        Assert.Contains("offence_start", defendantFields);
        Assert.Equal(expected, JudgmentCsv.Columns);
    }

    [Fact]
    public void ToTable_Liu_OffenceStartIsTheFirstDateOfTheFindings()
    {
        var table = JudgmentCsv.ToTable([GoldenFiles.ExtractDev("liu.txt")]);

        // liu.txt: "经审理查明，2021年3月，被告人刘某…" — a month, read as its first day.
        var row = Assert.Single(table.Rows);
        Assert.Equal("2021-03-01", row[Column("offence_start")]);
        Assert.Equal("刘某", row[Column("name")]);
    }

    [Fact]
    public void ToTable_WholeDevelopmentCorpus_EveryCellIsTheJsonValue()
    {
        var records = DevelopmentCorpus();
        var table = JudgmentCsv.ToTable(records);

        var r = 0;
        var offenceStarts = 0;
        foreach (var record in records)
        {
            using var json = JsonDocument.Parse(JudgmentJson.ToJson(record));
            foreach (var defendant in json.RootElement.GetProperty("defendants").EnumerateArray())
            {
                var row = table.Rows[r++];
                foreach (var (name, k) in JudgmentCsv.Columns.Select((n, k) => (n, k)))
                {
                    var value = defendant.TryGetProperty(name, out var own) ? own
                        : json.RootElement.TryGetProperty(name, out var shared) ? shared
                        : default;
                    Assert.True(value.ValueKind != JsonValueKind.Undefined || name == "offence_start", $"{record.Source}: no JSON field {name}");
                    Assert.Equal(Text(value), row[k]);
                }

                offenceStarts += row[Column("offence_start")].Length > 0 ? 1 : 0;
            }
        }

        Assert.Equal(r, table.Rows.Count);
        Assert.True(offenceStarts > records.Count / 2, $"only {offenceStarts} defendants with an offence start");
    }

    private static int Column(string name) => JudgmentCsv.Columns.ToList().IndexOf(name);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(Text)),
        _ => value.GetString() ?? "",
    };
}
