namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Where in the application of one event a shard raised an alert, so the merge puts alerts of one
/// event raised on different shards in the single-process engine's order: debit side, credit side,
/// then the linked risk each side raised, in that order (ADR 0185).
/// </summary>
public static class AlertStep
{
    /// <summary>A whole event (every alert of it is raised on one shard, in the shard's order).</summary>
    public const byte Whole = 0;

    /// <summary>The debit side of a split transfer.</summary>
    public const byte Debit = 0;

    /// <summary>The credit side of a split transfer.</summary>
    public const byte Credit = 1;

    /// <summary>Pushes and linked risk after the debit side.</summary>
    public const byte DebitFollowUps = 2;

    /// <summary>Pushes and linked risk after the credit side.</summary>
    public const byte CreditFollowUps = 3;
}
