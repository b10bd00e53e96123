using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The sharded gateway writes <c>rejected.csv</c> as its sequencer rejects (ADR 0266) instead of
/// holding every rejected line until the merge; the file must still be the single process's.
/// </summary>
public sealed class RejectedLinesTests
{
    [Fact]
    public async Task RejectedInStreamOrder_FileEqualsTheSingleProcessRun()
    {
        var options = LocalIndicators.Apply(DetectionOptions.Default) is var o
            ? o with { Engine = o.Engine with { LateEvents = LatePolicy.Reject } }
            : throw new InvalidOperationException();
        var events = TestWorld.Events().Take(3_000).ToList();
        var first = events[0];
        // Late beyond the allowed lateness (rejected under the reject policy), an amount that is not
        // positive, and a time out of range — spread over the stream so lines from several batches interleave.
        var inserted = 0;
        for (var i = 500; i < events.Count; i += 400)
        {
            inserted++;
            var e = events[i];
            events.Insert(i + 1, e with { Id = "LATE-" + i, UnixSeconds = e.UnixSeconds - 7_200 });
            events.Insert(i + 2, first with { Id = "BAD-" + i, Kind = WireKind.Transaction, Value = 0 });
            events.Insert(i + 3, e with { Id = "FAR-" + i, UnixSeconds = 4_000_000_000 });
        }

        var single = Path.Combine(Path.GetTempPath(), "breakcard-cluster-rej-single-" + Guid.NewGuid().ToString("N")[..8]);
        using (var session = new MonitorSession(ReferenceData.Empty(), options, new PointsModel(options), single))
        {
            session.Feed(events);
            session.Finish();
        }

        var sharded = Path.Combine(Path.GetTempPath(), "breakcard-cluster-rej-sharded-" + Guid.NewGuid().ToString("N")[..8]);
        await new InProcessShardedRun(3, 250, _ => ReferenceData.Empty(), options).RunAsync(events, sharded, TestContext.Current.CancellationToken);

        var expected = await File.ReadAllTextAsync(Path.Combine(single, MonitorSession.RejectedFile), TestContext.Current.CancellationToken);
        var actual = await File.ReadAllTextAsync(Path.Combine(sharded, MonitorSession.RejectedFile), TestContext.Current.CancellationToken);
        Directory.Delete(single, recursive: true);
        Directory.Delete(sharded, recursive: true);
        Assert.Equal(1 + (3 * inserted), expected.Count(c => c == '\n'));
        Assert.Equal(expected, actual);
    }
}
