using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Detection.Pipeline;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// The check that <c>cluster bench</c>'s cluster rows computed what the single process computed
/// (ADR 0338, 0361): each run's <c>alerts.jsonl</c>, <c>scores.csv</c> and <c>summary.json</c> are
/// compared byte for byte with the single process's run on the same options. A row whose run
/// computes something else is not a figure of the same work, so any difference fails the command
/// (<see cref="ExitCodes.IntegrityFailure"/>).
/// </summary>
/// <param name="single">The single process's output folder.</param>
/// <param name="rows">What the compared runs are, for the report ("sharded", "stream-grain").</param>
internal sealed class BenchAgreement(string single, string rows)
{
    /// <summary>The files every run writes and the single process writes alike.</summary>
    public static readonly string[] Files = [MonitorSession.AlertsFile, MonitorSession.ScoresFile, MonitorSession.SummaryFile];

    private readonly List<string> _differ = [];
    private int _runs;

    /// <summary>Compared files that differ (or are missing), as "run: file".</summary>
    public IReadOnlyList<string> Differences => _differ;

    /// <summary><see cref="ExitCodes.Ok"/> when every compared run agreed, else <see cref="ExitCodes.IntegrityFailure"/>.</summary>
    public int ExitCode => _differ.Count == 0 ? ExitCodes.Ok : ExitCodes.IntegrityFailure;

    /// <summary>Compares the outputs in <paramref name="folder"/> (run <paramref name="name"/>).</summary>
    public void Check(string name, string folder)
    {
        _runs++;
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || !SameBytes(path, Path.Combine(single, file)))
            {
                _differ.Add($"{name}: {file}");
            }
        }
    }

    /// <summary>One line: every run identical, or which differ.</summary>
    public string Report()
    {
        if (_differ.Count > 0)
        {
            return $"{rows} outputs DIFFER from the single process's: " + string.Join("; ", _differ);
        }

        var alerts = File.ReadLines(Path.Combine(single, MonitorSession.AlertsFile)).Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"{rows} outputs: {string.Join(", ", Files)} ({alerts:N0} alerts) of all {_runs} {rows} runs byte-identical to the single process's");
    }

    // In pieces: whole files would leave megabytes of garbage for the next timed run's collector.
    private static bool SameBytes(string a, string b)
    {
        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        if (x.Length != y.Length)
        {
            return false;
        }

        Span<byte> p = stackalloc byte[4096];
        Span<byte> q = stackalloc byte[4096];
        int n;
        while ((n = x.ReadAtLeast(p, p.Length, throwOnEndOfStream: false)) > 0)
        {
            if (y.ReadAtLeast(q[..n], n, throwOnEndOfStream: false) != n || !p[..n].SequenceEqual(q[..n]))
            {
                return false;
            }
        }

        return true;
    }
}
