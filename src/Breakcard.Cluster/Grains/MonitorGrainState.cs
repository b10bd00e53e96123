namespace Breakcard.Cluster.Grains;

/// <summary>
/// What a <see cref="MonitorGrain"/> persists at each checkpoint: the session snapshot (engine
/// state, interned keys, retained ids) and the committed output files, so any silo can resume the
/// stream byte for byte. After the stream ends it holds the final outputs instead.
/// </summary>
[GenerateSerializer]
public sealed class MonitorGrainState
{
    /// <summary>Batches applied before the snapshot was taken.</summary>
    [Id(0)]
    public long Batches { get; set; }

    /// <summary>The <c>MonitorSession</c> snapshot (empty before the first checkpoint).</summary>
    [Id(1)]
    public byte[] Snapshot { get; set; } = [];

    /// <summary>The committed <c>alerts.jsonl</c>.</summary>
    [Id(2)]
    public byte[] Alerts { get; set; } = [];

    /// <summary>The committed <c>rejected.csv</c>.</summary>
    [Id(3)]
    public byte[] Rejected { get; set; } = [];

    /// <summary>True once the stream has ended.</summary>
    [Id(4)]
    public bool Finished { get; set; }

    /// <summary>The final <c>scores.csv</c>.</summary>
    [Id(5)]
    public byte[] Scores { get; set; } = [];

    /// <summary>The final <c>summary.json</c>.</summary>
    [Id(6)]
    public byte[] Summary { get; set; } = [];

    /// <summary>The stream's first local day (ages in the reference data are taken on it), as a day number; 0 before the first batch.</summary>
    [Id(7)]
    public int AsOfDayNumber { get; set; }
}
