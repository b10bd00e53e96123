using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Telecom;

/// <summary>What kind of device an id belongs to.</summary>
public enum DeviceKind
{
    /// <summary>A mobile handset.</summary>
    Phone = 1,

    /// <summary>A computer (online banking, web platforms).</summary>
    Computer = 2,

    /// <summary>A SIM box / GOIP gateway ("猫池") holding many SIMs at once.</summary>
    SimBox = 3,
}

/// <summary>A device seen on logins, calls or SMS.</summary>
/// <param name="Id">Device id (IMEI for handsets and SIM boxes).</param>
/// <param name="Kind">Device kind.</param>
/// <param name="OwnerId">Id of the person who owns it, when known.</param>
public sealed record Device(DeviceId Id, DeviceKind Kind, string? OwnerId);
