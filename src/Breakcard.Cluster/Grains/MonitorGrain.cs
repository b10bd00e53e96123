using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection.Pipeline;
using Microsoft.Extensions.Logging;

namespace Breakcard.Cluster.Grains;

/// <summary>
/// Hosts one stream's <see cref="MonitorSession"/> (and so the unchanged engine) on whichever silo
/// Orleans activates it. Batches are numbered: the grain applies batch n only after n − 1, so the
/// engine sees exactly the event sequence a single-process run sees, and every
/// <see cref="CheckpointEvery"/> batches it writes the session snapshot and the committed output
/// files to grain storage before acknowledging. When its silo dies, the next call activates it on
/// another silo from that checkpoint; the gateway re-sends the batches after it, and because
/// alerts are numbered by the deterministic replay, the gateway keeps each number once
/// (ADR 0110, 0111). Placed on the silo whose gateway the stream's gateway connects to, so a
/// stream's traffic stays on one silo and streams spread as gateways spread over silos.
/// </summary>
[Orleans.Placement.PreferLocalPlacement]
public sealed class MonitorGrain : Grain, IMonitorGrain
{
    internal static readonly JsonSerializerOptions LineJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IPersistentState<MonitorGrainState> _state;
    private readonly MonitorRuntime _runtime;
    private readonly ILogger<MonitorGrain> _log;
    private MonitorSession? _session;
    private string _scratch = string.Empty;
    private long _next;

    // Batches in the last checkpoint this activation read or wrote. Results report this, never the
    // state object's Batches, which is set before the write (a failed write must not let the
    // gateway drop batches that no checkpoint holds).
    private long _durable;

    /// <summary>Created by Orleans.</summary>
    public MonitorGrain([PersistentState("monitor", ClusterNames.Storage)] IPersistentState<MonitorGrainState> state, MonitorRuntime runtime, ILogger<MonitorGrain> log)
    {
        _state = state;
        _runtime = runtime;
        _log = log;
    }

    private int CheckpointEvery => _runtime.Settings.CheckpointEveryBatches;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        _scratch = Path.Combine(_runtime.Settings.ScratchFolder, Safe(key) + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_scratch);
        var s = _state.State;
        _durable = s.Batches;
        if (s.Finished)
        {
            return Task.CompletedTask;
        }

        if (s.Snapshot.Length > 0)
        {
            var checkpoint = Path.Combine(_scratch, "checkpoint");
            Directory.CreateDirectory(checkpoint);
            File.WriteAllBytes(Path.Combine(checkpoint, MonitorSession.SnapshotFile), s.Snapshot);
            File.WriteAllBytes(Path.Combine(_scratch, MonitorSession.AlertsFile), s.Alerts);
            File.WriteAllBytes(Path.Combine(_scratch, MonitorSession.RejectedFile), s.Rejected);
            var reference = _runtime.Reference(key, DateOnly.FromDayNumber(s.AsOfDayNumber));
            _session = MonitorSession.Resume(checkpoint, reference, _runtime.Options, _runtime.Model(_runtime.Options), _scratch);
            _next = s.Batches;
            _log.LogInformation("Stream {Stream} resumed on {Silo} at batch {Batch} with {Alerts} alerts", key, RuntimeIdentity, _next, _session.Alerts.Count);
        }

        // Otherwise the session starts with the first batch, whose first event gives the day the
        // reference data's ages are taken on (as breakcard monitor does).
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _session?.Dispose();
        _session = null;
        TryDelete(_scratch);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<SubmitResult> SubmitAsync(long number, WireEvent[] events, int alertsFrom)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (_state.State.Finished)
        {
            throw new InvalidOperationException($"stream {this.GetPrimaryKeyString()} has ended; batch {number} cannot be applied");
        }

        if (number == _next)
        {
            _session ??= Start(events);
            _session.Feed(events);
            _next++;
            if (_next - _durable >= CheckpointEvery)
            {
                await CheckpointAsync().ConfigureAwait(true);
            }
        }

        return Status(alertsFrom);
    }

    /// <inheritdoc />
    public Task<SubmitResult> StatusAsync(int alertsFrom) => Task.FromResult(Status(alertsFrom));

    /// <inheritdoc />
    public async Task<FinishResult> FinishAsync(long batches, int alertsFrom)
    {
        var s = _state.State;
        if (!s.Finished)
        {
            if (batches != _next)
            {
                return new FinishResult(false, _next, alertsFrom, [], [], [], []);
            }

            var session = _session ?? Start([]);
            session.Finish();
            session.Dispose();
            _session = null;
            s.Alerts = File.ReadAllBytes(Path.Combine(_scratch, MonitorSession.AlertsFile));
            s.Scores = File.ReadAllBytes(Path.Combine(_scratch, MonitorSession.ScoresFile));
            s.Summary = File.ReadAllBytes(Path.Combine(_scratch, MonitorSession.SummaryFile));
            var rejected = Path.Combine(_scratch, MonitorSession.RejectedFile);
            s.Rejected = File.Exists(rejected) ? File.ReadAllBytes(rejected) : [];
            s.Snapshot = [];
            s.Batches = _next;
            s.Finished = true;
            await _state.WriteStateAsync().ConfigureAwait(true);
        }

        var lines = AlertLines.Split(s.Alerts);
        return new FinishResult(true, s.Batches, alertsFrom, From(lines, alertsFrom), s.Scores, s.Summary, s.Rejected);
    }

    /// <summary>Starts the stream's session; ages are taken on the first event's local day.</summary>
    private MonitorSession Start(WireEvent[] first)
    {
        var offset = TimeSpan.FromMinutes(_runtime.Options.Engine.UtcOffsetMinutes);
        var asOf = DateOnly.FromDateTime(first.Length > 0 ? first[0].Time.ToOffset(offset).DateTime : new DateTime(2000, 1, 1));
        _state.State.AsOfDayNumber = asOf.DayNumber;
        return new MonitorSession(_runtime.Reference(this.GetPrimaryKeyString(), asOf), _runtime.Options, _runtime.Model(_runtime.Options), EnsureScratch());
    }

    private SubmitResult Status(int alertsFrom)
    {
        string[] alerts;
        if (_session is { } session)
        {
            var list = session.Alerts;
            var from = Math.Max(1, alertsFrom);
            alerts = new string[Math.Max(0, list.Count - from + 1)];
            for (var i = 0; i < alerts.Length; i++)
            {
                alerts[i] = JsonSerializer.Serialize(list[from - 1 + i], LineJson);
            }
        }
        else
        {
            alerts = From(AlertLines.Split(_state.State.Alerts), alertsFrom);
        }

        return new SubmitResult(_next, _durable, Math.Max(1, alertsFrom), alerts, RuntimeIdentity);
    }

    private async Task CheckpointAsync()
    {
        var checkpoint = Path.Combine(EnsureScratch(), "checkpoint");
        _session!.Checkpoint(checkpoint);
        var s = _state.State;
        s.Snapshot = File.ReadAllBytes(Path.Combine(checkpoint, MonitorSession.SnapshotFile));
        s.Alerts = ReadShared(Path.Combine(_scratch, MonitorSession.AlertsFile));
        s.Rejected = ReadShared(Path.Combine(_scratch, MonitorSession.RejectedFile));
        s.Batches = _next;
        // The write is conditional on the ETag read at activation: a stale activation (a silo
        // wrongly declared dead) fails here instead of overwriting the live one's checkpoint.
        await _state.WriteStateAsync().ConfigureAwait(true);
        _durable = _next;
    }

    /// <summary>
    /// The activation's scratch folder, created again if something removed it: a session's open
    /// files survive that, and a checkpoint must not fail on the folder alone (a bench once reported
    /// such a folder missing; ADR 0156).
    /// </summary>
    private string EnsureScratch()
    {
        Directory.CreateDirectory(_scratch);
        return _scratch;
    }

    private static string[] From(string[] lines, int alertsFrom)
    {
        var from = Math.Max(1, alertsFrom);
        return from > lines.Length ? [] : lines[(from - 1)..];
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string Safe(string key) => string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    private static void TryDelete(string folder)
    {
        try
        {
            if (folder.Length > 0 && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch files of a finished activation; a later run does not read them.
        }
    }
}
