using Breakcard.EarlyWarning.Input;

namespace Breakcard.EarlyWarning.Scoring;

/// <summary>What the scorer keeps per account: counterparties seen, a day of first-time payers, stranger inflows awaiting an outflow.</summary>
internal sealed class AccountState(AccountFacts facts, HolderState holder, bool dormant)
{
    public AccountFacts Facts { get; } = facts;

    public HolderState Holder { get; } = holder;

    public bool Dormant { get; } = dormant;

    public HashSet<string> Counterparties { get; } = new(StringComparer.Ordinal);

    public Queue<DateTimeOffset> StrangerPayments { get; } = new();

    public List<(DateTimeOffset Time, long Fen)> OpenInflows { get; } = [];

    public Queue<DateTimeOffset> PassThroughs { get; } = new();

    public bool CardInOtherHands { get; set; }
}
