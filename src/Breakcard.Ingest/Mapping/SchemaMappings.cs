using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Mapping;

/// <summary>
/// Built-in mappings for Breakcard's own CSV event files (docs/data-format.md), built from
/// <see cref="EventSchema"/> so reader and writer cannot drift apart. They are stricter than user
/// mappings: the header must be exactly the schema's columns in order, values are not trimmed,
/// times must carry a UTC offset, and ids starting with <c>CASH:</c> are cash points (ADR 3).
/// </summary>
internal static class SchemaMappings
{
    private static readonly ColumnMapping Transactions = Build(EventSchema.TransactionColumns, c => new ColumnMapping("built-in:" + EventSchema.TransactionsCsv, IngestEventKind.Transaction)
    {
        Description = "Breakcard transactions.csv",
        ExactHeader = EventSchema.TransactionColumns,
        Id = new IdSpec(c("id"), null),
        Time = new TimeSpec(c("time"), TimeRule.Schema),
        Debit = new AccountSpec(c("debit"), null, null, "/"),
        Credit = new AccountSpec(c("credit"), null, null, "/"),
        Amount = new AmountSpec(c("amount_fen"), MinorUnits: true, '.', null, false, null, Currencies.Yuan, new Dictionary<string, DecimalText>()),
        Channel = new ChannelSpec(c("channel"), null, new Dictionary<string, ChannelValue>(), SchemaText: true),
        Memo = c("memo"),
        Cash = new CashSpec(new HashSet<string>(), null, new Dictionary<string, CashSide>(), new TerminalSpec(null, null, false), PrefixedIdsAreCash: true),
    });

    private static readonly ColumnMapping Calls = Build(EventSchema.CallColumns, c => new ColumnMapping("built-in:" + EventSchema.CallsCsv, IngestEventKind.Call)
    {
        Description = "Breakcard calls.csv",
        ExactHeader = EventSchema.CallColumns,
        Id = new IdSpec(c("id"), null),
        Time = new TimeSpec(c("time"), TimeRule.Schema),
        Caller = c("caller"),
        Callee = c("callee"),
        Duration = new DurationSpec(c("duration_s"), DurationUnit.Seconds),
        CellId = c("cell_id"),
        Device = c("device_id"),
    });

    private static readonly ColumnMapping Sms = Build(EventSchema.SmsColumns, c => new ColumnMapping("built-in:" + EventSchema.SmsCsv, IngestEventKind.Sms)
    {
        Description = "Breakcard sms.csv",
        ExactHeader = EventSchema.SmsColumns,
        Id = new IdSpec(c("id"), null),
        Time = new TimeSpec(c("time"), TimeRule.Schema),
        Sender = c("sender"),
        Receiver = c("receiver"),
        SmsKind = new SmsKindSpec(c("kind"), null, new Dictionary<string, SmsKind>(), SchemaText: true),
        CellId = c("cell_id"),
        Device = c("device_id"),
    });

    private static readonly ColumnMapping Logins = Build(EventSchema.LoginColumns, c => new ColumnMapping("built-in:" + EventSchema.LoginsCsv, IngestEventKind.Login)
    {
        Description = "Breakcard logins.csv",
        ExactHeader = EventSchema.LoginColumns,
        Id = new IdSpec(c("id"), null),
        Time = new TimeSpec(c("time"), TimeRule.Schema),
        Account = new AccountSpec(c("account"), null, null, "/"),
        Device = c("device_id"),
        Ip = c("ip"),
    });

    public static ColumnMapping For(IngestEventKind kind) => kind switch
    {
        IngestEventKind.Transaction => Transactions,
        IngestEventKind.Call => Calls,
        IngestEventKind.Sms => Sms,
        IngestEventKind.Login => Logins,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no schema for this kind"),
    };

    private static ColumnMapping Build(string[] columns, Func<Func<string, ColumnRef>, ColumnMapping> build) =>
        build(name => columns.Contains(name, StringComparer.Ordinal)
            ? new ColumnRef(name, null, null, "$.schema." + name)
            : throw new InvalidOperationException($"EventSchema has no column '{name}'."));
}
