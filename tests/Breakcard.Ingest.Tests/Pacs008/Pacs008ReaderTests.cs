using Breakcard.Core;
using Breakcard.Core.Events;

namespace Breakcard.Ingest.Tests.Pacs008;

public sealed class Pacs008ReaderTests
{
    private static readonly IngestOptions UsdRate = new() { CurrencyRates = new Dictionary<string, string> { ["USD"] = "7.1" } };

    [Fact]
    public void Read_GoodMessage_MapsEveryField()
    {
        var result = TestInput.Read(Pacs008Samples.Good, InputFormat.Pacs008, "msg.xml", UsdRate);
        Assert.Empty(result.Quarantine);
        var t = result.All<TransactionEvent>();
        Assert.Equal(new TransactionEvent("8a562c67-ca16-48ba-b074-65581be6f001", new DateTimeOffset(2024, 3, 1, 1, 15, 30, TimeSpan.Zero),
            "DE89370400440532013000", "GB82WEST12345698765432", Money.FromFen(123450), Channel.Transfer, "房租 三月 INV-17"), t[0]);
        // No acceptance time: the settlement date, a whole day in the configured zone (UTC by default);
        // 10.005 USD × 7.1 = 71.0355 yuan, rounded to 71.04.
        Assert.Equal(new TransactionEvent("TX-2", new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero),
            "6222021001234567894", "6217001234567890123", Money.FromFen(7104), Channel.Transfer, null), t[1]);
        Assert.Equal(1, result.Counts.DateOnlyTimes);
        Assert.Equal([10L, 23L], result.Events.Select(e => e.Line));
    }

    [Fact]
    public void Read_ChinaTimeZoneAndQualifiedAccounts_AreApplied()
    {
        var options = UsdRate with { Pacs008TimeZone = "+08:00", QualifyLocalAccounts = true };
        var t = TestInput.Read(Pacs008Samples.Good, InputFormat.Pacs008, "msg.xml", options).All<TransactionEvent>()[1];
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.FromHours(8)), t.Time);
        Assert.Equal(("ICBKCNBJXXX/6222021001234567894", "BKCHCNBJ/6217001234567890123"), (t.Debit, t.Credit));
    }

    [Theory]
    [InlineData("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE89370400440532013001</IBAN>", "CdtTrfTxInf/DbtrAcct/Id/IBAN", RejectReason.InvalidAccount, "check digits")]
    [InlineData("<BICFI>COBADEFFXXX</BICFI>", "<BICFI>COBA-DE</BICFI>", "CdtTrfTxInf/DbtrAgt/FinInstnId/BICFI", RejectReason.UnknownValue, "not a BIC")]
    [InlineData("Ccy=\"CNY\">1234.50", "Ccy=\"EUR\">1234.50", "CdtTrfTxInf/IntrBkSttlmAmt/@Ccy", RejectReason.UnsupportedCurrency, "\"EUR\" is not CNY")]
    [InlineData("Ccy=\"CNY\">1234.50", "Ccy=\"CNY\">1234.505", "CdtTrfTxInf/IntrBkSttlmAmt", RejectReason.InvalidAmount, "more than two decimals")]
    [InlineData("Ccy=\"CNY\">1234.50", "Ccy=\"CNY\">12,34", "CdtTrfTxInf/IntrBkSttlmAmt", RejectReason.InvalidAmount, "not an ISO 20022 amount")]
    [InlineData("Ccy=\"CNY\">1234.50", "Ccy=\"CNY\">0.00", "CdtTrfTxInf/IntrBkSttlmAmt", RejectReason.InvalidAmount, "positive")]
    [InlineData("<AccptncDtTm>2024-03-01T01:15:30Z</AccptncDtTm>", "<AccptncDtTm>2024-13-01T01:15:30Z</AccptncDtTm>", "CdtTrfTxInf/AccptncDtTm", RejectReason.InvalidTime, "month out of range")]
    [InlineData("<UETR>8A562C67-CA16-48BA-B074-65581BE6F001</UETR>", "<UETR>not-a-uuid</UETR>", "CdtTrfTxInf/PmtId/UETR", RejectReason.InvalidId, "UUID")]
    [InlineData("<CdtrAcct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></CdtrAcct>", "", "CdtTrfTxInf/CdtrAcct/Id", RejectReason.MissingValue, "no CdtrAcct/Id/IBAN")]
    [InlineData("<IBAN>GB82WEST12345698765432</IBAN>", "<IBAN>DE89370400440532013000</IBAN>", "CdtTrfTxInf/CdtrAcct", RejectReason.Inconsistent, "same")]
    public void Read_BadTransaction_IsQuarantinedWithElementPath(string find, string replace, string field, RejectReason reason, string detail)
    {
        var xml = Pacs08(Pacs008Samples.Good1.Replace(find, replace, StringComparison.Ordinal));
        var result = TestInput.Read(xml, InputFormat.Pacs008, "msg.xml", UsdRate);
        var rejected = result.SingleRejected();
        Assert.Equal(("msg.xml", 10L, field, reason), (rejected.Error.Source, rejected.Error.Line!.Value, rejected.Error.Field!, rejected.Reason));
        Assert.Contains(detail, rejected.Error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("<CdtTrfTxInf", rejected.RawRecord, StringComparison.Ordinal);
        Assert.Equal("TX-2", result.Single<TransactionEvent>().Id);
    }

    [Fact]
    public void Read_NoUetrNoTxId_UsesEndToEndIdThenMessageIdAndPosition()
    {
        var noIds = Pacs008Samples.Good1.Replace("<TxId>TX-1</TxId><UETR>8A562C67-CA16-48BA-B074-65581BE6F001</UETR>", "", StringComparison.Ordinal);
        Assert.Equal("E2E-1", TestInput.Read(Pacs08(noIds), InputFormat.Pacs008, "m.xml", UsdRate).All<TransactionEvent>()[0].Id);
        var placeholder = noIds.Replace("E2E-1", "NOTPROVIDED", StringComparison.Ordinal);
        Assert.Equal("MSG-2024-0301-001/1", TestInput.Read(Pacs08(placeholder), InputFormat.Pacs008, "m.xml", UsdRate).All<TransactionEvent>()[0].Id);
    }

    [Fact]
    public void Read_MessageInsideEnvelopeWithHeader_IsFound()
    {
        var xml = Pacs008Samples.Good.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><BizMsgEnvlp><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\"><BizMsgIdr>B1</BizMsgIdr></AppHdr>", StringComparison.Ordinal) + "</BizMsgEnvlp>";
        Assert.Equal(2, TestInput.Read(xml, InputFormat.Pacs008, "m.xml", UsdRate).Events.Count);
    }

    private static string Pacs08(string first) => Pacs008Samples.Message(2, first, Pacs008Samples.Good2);
}
