using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Mapping;

/// <summary>Parses the field entries of a mapping's "fields" and "cash" objects.</summary>
internal sealed class FieldSpecParser(bool hasHeader)
{
    private static readonly string[] ColumnProps = ["column", "occurrence"];

    /// <summary>A plain column: <c>{"column": "name"}</c>, <c>{"column": "Account", "occurrence": 2}</c> or <c>{"column": 4}</c>.</summary>
    public ColumnRef Column(JsonNode node) => ColumnIn(node.RequireObject(ColumnProps));

    public IdSpec Id(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "line", "prefix");
        if (node.TryGet("line", out var line))
        {
            if (!line.GetBool() || node.Has("column"))
            {
                throw line.Error("use either \"column\" or \"line\": true");
            }

            var prefix = node.Require("prefix", "ids made from line numbers need a prefix naming the source, e.g. \"AMLW-\"").GetString();
            var problem = prefix.Length > 40 ? "longer than 40 characters" : TextRules.CheckKey(prefix + "1", "the prefix");
            return problem is not null ? throw node.Child("prefix").Error(problem) : new IdSpec(null, prefix);
        }

        return node.Has("prefix") ? throw node.Child("prefix").Error("only allowed with \"line\": true") : new IdSpec(ColumnIn(node), null);
    }

    public TimeSpec Time(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "format", "timeZone", "dateOnly");
        var formatText = node.TryGet("format", out var f) ? f.GetString() : TimeFormat.Iso8601;
        if (!TimeFormat.TryCreate(formatText, out var format, out var formatError))
        {
            throw node.Child("format").Error(formatError!);
        }

        TimeZoneSpec? zone = null;
        if (node.TryGet("timeZone", out var z) && !TimeZoneSpec.TryCreate(z.GetString(), out zone, out var zoneError))
        {
            throw z.Error(zoneError!);
        }

        var dateOnly = node.TryGet("dateOnly", out var d) && d.GetBool();
        if ((dateOnly || !format!.HasTimeOfDay) && zone is null)
        {
            throw node.Error("\"timeZone\" is required for dates without a time of day (the day starts at midnight in that zone)");
        }

        return new TimeSpec(ColumnIn(node), new TimeRule(format!, zone, dateOnly));
    }

    public AccountSpec Account(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "bank", "account", "separator");
        if (node.Has("bank") || node.Has("account"))
        {
            if (node.Has("column"))
            {
                throw node.Error("use either \"column\" or \"bank\" with \"account\"");
            }

            var separator = node.TryGet("separator", out var s) ? s.GetString() : "/";
            if (separator.Length is 0 or > 3 || TextRules.CheckKey(separator, "the separator") is not null)
            {
                throw node.Child("separator").Error("must be 1 to 3 visible characters");
            }

            return new AccountSpec(null,
                Column(node.Require("bank", "a composed account needs a bank column")),
                Column(node.Require("account", "a composed account needs an account column")),
                separator);
        }

        return node.Has("separator") ? throw node.Child("separator").Error("only allowed with \"bank\" and \"account\"") : new AccountSpec(ColumnIn(node), null, null, "/");
    }

    public AmountSpec Amount(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "unit", "decimalSeparator", "groupSeparator", "excessDecimals", "currency", "rates");
        var minor = node.TryGet("unit", out var unit) && unit.GetString() switch
        {
            "major" => false,
            "minor" => true,
            _ => throw unit.Error("must be \"major\" (yuan, dollars: decimals allowed) or \"minor\" (whole fen)"),
        };
        var point = node.TryGet("decimalSeparator", out var p) ? OneChar(p, ".,") : '.';
        char? group = node.TryGet("groupSeparator", out var g) ? g.GetString() is "" ? null : OneChar(g, ",. '") : null;
        if (group == point)
        {
            throw g.Error("must differ from the decimal separator");
        }

        var round = node.TryGet("excessDecimals", out var excess) && excess.GetString() switch
        {
            "reject" => false,
            "round" => true,
            _ => throw excess.Error("must be \"reject\" or \"round\" (half away from zero, to the fen)"),
        };
        var currency = node.Require("currency", "say {\"fixed\": \"CNY\"} for yuan, or name the currency column").RequireObject("column", "occurrence", "fixed");
        ColumnRef? currencyColumn = null;
        string? fixedCurrency = null;
        if (currency.TryGet("fixed", out var fixedNode))
        {
            fixedCurrency = currency.Has("column") ? throw currency.Error("use either \"column\" or \"fixed\"") : fixedNode.GetString();
        }
        else
        {
            currencyColumn = ColumnIn(currency);
        }

        var rates = new Dictionary<string, DecimalText>(StringComparer.Ordinal);
        if (node.TryGet("rates", out var ratesNode))
        {
            foreach (var (name, value) in ratesNode.RequireObject().Properties())
            {
                if (!DecimalText.TryParse(value.GetNumberText(), '.', null, out var rate, out _) || rate.Mantissa <= 0)
                {
                    throw value.Error("must be a positive decimal number of yuan per unit, e.g. \"7.1025\"");
                }

                rates[name] = rate;
            }
        }

        if (minor && fixedCurrency != Currencies.Yuan)
        {
            throw unit.Error("\"minor\" units (fen) need \"currency\": {\"fixed\": \"CNY\"}");
        }

        if (fixedCurrency is not null && fixedCurrency != Currencies.Yuan && !rates.ContainsKey(fixedCurrency))
        {
            throw node.Child("rates").Error($"the fixed currency \"{fixedCurrency}\" needs a rate to yuan");
        }

        return new AmountSpec(ColumnIn(node), minor, point, group, round, currencyColumn, fixedCurrency, rates);
    }

    public ChannelSpec Channel(JsonNode node, CashSpec? cash)
    {
        node.RequireObject("column", "occurrence", "values", "fixed");
        if (node.TryGet("fixed", out var fixedNode))
        {
            return node.Has("column") || node.Has("values")
                ? throw node.Error("use either \"fixed\" or \"column\" with \"values\"")
                : new ChannelSpec(null, ChannelValueOf(fixedNode, cash), new Dictionary<string, ChannelValue>(), SchemaText: false);
        }

        var values = new Dictionary<string, ChannelValue>(StringComparer.Ordinal);
        foreach (var (raw, value) in node.Require("values", "map each value of the column to a channel").RequireObject().Properties())
        {
            values[raw] = ChannelValueOf(value, cash);
        }

        return new ChannelSpec(ColumnIn(node), null, values, SchemaText: false);
    }

    public DurationSpec Duration(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "unit");
        var unit = !node.TryGet("unit", out var u) ? DurationUnit.Seconds : u.GetString() switch
        {
            "seconds" => DurationUnit.Seconds,
            "milliseconds" => DurationUnit.Milliseconds,
            "h:mm:ss" => DurationUnit.Clock,
            _ => throw u.Error("must be \"seconds\", \"milliseconds\" or \"h:mm:ss\""),
        };
        return new DurationSpec(ColumnIn(node), unit);
    }

    public SmsKindSpec SmsKind(JsonNode node)
    {
        node.RequireObject("column", "occurrence", "values", "fixed");
        if (node.TryGet("fixed", out var fixedNode))
        {
            return new SmsKindSpec(null, SmsKindOf(fixedNode), new Dictionary<string, SmsKind>(), SchemaText: false);
        }

        var values = new Dictionary<string, SmsKind>(StringComparer.Ordinal);
        foreach (var (raw, value) in node.Require("values", "map each value of the column to an SMS kind").RequireObject().Properties())
        {
            values[raw] = SmsKindOf(value);
        }

        return new SmsKindSpec(ColumnIn(node), null, values, SchemaText: false);
    }

    public LabelSpec Label(JsonNode node)
    {
        node.RequireObject("suspicious", "case");
        if (!node.Has("suspicious") && !node.Has("case"))
        {
            throw node.Error("give \"suspicious\", \"case\" or both");
        }

        ColumnRef? suspicious = null;
        IReadOnlySet<string> trueValues = new HashSet<string>(), falseValues = new HashSet<string>(), none = new HashSet<string>();
        if (node.TryGet("suspicious", out var s))
        {
            s.RequireObject("column", "occurrence", "true", "false");
            trueValues = NonEmptySet(s.Require("true", "list the values that mean suspicious"));
            falseValues = NonEmptySet(s.Require("false", "list the values that mean not suspicious"));
            if (trueValues.Overlaps(falseValues))
            {
                throw s.Error("a value is listed as both true and false");
            }

            suspicious = ColumnIn(s);
        }

        ColumnRef? caseColumn = null;
        if (node.TryGet("case", out var c))
        {
            c.RequireObject("column", "occurrence", "none");
            none = c.TryGet("none", out var n) ? new HashSet<string>(n.GetStrings(), StringComparer.Ordinal) : new HashSet<string>();
            caseColumn = ColumnIn(c);
        }

        return new LabelSpec(suspicious, trueValues, falseValues, caseColumn, none);
    }

    public CashSpec Cash(JsonNode node, IngestEventKind kind)
    {
        node.RequireObject("sentinels", "flag", "terminal");
        if (kind != IngestEventKind.Transaction)
        {
            throw node.Error("only transactions mappings can say how cash is encoded");
        }

        var sentinels = node.TryGet("sentinels", out var s) ? new HashSet<string>(s.GetStrings(), StringComparer.Ordinal) : [];
        ColumnRef? flag = null;
        var flagValues = new Dictionary<string, CashSide>(StringComparer.Ordinal);
        if (node.TryGet("flag", out var f))
        {
            f.RequireObject("column", "occurrence", "values");
            foreach (var (raw, value) in f.Require("values", "map each flag value to debit, credit, split or none").RequireObject().Properties())
            {
                flagValues[raw] = CashSideOf(value, allowNone: true);
            }

            flag = ColumnIn(f);
        }

        var t = node.Require("terminal", "cash points are CASH:<terminal>; say {\"fixed\": \"…\"}, {\"column\": …}, {\"bank\": true} or {\"account\": true}")
            .RequireObject("fixed", "column", "occurrence", "bank", "account");
        var ways = (t.Has("fixed") ? 1 : 0) + (t.Has("column") ? 1 : 0) + (t.Has("bank") ? 1 : 0) + (t.Has("account") ? 1 : 0);
        if (ways != 1)
        {
            throw t.Error("give exactly one of \"fixed\", \"column\", \"bank\": true or \"account\": true");
        }

        TerminalSpec terminal;
        if (t.TryGet("fixed", out var fixedNode))
        {
            var id = fixedNode.GetString();
            terminal = TextRules.CheckKey(CashPoints.For(id), "the cash point id") is { } problem
                ? throw fixedNode.Error(problem)
                : new TerminalSpec(id, null, false);
        }
        else
        {
            terminal = t.TryGet("bank", out var bank)
                ? bank.GetBool() ? new TerminalSpec(null, null, true) : throw bank.Error("must be true")
                : t.TryGet("account", out var account)
                    ? account.GetBool() ? new TerminalSpec(null, null, false, FromAccount: true) : throw account.Error("must be true")
                    : new TerminalSpec(null, ColumnIn(t), false);
        }

        return new CashSpec(sentinels, flag, flagValues, terminal, PrefixedIdsAreCash: false);
    }

    private ColumnRef ColumnIn(JsonNode node)
    {
        var column = node.Require("column", "name the header column, or give its 0-based position");
        int? occurrence = node.TryGet("occurrence", out var o) ? o.GetInt(1, 100) : null;
        switch (column.ValueKind)
        {
            case JsonValueKind.String:
                var name = column.GetString();
                if (!hasHeader)
                {
                    throw column.Error("the file has no header (\"header\": false), so columns must be given by 0-based position");
                }

                return name.Length == 0 ? throw column.Error("the column name is empty") : new ColumnRef(name, occurrence, null, column.Path);
            case JsonValueKind.Number:
                return o.Element.ValueKind != JsonValueKind.Undefined
                    ? throw o.Error("\"occurrence\" applies to column names, not positions")
                    : new ColumnRef(null, null, column.GetInt(0, 1000), column.Path);
            default:
                throw column.Error("must be a header name (string) or a 0-based position (number)");
        }
    }

    private static ChannelValue ChannelValueOf(JsonNode node, CashSpec? cash)
    {
        if (node.ValueKind == JsonValueKind.String)
        {
            return new ChannelValue(ChannelOf(node), CashSide.None, null);
        }

        node.RequireObject("channel", "cash", "reverse", "skip");
        if (node.TryGet("skip", out var skip))
        {
            var rule = skip.GetString();
            return node.Has("channel") || node.Has("cash") || node.Has("reverse") || rule.Length == 0
                ? throw skip.Error("a skip rule stands alone and states its reason, e.g. {\"skip\": \"reinvestment: no money moves\"}")
                : new ChannelValue(default, CashSide.None, rule);
        }

        var side = node.TryGet("cash", out var c) ? CashSideOf(c, allowNone: false) : CashSide.None;
        if (side != CashSide.None && cash is null)
        {
            throw c.Error("cash needs a top-level \"cash\" object with a \"terminal\" for the CASH:<terminal> id");
        }

        var reverse = node.TryGet("reverse", out var r) && r.GetBool();
        return new ChannelValue(ChannelOf(node.Require("channel", "name the channel")), side, null, reverse);
    }

    private static Channel ChannelOf(JsonNode node) =>
        EventSchema.TryParseChannel(node.GetString(), out var channel)
            ? channel
            : throw node.Error("must be one of transfer, atm_cash, pos, third_party, counter");

    private static SmsKind SmsKindOf(JsonNode node) =>
        EventSchema.TryParseSmsKind(node.GetString(), out var kind)
            ? kind
            : throw node.Error("must be one of personal, verification_code, notification");

    private static CashSide CashSideOf(JsonNode node, bool allowNone) => node.GetString() switch
    {
        "debit" => CashSide.Debit,
        "credit" => CashSide.Credit,
        "split" => CashSide.Split,
        "none" when allowNone => CashSide.None,
        _ => throw node.Error(allowNone
            ? "must be \"debit\" (cash paid in), \"credit\" (cash taken out), \"split\" or \"none\""
            : "must be \"debit\" (cash paid in), \"credit\" (cash taken out) or \"split\" (one event out, one in)"),
    };

    private static char OneChar(JsonNode node, string allowed)
    {
        var text = node.GetString();
        return text.Length == 1 && allowed.Contains(text[0], StringComparison.Ordinal)
            ? text[0]
            : throw node.Error($"must be one of: {string.Join(" ", allowed.Select(c => $"\"{c}\""))}");
    }

    private static HashSet<string> NonEmptySet(JsonNode node)
    {
        var values = node.GetStrings();
        return values.Length == 0 ? throw node.Error("list at least one value") : new HashSet<string>(values, StringComparer.Ordinal);
    }
}
