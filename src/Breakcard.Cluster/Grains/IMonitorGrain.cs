namespace Breakcard.Cluster.Grains;

/// <summary>
/// One monitored stream (an institution's transactions, an operator's records) hosted on the
/// cluster: the unchanged <c>MonitoringEngine</c> behind numbered batches. Every call is
/// idempotent, so a gateway that lost a reply or a silo simply sends again.
/// </summary>
public interface IMonitorGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies batch <paramref name="number"/> (0-based) if it is the next one; a batch already
    /// applied is acknowledged without being applied again; a batch ahead of the next is refused
    /// (the reply's <see cref="SubmitResult.Next"/> says which to send). The reply carries every
    /// alert numbered from <paramref name="alertsFrom"/> (1-based) on.
    /// </summary>
    Task<SubmitResult> SubmitAsync(long number, WireEvent[] events, int alertsFrom);

    /// <summary>Where the stream stands (activating the grain from its last checkpoint if needed).</summary>
    Task<SubmitResult> StatusAsync(int alertsFrom);

    /// <summary>
    /// Ends the stream after <paramref name="batches"/> batches: applies every held event, writes
    /// scores and summary, and keeps them. Repeating the call returns the same outputs.
    /// </summary>
    Task<FinishResult> FinishAsync(long batches, int alertsFrom);
}
