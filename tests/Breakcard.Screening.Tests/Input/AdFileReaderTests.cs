using Breakcard.Core.Errors;
using Breakcard.Screening.Input;

namespace Breakcard.Screening.Tests.Input;

public sealed class AdFileReaderTests
{
    private static List<AdInput> Read(string content, AdFileFormat format) =>
        [.. AdFileReader.Read(new StringReader(content), "ads.x", format)];

    [Fact]
    public void Text_OneAdPerLine_SkipsBlankLines()
    {
        var read = Read("第一条\n\n  \n第二条\r\n", AdFileFormat.Text);
        Assert.Equal([new AdRecord("1", "第一条", 1), new AdRecord("4", "第二条", 4)], read.Select(r => r.Record));
    }

    [Fact]
    public void Jsonl_ReadsIdsAndReportsBadRecordsWithLineAndField()
    {
        var read = Read(
            """
            {"id": "a1", "text": "出租银行卡"}
            {"id": 7, "text": "家教"}
            {"text": 5}
            {"id": "x"}
            not json
            {"id": [1], "text": "t"}
            {"text": "无编号"}
            """, AdFileFormat.Jsonl);
        Assert.Equal(new AdRecord("a1", "出租银行卡", 1), read[0].Record);
        Assert.Equal(new AdRecord("7", "家教", 2), read[1].Record);
        Assert.Equal("ads.x:3: field 'text': must be a string, found number", read[2].Error!.ToString());
        Assert.Equal("ads.x:4: field 'text': missing", read[3].Error!.ToString());
        Assert.StartsWith("ads.x:5: not valid JSON", read[4].Error!.ToString(), StringComparison.Ordinal);
        Assert.Equal("ads.x:6: field 'id': must be a string or a number, found array", read[5].Error!.ToString());
        Assert.Equal(new AdRecord("7", "无编号", 7), read[6].Record);
    }

    [Fact]
    public void Jsonl_FirstRecordNotJson_IsAFileError()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("出租银行卡\n{\"text\":\"x\"}\n", AdFileFormat.Jsonl));
        Assert.Equal(1, e.Error.Line);
        Assert.Contains("does not look like JSON Lines", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_QuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        var read = Read("id,text\n1,\"出租,银行卡\"\n2,\"他说\"\"日结\"\"\n第二行\"\n3,plain\n", AdFileFormat.Csv);
        Assert.Equal(new AdRecord("1", "出租,银行卡", 2), read[0].Record);
        Assert.Equal(new AdRecord("2", "他说\"日结\"\n第二行", 3), read[1].Record);
        Assert.Equal(new AdRecord("3", "plain", 5), read[2].Record);
    }

    [Fact]
    public void Csv_TextColumnMayComeFirstAndIdIsOptional()
    {
        var read = Read("TEXT,source\n招家教,web\n", AdFileFormat.Csv);
        Assert.Equal(new AdRecord("2", "招家教", 2), Assert.Single(read).Record);
    }

    [Fact]
    public void Csv_BadRows_AreReportedAndReadingGoesOn()
    {
        var read = Read("id,text\n1,a,extra\n2,b\"c\n3,\"unclosed\n", AdFileFormat.Csv);
        Assert.Equal("ads.x:2: expected 2 fields as in the header, found 3", read[0].Error!.ToString());
        Assert.StartsWith("ads.x:3: a quote inside an unquoted field", read[1].Error!.ToString(), StringComparison.Ordinal);
        Assert.Equal("ads.x:4: a quoted field is not closed before the end of the file", read[2].Error!.ToString());
    }

    [Fact]
    public void Csv_NoTextColumn_IsAFileError()
    {
        var e = Assert.Throws<InvalidInputException>(() => Read("id,body\n1,x\n", AdFileFormat.Csv));
        Assert.Equal("ads.x:1: the CSV header has no 'text' column (expected a header such as id,text)", e.Message);
    }

    [Fact]
    public void EmptyAndOverlongText_AreRecordErrors()
    {
        var read = Read("{\"text\": \"  \"}\n{\"text\": \"" + new string('卡', AdFileReader.MaxTextLength + 1) + "\"}\n", AdFileFormat.Jsonl);
        Assert.Equal("ads.x:1: field 'text': empty", read[0].Error!.ToString());
        Assert.StartsWith("ads.x:2: field 'text': longer than 20000 characters", read[1].Error!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ads.jsonl", AdFileFormat.Jsonl)]
    [InlineData("ADS.NDJSON", AdFileFormat.Jsonl)]
    [InlineData("ads.csv", AdFileFormat.Csv)]
    [InlineData("ads.txt", AdFileFormat.Text)]
    [InlineData("ads", AdFileFormat.Text)]
    public void FromFileName_ByExtension(string name, AdFileFormat format)
    {
        Assert.Equal(format, AdFileFormats.FromFileName(name));
    }
}
