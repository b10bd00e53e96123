namespace Breakcard.Cli.Commands.Monitor;

/// <summary>The options of one monitoring run (<c>breakcard monitor</c>, <c>breakcard train</c>, the demo's stage).</summary>
/// <param name="Input">A world folder or one event file.</param>
/// <param name="Mapping">Column mapping for a CSV input, or null.</param>
/// <param name="Kind">One of <see cref="IngestCommand.Kinds"/>.</param>
/// <param name="Out">Output folder.</param>
/// <param name="Reference">Folder of entity files, or null for the input folder's own (none for a file input).</param>
/// <param name="Truth">Ground-truth folder, or null for the input's truth/ when present.</param>
/// <param name="Model">Learned model zip, or null for the points model.</param>
/// <param name="OptionsFile">Detection options JSON, or null for the defaults.</param>
/// <param name="Checkpoint">Checkpoint folder, or null for none.</param>
/// <param name="CheckpointEvery">Input events between snapshots (with a checkpoint folder).</param>
/// <param name="Resume">Resume from the checkpoint folder's snapshot when there is one.</param>
/// <param name="StopAfter">Stop (with a snapshot) once this many input events were taken, or null.</param>
/// <param name="TimeZone">pacs.008 time zone.</param>
/// <param name="Rates">pacs.008 currency rates.</param>
/// <param name="GraphFeatures">Also score graph typology features (ADR 0125): a daily graph analysis of the input's transactions.</param>
/// <param name="Threads">Reading threads: 1 reads on the monitoring thread; 0 (auto) gives each event file a thread of its own when the machine has more than one core.</param>
internal sealed record MonitorRequest(
    FileSystemInfo Input,
    string? Mapping,
    string Kind,
    DirectoryInfo Out,
    string? Reference = null,
    string? Truth = null,
    string? Model = null,
    string? OptionsFile = null,
    string? Checkpoint = null,
    long CheckpointEvery = 1_000_000,
    bool Resume = false,
    long? StopAfter = null,
    string TimeZone = "UTC",
    IReadOnlyList<string>? Rates = null,
    bool GraphFeatures = false,
    int Threads = 0);
