using System.Globalization;
using System.Xml.Linq;
using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Pacs008;

/// <summary>
/// Maps one pacs.008 CdtTrfTxInf to a <see cref="TransactionEvent"/>:
/// id from PmtId/UETR, else PmtId/TxId, else PmtId/EndToEndId (unless NOTPROVIDED), else GrpHdr/MsgId and the transaction's position;
/// amount from IntrBkSttlmAmt and its Ccy (CNY, or a configured rate);
/// time from AccptncDtTm, else the settlement date (IntrBkSttlmDt, here or in GrpHdr) as a whole day;
/// debit from DbtrAcct (IBAN or Othr/Id), credit from CdtrAcct; agents' BICs are checked;
/// memo from RmtInf/Ustrd. Channel is always transfer.
/// </summary>
internal sealed class CreditTransferMapper
{
    private readonly XNamespace _ns;
    private readonly IngestOptions _options;
    private readonly TimeRule _dateTime;
    private readonly Dictionary<string, DecimalText> _rates = new(StringComparer.Ordinal);

    public CreditTransferMapper(XNamespace ns, IngestOptions options, string source)
    {
        _ns = ns;
        _options = options;
        if (!TimeZoneSpec.TryCreate(options.Pacs008TimeZone, out var zone, out var zoneError))
        {
            throw new Core.Errors.InvalidInputException(new Core.Errors.InputError(source, null, "Pacs008TimeZone", zoneError!));
        }

        _dateTime = new TimeRule(TimeFormat.Iso, zone, dateOnly: false);
        foreach (var (code, text) in options.CurrencyRates)
        {
            _rates[code] = DecimalText.TryParse(text, '.', null, out var rate, out _) && rate.Mantissa > 0
                ? rate
                : throw new Core.Errors.InvalidInputException(new Core.Errors.InputError(source, null, "rate " + code, "a rate must be a positive decimal number of yuan per unit"));
        }
    }

    public RowProblem Problem { get; private set; }

    public bool DateOnly { get; private set; }

    public TransactionEvent Event { get; private set; }

    public bool TryMap(XElement tx, XElement? groupHeader, int position)
    {
        DateOnly = false;
        if (!TryId(tx, groupHeader, position, out var id) || !TryTime(tx, groupHeader, out var time)
            || !TryAccount(tx, "Dbtr", out var debit) || !TryAccount(tx, "Cdtr", out var credit)
            || !TryAmount(tx, out var amount) || !TryMemo(tx, out var memo))
        {
            return false;
        }

        if (string.Equals(debit, credit, StringComparison.Ordinal))
        {
            return Fail(RejectReason.Inconsistent, "CdtrAcct", "debtor and creditor accounts are the same (a self-transfer moves no money)");
        }

        Event = new TransactionEvent(id, time, debit, credit, amount, Channel.Transfer, memo);
        return true;
    }

    private bool TryId(XElement tx, XElement? groupHeader, int position, out string id)
    {
        var pmtId = tx.Element(_ns + "PmtId");
        id = "";
        if (Text(pmtId, "UETR") is { } uetr)
        {
            if (!Guid.TryParseExact(uetr, "D", out _))
            {
                return Fail(RejectReason.InvalidId, "PmtId/UETR", "a UETR is a UUID (8-4-4-4-12 hexadecimal digits)");
            }

            id = uetr.ToLowerInvariant();
            return true;
        }

        // EndToEndId is the ordering customer's reference: used only when nothing better exists,
        // and never its "NOTPROVIDED" placeholder.
        var endToEnd = Text(pmtId, "EndToEndId") is { } e2e && e2e != "NOTPROVIDED" ? e2e : null;
        var candidate = Text(pmtId, "TxId") ?? endToEnd ?? (Text(groupHeader, "MsgId") is { } msgId
            ? string.Create(CultureInfo.InvariantCulture, $"{msgId}/{position}")
            : null);
        if (candidate is null)
        {
            return Fail(RejectReason.MissingValue, "PmtId/TxId", "no PmtId/UETR, PmtId/TxId, PmtId/EndToEndId or GrpHdr/MsgId to identify the transaction");
        }

        if (TextRules.CheckKey(candidate, "the id") is { } problem)
        {
            return Fail(RejectReason.InvalidId, "PmtId/TxId", problem);
        }

        id = candidate;
        return true;
    }

    private bool TryTime(XElement tx, XElement? groupHeader, out DateTimeOffset time)
    {
        time = default;
        if (Text(tx, "AccptncDtTm") is { } accepted)
        {
            return _dateTime.TryConvert(accepted, out time, out _, out var error) || Fail(RejectReason.InvalidTime, "AccptncDtTm", error!);
        }

        var (date, field) = Text(tx, "IntrBkSttlmDt") is { } d ? (d, "IntrBkSttlmDt") : (Text(groupHeader, "IntrBkSttlmDt"), "GrpHdr/IntrBkSttlmDt");
        if (date is not null)
        {
            DateOnly = true;
            if (date.Length != 10)
            {
                return Fail(RejectReason.InvalidTime, field, "a settlement date is yyyy-MM-dd");
            }

            return _dateTime.TryConvert(date, out time, out _, out var error) || Fail(RejectReason.InvalidTime, field, error!);
        }

        if (Text(groupHeader, "CreDtTm") is { } created)
        {
            return _dateTime.TryConvert(created, out time, out _, out var error) || Fail(RejectReason.InvalidTime, "GrpHdr/CreDtTm", error!);
        }

        return Fail(RejectReason.MissingValue, "AccptncDtTm", "no AccptncDtTm, IntrBkSttlmDt or GrpHdr/CreDtTm gives the time");
    }

    private bool TryAccount(XElement tx, string party, out string account)
    {
        account = "";
        var agent = tx.Element(_ns + (party + "Agt"))?.Element(_ns + "FinInstnId");
        var bic = Text(agent, "BICFI") ?? Text(agent, "BIC");
        if (bic is not null && !Iban.IsBic(bic))
        {
            return Fail(RejectReason.UnknownValue, party + "Agt/FinInstnId/BICFI", "not a BIC (4 letters, 2 letters, 2 letters or digits, optionally 3 more)");
        }

        var id = tx.Element(_ns + (party + "Acct"))?.Element(_ns + "Id");
        if (Text(id, "IBAN") is { } iban)
        {
            account = iban;
            return Iban.Check(iban) is not { } ibanProblem || Fail(RejectReason.InvalidAccount, party + "Acct/Id/IBAN", ibanProblem);
        }

        var other = Text(id?.Element(_ns + "Othr"), "Id");
        if (other is null)
        {
            return Fail(RejectReason.MissingValue, party + "Acct/Id", $"no {party}Acct/Id/IBAN or {party}Acct/Id/Othr/Id");
        }

        if (_options.QualifyLocalAccounts)
        {
            if (bic is null)
            {
                return Fail(RejectReason.MissingValue, party + "Agt/FinInstnId/BICFI", "qualifying a local account number needs its agent's BIC");
            }

            other = bic + "/" + other;
        }

        if (TextRules.CheckKey(other, "the account") is { } problem)
        {
            return Fail(RejectReason.InvalidAccount, party + "Acct/Id/Othr/Id", problem);
        }

        if (CashPoints.IsCash(other))
        {
            return Fail(RejectReason.InvalidAccount, party + "Acct/Id/Othr/Id", $"the account starts with the reserved prefix {CashPoints.Prefix}");
        }

        account = other;
        return true;
    }

    private bool TryAmount(XElement tx, out Money amount)
    {
        amount = default;
        var element = tx.Element(_ns + "IntrBkSttlmAmt");
        if (element is null || element.Value.Length == 0)
        {
            return Fail(RejectReason.MissingValue, "IntrBkSttlmAmt", "the interbank settlement amount is missing");
        }

        if (!DecimalText.TryParse(element.Value.Trim(), '.', null, out var number, out var error) || number.Scale > 5)
        {
            return Fail(RejectReason.InvalidAmount, "IntrBkSttlmAmt", "not an ISO 20022 amount (digits, a point, at most 5 decimals): " + (error ?? "too many decimals"));
        }

        var currency = (string?)element.Attribute("Ccy") ?? "";
        var rate = DecimalText.One;
        if (currency != Currencies.Yuan && !_rates.TryGetValue(currency, out rate))
        {
            return currency.Length == 0
                ? Fail(RejectReason.MissingValue, "IntrBkSttlmAmt/@Ccy", "the amount has no currency")
                : Fail(RejectReason.UnsupportedCurrency, "IntrBkSttlmAmt/@Ccy", $"the currency \"{(currency.Length > 8 ? currency[..8] : currency)}\" is not CNY and has no configured rate");
        }

        if (!number.TryToHundredths(rate, out var fen, out var exact))
        {
            return Fail(RejectReason.InvalidAmount, "IntrBkSttlmAmt", "the amount is too large");
        }

        if (!exact && currency == Currencies.Yuan)
        {
            return Fail(RejectReason.InvalidAmount, "IntrBkSttlmAmt", "a CNY amount has more than two decimals");
        }

        if (fen <= 0)
        {
            return Fail(RejectReason.InvalidAmount, "IntrBkSttlmAmt", "the amount must be positive");
        }

        amount = Money.FromFen(fen);
        return true;
    }

    private bool TryMemo(XElement tx, out string? memo)
    {
        var lines = tx.Element(_ns + "RmtInf")?.Elements(_ns + "Ustrd").Select(e => e.Value.Trim()).Where(v => v.Length > 0).ToArray() ?? [];
        memo = lines.Length == 0 ? null : string.Join(' ', lines);
        return memo is null || TextRules.CheckText(memo, "the remittance information") is not { } problem || Fail(RejectReason.InvalidText, "RmtInf/Ustrd", problem);
    }

    private string? Text(XElement? parent, string name) =>
        parent?.Element(_ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private bool Fail(RejectReason reason, string field, string detail)
    {
        Problem = new RowProblem(reason, field, detail);
        return false;
    }
}
