using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Csv;

/// <summary>Maps a CSV record to a <see cref="LoginEvent"/>: account (never a cash point), device (required) and IP address.</summary>
internal sealed class LoginRowMapper : RowMapper
{
    private readonly int _bank;
    private readonly int _account;
    private readonly string _separator;
    private readonly int _device;
    private readonly int _ip;

    public LoginRowMapper(ColumnMapping mapping, HeaderBinder binder)
        : base(mapping, binder)
    {
        _bank = binder.Resolve(mapping.Account!.Bank);
        _account = binder.Resolve(mapping.Account.AccountColumn);
        _separator = mapping.Account.Separator;
        _device = binder.Resolve(mapping.Device);
        _ip = binder.Resolve(mapping.Ip);
    }

    /// <summary>The event of the last accepted row.</summary>
    public LoginEvent Event { get; private set; }

    public override RowOutcome Map(CsvRecordReader row)
    {
        if (!TryReadId(row, out var id) || !TryReadTime(row, out var time) || !TryReadAccount(row, out var account)
            || !TryReadDevice(row, _device, required: true, out var device) || !TryReadIp(row, out var ip) || !TryReadLabel(row))
        {
            return RowOutcome.Rejected;
        }

        Event = new LoginEvent(id, time, account, device!.Value, ip);
        return RowOutcome.Accepted;
    }

    private bool TryReadAccount(CsvRecordReader row, out string account)
    {
        account = "";
        var number = Field(row, _account);
        var bank = _bank >= 0 ? Field(row, _bank) : [];
        if (number.IsEmpty || (_bank >= 0 && bank.IsEmpty))
        {
            return Fail(RejectReason.MissingValue, number.IsEmpty ? _account : _bank, "the account is empty");
        }

        account = _bank >= 0 ? string.Concat(bank, _separator, number) : new string(number);
        if (TextRules.CheckKey(account, "the account") is { } problem)
        {
            return Fail(RejectReason.InvalidAccount, _account, problem);
        }

        return !CashPoints.IsCash(account) || Fail(RejectReason.InvalidAccount, _account, "a cash point cannot log in");
    }

    private bool TryReadIp(CsvRecordReader row, out IpAddress? ip)
    {
        ip = null;
        if (_ip < 0 || Field(row, _ip).IsEmpty)
        {
            return true;
        }

        if (!IpAddress.TryParse(new string(Field(row, _ip)), out var parsed, out var error))
        {
            return Fail(RejectReason.InvalidIp, _ip, "not a valid IP address: " + error);
        }

        ip = parsed;
        return true;
    }
}
