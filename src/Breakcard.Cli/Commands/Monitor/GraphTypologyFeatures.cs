using Breakcard.Core.Events;
using Breakcard.Detection.GraphFeatures;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// The adapter of ADR 0125: Breakcard.Graph's typology detector as the monitoring engine's
/// <see cref="IGraphFeatureProvider"/>. It plays a bank's overnight graph job: after each local
/// day it builds the temporal graph of that day and the days a cycle window reaches back, runs
/// <see cref="TypologyDetector"/>, and reports each account whose scatter-gather, cycle or stack
/// value improved, available from the next local midnight. Every finding therefore uses only
/// transactions before the time the engine applies it.
/// </summary>
internal sealed class GraphTypologyFeatures : IGraphFeatureProvider
{
    private GraphTypologyFeatures(List<GraphPatternFinding> findings) => Findings = findings;

    /// <inheritdoc />
    public IReadOnlyList<GraphPatternFinding> Findings { get; }

    /// <summary>Local days analysed.</summary>
    public int Days { get; private init; }

    /// <summary>Computes the findings for <paramref name="transactions"/> (any order) with days in <paramref name="utcOffset"/>.</summary>
    public static GraphTypologyFeatures Compute(IEnumerable<TransactionEvent> transactions, TimeSpan utcOffset, TypologyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new TypologyOptions();
        var all = transactions.OrderBy(t => t.Time.UtcTicks).ToList();
        var findings = new List<GraphPatternFinding>();
        if (all.Count == 0)
        {
            return new GraphTypologyFeatures(findings);
        }

        var offset = utcOffset.Ticks;
        long DayOf(TransactionEvent t) => Math.DivRem(t.Time.UtcTicks + offset, TimeSpan.TicksPerDay, out var r) - (r < 0 ? 1 : 0);
        var lookback = (int)Math.Ceiling(Math.Max(options.CycleWindow.Ticks, options.Window.Ticks) / (double)TimeSpan.TicksPerDay);
        var detector = new TypologyDetector(options);
        var best = new Dictionary<string, (int ScatterGather, int Cycle, int Stack)>(StringComparer.Ordinal);
        int first = 0, days = 0;
        for (long day = DayOf(all[0]), last = DayOf(all[^1]); day <= last; day++)
        {
            while (first < all.Count && DayOf(all[first]) < day - lookback)
            {
                first++;
            }

            var builder = new TemporalGraphBuilder();
            var i = first;
            for (; i < all.Count && DayOf(all[i]) <= day; i++)
            {
                builder.Add(all[i]);
            }

            days++;
            var graph = builder.Build();
            var patterns = detector.Detect(graph);
            var availableAt = new DateTimeOffset(((day + 1) * TimeSpan.TicksPerDay) - offset, TimeSpan.Zero);
            for (var a = 0; a < patterns.Length; a++)
            {
                var p = patterns[a];
                if (p.ScatterGather < 2 && p.CycleLength == 0 && p.StackDepth < 2)
                {
                    continue;
                }

                var name = graph.Accounts.NameOf(a);
                var was = best.GetValueOrDefault(name);
                var now = (Math.Max(was.ScatterGather, p.ScatterGather),
                    was.Cycle == 0 ? p.CycleLength : p.CycleLength == 0 ? was.Cycle : Math.Min(was.Cycle, p.CycleLength),
                    Math.Max(was.Stack, p.StackDepth));
                if (now != was)
                {
                    best[name] = now;
                    findings.Add(new GraphPatternFinding(name, availableAt, now.Item1, now.Item2, now.Item3));
                }
            }
        }

        return new GraphTypologyFeatures(findings) { Days = days };
    }
}
