using System.Text.Json;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Ingest;
using Breakcard.Web.Monitoring;

namespace Breakcard.Cli.Commands.Serve;

/// <summary>
/// An institution's live monitor on a monitoring cluster (ADR 0180): the events the web host adds
/// go to the institution's <see cref="ClusterStream"/> at each commit, which returns once the
/// cluster has applied them (back-pressure; the stream's replay buffer and numbered batches mean
/// nothing is dropped or applied twice across silo failures), and the alerts the cluster wrote come
/// back for the web's alert book. The events of one commit must fit one batch of the stream, so
/// that an error leaves every event either applied or in the stream's replay buffer.
/// </summary>
internal sealed class ClusterMonitorEngine : IMonitorEngine
{
    private readonly ClusterStream _stream;
    private readonly int _batch;
    private readonly List<WireEvent> _added = [];
    private readonly List<string> _written = [];

    public ClusterMonitorEngine(ClusterStream stream, int batchSize)
    {
        _stream = stream;
        _batch = batchSize;
        stream.AlertWritten = _written.Add;
    }

    private string Held => $"the monitoring cluster did not apply stream {_stream.Name}'s batch within the failover time; the events read are held and applied before the next request's, and their ids count as received";

    public void Add(EventReader reader)
    {
        if (_added.Count == _batch)
        {
            throw new InvalidOperationException($"more than {_batch} events added without a commit; the stream's batch is {_batch}");
        }

        _added.Add(EventReaderFeed.Current(reader));
    }

    public async Task<IReadOnlyList<Alert>> CommitAsync(CancellationToken cancellationToken)
    {
        WireEvent[] events = [.. _added];
        _added.Clear();
        // Not cut short by the token: a send given up half-way would leave the stream to the next caller mid-batch.
        await Unavailable(_stream.SendAsync(events, flush: true), Held).ConfigureAwait(false);
        return Take();
    }

    public async Task<IReadOnlyList<Alert>> FlushAsync(CancellationToken cancellationToken)
    {
        await CommitAsync(cancellationToken).ConfigureAwait(false);
        await Unavailable(_stream.FlushAsync(), Held).ConfigureAwait(false);
        return Take();
    }

    /// <summary>
    /// A failure the stream gave up on (after its failover time) as the web host's 503; the batch
    /// stays in the stream's replay buffer and is sent again before the next one.
    /// </summary>
    internal static async Task Unavailable(Task call, string what)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Orleans.Runtime.OrleansException or TimeoutException)
        {
            // The type only: the detail goes to clients, who need what happened, not Orleans' internals.
            throw new MonitorEngineUnavailableException($"{what} ({ex.GetType().Name}); retry later", ex);
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    // The lines are the ones the cluster's session wrote (alerts.jsonl), read back as the web host
    // reads a monitor's alerts file.
    private List<Alert> Take()
    {
        var alerts = new List<Alert>(_written.Count);
        foreach (var line in _written)
        {
            alerts.Add(JsonSerializer.Deserialize<Alert>(line) ?? throw new InvalidDataException($"stream {_stream.Name}: the cluster sent an empty alert line"));
        }

        _written.Clear();
        return alerts;
    }
}
