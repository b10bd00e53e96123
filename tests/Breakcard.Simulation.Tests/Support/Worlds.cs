using Breakcard.Core.Events;

namespace Breakcard.Simulation.Tests.Support;

/// <summary>
/// Simulated cities shared by the tests (each is generated once per test run, in a temporary
/// folder deleted at the end): a medium city in both CSV and JSON Lines, and one in AMLSim format.
/// </summary>
public sealed class Worlds : IDisposable
{
    /// <summary>Large enough for every typology in several rings, small enough for a second or two.</summary>
    public static readonly SimulationOptions Medium = new(6_000, 21, 20_240_301, SimulationOptions.DefaultStart, OutputFormat.Csv);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "breakcard-sim-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<SimulatedWorld> _medium;
    private readonly Lazy<SimulatedWorld> _amlSim;

    public Worlds()
    {
        _medium = new Lazy<SimulatedWorld>(() => Simulate(Medium, "medium"));
        _amlSim = new Lazy<SimulatedWorld>(() => Simulate(Medium with { Format = OutputFormat.AmlSim }, "amlsim"));
    }

    public SimulatedWorld MediumWorld => _medium.Value;

    public SimulatedWorld AmlSimWorld => _amlSim.Value;

    public string NewFolder(string name) => Path.Combine(_root, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private SimulatedWorld Simulate(SimulationOptions options, string name)
    {
        var folder = NewFolder(name);
        var summary = WorldSimulator.RunAsync(options, folder).GetAwaiter().GetResult();
        return new SimulatedWorld(folder, summary);
    }
}

/// <summary>A simulated world on disk, with lazily read files.</summary>
public sealed class SimulatedWorld(string folder, WorldSummary summary)
{
    private readonly Dictionary<string, CsvFile> _files = [];

    public string Folder { get; } = folder;

    public WorldSummary Summary { get; } = summary;

    internal CsvFile Csv(string relativePath)
    {
        lock (_files)
        {
            if (!_files.TryGetValue(relativePath, out var file))
            {
                _files[relativePath] = file = CsvFile.Read(Path.Combine(Folder, relativePath));
            }

            return file;
        }
    }

    internal CsvFile Truth(string file) => Csv(Path.Combine("truth", file));

    internal CsvFile Transactions => Csv(EventSchema.TransactionsCsv);
}
