using Breakcard.Core.Truth;

namespace Breakcard.EarlyWarning.Evaluation;

/// <summary>
/// What evaluation needs from ground truth about one aider (truth/persons.csv, truth/events.csv):
/// read by the host after scoring, never given to the scorer.
/// </summary>
/// <param name="PersonId">Person id.</param>
/// <param name="Role">Their role.</param>
/// <param name="FirstIllicitAt">First illicit event touching them (for sellers usually the buyer's test login).</param>
/// <param name="FirstIllicitTransactionAt">First illicit transaction on one of their accounts; null if none in the data.</param>
public sealed record TruthPerson(string PersonId, TruthRole Role, DateTimeOffset? FirstIllicitAt, DateTimeOffset? FirstIllicitTransactionAt)
{
    /// <summary>Whether the person is whom early warning is for: someone who sold, rented or lent a card or let their own account be used.</summary>
    public bool IsTarget => Role is TruthRole.Seller or TruthRole.SettlementMule;
}
