using System.Text;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests.Validation;

/// <summary>
/// Files that are not what they claim stop before anything is read, with file and line
/// (ADR 30). Each case puts good records before the problem, so a reader that streamed first and
/// checked later would have handed some out.
/// </summary>
public sealed class FileLevelCheckTests
{
    private const string Header = "id,time,debit,credit,amount_fen,channel,memo\n";
    private const string Good = "T1,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\n";

    [Fact]
    public void Open_NulByte_StopsAtItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + Good + Good + "T3,2024").Concat(new byte[] { 0, 0x41, (byte)'\n' }).ToArray();
        var error = TestInput.FileError(bytes, InputFormat.Transactions, "transactions.csv");
        Assert.Equal("transactions.csv", error.Source);
        Assert.Equal(4, error.Line);
        Assert.Contains("NUL byte", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InvalidUtf8_StopsAtItsLineAndSuggestsEncoding()
    {
        var gbk = Breakcard.Ingest.Internal.EncodingCatalog.TryGet("gbk", out var e) ? e! : throw new InvalidOperationException();
        var bytes = Encoding.UTF8.GetBytes(Header + Good).Concat(gbk.GetBytes("T2,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,房租\n")).ToArray();
        var error = TestInput.FileError(bytes, InputFormat.Transactions);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Contains("GBK", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MultiByteCharacterAcrossChunkBoundary_IsValid()
    {
        // The validation pass reads 64 KiB chunks: a three-byte character straddling a boundary
        // must not be mistaken for invalid UTF-8.
        var sb = new StringBuilder(Header);
        var n = 0;
        while (sb.Length < 200_000)
        {
            sb.Append("T").Append(n++).Append(",2024-03-01T08:00:00+08:00,A1,B1,100,transfer,房租押金\n");
        }

        var result = TestInput.Read(sb.ToString(), InputFormat.Transactions);
        Assert.Equal(n, result.Events.Count);
        Assert.Empty(result.Quarantine);
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip archive")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "ZIP archive (an .xlsx workbook?)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "PDF document")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x69, 0x00 }, "UTF-16 text; save it as UTF-8")]
    public void Open_KnownBinaryOrUtf16_SaysWhatItIs(byte[] head, string what)
    {
        var bytes = head.Concat(Encoding.UTF8.GetBytes(Header)).ToArray();
        var error = TestInput.FileError(bytes, InputFormat.Transactions);
        Assert.Equal(1, error.Line);
        Assert.Contains(what, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileEndsInsideQuotedField_IsTruncated()
    {
        var error = TestInput.FileError(Header + Good + Good + "T3,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\"half a me", InputFormat.Transactions);
        Assert.Equal(4, error.Line);
        Assert.Contains("ends inside a quoted field", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LastRecordCutMidway_IsTruncated()
    {
        var error = TestInput.FileError(Header + Good + Good + "T3,2024-03-01T08:00:00+08:00,A1", InputFormat.Transactions);
        Assert.Equal(4, error.Line);
        Assert.Equal("the file is truncated: its last record has 3 of 7 fields and no line end", error.Reason);
    }

    [Fact]
    public void Open_LastRecordWithoutLineEndButComplete_IsAccepted()
    {
        var result = TestInput.Read(Header + Good + "T2,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,last", InputFormat.Transactions);
        Assert.Equal(2, result.Events.Count);
    }

    [Fact]
    public void Open_ShortRecordInTheMiddle_IsQuarantinedNotFatal()
    {
        var result = TestInput.Read(Header + "T0,2024\n" + Good, InputFormat.Transactions);
        Assert.Equal(RejectReason.FieldCount, result.SingleRejected().Reason);
        Assert.Single(result.Events);
    }

    [Fact]
    public void Open_RecordLongerThanLimit_Stops()
    {
        var options = new IngestOptions { MaxRecordBytes = 100 };
        var error = TestInput.FileError(Header + Good + "T2,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\"" + new string('x', 200) + "\"\n" + Good,
            InputFormat.Transactions, options: options);
        Assert.Equal(3, error.Line);
        Assert.Contains("longer than the limit of 100 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnbalancedQuoteSwallowingTheFile_StopsAtTheRecord()
    {
        // A stray opening quote makes everything after it one field: the limit catches it.
        var options = new IngestOptions { MaxRecordBytes = 500 };
        var body = string.Concat(Enumerable.Repeat(Good, 20));
        var error = TestInput.FileError(Header + Good + "T2,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\"oops\n" + body + "T9,\"x\"\n",
            InputFormat.Transactions, options: options);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Open_EmptyFile_StopsForMissingHeader()
    {
        var error = TestInput.FileError("", InputFormat.Transactions);
        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MalformedHeader_Stops()
    {
        var error = TestInput.FileError("id,\"time\"x,debit\n", InputFormat.Transactions);
        Assert.Contains("the header row is malformed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BadFile_QuarantinesNothing()
    {
        var quarantine = new QuarantineList();
        var bytes = Encoding.UTF8.GetBytes(Header + "T0,bad\n" + Good + "T3,2024-03-01T08:00:00+08:00,A1");
        Assert.Throws<Core.Errors.InvalidInputException>(() => EventReaders.Open(new MemoryStream(bytes), "t.csv", InputFormat.Transactions, quarantine));
        Assert.Empty(quarantine.Records);
    }

    [Fact]
    public void Open_Utf8Bom_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Header + Good)).ToArray();
        var result = TestInput.Read(bytes, InputFormat.Transactions);
        Assert.Single(result.Events);
    }

    [Fact]
    public void Open_NonSeekableStream_IsRefused()
    {
        using var pipe = new NonSeekable(Encoding.UTF8.GetBytes(Header + Good));
        Assert.Throws<ArgumentException>(() => EventReaders.Open(pipe, "pipe", InputFormat.Transactions, new QuarantineList()));
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
