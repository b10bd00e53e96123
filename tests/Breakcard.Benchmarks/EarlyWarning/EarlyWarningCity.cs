using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Core.Time;
using Breakcard.EarlyWarning.Input;
using Breakcard.Ingest;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;

namespace Breakcard.Benchmarks.EarlyWarning;

/// <summary>
/// A simulated city held in memory for the early-warning benchmark: the simulator writes it once
/// (JSON Lines events), Ingest's readers load the entities and the transactions and logins, and the
/// benchmark then replays them through the scorer without any I/O.
/// </summary>
public sealed class EarlyWarningCity : IEntityTarget
{
    private readonly Dictionary<string, string> _phoneOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _activation = new(StringComparer.Ordinal);
    private readonly List<BankAccount> _bankAccounts = [];

    public List<HolderFacts> Holders { get; } = [];

    public List<AccountFacts> Accounts { get; } = [];

    public List<(string Device, string? Owner)> Devices { get; } = [];

    /// <summary>Transactions and logins in event time; <c>IsLogin</c> says which array <c>Index</c> points into.</summary>
    public List<(bool IsLogin, int Index)> Order { get; } = [];

    public List<TransactionEvent> Transactions { get; } = [];

    public List<LoginEvent> Logins { get; } = [];

    public DateOnly PeriodStart { get; private set; }

    public static async Task<EarlyWarningCity> SimulateAsync(int people, int days, ulong seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "breakcard-ew-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await WorldSimulator.RunAsync(new SimulationOptions(people, days, seed, SimulationOptions.DefaultStart, OutputFormat.Jsonl), folder).ConfigureAwait(false);
            var city = new EarlyWarningCity();
            var quarantine = new QuarantineList();
            EntityFiles.Read(folder, city, quarantine);
            foreach (var a in city._bankAccounts)
            {
                DateOnly? bound = city._phoneOf.TryGetValue(a.AccountNumber, out var n) && city._activation.TryGetValue(n, out var on) ? on : null;
                city.Accounts.Add(new AccountFacts(a.AccountNumber, a.HolderId, a.Class, a.Opened, a.LastActivity, bound));
            }

            using var reader = EventReaders.Open(Path.Combine(folder, EventSchema.EventsJsonl), InputFormat.Jsonl, quarantine);
            while (reader.Read())
            {
                if (reader.Kind == IngestEventKind.Transaction)
                {
                    city.Order.Add((false, city.Transactions.Count));
                    city.Transactions.Add(reader.Transaction);
                }
                else if (reader.Kind == IngestEventKind.Login)
                {
                    city.Order.Add((true, city.Logins.Count));
                    city.Logins.Add(reader.Login);
                }
            }

            // As `breakcard warn` does: the period starts on the first event's day.
            city.PeriodStart = city.Order.Count == 0 ? SimulationOptions.DefaultStart
                : ChinaTime.DateOf(city.Order[0].IsLogin ? city.Logins[0].Time : city.Transactions[0].Time);
            return quarantine.Records.Count == 0 ? city : throw new InvalidOperationException($"the simulated city has {quarantine.Records.Count} bad records: {quarantine.Records[0].Error}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    void IEntityTarget.Add(Person person) => Holders.Add(new HolderFacts(person.Id, person.BirthDate, person.Occupation, person.Education));

    void IEntityTarget.Add(Company company)
    {
    }

    void IEntityTarget.Add(BankAccount account)
    {
        if (account.HolderKind == AccountHolderKind.Personal)
        {
            _bankAccounts.Add(account);
        }
    }

    void IEntityTarget.Add(PhoneCard phone) => _activation[phone.Number.Reveal()] = phone.Activated;

    void IEntityTarget.Add(Device device) => Devices.Add((device.Id.Reveal(), device.OwnerId));

    void IEntityTarget.Add(EntityLink link)
    {
        if (link.Kind == LinkKind.AccountPhone)
        {
            _phoneOf[link.FromId] = link.ToId;
        }
    }
}
