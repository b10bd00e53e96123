namespace Breakcard.Cases.Review;

/// <summary>
/// Dormant cards for suspension review — source paper 4.4: banks should "suspend the
/// implementation of various businesses for blank bank cards that have not been used by
/// customers for a long time", before card farmers buy them (and PBOC 2006 Art. 11(4): a
/// long-dormant account suddenly active is suspicious). Lists personal accounts still usable
/// (active or dormant status) with no transaction for at least the idle period, never-used cards
/// first, then the longest idle. Pure.
/// </summary>
public static class DormantCardReview
{
    /// <summary>The default idle period: one year.</summary>
    public const int DefaultIdleDays = 365;

    /// <summary>The accounts of <paramref name="world"/> accepted by <paramref name="include"/> that are idle for at least <paramref name="idleDays"/> on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<DormantCard> Find(ReviewWorld world, Func<Core.Accounts.BankAccount, bool> include, DateOnly asOf, int idleDays)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(include);
        ArgumentOutOfRangeException.ThrowIfLessThan(idleDays, 1);
        return [.. world.Accounts
            .Where(a => a.HolderKind == Core.Accounts.AccountHolderKind.Personal
                && a.Status is Core.Accounts.AccountStatus.Active or Core.Accounts.AccountStatus.Dormant
                && a.Opened <= asOf && include(a))
            .Select(a =>
            {
                DateOnly? last = world.LastActivity.TryGetValue(a.AccountNumber, out var d) && d <= asOf ? d : null;
                return new DormantCard(a, last, asOf.DayNumber - (last ?? a.Opened).DayNumber);
            })
            .Where(d => d.IdleDays >= idleDays)
            .OrderByDescending(d => d.NeverUsed).ThenByDescending(d => d.IdleDays).ThenBy(d => d.Account.AccountNumber, StringComparer.Ordinal)];
    }
}
