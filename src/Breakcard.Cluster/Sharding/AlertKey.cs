namespace Breakcard.Cluster.Sharding;

/// <summary>
/// An owned alert's place in the merge's order and the device its fact reads — a
/// <see cref="ShardAlert"/> without its line (ADR 0445). The ordinal is the alert's index among its shard's.
/// </summary>
/// <param name="Release">The trigger event's position in the engine's application order.</param>
/// <param name="Step">Where in the trigger's application it was raised (<see cref="AlertStep"/>).</param>
/// <param name="Device">The device whose counts the alert's SHARED_DEVICE or SIM_CLUSTER value reads, if any.</param>
internal readonly record struct AlertKey(long Release, long Step, string? Device);
