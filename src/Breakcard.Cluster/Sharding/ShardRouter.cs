using Breakcard.Cluster.Grains;
using Breakcard.Core.Events;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Which shard owns an entity, and which shards an event must reach: a stable hash of the
/// identifier (FNV-1a over its UTF-16 code units, the same on every machine and every run, unlike
/// <see cref="string.GetHashCode()"/>) modulo the shard count. An event goes to the shard of every
/// entity whose state it changes, in the order the engine changes them (ADR 0155).
/// </summary>
public static class ShardRouter
{
    /// <summary>The shard (0 … <paramref name="shards"/> − 1) that owns <paramref name="key"/>.</summary>
    public static int ShardOf(string key, int shards)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = unchecked((h ^ c) * 16777619u);
        }

        return (int)(h % (uint)shards);
    }

    /// <summary>
    /// The entities whose state <paramref name="e"/> changes, in the engine's order: a transaction's
    /// debit then credit account (cash points have no state), a call's caller then callee, an SMS's
    /// receiver, a login's account.
    /// </summary>
    public static IEnumerable<string> StateOwners(WireEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case WireKind.Transaction:
                if (!CashPoints.IsCash(e.A))
                {
                    yield return e.A;
                }

                if (!CashPoints.IsCash(e.B) && e.B != e.A)
                {
                    yield return e.B;
                }

                break;
            case WireKind.Call:
                yield return e.A;
                if (e.B != e.A)
                {
                    yield return e.B;
                }

                break;
            case WireKind.Sms:
                yield return e.B;
                break;
            case WireKind.Login:
                yield return e.A;
                break;
        }
    }

    /// <summary>
    /// The shards <paramref name="e"/> goes to, the first being its <em>primary</em> shard (the one
    /// that counts it and reports it if it is rejected). Every event reaches at least one shard: one
    /// between two cash points goes to the debit side's shard.
    /// </summary>
    public static int[] Shards(WireEvent e, int shards)
    {
        ArgumentNullException.ThrowIfNull(e);
        var result = new List<int>(2);
        foreach (var key in StateOwners(e))
        {
            var s = ShardOf(key, shards);
            if (!result.Contains(s))
            {
                result.Add(s);
            }
        }

        if (result.Count == 0)
        {
            result.Add(ShardOf(e.A, shards));
        }

        return [.. result];
    }
}
