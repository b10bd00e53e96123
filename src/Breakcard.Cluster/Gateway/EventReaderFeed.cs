using Breakcard.Cluster.Grains;
using Breakcard.Ingest;

namespace Breakcard.Cluster.Gateway;

/// <summary>
/// Feeds what an Ingest <see cref="EventReader"/> accepts to the cluster: the reader a file input
/// opens (<see cref="GatewayInput"/>) or the one the web host's <c>POST /api/v1/events</c> opens over
/// a request body (JSON, JSON Lines, mapped CSV, pacs.008), so the cluster takes the same inputs as
/// <c>breakcard monitor</c> and the web API with the same validation and quarantine. A host that
/// runs the web API against a cluster keeps one <see cref="ClusterStream"/> per institution and
/// calls <see cref="SendAsync"/> per request; the web project itself needs no Orleans.
/// </summary>
public static class EventReaderFeed
{
    /// <summary>The events <paramref name="reader"/> accepts, in input order, pulled lazily (rejected records go to its quarantine).</summary>
    public static IEnumerable<WireEvent> Events(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.Read())
        {
            yield return Current(reader);
        }
    }

    /// <summary>The event <paramref name="reader"/> stands on (after a <see cref="EventReader.Read"/> that returned true).</summary>
    public static WireEvent Current(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Kind switch
        {
            IngestEventKind.Transaction => WireEvent.Of(reader.Transaction),
            IngestEventKind.Call => WireEvent.Of(reader.Call),
            IngestEventKind.Sms => WireEvent.Of(reader.Sms),
            IngestEventKind.Login => WireEvent.Of(reader.Login),
            _ => throw new InvalidOperationException("the reader returned an event of no kind"),
        };
    }

    /// <summary>
    /// Sends every event <paramref name="reader"/> accepts (one request's batch) to
    /// <paramref name="stream"/> and returns, once the cluster has applied them all, how many were sent.
    /// </summary>
    public static async Task<long> SendAsync(this ClusterStream stream, EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reader);
        long sent = 0;
        await stream.SendAsync(Counted(Events(reader)), flush: true).ConfigureAwait(false);
        return sent;

        IEnumerable<WireEvent> Counted(IEnumerable<WireEvent> events)
        {
            foreach (var e in events)
            {
                sent++;
                yield return e;
            }
        }
    }
}
