using Breakcard.Core.Errors;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Tests.Mapping;

/// <summary>Mapping files are validated on load: every error names the file and the JSON path.</summary>
public sealed class MappingParserTests
{
    private const string Valid = """
        {
          "kind": "transactions",
          "fields": {
            "id": { "column": "ref" },
            "time": { "column": "when", "format": "yyyy-MM-dd HH:mm:ss", "timeZone": "+08:00" },
            "debit": { "column": "from" },
            "credit": { "column": "to" },
            "amount": { "column": "yuan", "currency": { "fixed": "CNY" } },
            "channel": { "fixed": "transfer" }
          }
        }
        """;

    private static InputError Error(string json) =>
        Assert.Throws<InvalidInputException>(() => ColumnMapping.Parse(json, "m.json")).Error;

    [Fact]
    public void Parse_ValidMapping_Loads()
    {
        var mapping = ColumnMapping.Parse(Valid, "m.json");
        Assert.Equal(IngestEventKind.Transaction, mapping.Kind);
        Assert.Equal("m.json", mapping.Source);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var json = Valid.Replace("\"kind\": \"transactions\",", "// a comment\n\"kind\": \"transactions\",", StringComparison.Ordinal)
            .Replace("\"fixed\": \"transfer\" }", "\"fixed\": \"transfer\" },", StringComparison.Ordinal);
        Assert.Equal(IngestEventKind.Transaction, ColumnMapping.Parse(json, "m.json").Kind);
    }

    [Theory]
    [InlineData("\"column\": \"ref\" }", "\"colum\": \"ref\" }", "$.fields.id.colum", "unknown property (expected one of: column, occurrence, line, prefix)")]
    [InlineData("\"format\": \"yyyy-MM-dd HH:mm:ss\"", "\"format\": \"yyyy-MM-dd hh:mm:ss\"", "$.fields.time.format", "'h' is a 12-hour clock")]
    [InlineData("\"format\": \"yyyy-MM-dd HH:mm:ss\"", "\"format\": \"HH:mm:ss\"", "$.fields.time.format", "must contain a year (y), a month (M) and a day (d)")]
    [InlineData("\"timeZone\": \"+08:00\"", "\"timeZone\": \"Mars/Olympus\"", "$.fields.time.timeZone", "unknown time zone")]
    [InlineData("\"currency\": { \"fixed\": \"CNY\" }", "\"currency\": { \"fixed\": \"USD\" }", "$.fields.amount.rates", "needs a rate to yuan")]
    [InlineData("\"fixed\": \"transfer\"", "\"fixed\": \"wire\"", "$.fields.channel.fixed", "must be one of transfer")]
    [InlineData("\"kind\": \"transactions\"", "\"kind\": \"payments\"", "$.kind", "must be \"transactions\"")]
    [InlineData("\"debit\": { \"column\": \"from\" },", "", "$.fields", "\"debit\" is required for transactions")]
    [InlineData("\"debit\": { \"column\": \"from\" },", "\"debit\": { \"column\": \"from\" }, \"caller\": { \"column\": \"x\" },", "$.fields.caller", "unknown property")]
    [InlineData("\"debit\": { \"column\": \"from\" },", "\"debit\": { \"column\": \"from\" }, \"debit\": { \"column\": \"x\" },", "$.fields.debit", "given twice")]
    [InlineData("\"debit\": { \"column\": \"from\" },", "\"debit\": { \"column\": true },", "$.fields.debit.column", "header name (string) or a 0-based position (number)")]
    [InlineData("\"debit\": { \"column\": \"from\" },", "\"debit\": { \"column\": 3, \"occurrence\": 2 },", "$.fields.debit.occurrence", "applies to column names")]
    [InlineData("\"currency\": { \"fixed\": \"CNY\" }", "\"currency\": { \"fixed\": \"CNY\" }, \"unit\": \"cents\"", "$.fields.amount.unit", "must be \"major\"")]
    [InlineData("\"currency\": { \"fixed\": \"CNY\" }", "\"currency\": { \"column\": \"ccy\" }, \"rates\": { \"USD\": \"-7\" }", "$.fields.amount.rates.USD", "positive decimal")]
    [InlineData("\"fixed\": \"transfer\"", "\"column\": \"type\", \"values\": { \"C\": { \"channel\": \"atm_cash\", \"cash\": \"credit\" } }", "$.fields.channel.values.C.cash", "top-level \"cash\"")]
    public void Parse_Mistake_NamesFileAndJsonPath(string find, string replace, string path, string reason)
    {
        var error = Error(Valid.Replace(find, replace, StringComparison.Ordinal));
        Assert.Equal("m.json", error.Source);
        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_GivesLine()
    {
        var error = Error("{\n  \"kind\": \"transactions\",\n  oops\n}");
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ColumnNameWithoutHeader_IsRefused()
    {
        var error = Error(Valid.Replace("\"kind\": \"transactions\",", "\"kind\": \"transactions\", \"header\": false,", StringComparison.Ordinal));
        Assert.Equal("$.fields.id.column", error.Field);
        Assert.Contains("no header", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownEncoding_IsRefused()
    {
        var error = Error(Valid.Replace("\"kind\": \"transactions\",", "\"kind\": \"transactions\", \"encoding\": \"big5\",", StringComparison.Ordinal));
        Assert.Equal("$.encoding", error.Field);
        Assert.Contains("utf-8, gbk, gb18030", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownColumn_NamesMappingPathAndDataFile()
    {
        var mapping = ColumnMapping.Parse(Valid, "m.json");
        var error = TestInput.FileError("ref,when,from,too,yuan\n", mapping, "bank.csv");
        Assert.Equal("m.json", error.Source);
        Assert.Equal("$.fields.credit.column", error.Field);
        Assert.Equal("no column named \"to\" in the header of bank.csv (columns: ref, when, from, too, yuan)", error.Reason);
    }

    [Fact]
    public void Bind_RepeatedHeaderWithoutOccurrence_AsksForOne()
    {
        var mapping = ColumnMapping.Parse(Valid.Replace("\"column\": \"from\"", "\"column\": \"acct\"", StringComparison.Ordinal)
            .Replace("\"column\": \"to\"", "\"column\": \"acct\", \"occurrence\": 2", StringComparison.Ordinal), "m.json");
        var error = TestInput.FileError("ref,when,acct,acct,yuan\n", mapping);
        Assert.Equal("$.fields.debit.column", error.Field);
        Assert.Contains("appears 2 times", error.Reason, StringComparison.Ordinal);
        Assert.Contains("positions 2, 3", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_PositionBeyondColumns_IsRefused()
    {
        var mapping = ColumnMapping.Parse(Valid.Replace("\"column\": \"from\"", "\"column\": 9", StringComparison.Ordinal), "m.json");
        var error = TestInput.FileError("ref,when,from,to,yuan\n", mapping);
        Assert.Equal("$.fields.debit.column", error.Field);
        Assert.Contains("position 9 is beyond the 5 columns", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BuiltInName_LoadsShippedMapping()
    {
        Assert.Contains("amlsim", ColumnMapping.BuiltInNames);
        Assert.Contains("amlworld", ColumnMapping.BuiltInNames);
        Assert.Equal(IngestEventKind.Transaction, ColumnMapping.Load("amlworld").Kind);
        Assert.Equal(IngestEventKind.Call, ColumnMapping.Load("breakcard-calls").Kind);
    }

    [Fact]
    public void Load_NoSuchFileOrName_ListsBuiltIns()
    {
        var error = Assert.Throws<InvalidInputException>(() => ColumnMapping.Load("nope")).Error;
        Assert.Contains("amlsim", error.Reason, StringComparison.Ordinal);
    }
}
