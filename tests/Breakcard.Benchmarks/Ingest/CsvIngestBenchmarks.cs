using BenchmarkDotNet.Attributes;
using Breakcard.Ingest;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Benchmarks.Ingest;

/// <summary>
/// End-to-end ingest throughput on one core: validation pass plus streaming read of every record
/// into Core events (ADR 30), from in-memory files so disk speed does not count. Rows per second
/// is <c>Rows / Mean</c>. Target (monitoring issue): CSV ≥ 500,000 rows/s/core.
/// </summary>
[MemoryDiagnoser]
public class CsvIngestBenchmarks
{
    private byte[] _schema = [];
    private byte[] _jsonl = [];
    private byte[] _amlSim = [];
    private byte[] _amlWorld = [];
    private ColumnMapping _amlSimMapping = null!;
    private ColumnMapping _amlWorldMapping = null!;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schema = IngestInputs.SchemaTransactions(Rows);
        _jsonl = IngestInputs.EventsJsonl(Rows);
        _amlSim = IngestInputs.AmlSim(Rows);
        _amlWorld = IngestInputs.AmlWorld(Rows);
        _amlSimMapping = ColumnMapping.Load("amlsim");
        _amlWorldMapping = ColumnMapping.Load("amlworld");
    }

    [Benchmark(Baseline = true, Description = "Breakcard transactions.csv")]
    public long SchemaCsv() => Drain(EventReaders.Open(new MemoryStream(_schema), "transactions.csv", InputFormat.Transactions, new CountingQuarantine()));

    [Benchmark(Description = "AMLSim CSV via mapping")]
    public long AmlSimCsv() => Drain(EventReaders.Open(new MemoryStream(_amlSim), "amlsim.csv", _amlSimMapping, new CountingQuarantine()));

    [Benchmark(Description = "AMLworld CSV via mapping")]
    public long AmlWorldCsv() => Drain(EventReaders.Open(new MemoryStream(_amlWorld), "amlworld.csv", _amlWorldMapping, new CountingQuarantine()));

    [Benchmark(Description = "Breakcard events.jsonl")]
    public long Jsonl() => Drain(EventReaders.Open(new MemoryStream(_jsonl), "events.jsonl", InputFormat.Jsonl, new CountingQuarantine()));

    private static long Drain(EventReader reader)
    {
        using (reader)
        {
            long fen = 0;
            while (reader.Read())
            {
                fen += reader.Kind == IngestEventKind.Transaction ? reader.Transaction.Amount.Fen : 0;
            }

            return fen + reader.Counts.Quarantined;
        }
    }

    private sealed class CountingQuarantine : IQuarantineSink
    {
        public void Add(QuarantinedRecord record)
        {
        }
    }
}
