using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <summary>
/// What the places of one login, call or SMS counted when it was applied to them (ADR 0177, 0188):
/// computed by the shards that own the device, IP and cell and handed to the shard that owns the
/// account or SIM, in place of the engine's own device, IP and cell stores.
/// </summary>
/// <param name="DeviceHolders">Logins: distinct holders of accounts used from the device in its window, after this login.</param>
/// <param name="IpHolders">Logins: distinct holders using the IP address in its window, after this login.</param>
/// <param name="SimsInDevice">Calls and SMS: distinct SIMs seen in the device in its window, after this event.</param>
/// <param name="HeavyInCell">Calls: heavy-calling SIMs in the cell today when the caller is one of them, else 0.</param>
/// <param name="Pushes">The strengths the device pushes to accounts or SIMs it served before, in the engine's order (null for none).</param>
public readonly record struct PlaceCounts(int DeviceHolders, int IpHolders, int SimsInDevice, int HeavyInCell, PlacePush[]? Pushes);

/// <summary>A strength a place pushes to an entity it served before (SHARED_DEVICE to accounts, SIM_CLUSTER to SIMs).</summary>
/// <param name="Kind">Kind of the receiving entity.</param>
/// <param name="Entity">Its index.</param>
/// <param name="Indicator">The indicator raised.</param>
/// <param name="Strength">The strength (0–100).</param>
public readonly record struct PlacePush(ScoredKind Kind, int Entity, IndicatorId Indicator, byte Strength);

/// <summary>
/// Gives an engine the place counts of the logins, calls and SMS it applies (a shard host's side
/// of the place stage); an engine without one reads its own device, IP and cell stores.
/// </summary>
public interface IPlaceInput
{
    /// <summary>The counts for <paramref name="e"/>, taken once when the engine applies it; false to let the engine count itself.</summary>
    bool TryTake(in EngineEvent e, out PlaceCounts counts);
}
