using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Output;

/// <summary>A file written while the days stream past (event files and event truth).</summary>
internal interface IEventOutput : IDisposable
{
    /// <summary>Writes one sorted day.</summary>
    void Write(DayBatch batch);

    /// <summary>Flushes and closes; returns what was written.</summary>
    IReadOnlyList<WrittenFile> Finish();
}

/// <summary>A file in the world folder.</summary>
/// <param name="Path">Path relative to the world folder, with '/' separators.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Rows">Lines written (including a CSV header).</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
public sealed record WrittenFile(string Path, long Bytes, long Rows, string Sha256);
