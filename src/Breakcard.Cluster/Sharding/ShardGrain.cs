using Breakcard.Cluster.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Hosts one <see cref="ShardSession"/>. Placed by a hash of its key over the live silos, so a
/// stream's shards spread over the cluster and every silo holds a part of the stream's entities.
/// Every <c>CheckpointEveryBatches</c> batches (at batch numbers that are multiples of it, so all
/// shards of a stream checkpoint at the same batches) it writes the session snapshot to grain
/// storage before acknowledging; when its silo dies, the next call activates it on a live silo from
/// that checkpoint and the gateway replays the batches after it (ADR 0111, 0178).
/// </summary>
[HashBasedPlacement]
public sealed partial class ShardGrain : Grain, IShardGrain
{
    private readonly IPersistentState<ShardGrainState> _state;
    private readonly MonitorRuntime _runtime;
    private readonly ILogger<ShardGrain> _log;
    private ShardSession? _session;
    private long _next;
    private TransferNote[] _lastNotes = [];
    private ShardFact[] _lastFacts = [];

    // Batches in the last checkpoint this activation read from storage or wrote to it. Acks report
    // this, never the state object's Batches, which is set before the write: were the write to fail,
    // the gateway would drop batches from its replay buffer that no checkpoint holds.
    private long _durable;

    /// <summary>Created by Orleans.</summary>
    public ShardGrain([PersistentState("shard", ClusterNames.Storage)] IPersistentState<ShardGrainState> state, MonitorRuntime runtime, ILogger<ShardGrain> log)
    {
        _state = state;
        _runtime = runtime;
        _log = log;
    }

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ResumeFromState();
        return Task.CompletedTask;
    }

    /// <summary>Takes up the checkpoint in <see cref="_state"/>, if there is one, as this activation's session.</summary>
    private void ResumeFromState()
    {
        var s = _state.State;
        _durable = s.Batches;
        if (s.Result is null && s.Snapshot.Length > 0)
        {
            var session = Start(s.FirstEventUnixSeconds);
            session.Restore(s.Snapshot);
            _session = session;
            _next = s.Batches;
            _lastNotes = s.LastNotes;
            _lastFacts = s.LastFacts;
            _placed = _next - 1;
            _log.LogInformation("Shard {Shard} resumed on {Silo} at batch {Batch} with {Alerts} alerts", this.GetPrimaryKeyString(), RuntimeIdentity, _next, session.Alerts.Count);
        }
    }

    /// <summary>
    /// Called when the gateway is past this activation. If another activation of this shard wrote
    /// a later checkpoint (two activations can coexist for a moment while a silo is being declared
    /// dead), resumes from it: the gateway may already have dropped the batches before it.
    /// </summary>
    private async Task CatchUpFromStorageAsync()
    {
        var mine = _state.State;
        await _state.ReadStateAsync().ConfigureAwait(true);
        if (_state.State.Result is null && _state.State.Batches > _next)
        {
            _log.LogWarning("Shard {Shard} on {Silo} was at batch {Batch}; storage holds a later checkpoint", this.GetPrimaryKeyString(), RuntimeIdentity, _next);
            ResumeFromState();
        }
        else
        {
            // Not behind storage: keep this activation's own state (its stream start, say, before any
            // checkpoint exists), now with the stored version so its next checkpoint is written.
            _state.State = mine;
        }
    }

    /// <inheritdoc />
    public async Task<ShardRoundAck> StepAsync(long number, long firstEventUnixSeconds, byte[] items, TransferNote[] notes, bool full)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(notes);
        if (_state.State.Result is not null)
        {
            throw new InvalidOperationException($"shard {this.GetPrimaryKeyString()} has ended; batch {number} cannot be applied");
        }

        if (number > _next)
        {
            await CatchUpFromStorageAsync().ConfigureAwait(true);
        }

        if (number != _next)
        {
            // Applied before (a repeated call): the last batch's annotations and alert facts again, in case its answer was lost.
            return number == _next - 1 ? Ack(false, _lastNotes, _lastFacts) : Ack(false, [], []);
        }

        if (_session is null || !_session.Holding)
        {
            if (!full || _placed != number)
            {
                // Not holding the batch (it resumed from a checkpoint), or this activation has not
                // applied the batch's place round: the gateway sends the round again, then the batch (ADR 0201).
                return Ack(false, [], []);
            }

            _session ??= Open(firstEventUnixSeconds);
            // The batch's identifiers were interned by its place round, which this activation applied.
            _session.Begin(items);
        }

        _session.Receive(notes);
        var produced = _session.Run();
        var facts = _session.BatchFacts();
        if (_session.Holding)
        {
            return Ack(true, produced, facts);
        }

        _lastNotes = [.. _session.Produced];
        _lastFacts = facts;
        _next++;
        if (_next % _runtime.Settings.CheckpointEveryBatches == 0)
        {
            // Between batches only: nothing is held part-applied in a checkpoint.
            var s = _state.State;
            s.Snapshot = _session.Snapshot();
            s.Batches = _next;
            s.LastNotes = _lastNotes;
            s.LastFacts = _lastFacts;
            // Conditional on the version this activation read: a stale activation (its silo
            // wrongly declared dead) fails here instead of overwriting the live one's checkpoint.
            await _state.WriteStateAsync().ConfigureAwait(true);
            _durable = _next;
        }

        return Ack(false, produced, facts);
    }

    private ShardRoundAck Ack(bool holding, TransferNote[] notes, ShardFact[] facts) => new(_next, holding, notes, _durable, RuntimeIdentity, facts);

    /// <inheritdoc />
    public Task<string> SiloAsync() => Task.FromResult(RuntimeIdentity);

    /// <inheritdoc />
    public async Task<ShardResult> FinishAsync(long batches)
    {
        var s = _state.State;
        if (s.Result is null)
        {
            if (batches != _next || _session?.Holding == true)
            {
                return new ShardResult(false, _next, [], [], string.Empty, string.Empty, RuntimeIdentity);
            }

            // A stream without events takes its ages on 2000-01-01, as a stream grain does.
            var session = _session ?? Start(946_684_800);
            var scores = session.Finish();
            s.Result = new ShardResult(true, _next, [.. session.Alerts], scores, session.Engine.Model.Name, session.Engine.Fingerprint, RuntimeIdentity);
            s.Snapshot = [];
            s.Batches = _next;
            _session = null;
            await _state.WriteStateAsync().ConfigureAwait(true);
        }

        return s.Result;
    }

    private ShardSession Start(long firstEventUnixSeconds)
    {
        // Shard key: stream/shard/shards (the stream name may itself contain '/').
        var key = this.GetPrimaryKeyString();
        var parts = key.Split('/');
        var shard = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
        var shards = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stream = string.Join('/', parts[..^2]);
        var options = LocalIndicators.Apply(_runtime.Options);
        var offset = TimeSpan.FromMinutes(options.Engine.UtcOffsetMinutes);
        var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(firstEventUnixSeconds).ToOffset(offset).DateTime);
        return new ShardSession(shard, shards, _runtime.Reference(stream, asOf), options, _runtime.Model(options));
    }

    /// <summary>The grain key of shard <paramref name="shard"/> of <paramref name="shards"/> of <paramref name="stream"/>.</summary>
    public static string Key(string stream, int shard, int shards) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stream}/{shard}/{shards}");
}
