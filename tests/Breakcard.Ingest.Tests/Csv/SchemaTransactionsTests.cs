using Breakcard.Core;
using Breakcard.Core.Events;

namespace Breakcard.Ingest.Tests.Csv;

/// <summary>Breakcard's own transactions.csv, read without a mapping (docs/data-format.md).</summary>
public sealed class SchemaTransactionsTests
{
    private const string Header = "id,time,debit,credit,amount_fen,channel,memo\n";

    [Fact]
    public void Read_GoodRows_GiveExactEvents()
    {
        var result = TestInput.Read(Header
            + "T1,2024-03-01T08:15:30+08:00,6222021001234567894,6217001234567890123,123450,transfer,房租\n"
            + "T2,2024-03-01T09:00:00+08:00,6222021001234567894,CASH:ATM-510104-0031,50000,atm_cash,\n"
            + "T3,2024-03-01T02:00:00Z,6217001234567890123,6222021001234567894,1,third_party,\"rent, March \"\"A\"\"\"\n",
            InputFormat.Transactions, "transactions.csv");

        Assert.Empty(result.Quarantine);
        var t = result.All<TransactionEvent>();
        Assert.Equal(new TransactionEvent("T1", new DateTimeOffset(2024, 3, 1, 8, 15, 30, TimeSpan.FromHours(8)),
            "6222021001234567894", "6217001234567890123", Money.FromFen(123450), Channel.Transfer, "房租"), t[0]);
        Assert.Equal(new TransactionEvent("T2", new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)),
            "6222021001234567894", "CASH:ATM-510104-0031", Money.FromFen(50000), Channel.AtmCash, null), t[1]);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero), t[2].Time);
        Assert.Equal("rent, March \"A\"", t[2].Memo);
        Assert.Equal(Channel.ThirdPartyPayment, t[2].Channel);
        Assert.Equal([2L, 3L, 4L], result.Events.Select(e => e.Line));
        Assert.Equal(3, result.Counts.RecordsRead);
        Assert.Equal(3, result.Counts.Events);
    }

    [Theory]
    [InlineData(",2024-03-01T08:00:00+08:00,A1,B1,100,transfer,", "id", RejectReason.MissingValue, "the id is empty")]
    [InlineData("T 9,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,", "id", RejectReason.InvalidId, "space or a control character")]
    [InlineData("T9,2024-02-30T08:00:00+08:00,A1,B1,100,transfer,", "time", RejectReason.InvalidTime, "the day does not exist")]
    [InlineData("T9,2024-03-01 08:00:00,A1,B1,100,transfer,", "time", RejectReason.InvalidTime, "no UTC offset")]
    [InlineData("T9,1969-12-31T08:00:00+08:00,A1,B1,100,transfer,", "time", RejectReason.InvalidTime, "outside 1970–2099")]
    [InlineData("T9,01/03/2024,A1,B1,100,transfer,", "time", RejectReason.InvalidTime, "not an ISO 8601 date")]
    [InlineData("T9,,A1,B1,100,transfer,", "time", RejectReason.MissingValue, "the time is empty")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,,B1,100,transfer,", "debit", RejectReason.MissingValue, "the account is empty")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,CASH:,100,atm_cash,", "credit", RejectReason.InvalidAccount, "needs a terminal or branch id")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,12.5,transfer,", "amount_fen", RejectReason.InvalidAmount, "whole number")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,0,transfer,", "amount_fen", RejectReason.InvalidAmount, "must be positive")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,-5,transfer,", "amount_fen", RejectReason.InvalidAmount, "must be positive")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,1e3,transfer,", "amount_fen", RejectReason.InvalidAmount, "exponent")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,99999999999999999999,transfer,", "amount_fen", RejectReason.InvalidAmount, "significant digits")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,100,wire,", "channel", RejectReason.UnknownValue, "\"wire\" is not a channel")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,100,atm_cash,", "channel", RejectReason.Inconsistent, "needs a CASH: cash point")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,A1,100,transfer,", "credit", RejectReason.Inconsistent, "same account")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,CASH:X,CASH:Y,100,atm_cash,", "credit", RejectReason.Inconsistent, "both sides are cash")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,bell\u0007", "memo", RejectReason.InvalidText, "control character")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A1,B1,100,transfer", null, RejectReason.FieldCount, "the record has 6 fields; the header has 7")]
    [InlineData("T9,2024-03-01T08:00:00+08:00,A\"1,B1,100,transfer,", "debit", RejectReason.Malformed, "quote inside unquoted field 3")]
    public void Read_BadRow_IsQuarantinedWithLineFieldAndReason(string row, string? field, RejectReason reason, string detail)
    {
        var good = "T0,2024-03-01T07:00:00+08:00,A1,B1,100,transfer,\n";
        var result = TestInput.Read(Header + good + row + "\n" + good.Replace("T0,", "T10,", StringComparison.Ordinal), InputFormat.Transactions, "transactions.csv");

        var rejected = result.SingleRejected();
        Assert.Equal("transactions.csv", rejected.Error.Source);
        Assert.Equal(3, rejected.Error.Line);
        Assert.Equal(field, rejected.Error.Field);
        Assert.Equal(reason, rejected.Reason);
        Assert.Contains(detail, rejected.Error.Reason, StringComparison.Ordinal);
        Assert.Equal(row, rejected.RawRecord);
        Assert.Equal(["T0", "T10"], result.All<TransactionEvent>().Select(t => t.Id));
        Assert.Equal(3, result.Counts.RecordsRead);
        Assert.Equal(2, result.Counts.RecordsAccepted);
        Assert.Equal(1, result.Counts.Quarantined);
        Assert.Equal(1, result.Counts.QuarantinedByReason[reason]);
    }

    [Fact]
    public void Read_AccountWithReservedPrefixInSchemaFile_IsCash()
    {
        var t = TestInput.Read(Header + "T1,2024-03-01T08:00:00+08:00,CASH:COUNTER-1,A1,100,counter,\n", InputFormat.Transactions).Single<TransactionEvent>();
        Assert.True(CashPoints.IsCash(t.Debit));
    }

    [Fact]
    public void Read_HeaderNotTheSchema_StopsNamingExpectedColumns()
    {
        var error = TestInput.FileError("id,time,from,to,amount_fen,channel,memo\nT1,x,y,z,1,transfer,\n", InputFormat.Transactions, "transactions.csv");
        Assert.Equal("transactions.csv", error.Source);
        Assert.Equal(1, error.Line);
        Assert.Contains("expected \"id,time,debit,credit,amount_fen,channel,memo\"", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_GivesNoEvents()
    {
        var result = TestInput.Read(Header, InputFormat.Transactions);
        Assert.Empty(result.Events);
        Assert.Equal(0, result.Counts.RecordsRead);
    }

    [Fact]
    public void Read_RepeatedId_IsCountedAsDuplicateAndStillEmitted()
    {
        var result = TestInput.Read(Header
            + "T1,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\n"
            + "T2,2024-03-01T08:01:00+08:00,A1,B1,100,transfer,\n"
            + "T1,2024-03-01T08:02:00+08:00,A1,B1,100,transfer,\n", InputFormat.Transactions);
        Assert.Equal(3, result.Events.Count);
        Assert.Equal(1, result.Counts.Duplicates);
        Assert.Equal(4, result.Counts.FirstDuplicateLine);
    }

    [Fact]
    public void Read_TimeGoingBackwards_IsCountedOutOfOrder()
    {
        var result = TestInput.Read(Header
            + "T1,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\n"
            + "T2,2024-03-01T00:30:00Z,A1,B1,100,transfer,\n"
            + "T3,2024-03-01T07:59:59+08:00,A1,B1,100,transfer,\n", InputFormat.Transactions);
        Assert.Equal(1, result.Counts.OutOfOrder);
    }
}
