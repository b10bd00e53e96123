using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Events;

/// <summary>
/// Ground truth of one illicit event. Few events carry one, so it is a class: fund-flow lineage
/// holds references to the labels of victims' payments, and the event's final number is filled
/// in once its day has been sorted.
/// </summary>
internal sealed class EventLabel(Typology typology, int ring, TransactionPattern pattern, int alert, int actor)
{
    public Typology Typology { get; } = typology;

    public int Ring { get; } = ring;

    public TransactionPattern Pattern { get; } = pattern;

    /// <summary>Alert (pattern instance) id, or -1.</summary>
    public int Alert { get; } = alert;

    /// <summary>Person who performed the event, when the truth knows (-1 otherwise).</summary>
    public int Actor { get; } = actor;

    public EventKind Kind { get; set; }

    /// <summary>The event's 1-based number among events of its kind, once sorted (0 before).</summary>
    public long Number { get; set; }
}
