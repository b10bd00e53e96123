namespace Breakcard.Cluster.Gateway;

/// <summary>What the gateway did for one stream.</summary>
/// <param name="Stream">Stream name (the grain key).</param>
/// <param name="Events">Events sent.</param>
/// <param name="Batches">Batches sent (each applied exactly once).</param>
/// <param name="Alerts">Alerts written.</param>
/// <param name="Resends">Batches sent again after a silo failed.</param>
/// <param name="Failovers">Times a call failed and the gateway waited for the stream to move.</param>
/// <param name="Silos">Silos that answered for the stream, in order of first answer.</param>
public sealed record StreamResult(string Stream, long Events, long Batches, long Alerts, long Resends, long Failovers, IReadOnlyList<string> Silos);
