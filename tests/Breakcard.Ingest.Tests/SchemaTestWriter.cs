using System.Globalization;
using System.Text;
using System.Text.Json;
using Breakcard.Core.Events;

namespace Breakcard.Ingest.Tests;

/// <summary>
/// A deliberately independent writer of Breakcard's file schema, written from docs/data-format.md
/// alone (column names and formats spelled out here, not taken from EventSchema), so round trips
/// test the readers against the document rather than against themselves.
/// </summary>
internal static class SchemaTestWriter
{
    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Channel(Channel c) => c switch
    {
        Core.Events.Channel.Transfer => "transfer",
        Core.Events.Channel.AtmCash => "atm_cash",
        Core.Events.Channel.Pos => "pos",
        Core.Events.Channel.ThirdPartyPayment => "third_party",
        _ => "counter",
    };

    private static string Kind(SmsKind k) => k switch
    {
        SmsKind.Personal => "personal",
        SmsKind.VerificationCode => "verification_code",
        _ => "notification",
    };

    /// <summary>RFC 4180, quoted only when needed, "\n" line ends, empty for unknown.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Csv(string header, IEnumerable<string?[]> rows)
    {
        var sb = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin(',', row.Select(Field)).Append('\n');
        }

        return sb.ToString();
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string TransactionsCsv(IEnumerable<TransactionEvent> events) => Csv("id,time,debit,credit,amount_fen,channel,memo",
        events.Select(e => new[] { e.Id, Time(e.Time), e.Debit, e.Credit, N(e.Amount.Fen), Channel(e.Channel), e.Memo }));

    public static string CallsCsv(IEnumerable<CallEvent> events) => Csv("id,time,caller,callee,duration_s,cell_id,device_id",
        events.Select(e => new[] { e.Id, Time(e.Start), e.Caller, e.Callee, N(e.DurationSeconds), e.CellId, e.Device?.Reveal() }));

    public static string SmsCsv(IEnumerable<SmsEvent> events) => Csv("id,time,sender,receiver,kind,cell_id,device_id",
        events.Select(e => new[] { e.Id, Time(e.Time), e.Sender, e.Receiver, Kind(e.Kind), e.CellId, e.Device?.Reveal() }));

    public static string LoginsCsv(IEnumerable<LoginEvent> events) => Csv("id,time,account,device_id,ip",
        events.Select(e => new[] { e.Id, Time(e.Time), e.Account, e.Device.Reveal(), e.Ip?.Reveal() }));

    /// <summary>One JSON object per line: "type", then the CSV columns, null for unknown.</summary>
    public static string Jsonl(IEnumerable<object> events)
    {
        var sb = new StringBuilder();
        foreach (var e in events)
        {
            var properties = e switch
            {
                TransactionEvent t => new (string, object?)[] { ("type", "transaction"), ("id", t.Id), ("time", Time(t.Time)), ("debit", t.Debit), ("credit", t.Credit), ("amount_fen", t.Amount.Fen), ("channel", Channel(t.Channel)), ("memo", t.Memo) },
                CallEvent c => [("type", "call"), ("id", c.Id), ("time", Time(c.Start)), ("caller", c.Caller), ("callee", c.Callee), ("duration_s", c.DurationSeconds), ("cell_id", c.CellId), ("device_id", c.Device?.Reveal())],
                SmsEvent s => [("type", "sms"), ("id", s.Id), ("time", Time(s.Time)), ("sender", s.Sender), ("receiver", s.Receiver), ("kind", Kind(s.Kind)), ("cell_id", s.CellId), ("device_id", s.Device?.Reveal())],
                LoginEvent l => [("type", "login"), ("id", l.Id), ("time", Time(l.Time)), ("account", l.Account), ("device_id", l.Device.Reveal()), ("ip", l.Ip?.Reveal())],
                _ => throw new ArgumentException("not an event", nameof(events)),
            };
            sb.Append('{').AppendJoin(',', properties.Select(p => JsonSerializer.Serialize(p.Item1) + ":" + JsonSerializer.Serialize(p.Item2))).Append("}\n");
        }

        return sb.ToString();
    }
}
