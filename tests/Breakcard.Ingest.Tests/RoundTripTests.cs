using Breakcard.Core.Events;
using CsCheck;

namespace Breakcard.Ingest.Tests;

/// <summary>
/// Property: events written in Breakcard's schema (by an independent writer that follows
/// docs/data-format.md) read back as the same events, in CSV and in JSON Lines.
/// </summary>
public sealed class RoundTripTests
{
    [Fact]
    public void TransactionsCsv_WrittenThenRead_RoundTrips() =>
        Generators.Transaction.Array[0, 30].Sample(events =>
        {
            var read = TestInput.Read(SchemaTestWriter.TransactionsCsv(events), InputFormat.Transactions);
            Assert.Empty(read.Quarantine);
            Assert.Equal(events, read.All<TransactionEvent>());
        }, iter: 300);

    [Fact]
    public void CallsCsv_WrittenThenRead_RoundTrips() =>
        Generators.Call.Array[0, 30].Sample(events => Assert.Equal(events, TestInput.Read(SchemaTestWriter.CallsCsv(events), InputFormat.Calls).All<CallEvent>()), iter: 200);

    [Fact]
    public void SmsCsv_WrittenThenRead_RoundTrips() =>
        Generators.Sms.Array[0, 30].Sample(events => Assert.Equal(events, TestInput.Read(SchemaTestWriter.SmsCsv(events), InputFormat.Sms).All<SmsEvent>()), iter: 200);

    [Fact]
    public void LoginsCsv_WrittenThenRead_RoundTrips() =>
        Generators.Login.Array[0, 30].Sample(events => Assert.Equal(events, TestInput.Read(SchemaTestWriter.LoginsCsv(events), InputFormat.Logins).All<LoginEvent>()), iter: 200);

    [Fact]
    public void EventsJsonl_WrittenThenRead_RoundTrips() =>
        Gen.OneOf(Generators.Transaction.Select(e => (object)e), Generators.Call.Select(e => (object)e), Generators.Sms.Select(e => (object)e), Generators.Login.Select(e => (object)e))
            .Array[0, 40].Sample(events =>
            {
                var read = TestInput.Read(SchemaTestWriter.Jsonl(events), InputFormat.Jsonl, "events.jsonl");
                Assert.Empty(read.Quarantine);
                Assert.Equal(events, read.Events.Select(e => e.Event));
            }, iter: 300);
}
