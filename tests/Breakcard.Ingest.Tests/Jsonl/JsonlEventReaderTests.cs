using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;

namespace Breakcard.Ingest.Tests.Jsonl;

/// <summary>Breakcard's events.jsonl (docs/data-format.md), good and malformed.</summary>
public sealed class JsonlEventReaderTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private const string Examples = SchemaExamples.Jsonl;

    [Fact]
    public void Read_SchemaExamples_GiveExactEvents()
    {
        var result = TestInput.Read(Examples, InputFormat.Jsonl, "events.jsonl");
        Assert.Empty(result.Quarantine);
        Assert.Equal(new TransactionEvent("T000000001", new DateTimeOffset(2024, 3, 1, 8, 15, 30, China), "6222021001234567894", "6217001234567890123",
            Money.FromFen(123450), Channel.Transfer, "房租"), result.Events[0].Event);
        Assert.Equal(new CallEvent("C000000001", new DateTimeOffset(2024, 3, 1, 8, 16, 2, China), "13812345678", "13998765432", 35, "510104-0012",
            DeviceId.Parse("868914031234563")), result.Events[1].Event);
        Assert.Equal(new SmsEvent("S000000001", new DateTimeOffset(2024, 3, 1, 8, 16, 10, China), "1069012345", "13812345678", SmsKind.VerificationCode,
            "510104-0012", null), result.Events[2].Event);
        Assert.Equal(new LoginEvent("L000000001", new DateTimeOffset(2024, 3, 1, 8, 17, 0, China), "6222021001234567894", DeviceId.Parse("868914031234563"),
            IpAddress.Parse("171.88.12.34")), result.Events[3].Event);
        Assert.Equal([IngestEventKind.Transaction, IngestEventKind.Call, IngestEventKind.Sms, IngestEventKind.Login], result.Events.Select(e => e.Kind));
    }

    [Theory]
    [InlineData("""{"type":"transaction","id":"T9",""", null, RejectReason.Malformed, "not valid JSON")]
    [InlineData("""[1,2]""", null, RejectReason.Malformed, "not a JSON object")]
    [InlineData("""{"type":"transaction"} {"type":"call"}""", null, RejectReason.Malformed, "invalid after a single JSON value")]
    [InlineData("""{"type":"payment","id":"X"}""", "type", RejectReason.UnknownType, "must be transaction, call, sms or login")]
    [InlineData("""{"id":"X"}""", "type", RejectReason.MissingValue, "no \"type\"")]
    [InlineData("""{"type":"transaction","id":"T9","amount":5}""", null, RejectReason.UnknownProperty, "unknown property \"amount\"")]
    [InlineData("""{"type":"transaction","id":"T9","id":"T10"}""", "id", RejectReason.UnknownProperty, "given twice")]
    [InlineData("""{"type":"transaction","id":"T9","caller":"13812345678"}""", "caller", RejectReason.UnknownProperty, "a transaction has no property \"caller\"")]
    [InlineData("""{"type":"transaction","id":null,"time":"2024-03-01T08:15:30+08:00"}""", "id", RejectReason.MissingValue, "missing or null")]
    [InlineData("""{"type":"transaction","id":7,"time":"2024-03-01T08:15:30+08:00"}""", "id", RejectReason.InvalidId, "must be a JSON string")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30","debit":"A","credit":"B","amount_fen":1,"channel":"transfer","memo":null}""", "time", RejectReason.InvalidTime, "no UTC offset")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"B","amount_fen":"100","channel":"transfer","memo":null}""", "amount_fen", RejectReason.InvalidAmount, "must be a JSON number of fen")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"B","amount_fen":1.5,"channel":"transfer","memo":null}""", "amount_fen", RejectReason.InvalidAmount, "whole number")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"B","amount_fen":0,"channel":"transfer","memo":null}""", "amount_fen", RejectReason.InvalidAmount, "must be positive")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"B","amount_fen":1,"channel":"wire","memo":null}""", "channel", RejectReason.UnknownValue, "must be transfer")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"A","amount_fen":1,"channel":"transfer","memo":null}""", "credit", RejectReason.Inconsistent, "same account")]
    [InlineData("""{"type":"transaction","id":"T9","time":"2024-03-01T08:15:30+08:00","debit":{"a":1},"credit":"B"}""", "debit", RejectReason.Malformed, "not an object or array")]
    [InlineData("""{"type":"call","id":"C9","time":"2024-03-01T08:15:30+08:00","caller":"13812345678","callee":"13998765432","duration_s":35,"cell_id":null,"device_id":"868914031234564"}""", "device_id", RejectReason.InvalidDevice, "Luhn")]
    [InlineData("""{"type":"call","id":"C9","time":"2024-03-01T08:15:30+08:00","caller":"13812345678","callee":"13998765432","duration_s":-1}""", "duration_s", RejectReason.InvalidDuration, "from 0 to 86400")]
    [InlineData("""{"type":"sms","id":"S9","time":"2024-03-01T08:15:30+08:00","sender":"1069","receiver":"13812345678","kind":"spam"}""", "kind", RejectReason.UnknownValue, "must be personal")]
    [InlineData("""{"type":"login","id":"L9","time":"2024-03-01T08:15:30+08:00","account":"A1","ip":null}""", "device_id", RejectReason.MissingValue, "missing or null")]
    [InlineData("""{"type":"login","id":"L9","time":"2024-03-01T08:15:30+08:00","account":"A1","device_id":"fp-0001","ip":"300.1.1.1"}""", "ip", RejectReason.InvalidIp, "0-255")]
    public void Read_BadLine_IsQuarantinedWithLinePropertyAndReason(string line, string? property, RejectReason reason, string detail)
    {
        var good = """{"type":"sms","id":"S1","time":"2024-03-01T08:16:10+08:00","sender":"1069012345","receiver":"13812345678","kind":"notification"}""";
        var result = TestInput.Read(good + "\n\n" + line + "\n" + good.Replace("S1", "S2", StringComparison.Ordinal) + "\n", InputFormat.Jsonl, "events.jsonl");

        var rejected = result.SingleRejected();
        Assert.Equal(("events.jsonl", 3L, property, reason), (rejected.Error.Source, rejected.Error.Line!.Value, rejected.Error.Field, rejected.Reason));
        Assert.Contains(detail, rejected.Error.Reason, StringComparison.Ordinal);
        Assert.Equal(line, rejected.RawRecord);
        Assert.Equal(2, result.Events.Count);
        Assert.Equal(1, result.Counts.BlankLines);
    }

    [Fact]
    public void Open_LastLineCutMidObject_IsTruncated()
    {
        var error = TestInput.FileError(Examples + """{"type":"transaction","id":"T2","time":"2024-03-01T08:15:30+08:00","deb""", InputFormat.Jsonl, "events.jsonl");
        Assert.Equal(("events.jsonl", 5L), (error.Source, error.Line!.Value));
        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LastLineCompleteWithoutLineEnd_IsRead()
    {
        Assert.Equal(4, TestInput.Read(Examples.TrimEnd('\n'), InputFormat.Jsonl).Events.Count);
    }

    [Fact]
    public void Open_InvalidUtf8_Stops()
    {
        var bytes = TestInput.Utf8(Examples).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        var error = TestInput.FileError(bytes, InputFormat.Jsonl);
        Assert.Equal(5, error.Line);
        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EscapedStrings_AreUnescaped()
    {
        var t = TestInput.Read("""{"type":"transaction","id":"T\u0031","time":"2024-03-01T08:15:30+08:00","debit":"A","credit":"B","amount_fen":1,"channel":"\u0074ransfer","memo":"a\"b\n"}""" + "\n",
            InputFormat.Jsonl).Single<TransactionEvent>();
        Assert.Equal(("T1", Channel.Transfer, "a\"b\n"), (t.Id, t.Channel, t.Memo));
    }
}
