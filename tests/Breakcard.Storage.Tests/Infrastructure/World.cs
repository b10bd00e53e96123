using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;

namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>
/// Institutions of every kind and a user for every role that exists at each, registered through
/// the service layer: bank-a (ICBC) and bank-b (CCB), pay-a, tel-a, plat-a, police-a, police-b,
/// proc-a, court-a. Users are "role@institution" (for example "analyst@bank-a").
/// </summary>
public sealed class World
{
    public static readonly Institution[] Institutions =
    [
        new("bank-a", "Bank A Chengdu branch", InstitutionKind.Bank, "ICBC"),
        new("bank-b", "Bank B Chengdu branch", InstitutionKind.Bank, "CCB"),
        new("pay-a", "Payment A", InstitutionKind.PaymentInstitution, "PAYA"),
        new("tel-a", "Telecom A Sichuan", InstitutionKind.Telecom, null),
        new("plat-a", "Recruiting platform A", InstitutionKind.Platform, null),
        new("police-a", "Police A city bureau", InstitutionKind.Police, null),
        new("police-b", "Police B city bureau", InstitutionKind.Police, null),
        new("proc-a", "Procuratorate A", InstitutionKind.Procuratorate, null),
        new("court-a", "Court A", InstitutionKind.Court, null),
    ];

    private readonly Dictionary<string, Caller> _callers = new(StringComparer.Ordinal);

    private World(CaseSystem system) => System = system;

    public CaseSystem System { get; }

    public Caller Admin => this["admin@bank-a"];

    /// <summary>The caller "role@institution".</summary>
    public Caller this[string userId] => _callers[userId];

    public IReadOnlyCollection<Caller> Callers => _callers.Values;

    public static async Task<World> CreateAsync(CaseSystem system)
    {
        var ct = TestContext.Current.CancellationToken;
        var world = new World(system);
        await system.Administration.InitializeAsync(Institutions[0], new User("admin@bank-a", "Admin", Role.Administrator, "bank-a"), ct);
        var admin = await system.Administration.ResolveCallerAsync("admin@bank-a", ct);
        world._callers[admin.UserId] = admin;
        foreach (var institution in Institutions.Skip(1))
        {
            await system.Administration.AddInstitutionAsync(admin, institution, ct);
        }

        foreach (var institution in Institutions)
        {
            foreach (var role in Enum.GetValues<Role>().Where(r => User.KindsFor(r).Contains(institution.Kind)))
            {
                var id = $"{role.ToString().ToLowerInvariant()}@{institution.Id}";
                if (id == admin.UserId)
                {
                    continue;
                }

                await system.Administration.AddUserAsync(admin, new User(id, $"{role} at {institution.Id}", role, institution.Id), ct);
                world._callers[id] = await system.Administration.ResolveCallerAsync(id, ct);
            }
        }

        return world;
    }
}
