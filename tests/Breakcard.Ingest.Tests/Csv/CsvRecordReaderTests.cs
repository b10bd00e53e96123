using System.Text;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    private static List<(long Line, string[] Fields, string? Problem, string Raw)> Parse(string text, char delimiter = ',', Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        using var csv = new CsvRecordReader(new MemoryStream(bytes), encoding ?? EncodingCatalog.Utf8, delimiter, "t.csv", 1 << 20);
        var records = new List<(long, string[], string?, string)>();
        while (csv.ReadRecord())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv[i].ToString();
            }

            records.Add((csv.Line, fields, csv.Problem, csv.Raw.ToString()));
        }

        return records;
    }

    [Fact]
    public void ReadRecord_QuotedComma_IsPartOfTheField()
    {
        var r = Assert.Single(Parse("a,\"b,c\",d\n"));
        Assert.Equal(["a", "b,c", "d"], r.Fields);
        Assert.Null(r.Problem);
    }

    [Fact]
    public void ReadRecord_DoubledQuotes_BecomeOneQuote()
    {
        var r = Assert.Single(Parse("\"say \"\"hi\"\"\",\"\"\"\",x\n"));
        Assert.Equal(["say \"hi\"", "\"", "x"], r.Fields);
    }

    [Fact]
    public void ReadRecord_EmbeddedNewlines_KeepFieldAndCountPhysicalLines()
    {
        var records = Parse("h1,h2\n1,\"two\nlines\"\n2,\"three\r\nmore\nlines\"\n3,x\n");
        Assert.Equal([1L, 2L, 4L, 7L], records.Select(r => r.Line));
        Assert.Equal("two\nlines", records[1].Fields[1]);
        Assert.Equal("three\r\nmore\nlines", records[2].Fields[1]);
        Assert.Equal(["3", "x"], records[3].Fields);
    }

    [Fact]
    public void ReadRecord_CrLfAndLf_EndRecordsAlike()
    {
        var records = Parse("a,b\r\nc,d\ne,f\r\n");
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["c", "d"], records[1].Fields);
        Assert.Equal(["e", "f"], records[2].Fields);
        Assert.Equal("a,b", records[0].Raw);
    }

    [Fact]
    public void ReadRecord_QuotedFieldBeforeCrLf_EndsRecord()
    {
        var records = Parse("\"a\",\"b\"\r\n\"c\",d");
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void ReadRecord_TrailingEmptyLines_AreSkipped()
    {
        var records = Parse("a,b\n\n\r\n");
        Assert.Single(records);
    }

    [Fact]
    public void ReadRecord_NoFinalLineEnd_ReadsLastRecord()
    {
        var records = Parse("a,b\nc,d");
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void ReadRecord_EmptyFields_AreEmptyStrings()
    {
        Assert.Equal(["", "", ""], Assert.Single(Parse(",,\n")).Fields);
    }

    [Fact]
    public void ReadRecord_Utf8Bom_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,x\n")).ToArray();
        using var csv = new CsvRecordReader(new MemoryStream(bytes), EncodingCatalog.Utf8, ',', "t.csv", 1024);
        Assert.True(csv.ReadRecord());
        Assert.Equal("id", csv[0].ToString());
    }

    [Fact]
    public void ReadRecord_QuoteInsideUnquotedField_ReportsProblemAndKeepsFieldCount()
    {
        var r = Assert.Single(Parse("a,b\"c,d\n"));
        Assert.Equal(3, r.Fields.Length);
        Assert.Contains("quote inside unquoted field 2", r.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRecord_TextAfterClosingQuote_ReportsProblem()
    {
        var records = Parse("\"ab\"cd,e\nx,y\n");
        Assert.Contains("text after the closing quote of field 1", records[0].Problem, StringComparison.Ordinal);
        Assert.Equal(2, records[0].Fields.Length);
        Assert.Null(records[1].Problem);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void ReadRecord_UnclosedQuoteAtEnd_ReportsProblem()
    {
        var r = Assert.Single(Parse("a,\"open"));
        Assert.Contains("not closed", r.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRecord_SemicolonDelimiter_Splits()
    {
        Assert.Equal(["1,5", "x"], Assert.Single(Parse("1,5;x\n", ';')).Fields);
    }

    [Fact]
    public void ReadRecord_RecordsAcrossBufferBoundaries_AreIntact()
    {
        // 64 K-character buffers: 20,000 records of ~40 characters cross many boundaries, some
        // of them inside quoted fields with escapes and line breaks.
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(i).Append(",\"q\"\"").Append(i).Append("\nz\",").Append(new string('x', i % 50)).Append('\n');
        }

        var records = Parse(sb.ToString());
        Assert.Equal(20_000, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal([i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"q\"{i}\nz", new string('x', i % 50)], records[i].Fields);
            Assert.Equal((2L * i) + 1, records[i].Line);
        }
    }

    [Fact]
    public void ReadRecord_Gbk_DecodesChinese()
    {
        var gbk = EncodingCatalog.TryGet("gbk", out var e) ? e! : throw new InvalidOperationException();
        var r = Assert.Single(Parse("房租,\"工资,奖金\"\n", encoding: gbk));
        Assert.Equal(["房租", "工资,奖金"], r.Fields);
    }
}
