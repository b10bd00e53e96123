using System.Collections.Immutable;
using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;

namespace Breakcard.Cases.Review;

/// <summary>
/// Corporate accounts for annual inspection, ranked by risk — source paper 4.4: banks "should
/// arrange special personnel to carry out annual inspections of corporate accounts, focusing on
/// verifying whether the enterprise is in operation", and pay attention to abnormal transactions.
/// The score adds points (capped at 100) for each signal, so every rank is explained:
/// <list type="bullet">
/// <item>holder not in the company register: 40;</item>
/// <item>company deregistered: 50, not operating: 40, listed abnormal: 30;</item>
/// <item>registered address shared with other companies: 5 per other company, at most 30;</item>
/// <item>legal representative of three or more companies: 15;</item>
/// <item>registered less than a year before the review day: 10;</item>
/// <item>monitoring risk r: 2r/5 (r = 100 gives 40).</item>
/// </list>
/// The weights are a triage heuristic set from the source paper's priorities, not fitted to data
/// (ADR 0086). Accounts not open (closed) are left out. Pure.
/// </summary>
public static class CorporateInspection
{
    /// <summary>Ranks the corporate accounts of <paramref name="world"/> accepted by <paramref name="include"/>, highest score first.</summary>
    public static IReadOnlyList<InspectionItem> Rank(ReviewWorld world, Func<BankAccount, bool> include, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(include);
        var companies = world.Companies.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var atAddress = world.Companies.GroupBy(c => Addresses.Key(c.RegisteredAddress), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byRepresentative = world.Companies.GroupBy(c => c.LegalRepresentativeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. world.Accounts
            .Where(a => a.HolderKind == AccountHolderKind.Corporate && a.Status != AccountStatus.Closed && include(a))
            .Select(a => Score(a, companies.GetValueOrDefault(a.HolderId), atAddress, byRepresentative,
                world.MonitoringRisk.TryGetValue(a.AccountNumber, out var r) ? r : null, asOf))
            .OrderByDescending(i => i.Score).ThenBy(i => i.Account.AccountNumber, StringComparer.Ordinal)];
    }

    /// <summary>The score and reasons of one account.</summary>
    public static InspectionItem Score(BankAccount account, Company? company, IReadOnlyDictionary<string, int> companiesAtAddress,
        IReadOnlyDictionary<string, int> companiesPerRepresentative, int? monitoringRisk, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(companiesAtAddress);
        ArgumentNullException.ThrowIfNull(companiesPerRepresentative);
        var reasons = new List<(int Points, string Text)>();
        var atAddress = 0;
        if (company is null)
        {
            reasons.Add((40, "holder not in the company register"));
        }
        else
        {
            switch (company.Status)
            {
                case CompanyStatus.Deregistered:
                    reasons.Add((50, "company deregistered but account open"));
                    break;
                case CompanyStatus.NotOperating:
                    reasons.Add((40, "company not operating"));
                    break;
                case CompanyStatus.Abnormal:
                    reasons.Add((30, "company listed for abnormal operation"));
                    break;
            }

            atAddress = companiesAtAddress.GetValueOrDefault(Addresses.Key(company.RegisteredAddress), 1);
            if (atAddress > 1)
            {
                reasons.Add((Math.Min(30, 5 * (atAddress - 1)), N($"registered address shared with {atAddress - 1} other companies")));
            }

            var represented = companiesPerRepresentative.GetValueOrDefault(company.LegalRepresentativeId, 1);
            if (represented >= 3)
            {
                reasons.Add((15, N($"legal representative heads {represented} companies")));
            }

            if (asOf.DayNumber - company.Registered.DayNumber is >= 0 and < 365)
            {
                reasons.Add((10, "registered less than a year ago"));
            }
        }

        if (monitoringRisk is { } risk and > 0)
        {
            reasons.Add((2 * risk / 5, N($"monitoring risk {risk}")));
        }

        var ordered = reasons.OrderByDescending(r => r.Points).ToList();
        return new InspectionItem(account, company, Math.Min(100, ordered.Sum(r => r.Points)),
            [.. ordered.Select(r => N($"{r.Text} (+{r.Points})"))], atAddress, monitoringRisk);
    }

    private static string N(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
