using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Tests.Mapping;

/// <summary>
/// The shipped AMLSim and AMLworld mappings on small hand-written files in exactly the public
/// column layouts, with every value checked against a hand computation.
/// </summary>
public sealed class PublicDatasetMappingTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void AmlSim_TransactionsAndCash_LoadThroughMappingAlone()
    {
        var result = TestInput.Read("""
            tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id
            1,581,389,TRANSFER,215.89,2017-01-01T00:00:00Z,False,-1
            2,2001,3001,TRANSFER,2750.00,2017-01-02T00:00:00Z,True,10
            3,3001,1001,WIRE,2740.004,2017-01-03T00:00:00Z,True,10
            4,4001,-1,CASH-OUT,85.2,2017-01-04T00:00:00Z,False,-1
            5,4001,B7,CASH-IN,50,2017-01-05T00:00:00Z,False,-1
            6,1,2,CREDIT,10,2017-01-06T00:00:00Z,False,-1
            7,1,2,TRANSFER,10,2017-01-07T00:00:00Z,Maybe,-1

            """, ColumnMapping.Load("amlsim"), "transactions.csv");

        var t = result.All<TransactionEvent>();
        Assert.Equal(new TransactionEvent("1", new DateTimeOffset(2017, 1, 1, 0, 0, 0, China), "581", "389", Money.FromFen(21589), Channel.Transfer, null), t[0]);
        Assert.Equal(new EventLabel(false, null), result.Events[0].Label);
        Assert.Equal(new EventLabel(true, "10"), result.Events[1].Label);
        Assert.Equal(Money.FromFen(274000), t[2].Amount); // 2740.004 rounds half away from zero to 2740.00
        Assert.Equal(("4001", "CASH:-1", Channel.AtmCash), (t[3].Debit, t[3].Credit, t[3].Channel));
        Assert.Equal(("CASH:B7", "4001"), (t[4].Debit, t[4].Credit)); // AMLSim writes a deposit as account -> branch
        Assert.Equal(5, result.Counts.DateOnlyTimes);

        Assert.Equal(2, result.Quarantine.Count);
        Assert.Equal((7L, "tx_type", RejectReason.UnknownValue), (result.Quarantine[0].Error.Line!.Value, result.Quarantine[0].Error.Field!, result.Quarantine[0].Reason));
        Assert.Contains("\"CREDIT\" is not in the mapping's channel.values", result.Quarantine[0].Error.Reason, StringComparison.Ordinal);
        Assert.Equal((8L, "is_sar", RejectReason.UnknownValue), (result.Quarantine[1].Error.Line!.Value, result.Quarantine[1].Error.Field!, result.Quarantine[1].Reason));
    }

    [Fact]
    public void AmlWorld_RepeatedAccountHeaderCashAndCurrencies_LoadThroughMappingAlone()
    {
        var result = TestInput.Read("""
            Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
            2022/09/01 00:20,010,8000EBD30,010,8000EBD30,3697.34,US Dollar,3697.34,US Dollar,Reinvestment,0
            2022/09/01 00:21,3208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,0
            2022/09/01 02:00,010,8000EBD30,012,80011F990,500.00,US Dollar,500.00,US Dollar,ACH,1
            2022/09/03 12:16,021015,802225A40,029817,8041F18B0,5547.92,Euro,5547.92,Euro,Wire,1
            2022/09/03 12:17,021,800104D71,022,800104D72,100.00,Yuan,100.00,Yuan,Cash,1
            2022/09/03 12:18,001,8000F5340,002,8000F5AD0,0.0123,Bitcoin,0.0123,Bitcoin,Bitcoin,0
            2022/09/03 12:19,001,8000F5340,002,8000F5AD0,10.00,Zloty,10.00,Zloty,ACH,0
            2022/09/03 12:20,001,8000F5340,002,8000F5AD0,10.00,US Dollar,10.00,US Dollar,Credit Card,0

            """, ColumnMapping.Load("amlworld"), "HI-Small_Trans.csv");

        var t = result.All<TransactionEvent>();
        Assert.Equal(new TransactionEvent("AMLW-3", new DateTimeOffset(2022, 9, 1, 0, 21, 0, China), "3208/8000F4580", "001/8000F5340", Money.FromFen(7), Channel.Counter, null), t[0]);
        Assert.Equal(new TransactionEvent("AMLW-4", new DateTimeOffset(2022, 9, 1, 2, 0, 0, China), "010/8000EBD30", "012/80011F990", Money.FromFen(350000), Channel.Transfer, null), t[1]);
        Assert.Equal(Money.FromFen(3883544), t[2].Amount); // 5547.92 EUR × 7.0
        Assert.Equal(new TransactionEvent("AMLW-6.out", new DateTimeOffset(2022, 9, 3, 12, 17, 0, China), "021/800104D71", "CASH:021", Money.FromFen(10000), Channel.AtmCash, null), t[3]);
        Assert.Equal(new TransactionEvent("AMLW-6.in", new DateTimeOffset(2022, 9, 3, 12, 17, 0, China), "CASH:022", "022/800104D72", Money.FromFen(10000), Channel.AtmCash, null), t[4]);
        Assert.Equal((Money.FromFen(172200), Channel.ThirdPartyPayment), (t[5].Amount, t[5].Channel)); // 0.0123 BTC × 140000
        Assert.Equal(Channel.Pos, t[6].Channel);
        Assert.Equal([false, true, true, true, true, false, false], result.Events.Select(e => e.Label.Suspicious!.Value));

        var rejected = result.SingleRejected();
        Assert.Equal((8L, "Payment Currency", RejectReason.UnsupportedCurrency), (rejected.Error.Line!.Value, rejected.Error.Field!, rejected.Reason));

        var c = result.Counts;
        Assert.Equal((8L, 6L, 1L, 1L, 7L), (c.RecordsRead, c.RecordsAccepted, c.Quarantined, c.Skipped, c.Events));
        Assert.Equal(1, Assert.Single(c.SkippedByRule).Value);
    }

    [Fact]
    public void BreakcardCallsMapping_ReadsTheSameEventsAsTheSchema()
    {
        const string calls = "id,time,caller,callee,duration_s,cell_id,device_id\n"
            + "C1,2024-03-01T08:16:02+08:00,13812345678,13998765432,35,510104-0012,868914031234563\n"
            + "C2,2024-03-01T08:17:00+08:00,13812345678,95588,0,,\n"
            + "C3,2024-03-01T08:18:00+08:00,13812345678,x,0,,\n";
        var viaSchema = TestInput.Read(calls, InputFormat.Calls);
        var viaMapping = TestInput.Read(calls, ColumnMapping.Load("breakcard-calls"));
        Assert.Equal(viaSchema.All<CallEvent>(), viaMapping.All<CallEvent>());
        Assert.Equal(viaSchema.Quarantine.Select(q => (q.Error, q.Reason)), viaMapping.Quarantine.Select(q => (q.Error, q.Reason)));
    }

    [Fact]
    public void BreakcardSmsMapping_ReadsTheSameEventsAsTheSchema()
    {
        const string sms = "id,time,sender,receiver,kind,cell_id,device_id\n"
            + "S1,2024-03-01T08:16:10+08:00,1069012345,13812345678,verification_code,510104-0012,\n"
            + "S2,2024-03-01T08:16:11+08:00,13812345678,13998765432,personal,,868914031234563\n";
        Assert.Equal(TestInput.Read(sms, InputFormat.Sms).All<SmsEvent>(), TestInput.Read(sms, ColumnMapping.Load("breakcard-sms")).All<SmsEvent>());
    }
}
