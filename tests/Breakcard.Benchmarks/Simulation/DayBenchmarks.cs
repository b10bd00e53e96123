using BenchmarkDotNet.Attributes;
using Breakcard.Simulation;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.Output;

namespace Breakcard.Benchmarks.Simulation;

/// <summary>
/// One simulated day of a city: generating it (normal life, the simulator's hot path) and writing
/// it as CSV and as JSON Lines (the writer thread's work). A day of 10,000 people holds about
/// 40,000 events (docs/benchmarks.md gives the exact count), so per-event costs follow.
/// </summary>
[MemoryDiagnoser]
public class DayBenchmarks
{
    private BuiltWorld _built = null!;
    private EventSink _sink = null!;
    private NormalLife _life = null!;
    private DayBatch _day = null!;
    private WorldText _text = null!;
    private string _folder = "";

    [Params(10_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _built = WorldFactory.Build(new SimulationOptions(People, 30, 1, SimulationOptions.DefaultStart, OutputFormat.Csv));
        (_sink, _life, _) = WorldFactory.Generators(_built);
        _text = new WorldText(_built.World);
        _day = new DayBatch();
        Generate(_day);
        Console.WriteLine($"// events in the benchmarked day: {_day.Count}");
        _folder = Path.Combine(Path.GetTempPath(), "breakcard-bench-day-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int GenerateNormalDay()
    {
        var batch = new DayBatch();
        Generate(batch);
        return batch.Count;
    }

    [Benchmark]
    public long WriteDayCsv()
    {
        using var output = new CsvEventOutput(_folder, _text);
        output.Write(_day);
        return output.Finish().Sum(f => f.Bytes);
    }

    /// <summary>Formatting and hashing only: the same CSV into a null stream, to separate CPU from disk.</summary>
    [Benchmark]
    public long FormatDayCsv()
    {
        using var output = new CsvEventOutput(_ => new Utf8FileWriter(Stream.Null), _text);
        output.Write(_day);
        return output.Finish().Sum(f => f.Bytes);
    }

    [Benchmark]
    public long FormatDayJsonl()
    {
        using var output = new JsonlEventOutput(_ => new Utf8FileWriter(Stream.Null), _text);
        output.Write(_day);
        return output.Finish().Sum(f => f.Bytes);
    }

    [Benchmark]
    public long WriteDayJsonl()
    {
        using var output = new JsonlEventOutput(_folder, _text);
        output.Write(_day);
        return output.Finish().Sum(f => f.Bytes);
    }

    private void Generate(DayBatch batch)
    {
        const int day = 3;
        batch.Reset(day);
        _sink.Begin(batch);
        _life.Day(day, _sink);
        _sink.Actions.RunUntil((day + 1) * (long)SimCalendar.SecondsPerDay, _sink);
        batch.Sort();
    }
}
