using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests;

public sealed class MergedEventReaderTests
{
    [Fact]
    public void Read_SeveralFiles_InterleavesByTimeAndSumsCounts()
    {
        var quarantine = new QuarantineList();
        var duplicates = new DuplicateTracker();
        var transactions = EventReaders.Open(new MemoryStream(TestInput.Utf8("id,time,debit,credit,amount_fen,channel,memo\n"
            + "T1,2024-03-01T08:00:00+08:00,A,B,1,transfer,\n"
            + "T2,2024-03-01T08:03:00+08:00,A,B,0,transfer,\n"
            + "T3,2024-03-01T08:05:00+08:00,A,B,1,transfer,\n")), "transactions.csv", InputFormat.Transactions, quarantine, null, duplicates);
        var calls = EventReaders.Open(new MemoryStream(TestInput.Utf8("id,time,caller,callee,duration_s,cell_id,device_id\n"
            + "C1,2024-03-01T00:01:00Z,13812345678,13998765432,5,,\n"
            + "C2,2024-03-01T08:05:00+08:00,13812345678,13998765432,5,,\n"
            + "C2,2024-03-01T08:06:00+08:00,13812345678,13998765432,5,,\n")), "calls.csv", InputFormat.Calls, quarantine, null, duplicates);

        using var merged = new MergedEventReader([transactions, calls]);
        var ids = new List<string>();
        while (merged.Read())
        {
            ids.Add(merged.Id);
        }

        // Ties (08:05) go to the earlier reader; T2 was quarantined (zero amount).
        Assert.Equal(["T1", "C1", "T3", "C2", "C2"], ids);
        Assert.Equal("transactions.csv, calls.csv", merged.Source);
        var counts = merged.Counts;
        Assert.Equal((6L, 5L, 1L, 1L), (counts.RecordsRead, counts.Events, counts.Quarantined, counts.Duplicates));
        Assert.Equal("transactions.csv", Assert.Single(quarantine.Records).Error.Source);
        Assert.Equal(IngestEventKind.None, merged.Kind);
    }

    [Fact]
    public void Properties_BeforeRead_Throw()
    {
        using var reader = EventReaders.Open(new MemoryStream(TestInput.Utf8("id,time,account,device_id,ip\nL1,2024-03-01T08:00:00Z,A,fp-0001,\n")), "l.csv", InputFormat.Logins, new QuarantineList());
        Assert.Throws<InvalidOperationException>(() => reader.Login);
        Assert.True(reader.Read());
        Assert.Equal("L1", reader.Login.Id);
        Assert.Throws<InvalidOperationException>(() => reader.Transaction);
    }
}
