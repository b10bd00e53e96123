using System.Globalization;
using System.Text;
using Breakcard.Core.Events;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests;

public sealed class ParallelEventReaderTests
{
    // 6,000 transactions (about three blocks) with a bad amount every 700th record and a bad time
    // on the very last one, so quarantined records fall inside blocks, on block edges and after
    // the last event.
    private static byte[] Transactions()
    {
        var text = new StringBuilder("id,time,debit,credit,amount_fen,channel,memo\n");
        var start = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < 6_000; i++)
        {
            var time = start.AddSeconds(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var amount = i % 700 == 699 ? "12x" : (100 + i).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"T{i},{(i == 5_999 ? "yesterday" : time)},A{i % 37},B{i % 41},{amount},transfer,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Calls()
    {
        var text = new StringBuilder("id,time,caller,callee,duration_s,cell_id,device_id\n");
        var start = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < 3_000; i++)
        {
            var time = start.AddSeconds(2 * i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"C{i},{time},13812345678,13998765432,{(i % 1000 == 500 ? "-5" : "5")},,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Reads everything, logging events and quarantined records in the order the consumer sees them.</summary>
    private static (List<string> Log, IngestCounts Counts) Drain(bool parallel)
    {
        var log = new List<string>();
        var quarantine = new LoggingQuarantine(log);
        var readers = new List<EventReader>
        {
            EventReaders.Open(new MemoryStream(Transactions()), "transactions.csv", InputFormat.Transactions, quarantine),
            EventReaders.Open(new MemoryStream(Calls()), "calls.csv", InputFormat.Calls, quarantine),
        };
        using var reader = new MergedEventReader(parallel ? ParallelEventReader.WrapAll(readers) : readers);
        while (reader.Read())
        {
            log.Add($"{reader.Kind} {reader.Id} line {reader.Line} at {reader.Time:O}");
        }

        return (log, reader.Counts);
    }

    [Fact]
    public void Read_TwoFilesOnThreadsOfTheirOwn_SameEventsAndQuarantineInTheSameOrderAsOneThread()
    {
        var (sequential, sequentialCounts) = Drain(parallel: false);
        var (parallel, parallelCounts) = Drain(parallel: true);

        // 6,000 + 3,000 records; 8 bad amounts, 1 bad time, 3 negative durations.
        Assert.Equal(9_000, sequential.Count);
        Assert.Equal(12, sequential.Count(l => l.StartsWith("quarantined", StringComparison.Ordinal)));
        Assert.Equal(sequential, parallel);
        Assert.Equal((9_000L, 8_988L, 12L), (parallelCounts.RecordsRead, parallelCounts.Events, parallelCounts.Quarantined));
        Assert.Equal((sequentialCounts.RecordsRead, sequentialCounts.Events, sequentialCounts.Quarantined), (parallelCounts.RecordsRead, parallelCounts.Events, parallelCounts.Quarantined));
    }

    [Fact]
    public void Dispose_BeforeTheEnd_StopsTheThreadWithoutReadingOn()
    {
        var reader = new ParallelEventReader(EventReaders.Open(new MemoryStream(Transactions()), "transactions.csv", InputFormat.Transactions, new QuarantineList()));
        Assert.True(reader.Read());
        Assert.Equal("T0", reader.Id);

        reader.Dispose(); // returns: the reading thread, blocked on a full queue, is stopped and joined

        Assert.InRange(reader.Counts.RecordsRead, 1, (ParallelEventReader.Depth + 1) * ParallelEventReader.BatchSize + 1);
    }

    [Fact]
    public void WrapAll_ReadersSharingADuplicateTracker_Refused()
    {
        var shared = new DuplicateTracker();
        var readers = new List<EventReader>
        {
            EventReaders.Open(new MemoryStream(Transactions()), "transactions.csv", InputFormat.Transactions, new QuarantineList(), null, shared),
            EventReaders.Open(new MemoryStream(Calls()), "calls.csv", InputFormat.Calls, new QuarantineList(), null, shared),
        };

        Assert.Throws<ArgumentException>(() => ParallelEventReader.WrapAll(readers));
        readers.ForEach(r => r.Dispose());
    }

    [Fact]
    public void Keys_ResolverSetAfterTheFirstEvent_EachLaterEventCarriesItsOwnResolvedIndexesThroughTheMerge()
    {
        var readers = ParallelEventReader.WrapAll(
        [
            EventReaders.Open(new MemoryStream(Transactions()), "transactions.csv", InputFormat.Transactions, new QuarantineList()),
            EventReaders.Open(new MemoryStream(Calls()), "calls.csv", InputFormat.Calls, new QuarantineList()),
        ]);
        using var reader = new MergedEventReader(readers);
        Assert.True(reader.Read());
        foreach (var parallel in readers.OfType<ParallelEventReader>())
        {
            parallel.Resolver = new SuffixResolver();
        }

        int unresolved = 0, resolved = 0;
        do
        {
            var keys = reader.Keys;
            if (keys == EventKeys.None)
            {
                unresolved++;
                continue;
            }

            resolved++;
            if (reader.Kind == IngestEventKind.Transaction)
            {
                // A{n} resolves to n, B{n} is unknown to the resolver: -1.
                var t = reader.Transaction;
                Assert.Equal((int.Parse(t.Debit.AsSpan(1), CultureInfo.InvariantCulture), -1, -1), (keys.First, keys.Second, keys.Third));
            }
            else
            {
                Assert.Equal((1, 2, -1), (keys.First, keys.Second, keys.Third));
            }
        }
        while (reader.Read());

        // Events read ahead before the resolver was set carry nothing; all the others are resolved.
        Assert.Equal(8_988, resolved + unresolved);
        Assert.InRange(unresolved, 1, 2 * (ParallelEventReader.Depth + 2) * ParallelEventReader.BatchSize);
        Assert.True(resolved > 0);
    }

    [Fact]
    public void Keys_SequentialReader_NothingResolved()
    {
        using var reader = EventReaders.Open(new MemoryStream(Transactions()), "transactions.csv", InputFormat.Transactions, new QuarantineList());
        while (reader.Read())
        {
            Assert.Equal(EventKeys.None, reader.Keys);
        }
    }

    /// <summary>Accounts "A{n}" resolve to n; the two call numbers to 1 and 2; everything else is unknown.</summary>
    private sealed class SuffixResolver : IEventKeyResolver
    {
        public EventKeys Resolve(in TransactionEvent e) => new(Account(e.Debit), Account(e.Credit), -1);

        public EventKeys Resolve(in CallEvent e) => new(e.Caller == "13812345678" ? 1 : -1, e.Callee == "13998765432" ? 2 : -1, -1);

        public EventKeys Resolve(in SmsEvent e) => EventKeys.None;

        public EventKeys Resolve(in LoginEvent e) => EventKeys.None;

        private static int Account(string number) => number.StartsWith('A') ? int.Parse(number.AsSpan(1), CultureInfo.InvariantCulture) : -1;
    }

    private sealed class LoggingQuarantine(List<string> log) : IQuarantineSink
    {
        public void Add(QuarantinedRecord record) => log.Add($"quarantined {record.Error.Source} line {record.Error.Line} field {record.Error.Field}");
    }
}
