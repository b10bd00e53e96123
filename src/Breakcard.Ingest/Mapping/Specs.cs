using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Mapping;

/// <summary>Where an event id comes from: a column, or the record's line number with a prefix.</summary>
internal sealed record IdSpec(ColumnRef? Column, string? LinePrefix);

/// <summary>A time column and how to read it.</summary>
internal sealed record TimeSpec(ColumnRef Column, TimeRule Rule);

/// <summary>An account: one column, or a bank column and an account column joined by a separator.</summary>
internal sealed record AccountSpec(ColumnRef? Column, ColumnRef? Bank, ColumnRef? Account, string Separator)
{
    /// <summary>The column holding the account number proper.</summary>
    public ColumnRef AccountColumn => Column ?? Account!;
}

/// <summary>An amount column, its number style, its currency and the rates to yuan.</summary>
internal sealed record AmountSpec(
    ColumnRef Column,
    bool MinorUnits,
    char Point,
    char? Group,
    bool RoundExcessDecimals,
    ColumnRef? CurrencyColumn,
    string? FixedCurrency,
    IReadOnlyDictionary<string, DecimalText> Rates);

/// <summary>Which side of a transaction is cash, when a record says so.</summary>
internal enum CashSide
{
    /// <summary>Not a cash record.</summary>
    None,

    /// <summary>Cash paid in: the debit side is the cash point.</summary>
    Debit,

    /// <summary>Cash taken out: the credit side is the cash point.</summary>
    Credit,

    /// <summary>Cash from one account to another: two events, a withdrawal and a deposit.</summary>
    Split,
}

/// <summary>
/// What one raw channel value means: a channel and a cash side, or "skip this record";
/// <paramref name="Reverse"/> when records of this value list the parties the other way round
/// (AMLSim writes a deposit as account → branch).
/// </summary>
internal sealed record ChannelValue(Channel Channel, CashSide Cash, string? SkipRule, bool Reverse = false);

/// <summary>The channel: fixed, or a column translated through a value map.</summary>
internal sealed record ChannelSpec(ColumnRef? Column, ChannelValue? Fixed, IReadOnlyDictionary<string, ChannelValue> Values, bool SchemaText);

/// <summary>
/// The terminal id in <c>CASH:&lt;terminal&gt;</c>: fixed, from a column, the bank of the replaced
/// account, or the raw value of the replaced account itself (a branch id standing in for cash).
/// </summary>
internal sealed record TerminalSpec(string? Fixed, ColumnRef? Column, bool FromBank, bool FromAccount = false);

/// <summary>How cash is encoded: sentinel account values, a flag column, and the terminal id to use.</summary>
internal sealed record CashSpec(
    IReadOnlySet<string> Sentinels,
    ColumnRef? FlagColumn,
    IReadOnlyDictionary<string, CashSide> FlagValues,
    TerminalSpec Terminal,
    bool PrefixedIdsAreCash);

/// <summary>The source's own labels: a suspicious flag and a case (alert) id.</summary>
internal sealed record LabelSpec(
    ColumnRef? Suspicious,
    IReadOnlySet<string> TrueValues,
    IReadOnlySet<string> FalseValues,
    ColumnRef? Case,
    IReadOnlySet<string> NoCaseValues);

/// <summary>Units a call duration may come in.</summary>
internal enum DurationUnit
{
    /// <summary>Whole seconds.</summary>
    Seconds,

    /// <summary>Whole milliseconds (rounded to the nearest second).</summary>
    Milliseconds,

    /// <summary>H:mm:ss.</summary>
    Clock,
}

/// <summary>A call-duration column and its unit.</summary>
internal sealed record DurationSpec(ColumnRef Column, DurationUnit Unit);

/// <summary>The SMS kind: fixed, or a column translated through a value map (or the schema's own text).</summary>
internal sealed record SmsKindSpec(ColumnRef? Column, SmsKind? Fixed, IReadOnlyDictionary<string, SmsKind> Values, bool SchemaText);
