using System.Diagnostics;
using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Pipeline;
using Orleans.Runtime;
using Orleans.Storage;

namespace Breakcard.Cluster.Gateway;

/// <summary>
/// Feeds a stream to its grain and writes the grain's outputs: numbered batches, one in flight
/// per stream, so a slow cluster slows the producer (the input is pulled only when the previous
/// batch is acknowledged) and nothing is dropped. Batches since the grain's last durable
/// checkpoint stay in a replay buffer; when a call fails (the silo died), the gateway waits for
/// the grain to come up elsewhere, asks where it stands and sends again from there. Alert numbers
/// come from the deterministic replay, so each is written exactly once (ADR 0111).
/// Not thread safe; run one gateway per stream (they may share a client).
/// </summary>
public sealed class IngestGateway
{
    private readonly IClusterClient _client;
    private readonly GatewayOptions _options;

    /// <summary>Creates a gateway over <paramref name="client"/>.</summary>
    public IngestGateway(IClusterClient client, GatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new GatewayOptions();
        if (_options.BatchSize < 1)
        {
            throw new ArgumentException("batch size must be at least 1", nameof(options));
        }
    }

    /// <summary>Called after each acknowledged batch (for progress and fault-injection tests).</summary>
    public Action<string, SubmitResult>? Acknowledged { get; init; }

    /// <summary>
    /// Sends <paramref name="events"/> as stream <paramref name="stream"/> and writes
    /// <c>alerts.jsonl</c>, <c>scores.csv</c>, <c>summary.json</c> and (if any event was rejected)
    /// <c>rejected.csv</c> to <paramref name="outputFolder"/> — the files a single-process
    /// <c>MonitorSession</c> writes. The stream must be new (a grain that already took batches is refused).
    /// </summary>
    public async Task<StreamResult> RunAsync(string stream, IEnumerable<WireEvent> events, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(outputFolder);
        Directory.CreateDirectory(outputFolder);
        var run = new Run(_client.GetGrain<IMonitorGrain>(stream), stream, _options, Acknowledged, cancellationToken);
        var status = await run.CallAsync(g => g.StatusAsync(1)).ConfigureAwait(false);
        if (status.Next != 0)
        {
            throw new InvalidOperationException($"stream {stream} already took {status.Next} batches; give the new input another stream name");
        }

        using var alerts = new StreamWriter(Path.Combine(outputFolder, MonitorSession.AlertsFile), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        run.Alerts = alerts;
        var batch = new List<WireEvent>(_options.BatchSize);
        long sent = 0;
        foreach (var e in events)
        {
            batch.Add(e);
            if (batch.Count == _options.BatchSize)
            {
                sent += batch.Count;
                await run.SendAsync([.. batch]).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            sent += batch.Count;
            await run.SendAsync([.. batch]).ConfigureAwait(false);
        }

        var finish = await run.FinishAsync().ConfigureAwait(false);
        await alerts.FlushAsync(cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(outputFolder, MonitorSession.ScoresFile), finish.Scores, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(outputFolder, MonitorSession.SummaryFile), finish.Summary, cancellationToken).ConfigureAwait(false);
        var rejected = Path.Combine(outputFolder, MonitorSession.RejectedFile);
        if (finish.Rejected.Length > 0)
        {
            await File.WriteAllBytesAsync(rejected, finish.Rejected, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            File.Delete(rejected);
        }

        return new StreamResult(stream, sent, run.Batches, run.NextAlert - 1, run.Resends, run.Failovers, run.Silos);
    }

    /// <summary>The state of one stream's run.</summary>
    private sealed class Run(IMonitorGrain grain, string stream, GatewayOptions options, Action<string, SubmitResult>? acknowledged, CancellationToken cancel)
    {
        private readonly List<WireEvent[]> _buffer = [];
        private long _bufferBase;

        public StreamWriter? Alerts { get; set; }

        public int NextAlert { get; private set; } = 1;

        public long Batches { get; private set; }

        public long Resends { get; private set; }

        public long Failovers { get; private set; }

        public List<string> Silos { get; } = [];

        /// <summary>Sends the next batch and returns once the grain has applied it.</summary>
        public async Task SendAsync(WireEvent[] events)
        {
            var number = Batches++;
            _buffer.Add(events);
            var from = number;
            while (true)
            {
                if (from < _bufferBase)
                {
                    throw new InvalidOperationException($"stream {stream}: the grain resumed at batch {from}, before the gateway's replay buffer (from {_bufferBase}); its checkpoint storage lost data");
                }

                if (from < number)
                {
                    Resends++;
                }

                var batch = _buffer[checked((int)(from - _bufferBase))];
                var r = await CallAsync(g => g.SubmitAsync(from, batch, NextAlert)).ConfigureAwait(false);
                if (r.Next > number)
                {
                    return;
                }

                from = r.Next;
            }
        }

        public async Task<FinishResult> FinishAsync()
        {
            while (true)
            {
                var f = await CallAsync(g => g.FinishAsync(Batches, NextAlert), r => Accept(r.AlertsFrom, r.Alerts, null)).ConfigureAwait(false);
                if (f.Finished)
                {
                    return f;
                }

                // The grain came back from an older checkpoint: replay the rest, then finish.
                for (var b = f.Next; b < Batches; b++)
                {
                    Resends++;
                    var batch = _buffer[checked((int)(b - _bufferBase))];
                    var number = b;
                    var r = await CallAsync(g => g.SubmitAsync(number, batch, NextAlert)).ConfigureAwait(false);
                    b = r.Next - 1;
                }
            }
        }

        public Task<SubmitResult> CallAsync(Func<IMonitorGrain, Task<SubmitResult>> call) => CallAsync(call, Accept);

        private async Task<T> CallAsync<T>(Func<IMonitorGrain, Task<T>> call, Action<T> accept)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    var result = await call(grain).ConfigureAwait(false);
                    accept(result);
                    return result;
                }
                catch (Exception ex) when (Transient(ex) && clock.Elapsed < options.FailoverTimeout)
                {
                    Failovers++;
                    await Task.Delay(options.RetryPause, cancel).ConfigureAwait(false);
                }
            }
        }

        private void Accept(SubmitResult r)
        {
            Accept(r.AlertsFrom, r.Alerts, r.Silo);
            var trim = (int)Math.Clamp(r.Checkpointed - _bufferBase, 0, _buffer.Count);
            _buffer.RemoveRange(0, trim);
            _bufferBase += trim;
            acknowledged?.Invoke(stream, r);
        }

        private void Accept(int alertsFrom, string[] alerts, string? silo)
        {
            if (silo is not null && !Silos.Contains(silo))
            {
                Silos.Add(silo);
            }

            for (var i = 0; i < alerts.Length; i++)
            {
                var n = alertsFrom + i;
                if (n == NextAlert)
                {
                    Alerts!.WriteLine(alerts[i]);
                    NextAlert++;
                }
            }
        }

        private static bool Transient(Exception ex) => ex is OrleansException or TimeoutException or InconsistentStateException or SiloUnavailableException;
    }
}
