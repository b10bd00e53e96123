using BenchmarkDotNet.Attributes;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Validation;

namespace Breakcard.Benchmarks.Ingest;

/// <summary>
/// Where CSV ingest time goes, on Breakcard's transactions.csv: the validation pass alone (its
/// cost is the price of "nothing half-applied", ADR 30) and the tokenizer alone (splitting
/// records and fields, no mapping or validation of values).
/// </summary>
[MemoryDiagnoser]
public class IngestStageBenchmarks
{
    private byte[] _schema = [];

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _schema = IngestInputs.SchemaTransactions(Rows);

    [Benchmark(Description = "validation pass only")]
    public long ValidationPass() =>
        TextPreflight.Scan(new MemoryStream(_schema), "t.csv", EncodingCatalog.Utf8, new CsvStructureScanner((byte)'"', (byte)',', 1 << 20)).Length;

    [Benchmark(Description = "tokenizer only")]
    public long Tokenizer()
    {
        using var csv = new CsvRecordReader(new MemoryStream(_schema), EncodingCatalog.Utf8, ',', "t.csv", 1 << 20);
        long fields = 0;
        while (csv.ReadRecord())
        {
            fields += csv.FieldCount;
        }

        return fields;
    }
}
