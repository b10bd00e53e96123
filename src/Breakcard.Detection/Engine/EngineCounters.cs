namespace Breakcard.Detection.Engine;

/// <summary>What the engine did with the events it was given. Every received event is in exactly one of
/// <see cref="Applied"/>, <see cref="Pending"/>, <see cref="Duplicates"/>, <see cref="LateRejected"/>,
/// <see cref="Expired"/> and <see cref="OutOfRange"/>.</summary>
public record struct EngineCounters
{
    /// <summary>Events submitted.</summary>
    public long Received { get; set; }

    /// <summary>Events applied to state (including late ones applied at the frontier).</summary>
    public long Applied { get; set; }

    /// <summary>Events held in the reorder buffer, waiting for the watermark.</summary>
    public long Pending { get; set; }

    /// <summary>Events whose id was already seen: not applied again.</summary>
    public long Duplicates { get; set; }

    /// <summary>Late events applied at the release frontier.</summary>
    public long LateApplied { get; set; }

    /// <summary>Late events rejected by policy.</summary>
    public long LateRejected { get; set; }

    /// <summary>Events too old to de-duplicate: rejected.</summary>
    public long Expired { get; set; }

    /// <summary>Events with a time outside 2000–2067: rejected.</summary>
    public long OutOfRange { get; set; }

    /// <summary>Alerts raised.</summary>
    public long Alerts { get; set; }
}
