using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;

namespace Breakcard.Cases.Review;

/// <summary>
/// Addresses hosting many companies — source paper 4.4: market regulators should verify
/// "whether the registered address of the enterprise is real" and reduce shell companies; many
/// companies at one address is the shell-company signal of INDICATORS.md. Largest first. Pure.
/// </summary>
public static class AddressConcentration
{
    /// <summary>The default threshold: five or more companies at one address.</summary>
    public const int DefaultMinimum = 5;

    /// <summary>Addresses with at least <paramref name="minimum"/> companies.</summary>
    public static IReadOnlyList<AddressCluster> Find(ReviewWorld world, int minimum)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        var accounts = world.Accounts.Where(a => a.HolderKind == AccountHolderKind.Corporate)
            .GroupBy(a => a.HolderId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. world.Companies.GroupBy(c => Addresses.Key(c.RegisteredAddress), StringComparer.Ordinal)
            .Where(g => g.Count() >= minimum)
            .Select(g => new AddressCluster(
                g.First().RegisteredAddress,
                [.. g.Select(c => c.Id).Order(StringComparer.Ordinal)],
                g.Count(c => c.Status == CompanyStatus.Operating),
                g.Count(c => c.Status == CompanyStatus.NotOperating),
                g.Count(c => c.Status == CompanyStatus.Abnormal),
                g.Count(c => c.Status == CompanyStatus.Deregistered),
                g.Select(c => c.LegalRepresentativeId).Distinct(StringComparer.Ordinal).Count(),
                g.Sum(c => accounts.GetValueOrDefault(c.Id))))
            .OrderByDescending(c => c.CompanyIds.Length).ThenBy(c => c.Address, StringComparer.Ordinal)];
    }
}
