using Breakcard.Cluster.Hosting;
using Orleans.Placement;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Hosts one <see cref="ShardSession"/>. Placed by a hash of its key over the live silos, so a
/// stream's shards spread over the cluster and every silo holds a part of the stream's entities.
/// Its state lives in memory only: the sharded mode takes no checkpoints yet, so a shard whose silo
/// dies is reported to the gateway as lost (ADR 0155).
/// </summary>
[HashBasedPlacement]
public sealed class ShardGrain(MonitorRuntime runtime) : Grain, IShardGrain
{
    private ShardSession? _session;
    private ShardResult? _result;
    private long _next;

    /// <inheritdoc />
    public Task<long> SubmitAsync(long number, long firstEventUnixSeconds, WireKey[] keys, ShardEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(events);
        if (_result is not null)
        {
            throw new InvalidOperationException($"shard {this.GetPrimaryKeyString()} has ended; batch {number} cannot be applied");
        }

        if (number == _next)
        {
            var session = _session ??= Start(firstEventUnixSeconds);
            session.Intern(keys);
            foreach (var e in events)
            {
                session.Process(e);
            }

            _next++;
        }

        return Task.FromResult(_next);
    }

    /// <inheritdoc />
    public Task<string> SiloAsync() => Task.FromResult(RuntimeIdentity);

    /// <inheritdoc />
    public Task<ShardResult> FinishAsync(long batches)
    {
        if (_result is null)
        {
            if (batches != _next)
            {
                return Task.FromResult(new ShardResult(false, _next, [], [], [], new ShardCounters(0, 0, 0, 0, 0, 0, 0), string.Empty, string.Empty, RuntimeIdentity));
            }

            // A stream without events takes its ages on 2000-01-01, as a stream grain does.
            var session = _session ?? Start(946_684_800);
            var scores = session.Finish();
            _result = new ShardResult(true, _next, [.. session.Alerts], scores, [.. session.Rejected], session.Counters,
                session.Engine.Model.Name, session.Engine.Fingerprint, RuntimeIdentity);
            _session = null;
        }

        return Task.FromResult(_result);
    }

    private ShardSession Start(long firstEventUnixSeconds)
    {
        // Shard key: stream/shard/shards (the stream name may itself contain '/').
        var key = this.GetPrimaryKeyString();
        var parts = key.Split('/');
        var shard = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
        var shards = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stream = string.Join('/', parts[..^2]);
        var options = LocalIndicators.Apply(runtime.Options);
        var offset = TimeSpan.FromMinutes(options.Engine.UtcOffsetMinutes);
        var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(firstEventUnixSeconds).ToOffset(offset).DateTime);
        return new ShardSession(shard, shards, runtime.Reference(stream, asOf), options, runtime.Model(options));
    }

    /// <summary>The grain key of shard <paramref name="shard"/> of <paramref name="shards"/> of <paramref name="stream"/>.</summary>
    public static string Key(string stream, int shard, int shards) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stream}/{shard}/{shards}");
}
