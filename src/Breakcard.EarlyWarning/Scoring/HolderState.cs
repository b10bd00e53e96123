using Breakcard.EarlyWarning.Input;
using Breakcard.EarlyWarning.Signals;

namespace Breakcard.EarlyWarning.Scoring;

/// <summary>What the scorer keeps per holder while events stream by.</summary>
internal sealed class HolderState(string id, HolderFacts? facts, IReadOnlyList<PriorFactor> priors)
{
    public string Id { get; } = id;

    public HolderFacts? Facts { get; } = facts;

    public IReadOnlyList<PriorFactor> Priors { get; } = priors;

    public List<AccountState> Accounts { get; } = [];

    public List<Signal> Signals { get; } = [];

    public HashSet<(SignalKind, string)> Seen { get; } = [];

    public SignalKind[] Kinds { get; set; } = [];

    public int Score { get; set; }

    public DateTimeOffset? WarnedAt { get; set; }

    public int ScoreAtWarning { get; set; }

    public long SettlementFen { get; set; }

    public int CardsInOtherHands { get; set; }

    public DateTimeOffset? ThresholdReachedAt { get; set; }

    public string? ThresholdReason { get; set; }

    public bool Owns(string account)
    {
        foreach (var a in Accounts)
        {
            if (string.Equals(a.Facts.AccountNumber, account, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
