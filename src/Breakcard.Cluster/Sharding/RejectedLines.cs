using System.Text;
using Breakcard.Detection.Pipeline;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The sharded gateway's <c>rejected.csv</c>, written as the sequencer rejects (ADR 0266) rather
/// than kept until the merge: bad input can be a share of every day's events, and the gateway's
/// memory must not grow with it. The lines come in stream order without sorting, because the
/// engine rejects an event (invalid, out of range, late, expired) while it is submitted, never later.
/// The file exists only when something was rejected, as <c>MonitorSession</c> leaves it. Not thread safe.
/// </summary>
internal sealed class RejectedLines : IDisposable
{
    private readonly string _path;
    private StreamWriter? _writer;

    /// <summary>Starts <c>rejected.csv</c> in <paramref name="folder"/> (removing one left by an earlier run there).</summary>
    public RejectedLines(string folder)
    {
        _path = Path.Combine(folder, MonitorSession.RejectedFile);
        File.Delete(_path);
    }

    /// <summary>Lines written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Appends <paramref name="rejected"/>'s line (the header before the first).</summary>
    public void Add(ShardRejected rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (_writer is null)
        {
            _writer = new StreamWriter(_path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            _writer.WriteLine("id,time,reason");
        }

        _writer.WriteLine(rejected.Line);
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer?.Dispose();
}
