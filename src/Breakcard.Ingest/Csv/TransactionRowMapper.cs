using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Csv;

/// <summary>
/// Maps a CSV record to a <see cref="TransactionEvent"/>: accounts (one column or bank + account),
/// amount in yuan or fen with currency conversion, channel through the value map, cash encoded as
/// a channel value, a flag column or a sentinel account translated to <c>CASH:</c> points (ADR 3),
/// memo and label; then checks that the fields agree with each other.
/// </summary>
internal sealed class TransactionRowMapper : RowMapper
{
    private readonly AccountColumns _debit;
    private readonly AccountColumns _credit;
    private readonly AmountSpec _amountSpec;
    private readonly int _amount;
    private readonly int _currency;
    private readonly Dictionary<string, DecimalText>.AlternateLookup<ReadOnlySpan<char>> _rates;
    private readonly ChannelSpec _channelSpec;
    private readonly int _channel;
    private readonly Dictionary<string, ChannelValue>.AlternateLookup<ReadOnlySpan<char>> _channels;
    private readonly int _memo;
    private readonly CashSpec? _cash;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentinels;
    private readonly int _flag;
    private readonly Dictionary<string, CashSide>.AlternateLookup<ReadOnlySpan<char>> _flags;
    private readonly int _terminal;
    private readonly string? _fixedCashPoint;

    public TransactionRowMapper(ColumnMapping mapping, HeaderBinder binder)
        : base(mapping, binder)
    {
        _debit = new AccountColumns(binder.Resolve(mapping.Debit!.Bank), binder.Resolve(mapping.Debit.AccountColumn), mapping.Debit.Separator);
        _credit = new AccountColumns(binder.Resolve(mapping.Credit!.Bank), binder.Resolve(mapping.Credit.AccountColumn), mapping.Credit.Separator);
        _amountSpec = mapping.Amount!;
        _amount = binder.Resolve(_amountSpec.Column);
        _currency = binder.Resolve(_amountSpec.CurrencyColumn);
        _rates = new Dictionary<string, DecimalText>(_amountSpec.Rates, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _channelSpec = mapping.Channel!;
        _channel = binder.Resolve(_channelSpec.Column);
        _channels = new Dictionary<string, ChannelValue>(_channelSpec.Values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _memo = binder.Resolve(mapping.Memo);
        _cash = mapping.Cash;
        _sentinels = Lookup(_cash?.Sentinels);
        _flag = binder.Resolve(_cash?.FlagColumn);
        _flags = new Dictionary<string, CashSide>(_cash?.FlagValues ?? new Dictionary<string, CashSide>(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _terminal = binder.Resolve(_cash?.Terminal.Column);
        _fixedCashPoint = _cash?.Terminal.Fixed is { } t ? CashPoints.For(t) : null;
    }

    /// <summary>The event of the last accepted row (the withdrawal, for a split cash payment).</summary>
    public TransactionEvent Event { get; private set; }

    /// <summary>The deposit half of a split cash payment, when <see cref="HasSecond"/>.</summary>
    public TransactionEvent Second { get; private set; }

    /// <summary>True when the last accepted row was split into two events.</summary>
    public bool HasSecond { get; private set; }

    public override RowOutcome Map(CsvRecordReader row)
    {
        SkipRule = null;
        HasSecond = false;
        if (!TryReadChannel(row, out var channel))
        {
            return RowOutcome.Rejected;
        }

        if (channel.SkipRule is not null)
        {
            SkipRule = channel.SkipRule;
            return RowOutcome.Skipped;
        }

        if (!TryReadId(row, out var id) || !TryReadTime(row, out var time)
            || !TryReadAccount(row, _debit, out var debit) || !TryReadAccount(row, _credit, out var credit)
            || !TryReadAmount(row, out var amount) || !TryReadMemo(row, out var memo) || !TryReadLabel(row))
        {
            return RowOutcome.Rejected;
        }

        if (channel.Reverse)
        {
            (debit, credit) = (credit, debit);
        }

        if (!TryCashSide(row, channel, debit, credit, out var side))
        {
            return RowOutcome.Rejected;
        }

        if (side == CashSide.Split)
        {
            if (!TryCashPoint(row, debit, out var outPoint) || !TryCashPoint(row, credit, out var inPoint))
            {
                return RowOutcome.Rejected;
            }

            Event = new TransactionEvent(id + ".out", time, debit.Text, outPoint, amount, channel.Channel, memo);
            Second = new TransactionEvent(id + ".in", time, inPoint, credit.Text, amount, channel.Channel, memo);
            HasSecond = true;
            return RowOutcome.Accepted;
        }

        string debitId, creditId;
        if (side == CashSide.Debit || debit.IsSentinel)
        {
            if (!TryCashPoint(row, debit, out debitId))
            {
                return RowOutcome.Rejected;
            }
        }
        else
        {
            debitId = debit.Text;
        }

        if (side == CashSide.Credit || credit.IsSentinel)
        {
            if (!TryCashPoint(row, credit, out creditId))
            {
                return RowOutcome.Rejected;
            }
        }
        else
        {
            creditId = credit.Text;
        }

        if (string.Equals(debitId, creditId, StringComparison.Ordinal))
        {
            return Reject(RejectReason.Inconsistent, _credit.Account, "debit and credit are the same account (a self-transfer moves no money)");
        }

        if (CashPoints.IsCash(debitId) && CashPoints.IsCash(creditId))
        {
            return Reject(RejectReason.Inconsistent, _credit.Account, "both sides are cash points");
        }

        if (channel.Channel == Channel.AtmCash && !CashPoints.IsCash(debitId) && !CashPoints.IsCash(creditId))
        {
            return Reject(RejectReason.Inconsistent, _channel, "channel atm_cash needs a CASH: cash point on one side");
        }

        Event = new TransactionEvent(id, time, debitId, creditId, amount, channel.Channel, memo);
        return RowOutcome.Accepted;
    }

    private RowOutcome Reject(RejectReason reason, int index, string detail)
    {
        Fail(reason, index, detail);
        return RowOutcome.Rejected;
    }

    private bool TryReadChannel(CsvRecordReader row, out ChannelValue value)
    {
        if (_channelSpec.Fixed is { } fixedValue)
        {
            value = fixedValue;
            return true;
        }

        var text = Field(row, _channel);
        value = null!;
        if (_channelSpec.SchemaText)
        {
            if (EventSchema.TryParseChannel(text, out var parsed))
            {
                value = SchemaChannel(parsed);
                return true;
            }

            return text.IsEmpty
                ? Fail(RejectReason.MissingValue, _channel, "the channel is empty")
                : Fail(RejectReason.UnknownValue, _channel, $"\"{Printable(text)}\" is not a channel (transfer, atm_cash, pos, third_party, counter)");
        }

        if (_channels.TryGetValue(text, out var mapped))
        {
            value = mapped;
            return true;
        }

        return text.IsEmpty
            ? Fail(RejectReason.MissingValue, _channel, "the channel is empty and the mapping's channel.values has no entry for \"\"")
            : Fail(RejectReason.UnknownValue, _channel, $"\"{Printable(text)}\" is not in the mapping's channel.values ({string.Join(", ", _channelSpec.Values.Keys)})");
    }

    private bool TryReadAccount(CsvRecordReader row, AccountColumns columns, out RawAccount account)
    {
        account = default;
        var number = Field(row, columns.Account);
        var bank = columns.Bank >= 0 ? Field(row, columns.Bank) : [];
        if (_sentinels.Contains(number))
        {
            account = new RawAccount(new string(number), columns, IsSentinel: true);
            return true;
        }

        if (number.IsEmpty)
        {
            return Fail(RejectReason.MissingValue, columns.Account, "the account is empty");
        }

        if (columns.Bank >= 0 && bank.IsEmpty)
        {
            return Fail(RejectReason.MissingValue, columns.Bank, "the bank of the account is empty");
        }

        var value = columns.Bank >= 0 ? string.Concat(bank, columns.Separator, number) : new string(number);
        if (TextRules.CheckKey(value, "the account") is { } problem)
        {
            return Fail(RejectReason.InvalidAccount, columns.Account, problem);
        }

        if (CashPoints.IsCash(value))
        {
            if (_cash?.PrefixedIdsAreCash != true)
            {
                return Fail(RejectReason.InvalidAccount, columns.Account, $"the account starts with the reserved prefix {CashPoints.Prefix}; declare cash in the mapping's \"cash\" rules instead");
            }

            if (value.Length == CashPoints.Prefix.Length)
            {
                return Fail(RejectReason.InvalidAccount, columns.Account, "a cash point needs a terminal or branch id after CASH:");
            }
        }

        account = new RawAccount(value, columns, IsSentinel: false);
        return true;
    }

    private bool TryReadAmount(CsvRecordReader row, out Money amount)
    {
        amount = default;
        var text = Field(row, _amount);
        if (text.IsEmpty)
        {
            return Fail(RejectReason.MissingValue, _amount, "the amount is empty");
        }

        var spec = _amountSpec;
        if (!DecimalText.TryParse(text, spec.MinorUnits ? '.' : spec.Point, spec.MinorUnits ? null : spec.Group, out var number, out var error))
        {
            return Fail(RejectReason.InvalidAmount, _amount, "not an amount: " + error);
        }

        if (spec.MinorUnits && number.Scale > 0)
        {
            return Fail(RejectReason.InvalidAmount, _amount, "an amount in fen must be a whole number");
        }

        var isYuan = true;
        var rate = DecimalText.One;
        var code = _currency >= 0 ? Field(row, _currency) : spec.FixedCurrency.AsSpan();
        if (!code.SequenceEqual(Currencies.Yuan))
        {
            if (!_rates.TryGetValue(code, out rate))
            {
                return code.IsEmpty
                    ? Fail(RejectReason.MissingValue, _currency, "the currency is empty")
                    : Fail(RejectReason.UnsupportedCurrency, _currency, $"the currency \"{Printable(code)}\" is not CNY and has no rate in the mapping's amount.rates");
            }

            isYuan = rate == DecimalText.One;
        }

        var scale = spec.MinorUnits ? new DecimalText(number.Mantissa, 2) : number;
        if (!scale.TryToHundredths(rate, out var fen, out var exact))
        {
            return Fail(RejectReason.InvalidAmount, _amount, "the amount is too large");
        }

        if (!exact && isYuan && !spec.RoundExcessDecimals)
        {
            return Fail(RejectReason.InvalidAmount, _amount, "more than two decimals (the fen is the smallest unit; \"excessDecimals\": \"round\" rounds)");
        }

        if (fen <= 0)
        {
            return Fail(RejectReason.InvalidAmount, _amount, number.Mantissa > 0 ? "the amount rounds to zero fen" : "the amount must be positive");
        }

        amount = Money.FromFen(fen);
        return true;
    }

    private bool TryReadMemo(CsvRecordReader row, out string? memo)
    {
        memo = null;
        if (_memo < 0)
        {
            return true;
        }

        var text = Field(row, _memo);
        if (text.IsEmpty)
        {
            return true;
        }

        if (TextRules.CheckText(text, "the memo") is { } problem)
        {
            return Fail(RejectReason.InvalidText, _memo, problem);
        }

        memo = new string(text);
        return true;
    }

    private bool TryCashSide(CsvRecordReader row, ChannelValue channel, RawAccount debit, RawAccount credit, out CashSide side)
    {
        side = channel.Cash;
        if (_flag >= 0)
        {
            var text = Field(row, _flag);
            if (!_flags.TryGetValue(text, out var flagged))
            {
                return Fail(RejectReason.UnknownValue, _flag, $"\"{Printable(text)}\" is not in the mapping's cash.flag.values ({string.Join(", ", _cash!.FlagValues.Keys)})");
            }

            if (flagged != CashSide.None && side != CashSide.None && flagged != side)
            {
                return Fail(RejectReason.Inconsistent, _flag, "the cash flag and the channel's cash side disagree");
            }

            side = flagged == CashSide.None ? side : flagged;
        }

        if (debit.IsSentinel && credit.IsSentinel)
        {
            return Fail(RejectReason.Inconsistent, _credit.Account, "both sides are cash sentinels");
        }

        if (side != CashSide.None && (debit.IsSentinel || credit.IsSentinel)
            && (side == CashSide.Split || (side == CashSide.Debit) != debit.IsSentinel))
        {
            return Fail(RejectReason.Inconsistent, debit.IsSentinel ? _debit.Account : _credit.Account, "the cash sentinel is on the other side than the record's cash rule says");
        }

        return true;
    }

    private bool TryCashPoint(CsvRecordReader row, RawAccount side, out string id)
    {
        var terminal = _cash!.Terminal;
        id = "";
        if (_fixedCashPoint is not null)
        {
            id = _fixedCashPoint;
            return true;
        }

        var index = terminal.FromBank ? side.Columns.Bank : terminal.FromAccount ? side.Columns.Account : _terminal;
        var text = terminal.FromAccount ? side.Text.AsSpan() : Field(row, index);
        if (text.IsEmpty)
        {
            return Fail(RejectReason.MissingValue, index, "the cash point's terminal id is empty");
        }

        id = string.Concat(CashPoints.Prefix, text);
        return TextRules.CheckKey(id, "the cash point id") is not { } problem || Fail(RejectReason.InvalidAccount, index, problem);
    }

    private static ChannelValue SchemaChannel(Channel channel) => channel switch
    {
        Channel.Transfer => SchemaChannels.Transfer,
        Channel.AtmCash => SchemaChannels.AtmCash,
        Channel.Pos => SchemaChannels.Pos,
        Channel.ThirdPartyPayment => SchemaChannels.ThirdParty,
        _ => SchemaChannels.Counter,
    };

    private readonly record struct AccountColumns(int Bank, int Account, string Separator);

    private readonly record struct RawAccount(string Text, AccountColumns Columns, bool IsSentinel);

    private static class SchemaChannels
    {
        public static readonly ChannelValue Transfer = new(Channel.Transfer, CashSide.None, null);
        public static readonly ChannelValue AtmCash = new(Channel.AtmCash, CashSide.None, null);
        public static readonly ChannelValue Pos = new(Channel.Pos, CashSide.None, null);
        public static readonly ChannelValue ThirdParty = new(Channel.ThirdPartyPayment, CashSide.None, null);
        public static readonly ChannelValue Counter = new(Channel.Counter, CashSide.None, null);
    }
}
