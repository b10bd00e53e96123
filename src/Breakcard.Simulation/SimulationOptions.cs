namespace Breakcard.Simulation;

/// <summary>What files <see cref="WorldSimulator"/> writes.</summary>
public enum OutputFormat
{
    /// <summary>Breakcard's schema with one CSV file per event kind.</summary>
    Csv = 1,

    /// <summary>Breakcard's schema with all events in one JSON Lines file.</summary>
    Jsonl = 2,

    /// <summary>Both the CSV event files and the JSON Lines file.</summary>
    Both = 3,

    /// <summary>IBM AMLSim's public format (transactions only), plus ground truth.</summary>
    AmlSim = 4,
}

/// <summary>Names of the output formats as the command line and the manifest write them.</summary>
public static class OutputFormats
{
    /// <summary>Every format with its name: csv, jsonl, both, amlsim.</summary>
    public static IReadOnlyList<(OutputFormat Format, string Name)> All { get; } =
        [(OutputFormat.Csv, "csv"), (OutputFormat.Jsonl, "jsonl"), (OutputFormat.Both, "both"), (OutputFormat.AmlSim, "amlsim")];

    /// <summary>The name of <paramref name="format"/>.</summary>
    public static string NameOf(OutputFormat format) =>
        All.FirstOrDefault(f => f.Format == format).Name ?? throw new ArgumentOutOfRangeException(nameof(format));

    /// <summary>Parses a format name (case-insensitive).</summary>
    public static bool TryParse(string? text, out OutputFormat format)
    {
        foreach (var (f, name) in All)
        {
            if (string.Equals(text?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }
}

/// <summary>Options of a simulated world. The same options give byte-identical files.</summary>
/// <param name="People">Population (adults, 16 and over): <see cref="MinPeople"/> to <see cref="MaxPeople"/>.</param>
/// <param name="Days">Days simulated: <see cref="MinDays"/> to <see cref="MaxDays"/>.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="Start">First simulated date (China Standard Time).</param>
/// <param name="Format">Files to write.</param>
public sealed record SimulationOptions(int People, int Days, ulong Seed, DateOnly Start, OutputFormat Format)
{
    /// <summary>Smallest population that still holds every typology.</summary>
    public const int MinPeople = 1_000;

    /// <summary>Largest population (about 5 GB of entity tables and day buffers on one machine).</summary>
    public const int MaxPeople = 5_000_000;

    /// <summary>Fewest days.</summary>
    public const int MinDays = 1;

    /// <summary>Most days (two years).</summary>
    public const int MaxDays = 730;

    /// <summary>Default first date: 2025-03-01.</summary>
    public static DateOnly DefaultStart { get; } = new(2025, 3, 1);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the option that is out of range.</summary>
    public void Validate()
    {
        if (People is < MinPeople or > MaxPeople)
        {
            throw new ArgumentOutOfRangeException(nameof(People), People, $"People must be between {MinPeople} and {MaxPeople}.");
        }

        if (Days is < MinDays or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, $"Days must be between {MinDays} and {MaxDays}.");
        }

        if (Start.Year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(Start), Start, "The start date must be between 2000 and 2100.");
        }

        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentOutOfRangeException(nameof(Format), Format, "Unknown output format.");
        }
    }
}

/// <summary>Progress of a running simulation, reported after each day.</summary>
/// <param name="DaysDone">Days generated so far.</param>
/// <param name="Days">Days in total.</param>
/// <param name="Events">Events generated so far.</param>
public readonly record struct SimulationProgress(int DaysDone, int Days, long Events);
