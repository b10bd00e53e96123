using Breakcard.Core.Events;
using Breakcard.Graph.Holders;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>Everything <see cref="WorldLoader"/> read: the two graphs, holders, the reference data and what was rejected.</summary>
internal sealed class LoadedWorld
{
    public required TemporalGraph Transactions { get; init; }

    public required TransactionIdIndex TransactionIds { get; init; }

    public required EntityGraph Entities { get; init; }

    public required HolderDirectory Holders { get; init; }

    public required WorldReference Reference { get; init; }

    public required QuarantineList Quarantine { get; init; }

    /// <summary>Event files read.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Events read, of every kind.</summary>
    public required long Events { get; init; }

    /// <summary>Accounts confirmed as mules (from --confirmed).</summary>
    public required IReadOnlyList<string> ConfirmedMules { get; init; }

    /// <summary>Transactions, when the loader was asked to keep them (for the FollowTheMoney export).</summary>
    public List<TransactionEvent> KeptTransactions { get; init; } = [];

    /// <summary>Calls, when kept.</summary>
    public List<CallEvent> KeptCalls { get; init; } = [];

    /// <summary>Accounts with an online-banking login, when events are kept.</summary>
    public SortedSet<string> OnlineAccounts { get; init; } = new(StringComparer.Ordinal);
}
