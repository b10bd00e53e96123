using System.Text;
using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Quarantine;
using P = Breakcard.Ingest.Jsonl.JsonlProperty;

namespace Breakcard.Ingest.Jsonl;

/// <summary>
/// Reads Breakcard's events.jsonl (docs/data-format.md): one flat JSON object per line with a
/// "type" and the CSV columns of that type as properties. Every property is checked — unknown or
/// repeated properties, properties of another type, wrong JSON types and invalid values each
/// quarantine the line with the property named.
/// </summary>
internal sealed class JsonlEventReader : EventReader
{
    private static readonly CodeParser<Channel> ParseChannel = EventSchema.TryParseChannel;
    private static readonly CodeParser<SmsKind> ParseSmsKind = EventSchema.TryParseSmsKind;
    private readonly Stream _stream;
    private readonly ByteLineReader _lines;
    private readonly JsonlLine _line = new();

    public JsonlEventReader(Stream stream, string source, IQuarantineSink quarantine, DuplicateTracker? duplicates, IngestOptions options)
        : base(source, quarantine, duplicates)
    {
        _stream = stream;
        stream.Position = 0;
        _lines = new ByteLineReader(stream, source, options.MaxRecordBytes);
    }

    protected override bool ReadCore()
    {
        while (_lines.ReadLine())
        {
            var bytes = _lines.Current;
            if (bytes.Trim(" \t"u8).IsEmpty)
            {
                Counts.BlankLines++;
                continue;
            }

            Counts.RecordsRead++;
            var line = _lines.Line;
            if (!_line.TryParse(bytes))
            {
                var (reason, property, detail) = _line.Problem;
                Reject(line, property, reason, detail, Encoding.UTF8.GetString(bytes));
                continue;
            }

            if (_line.String(P.Id) is { } id && _line.Code(P.Type) is var type && !type.IsEmpty)
            {
                Anticipate(type[0] switch { 't' => IngestEventKind.Transaction, 'c' => IngestEventKind.Call, 's' => IngestEventKind.Sms, _ => IngestEventKind.Login }, id);
            }

            if (TryEmit(line, out var problem))
            {
                Counts.RecordsAccepted++;
                return true;
            }

            Reject(line, problem.Property, problem.Reason, problem.Detail, Encoding.UTF8.GetString(bytes));
        }

        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryEmit(long line, out Problem problem)
    {
        problem = default;
        var typeText = _line.Code(P.Type);
        IngestEventKind kind = typeText switch
        {
            EventSchema.JsonTypes.Transaction => IngestEventKind.Transaction,
            EventSchema.JsonTypes.Call => IngestEventKind.Call,
            EventSchema.JsonTypes.Sms => IngestEventKind.Sms,
            EventSchema.JsonTypes.Login => IngestEventKind.Login,
            _ => IngestEventKind.None,
        };
        if (kind == IngestEventKind.None)
        {
            problem = _line.Has(P.Type)
                ? new Problem(RejectReason.UnknownType, "type", "\"type\" must be transaction, call, sms or login")
                : new Problem(RejectReason.MissingValue, "type", "the line has no \"type\"");
            return false;
        }

        var foreign = _line.Present & ~JsonlProperties.AllowedFor(kind);
        if (foreign != 0)
        {
            var p = (P)System.Numerics.BitOperations.TrailingZeroCount(foreign);
            problem = new Problem(RejectReason.UnknownProperty, JsonlProperties.NameOf(p), $"a {typeText} has no property \"{JsonlProperties.NameOf(p)}\"");
            return false;
        }

        if (!Key(P.Id, "the id", RejectReason.InvalidId, out var id, ref problem) || !TimeOf(out var time, ref problem))
        {
            return false;
        }

        switch (kind)
        {
            case IngestEventKind.Transaction:
                if (!Key(P.Debit, "the debit account", RejectReason.InvalidAccount, out var debit, ref problem)
                    || !Key(P.Credit, "the credit account", RejectReason.InvalidAccount, out var credit, ref problem)
                    || !Amount(out var amount, ref problem) || !Coded<Channel>(P.Channel, "the channel", ParseChannel, "transfer, atm_cash, pos, third_party or counter", out var channel, ref problem)
                    || !Text(P.Memo, out var memo, ref problem) || !Consistent(debit, credit, channel, ref problem))
                {
                    return false;
                }

                Emit(new TransactionEvent(id, time, debit, credit, amount, channel, memo), EventLabel.None, line, dateOnly: false);
                return true;
            case IngestEventKind.Call:
                if (!Phone(P.Caller, out var caller, ref problem) || !Phone(P.Callee, out var callee, ref problem)
                    || !Duration(out var seconds, ref problem) || !OptionalKey(P.CellId, out var cell, ref problem)
                    || !Device(required: false, out var callDevice, ref problem))
                {
                    return false;
                }

                Emit(new CallEvent(id, time, caller, callee, seconds, cell, callDevice), EventLabel.None, line, dateOnly: false);
                return true;
            case IngestEventKind.Sms:
                if (!Phone(P.Sender, out var sender, ref problem) || !Phone(P.Receiver, out var receiver, ref problem)
                    || !Coded<SmsKind>(P.Kind, "the SMS kind", ParseSmsKind, "personal, verification_code or notification", out var smsKind, ref problem) || !OptionalKey(P.CellId, out var smsCell, ref problem)
                    || !Device(required: false, out var smsDevice, ref problem))
                {
                    return false;
                }

                Emit(new SmsEvent(id, time, sender, receiver, smsKind, smsCell, smsDevice), EventLabel.None, line, dateOnly: false);
                return true;
            default:
                if (!Key(P.Account, "the account", RejectReason.InvalidAccount, out var account, ref problem)
                    || !Device(required: true, out var loginDevice, ref problem) || !Ip(out var ip, ref problem))
                {
                    return false;
                }

                if (CashPoints.IsCash(account))
                {
                    problem = new Problem(RejectReason.InvalidAccount, "account", "a cash point cannot log in");
                    return false;
                }

                Emit(new LoginEvent(id, time, account, loginDevice!.Value, ip), EventLabel.None, line, dateOnly: false);
                return true;
        }
    }

    private bool Present(P p, string what, out Problem problem)
    {
        problem = default;
        if (_line.Has(p))
        {
            return true;
        }

        problem = new Problem(RejectReason.MissingValue, JsonlProperties.NameOf(p), $"{what} is missing or null");
        return false;
    }

    private bool StringOf(P p, RejectReason invalid, out string value, ref Problem problem)
    {
        value = _line.String(p) ?? "";
        if (_line.IsNumber(p))
        {
            problem = new Problem(invalid, JsonlProperties.NameOf(p), "must be a JSON string");
            return false;
        }

        return true;
    }

    private bool Key(P p, string what, RejectReason invalid, out string value, ref Problem problem)
    {
        value = "";
        if (!Present(p, what, out problem) || !StringOf(p, invalid, out value, ref problem))
        {
            return false;
        }

        if (TextRules.CheckKey(value, what) is { } error)
        {
            problem = new Problem(value.Length == 0 ? RejectReason.MissingValue : invalid, JsonlProperties.NameOf(p), error);
            return false;
        }

        if (invalid == RejectReason.InvalidAccount && value == CashPoints.Prefix)
        {
            problem = new Problem(invalid, JsonlProperties.NameOf(p), "a cash point needs a terminal or branch id after CASH:");
            return false;
        }

        return true;
    }

    private bool OptionalKey(P p, out string? value, ref Problem problem)
    {
        value = null;
        if (!_line.Has(p))
        {
            return true;
        }

        if (!StringOf(p, RejectReason.InvalidText, out var text, ref problem))
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        if (TextRules.CheckKey(text, JsonlProperties.NameOf(p)) is { } error)
        {
            problem = new Problem(RejectReason.InvalidText, JsonlProperties.NameOf(p), error);
            return false;
        }

        value = text;
        return true;
    }

    private bool TimeOf(out DateTimeOffset time, ref Problem problem)
    {
        time = default;
        if (!Present(P.Time, "the time", out problem))
        {
            return false;
        }

        if (!TimeRule.Schema.TryConvert(_line.Code(P.Time), out time, out _, out var error))
        {
            problem = new Problem(RejectReason.InvalidTime, "time", _line.IsNumber(P.Time) ? "must be a JSON string" : error!);
            return false;
        }

        return true;
    }

    private bool Amount(out Money amount, ref Problem problem)
    {
        amount = default;
        if (!Present(P.AmountFen, "the amount", out problem))
        {
            return false;
        }

        if (!_line.IsNumber(P.AmountFen) || _line.Number(P.AmountFen) <= 0)
        {
            problem = new Problem(RejectReason.InvalidAmount, "amount_fen",
                _line.IsNumber(P.AmountFen) ? "the amount must be positive" : "must be a JSON number of fen");
            return false;
        }

        amount = Money.FromFen(_line.Number(P.AmountFen));
        return true;
    }

    private bool Coded<T>(P p, string what, CodeParser<T> parse, string allowed, out T value, ref Problem problem)
    {
        value = default!;
        if (!Present(p, what, out problem))
        {
            return false;
        }

        if (!parse(_line.Code(p), out value))
        {
            problem = new Problem(RejectReason.UnknownValue, JsonlProperties.NameOf(p), "must be " + allowed);
            return false;
        }

        return true;
    }

    private bool Text(P p, out string? value, ref Problem problem)
    {
        value = null;
        if (!_line.Has(p))
        {
            return true;
        }

        if (!StringOf(p, RejectReason.InvalidText, out var text, ref problem))
        {
            return false;
        }

        if (TextRules.CheckText(text, JsonlProperties.NameOf(p)) is { } error)
        {
            problem = new Problem(RejectReason.InvalidText, JsonlProperties.NameOf(p), error);
            return false;
        }

        value = text.Length == 0 ? null : text;
        return true;
    }

    private bool Phone(P p, out string number, ref Problem problem)
    {
        number = "";
        if (!Present(p, "the number", out problem) || !StringOf(p, RejectReason.InvalidPhoneNumber, out number, ref problem))
        {
            return false;
        }

        if (TextRules.CheckPhone(number, JsonlProperties.NameOf(p)) is { } error)
        {
            problem = new Problem(RejectReason.InvalidPhoneNumber, JsonlProperties.NameOf(p), error);
            return false;
        }

        return true;
    }

    private bool Duration(out int seconds, ref Problem problem)
    {
        seconds = 0;
        if (!Present(P.DurationS, "the duration", out problem))
        {
            return false;
        }

        var n = _line.Number(P.DurationS);
        if (!_line.IsNumber(P.DurationS) || n < 0 || n > Csv.CallRowMapper.MaxDurationSeconds)
        {
            problem = new Problem(RejectReason.InvalidDuration, "duration_s", "must be a whole number of seconds from 0 to 86400");
            return false;
        }

        seconds = (int)n;
        return true;
    }

    private bool Device(bool required, out DeviceId? device, ref Problem problem)
    {
        device = null;
        if (!_line.Has(P.DeviceId))
        {
            return !required || Present(P.DeviceId, "the device id", out problem);
        }

        if (!StringOf(P.DeviceId, RejectReason.InvalidDevice, out var text, ref problem))
        {
            return false;
        }

        if (!DeviceId.TryParse(text, out var parsed, out var error))
        {
            problem = new Problem(text.Length == 0 && required ? RejectReason.MissingValue : RejectReason.InvalidDevice, "device_id", "not a valid device id: " + error);
            return text.Length == 0 && !required;
        }

        device = parsed;
        return true;
    }

    private bool Ip(out IpAddress? ip, ref Problem problem)
    {
        ip = null;
        if (!_line.Has(P.Ip))
        {
            return true;
        }

        if (!StringOf(P.Ip, RejectReason.InvalidIp, out var text, ref problem))
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        if (!IpAddress.TryParse(text, out var parsed, out var error))
        {
            problem = new Problem(RejectReason.InvalidIp, "ip", "not a valid IP address: " + error);
            return false;
        }

        ip = parsed;
        return true;
    }

    private static bool Consistent(string debit, string credit, Channel channel, ref Problem problem)
    {
        if (string.Equals(debit, credit, StringComparison.Ordinal))
        {
            problem = new Problem(RejectReason.Inconsistent, "credit", "debit and credit are the same account (a self-transfer moves no money)");
            return false;
        }

        if (CashPoints.IsCash(debit) && CashPoints.IsCash(credit))
        {
            problem = new Problem(RejectReason.Inconsistent, "credit", "both sides are cash points");
            return false;
        }

        if (channel == Channel.AtmCash && !CashPoints.IsCash(debit) && !CashPoints.IsCash(credit))
        {
            problem = new Problem(RejectReason.Inconsistent, "channel", "channel atm_cash needs a CASH: cash point on one side");
            return false;
        }

        return true;
    }

    private delegate bool CodeParser<T>(ReadOnlySpan<char> text, out T value);

    private readonly record struct Problem(RejectReason Reason, string? Property, string Detail);
}
