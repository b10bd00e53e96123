using Breakcard.Core.Links;
using Breakcard.Graph.Internal;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Links.Internal;

/// <summary>Maps accounts between the transaction graph and the entity graph by account number.</summary>
internal sealed class AccountMap
{
    private readonly int[] _entityOf;
    private readonly int[] _graphOf;

    private AccountMap(int[] entityOf, int[] graphOf)
    {
        _entityOf = entityOf;
        _graphOf = graphOf;
    }

    public static AccountMap Create(EntityGraph entities, TemporalGraph? transactions)
    {
        if (transactions is null)
        {
            return new AccountMap([], []);
        }

        var entityOf = new int[transactions.AccountCount];
        var graphOf = new int[entities.NodeCount];
        Array.Fill(graphOf, -1);

        // Look-ups are read-only and independent; each account writes only its own slots.
        ParallelAccounts.For(transactions.AccountCount, () => 0, (a, _) =>
        {
            if (entities.TryFind(EntityKind.Account, transactions.Accounts.NameOf(a), out var node))
            {
                entityOf[a] = node;
                graphOf[node] = a;
            }
            else
            {
                entityOf[a] = -1;
            }
        });

        return new AccountMap(entityOf, graphOf);
    }

    /// <summary>Entity node of a transaction-graph account, or −1.</summary>
    public int EntityOf(int graphAccount) => graphAccount < _entityOf.Length ? _entityOf[graphAccount] : -1;

    /// <summary>Transaction-graph account of an entity node, or −1.</summary>
    public int GraphAccountOf(int entity) => entity < _graphOf.Length ? _graphOf[entity] : -1;
}
