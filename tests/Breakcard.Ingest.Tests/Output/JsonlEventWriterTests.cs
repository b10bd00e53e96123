using System.Text;
using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Ingest.Output;
using CsCheck;

namespace Breakcard.Ingest.Tests.Output;

public sealed class JsonlEventWriterTests
{
    private static string Write(Action<JsonlEventWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new JsonlEventWriter(new NonClosing(stream)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_DocumentExamples_GivesTheDocumentedLines()
    {
        var china = TimeSpan.FromHours(8);
        var device = DeviceId.Parse("868914031234563");
        var text = Write(w =>
        {
            w.Write(new TransactionEvent("T000000001", new DateTimeOffset(2024, 3, 1, 8, 15, 30, china), "6222021001234567894", "6217001234567890123", Money.FromFen(123450), Channel.Transfer, "房租"));
            w.Write(new CallEvent("C000000001", new DateTimeOffset(2024, 3, 1, 8, 16, 2, china), "13812345678", "13998765432", 35, "510104-0012", device));
            w.Write(new SmsEvent("S000000001", new DateTimeOffset(2024, 3, 1, 8, 16, 10, china), "1069012345", "13812345678", SmsKind.VerificationCode, "510104-0012", null));
            w.Write(new LoginEvent("L000000001", new DateTimeOffset(2024, 3, 1, 8, 17, 0, china), "6222021001234567894", device, IpAddress.Parse("171.88.12.34")));
        });

        Assert.Equal(SchemaExamples.Jsonl, text);
    }

    [Fact]
    public void Write_SubSecondTime_KeepsTheFraction()
    {
        var text = Write(w => w.Write(new TransactionEvent("T1", new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1_250_000), "A", "B", Money.FromFen(1), Channel.Transfer, null)));
        Assert.Contains("\"time\":\"2024-03-01T08:00:00.125+00:00\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips() =>
        Gen.OneOf(Generators.Transaction.Select(e => (object)e), Generators.Call.Select(e => (object)e), Generators.Sms.Select(e => (object)e), Generators.Login.Select(e => (object)e))
            .Array[0, 40].Sample(events =>
            {
                var text = Write(w =>
                {
                    foreach (var e in events)
                    {
                        switch (e)
                        {
                            case TransactionEvent t: w.Write(t); break;
                            case CallEvent c: w.Write(c); break;
                            case SmsEvent s: w.Write(s); break;
                            case LoginEvent l: w.Write(l); break;
                        }
                    }
                });
                Assert.Equal(events, TestInput.Read(text, InputFormat.Jsonl).Events.Select(e => e.Event));
            }, iter: 200);

    private sealed class NonClosing(Stream inner) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
