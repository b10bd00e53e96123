namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Where in the application of one event a shard raised an alert, so the merge puts alerts of one
/// event raised on different shards in the single-process engine's order: debit side, credit side,
/// then the linked risk each side raised, in that order (ADR 0185).
/// </summary>
public static class AlertStep
{
    /// <summary>A whole event (every alert of it is raised on one shard, in the shard's order).</summary>
    public const long Whole = 0;

    /// <summary>The debit side of a split transfer.</summary>
    public const long Debit = 0;

    /// <summary>The credit side of a split transfer.</summary>
    public const long Credit = 1;

    /// <summary>Linked risk after the debit side (a holder raised again in its pass: + 2 per generation, ADR 0361).</summary>
    public const long DebitFollowUps = 2;

    /// <summary>Linked risk after the credit side (+ 2 per generation).</summary>
    public const long CreditFollowUps = 3;

    /// <summary>
    /// The follow-ups of a whole login, call or SMS (ADR 0188, 0201, 0330, 0338, 0361), after the
    /// trigger's own alerts: <c>Push</c> for a relayed code's push, <c>Push + 1 + i</c> for the
    /// receiver of the device's push <c>i</c>, then linked risk by who raised the holder and in which
    /// generation. Only whole events push, so these never meet the transfer sides' steps of one release.
    /// </summary>
    public const long Push = 2;

    /// <summary>The step <paramref name="index"/> places after <see cref="Push"/>.</summary>
    public static long OfPush(long index) => checked(Push + index);
}
