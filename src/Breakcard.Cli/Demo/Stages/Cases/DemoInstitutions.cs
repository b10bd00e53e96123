using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;

namespace Breakcard.Cli.Demo.Stages.Cases;

/// <summary>
/// The demo's institutions and users, registered through the service layer like any deployment:
/// the bank that monitors the city's accounts, the city police, procuratorate and court, and a
/// user for each part the story needs.
/// </summary>
internal sealed record DemoInstitutions(Caller Analyst, Caller Supervisor, Caller Investigator, Caller Auditor)
{
    public const string Bank = "bank-city";
    public const string Police = "police-city";

    public static async Task<DemoInstitutions> CreateAsync(CaseSystem system, CancellationToken ct)
    {
        var admin = "admin@" + Police;
        await system.Administration.InitializeAsync(new Institution(Police, "Chengdu public security bureau", InstitutionKind.Police, null),
            new User(admin, "Administrator", Role.Administrator, Police), ct);
        var caller = await system.Administration.ResolveCallerAsync(admin, ct);
        foreach (var institution in new Institution[]
        {
            new(Bank, "City bank (monitors every account of the simulated city)", InstitutionKind.Bank, "ICBC"),
            new("proc-city", "Chengdu procuratorate", InstitutionKind.Procuratorate, null),
            new("court-city", "Chengdu intermediate court", InstitutionKind.Court, null),
        })
        {
            await system.Administration.AddInstitutionAsync(caller, institution, ct);
        }

        async Task<Caller> Add(string id, string name, Role role, string institution)
        {
            await system.Administration.AddUserAsync(caller, new User(id, name, role, institution), ct);
            return await system.Administration.ResolveCallerAsync(id, ct);
        }

        return new DemoInstitutions(
            await Add("li@" + Bank, "Li (risk analyst)", Role.Analyst, Bank),
            await Add("wang@" + Bank, "Wang (risk supervisor)", Role.Supervisor, Bank),
            await Add("zhao@" + Police, "Zhao (investigator)", Role.Investigator, Police),
            await Add("audit@" + Police, "Audit office", Role.Auditor, Police));
    }
}
