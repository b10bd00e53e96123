using System.Diagnostics;
using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Pipeline;
using Orleans.Runtime;
using Orleans.Storage;

namespace Breakcard.Cluster.Gateway;

/// <summary>
/// An open stream to its grain, fed in as many calls as the producer likes — a whole input file
/// (<see cref="IngestGateway"/>) or one web request's batch after another
/// (<see cref="EventReaderFeed"/>): numbered batches, one in flight, so a slow cluster slows the
/// producer and nothing is dropped. Batches since the grain's last durable checkpoint stay in a
/// replay buffer; when a call fails (the silo died), the stream waits for the grain to come up
/// elsewhere, asks where it stands and sends again from there. Alert numbers come from the
/// deterministic replay, so each is written to <c>alerts.jsonl</c> exactly once (ADR 0111).
/// Not thread safe: one producer per stream.
/// </summary>
public sealed class ClusterStream : IAsyncDisposable
{
    private readonly IMonitorGrain _grain;
    private readonly GatewayOptions _options;
    private readonly Action<string, SubmitResult>? _acknowledged;
    private readonly CancellationToken _cancel;
    private readonly string _folder;
    private readonly StreamWriter _alerts;
    private readonly List<WireEvent[]> _buffer = [];
    private readonly List<WireEvent> _pending;
    private readonly List<string> _silos = [];
    private long _bufferBase;
    private long _applied;
    private long _events;
    private long _resends;
    private long _failovers;
    private int _nextAlert = 1;
    private bool _finished;

    private ClusterStream(IMonitorGrain grain, string name, string folder, GatewayOptions options, Action<string, SubmitResult>? acknowledged, CancellationToken cancel)
    {
        _grain = grain;
        Name = name;
        _folder = folder;
        _options = options;
        _acknowledged = acknowledged;
        _cancel = cancel;
        _pending = new List<WireEvent>(options.BatchSize);
        _alerts = new StreamWriter(Path.Combine(folder, MonitorSession.AlertsFile), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>The stream name (the grain key).</summary>
    public string Name { get; }

    /// <summary>Batches acknowledged so far.</summary>
    public long Batches { get; private set; }

    /// <summary>Alerts written so far.</summary>
    public long Alerts => _nextAlert - 1;

    /// <summary>
    /// Called with each alert line (JSON, as written to <c>alerts.jsonl</c>) once, in alert order,
    /// as it is written — how a host that shows alerts (the web's alert book) reads them back.
    /// </summary>
    public Action<string>? AlertWritten { get; set; }

    /// <summary>
    /// Opens stream <paramref name="stream"/>, which must be new (a grain that already took batches
    /// is refused), writing its outputs to <paramref name="outputFolder"/>.
    /// </summary>
    public static async Task<ClusterStream> OpenAsync(IClusterClient client, string stream, string outputFolder, GatewayOptions? options = null,
        Action<string, SubmitResult>? acknowledged = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(outputFolder);
        options ??= new GatewayOptions();
        if (options.BatchSize < 1)
        {
            throw new ArgumentException("batch size must be at least 1", nameof(options));
        }

        Directory.CreateDirectory(outputFolder);
        var s = new ClusterStream(client.GetGrain<IMonitorGrain>(stream), stream, outputFolder, options, acknowledged, cancellationToken);
        try
        {
            var status = await s.CallAsync(g => g.StatusAsync(1)).ConfigureAwait(false);
            if (status.Next != 0)
            {
                throw new InvalidOperationException($"stream {stream} already took {status.Next} batches; give the new input another stream name");
            }
        }
        catch
        {
            await s.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return s;
    }

    /// <summary>
    /// Sends <paramref name="events"/> in full batches as they fill; with <paramref name="flush"/>,
    /// the last partial batch too, so every event given has been applied when the call returns (what
    /// a web request needs before it answers).
    /// </summary>
    public async Task SendAsync(IEnumerable<WireEvent> events, bool flush = true)
    {
        ArgumentNullException.ThrowIfNull(events);
        ObjectDisposedException.ThrowIf(_finished, this);
        foreach (var e in events)
        {
            _pending.Add(e);
            if (_pending.Count == _options.BatchSize)
            {
                await SendPendingAsync().ConfigureAwait(false);
            }
        }

        if (flush && _pending.Count > 0)
        {
            await SendPendingAsync().ConfigureAwait(false);
        }
        else if (flush && _applied < Batches)
        {
            // An earlier call gave up (the cluster was unreachable for longer than the failover
            // timeout) with batches sent but not acknowledged: they are still in the replay buffer
            // and are applied now, before the caller is told everything it gave is applied.
            await DriveAsync(_applied, Batches - 1).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a flush marker (<see cref="WireKind.Flush"/>) as its own batch and returns once the grain
    /// has applied every event it held back for late arrivals — a single-process host's end-of-input
    /// flush, after which the stream still takes events.
    /// </summary>
    public Task FlushAsync() => SendAsync([WireEvent.FlushMarker], flush: true);

    /// <summary>
    /// Ends the stream: sends what is pending, lets the grain apply every held event, and writes
    /// <c>scores.csv</c>, <c>summary.json</c> and (if any event was rejected) <c>rejected.csv</c>.
    /// </summary>
    public async Task<StreamResult> FinishAsync()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_pending.Count > 0)
        {
            await SendPendingAsync().ConfigureAwait(false);
        }

        FinishResult finish;
        while (true)
        {
            finish = await CallAsync(g => g.FinishAsync(Batches, _nextAlert), r => Accept(r.AlertsFrom, r.Alerts, null)).ConfigureAwait(false);
            if (finish.Finished)
            {
                break;
            }

            // The grain came back from an older checkpoint: replay the rest, then finish.
            for (var b = finish.Next; b < Batches; b++)
            {
                _resends++;
                var batch = _buffer[checked((int)(b - _bufferBase))];
                var number = b;
                var r = await CallAsync(g => g.SubmitAsync(number, batch, _nextAlert)).ConfigureAwait(false);
                b = r.Next - 1;
            }
        }

        _finished = true;
        await _alerts.FlushAsync(_cancel).ConfigureAwait(false);
        await _alerts.DisposeAsync().ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(_folder, MonitorSession.ScoresFile), finish.Scores, _cancel).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(_folder, MonitorSession.SummaryFile), finish.Summary, _cancel).ConfigureAwait(false);
        var rejected = Path.Combine(_folder, MonitorSession.RejectedFile);
        if (finish.Rejected.Length > 0)
        {
            await File.WriteAllBytesAsync(rejected, finish.Rejected, _cancel).ConfigureAwait(false);
        }
        else
        {
            File.Delete(rejected);
        }

        return new StreamResult(Name, _events, Batches, Alerts, _resends, _failovers, [.. _silos]);
    }

    /// <summary>Closes the alerts file (a stream not finished stays open on the cluster).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _alerts.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends the pending events as the next batch and returns once the grain has applied it.</summary>
    private async Task SendPendingAsync()
    {
        WireEvent[] events = [.. _pending];
        _pending.Clear();
        _events += events.Count(e => e.Kind != WireKind.Flush);
        var number = Batches++;
        _buffer.Add(events);
        await DriveAsync(number, number).ConfigureAwait(false);
    }

    /// <summary>Sends buffered batches from <paramref name="from"/> on until the grain has applied batch <paramref name="last"/>.</summary>
    private async Task DriveAsync(long from, long last)
    {
        while (true)
        {
            if (from < _bufferBase)
            {
                throw new InvalidOperationException($"stream {Name}: the grain resumed at batch {from}, before the gateway's replay buffer (from {_bufferBase}); its checkpoint storage lost data");
            }

            if (from < last)
            {
                _resends++;
            }

            var batch = _buffer[checked((int)(from - _bufferBase))];
            var r = await CallAsync(g => g.SubmitAsync(from, batch, _nextAlert)).ConfigureAwait(false);
            if (r.Next > last)
            {
                return;
            }

            from = r.Next;
        }
    }

    private Task<SubmitResult> CallAsync(Func<IMonitorGrain, Task<SubmitResult>> call) => CallAsync(call, Accept);

    private async Task<T> CallAsync<T>(Func<IMonitorGrain, Task<T>> call, Action<T> accept)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            _cancel.ThrowIfCancellationRequested();
            try
            {
                var result = await call(_grain).ConfigureAwait(false);
                accept(result);
                return result;
            }
            catch (Exception ex) when (Transient(ex) && clock.Elapsed < _options.FailoverTimeout)
            {
                _failovers++;
                await Task.Delay(_options.RetryPause, _cancel).ConfigureAwait(false);
            }
        }
    }

    private void Accept(SubmitResult r)
    {
        Accept(r.AlertsFrom, r.Alerts, r.Silo);
        _applied = Math.Max(_applied, r.Next);
        var trim = (int)Math.Clamp(r.Checkpointed - _bufferBase, 0, _buffer.Count);
        _buffer.RemoveRange(0, trim);
        _bufferBase += trim;
        _acknowledged?.Invoke(Name, r);
    }

    private void Accept(int alertsFrom, string[] alerts, string? silo)
    {
        if (silo is not null && !_silos.Contains(silo))
        {
            _silos.Add(silo);
        }

        for (var i = 0; i < alerts.Length; i++)
        {
            if (alertsFrom + i == _nextAlert)
            {
                _alerts.WriteLine(alerts[i]);
                _nextAlert++;
                AlertWritten?.Invoke(alerts[i]);
            }
        }
    }

    /// <summary>True for failures that mean "the silo is gone or the grain is moving": call again.</summary>
    internal static bool Transient(Exception ex) => ex is OrleansException or TimeoutException or InconsistentStateException or SiloUnavailableException;
}
