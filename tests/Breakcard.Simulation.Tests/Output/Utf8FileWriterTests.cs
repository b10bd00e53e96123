using System.Security.Cryptography;
using System.Text;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Output;

namespace Breakcard.Simulation.Tests.Output;

public sealed class Utf8FileWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("成都市,锦江区", "\"成都市,锦江区\"")]
    [InlineData("he said \"hi\"", "\"he said \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void WriteCsvField_QuotesOnlyWhenNeeded(string field, string expected)
    {
        Assert.Equal(expected, Write(w => w.WriteCsvField(field)));
    }

    [Theory]
    [InlineData("房租", "\"房租\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\there\nnew", "\"tab\\there\\nnew\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("\u001f", "\"\\u001f\"")]
    public void JsonTextQuote_EscapesWhatJsonRequires(string text, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(JsonText.Quote(text)));
        using var parsed = System.Text.Json.JsonDocument.Parse(JsonText.Quote(text));
        Assert.Equal(text, parsed.RootElement.GetString());
    }

    [Theory]
    [InlineData(0UL, 9, "000000000")]
    [InlineData(123UL, 9, "000000123")]
    [InlineData(1_234_567_890UL, 9, "1234567890")]
    [InlineData(18446744073709551615UL, 1, "18446744073709551615")]
    [InlineData(7UL, 1, "7")]
    public void WriteDigits_PadsButNeverTruncates(ulong value, int width, string expected)
    {
        Assert.Equal(expected, Write(w => w.WriteDigits(value, width)));
    }

    [Theory]
    [InlineData(0L, "0.00")]
    [InlineData(5L, "0.05")]
    [InlineData(123_450L, "1234.50")]
    [InlineData(-199L, "-1.99")]
    public void WriteYuan_HasTwoDecimals(long fen, string expected)
    {
        Assert.Equal(expected, Write(w => w.WriteYuan(fen)));
    }

    [Fact]
    public void RowIPv4_WritesDottedDecimal()
    {
        Assert.Equal("171.216.3.254", Write(w =>
        {
            var row = new Row(w.GetSpan(64));
            row.IPv4((171u << 24) | (216u << 16) | (3u << 8) | 254u);
            w.Advance(row.Length);
        }));
    }

    [Theory]
    [InlineData(5UL, 4, "0005")]
    [InlineData(12_345UL, 4, "12345")]
    public void RowDigits_PadsButNeverTruncates(ulong value, int width, string expected)
    {
        Assert.Equal(expected, Write(w =>
        {
            var row = new Row(w.GetSpan(64));
            row.Digits(value, width);
            w.Advance(row.Length);
        }));
    }

    [Fact]
    public void WriteTime_IsIso8601WithSecondsAndChinaOffset()
    {
        var calendar = new SimCalendar(new DateOnly(2025, 3, 1), 40);
        Assert.Equal("2025-03-01T00:00:00+08:00", Write(w => calendar.WriteTime(w, 0)));
        Assert.Equal("2025-03-02T08:15:30+08:00", Write(w => calendar.WriteTime(w, 86_400 + (8 * 3600) + (15 * 60) + 30)));
        // 2025 is not a leap year: day 28 after 1 March is 29 March; day 31 is 1 April.
        Assert.Equal("2025-04-01T23:59:59+08:00", Write(w => calendar.WriteTime(w, (31 * 86_400L) + 86_399)));
    }

    [Fact]
    public void Finish_ReturnsTheSha256OfEverythingWritten_AcrossBufferFlushes()
    {
        using var stream = new MemoryStream();
        var w = new Utf8FileWriter(new KeepOpen(stream), bufferSize: 256);
        var expected = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            w.WriteCsvField("行" + i);
            w.EndLine();
            expected.Append("行").Append(i).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(expected.ToString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), w.Finish());
        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(bytes.Length, w.BytesWritten);
        Assert.Equal(1_000, w.Lines);
    }

    private static string Write(Action<Utf8FileWriter> write)
    {
        using var stream = new MemoryStream();
        using var w = new Utf8FileWriter(new KeepOpen(stream), bufferSize: 64);
        write(w);
        w.Finish();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Lets a test read the memory stream after the writer closed it.</summary>
    private sealed class KeepOpen(MemoryStream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
