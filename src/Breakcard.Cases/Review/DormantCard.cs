using Breakcard.Core.Accounts;

namespace Breakcard.Cases.Review;

/// <summary>A personal account idle long enough to review for suspension. Immutable.</summary>
/// <param name="Account">The account.</param>
/// <param name="LastActivity">Its last transaction day, or null when it never had one.</param>
/// <param name="IdleDays">Days from the last activity (or opening, when never used) to the review day.</param>
public sealed record DormantCard(BankAccount Account, DateOnly? LastActivity, int IdleDays)
{
    /// <summary>True for a "blank card" (白卡): never used since it was opened.</summary>
    public bool NeverUsed => LastActivity is null;
}
