using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Gateway;

/// <summary>
/// Feeds a whole input to its stream's grain and writes the grain's outputs (a
/// <see cref="ClusterStream"/> opened, fed and finished): numbered batches, one in flight per
/// stream, replay after a silo failure, each alert written once (ADR 0111). Not thread safe; run
/// one gateway per stream (they may share a client).
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
        ArgumentNullException.ThrowIfNull(events);
        await using var open = await ClusterStream.OpenAsync(_client, stream, outputFolder, _options, Acknowledged, cancellationToken).ConfigureAwait(false);
        await open.SendAsync(events, flush: false).ConfigureAwait(false);
        return await open.FinishAsync().ConfigureAwait(false);
    }
}
