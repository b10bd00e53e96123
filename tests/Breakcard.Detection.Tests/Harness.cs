using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Tests;

/// <summary>
/// Builds a small world by hand and drives the engine with events named by plain strings and
/// local (UTC+8) times, collecting alerts and rejections.
/// </summary>
internal sealed class Harness : IAlertSink
{
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static int _personCounter;
    private long _sequence;
    private int _id;

    public Harness(DetectionOptions? options = null, Action<WorldBuilder>? world = null, IRiskModel? model = null)
    {
        Options = options ?? DetectionOptions.Default;
        var builder = new WorldBuilder();
        world?.Invoke(builder);
        Reference = builder.Build();
        Engine = new MonitoringEngine(Reference, Options, model ?? new PointsModel(Options), this);
    }

    public DetectionOptions Options { get; }

    public ReferenceData Reference { get; }

    public MonitoringEngine Engine { get; }

    public List<AlertDraft> Alerts { get; } = [];

    public List<(EngineEvent Event, RejectReason Reason)> Rejected { get; } = [];

    public static DateTimeOffset At(double hours) => Start.AddHours(hours);

    public void OnAlert(AlertDraft alert) => Alerts.Add(alert);

    public void OnRejected(in EngineEvent e, RejectReason reason) => Rejected.Add((e, reason));

    public EngineEvent TxEvent(DateTimeOffset time, string debit, string credit, decimal yuan, Channel channel = Channel.Transfer, string? id = null)
    {
        id ??= "T" + (++_id).ToString("D9", CultureInfo.InvariantCulture);
        return EngineEvent.Transaction(time.ToUnixTimeSeconds(), Reference.InternAccount(debit), Reference.InternAccount(credit),
            (long)(yuan * 100), channel, EventIdHash.Of(id), EventIdHash.TrailingNumber(id), _sequence++);
    }

    public void Tx(DateTimeOffset time, string debit, string credit, decimal yuan, Channel channel = Channel.Transfer, string? id = null) =>
        Engine.Submit(TxEvent(time, debit, credit, yuan, channel, id));

    public void Call(DateTimeOffset time, string caller, string callee, int seconds, string? device = null, string? cell = null)
    {
        var id = "C" + (++_id).ToString("D9", CultureInfo.InvariantCulture);
        Engine.Submit(EngineEvent.Call(time.ToUnixTimeSeconds(), Reference.InternPhone(caller), Reference.InternPhone(callee), seconds,
            device is null ? -1 : Reference.Devices.Intern(device), cell is null ? -1 : Reference.Cells.Intern(cell),
            EventIdHash.Of(id), EventIdHash.TrailingNumber(id), _sequence++));
    }

    public void Sms(DateTimeOffset time, string sender, string receiver, SmsKind kind, string? device = null)
    {
        var id = "S" + (++_id).ToString("D9", CultureInfo.InvariantCulture);
        Engine.Submit(EngineEvent.Sms(time.ToUnixTimeSeconds(), Reference.InternPhone(receiver), Reference.InternPhone(sender), kind,
            device is null ? -1 : Reference.Devices.Intern(device), -1, EventIdHash.Of(id), EventIdHash.TrailingNumber(id), _sequence++));
    }

    public void Login(DateTimeOffset time, string account, string device, string? ip = null)
    {
        var id = "L" + (++_id).ToString("D9", CultureInfo.InvariantCulture);
        Engine.Submit(EngineEvent.Login(time.ToUnixTimeSeconds(), Reference.InternAccount(account), Reference.Devices.Intern(device),
            ip is null ? -1 : Reference.Ips.Intern(ip), EventIdHash.Of(id), EventIdHash.TrailingNumber(id), _sequence++));
    }

    public void Flush() => Engine.Flush();

    /// <summary>
    /// <paramref name="n"/> account names, interned now, whose sketch bits differ from each other and
    /// from <paramref name="avoid"/>: so distinct-count sketches count them exactly (collisions are
    /// the sketch's documented error, tested separately).
    /// </summary>
    public List<string> DistinctAccounts(string prefix, int n, params string[] avoid) =>
        Distinct(prefix, n, name => Reference.InternAccount(name), avoid.Select(a => Reference.InternAccount(a)));

    /// <summary>As <see cref="DistinctAccounts"/>, for phone numbers.</summary>
    public List<string> DistinctPhones(string prefix, int n, params string[] avoid) =>
        Distinct(prefix, n, name => Reference.InternPhone(name), avoid.Select(a => Reference.InternPhone(a)));

    /// <summary>As <see cref="DistinctAccounts"/>, for the sketch key of accounts without a known holder (each its own holder).</summary>
    public List<string> DistinctUnheldAccounts(string prefix, int n) =>
        Distinct(prefix, n, name => -2 - Reference.InternAccount(name), []);

    private static List<string> Distinct(string prefix, int n, Func<string, int> key, IEnumerable<int> avoid)
    {
        var used = 0UL;
        foreach (var a in avoid)
        {
            used |= 1UL << (int)(Sketch.Mix(a) >> 58);
        }

        var names = new List<string>();
        for (var k = 0; names.Count < n; k++)
        {
            var name = prefix + k.ToString(CultureInfo.InvariantCulture);
            var bit = 1UL << (int)(Sketch.Mix(key(name)) >> 58);
            if ((used & bit) == 0)
            {
                used |= bit;
                names.Add(name);
            }
        }

        return names;
    }

    public ref AccountState Account(string number) => ref Engine.Accounts[Reference.Accounts.Find(number)];

    public ref PhoneState Phone(string number) => ref Engine.Phones[Reference.Phones.Find(number)];

    public int Strength(string account, Detection.Indicators.IndicatorId id) => Account(account).Score[id];

    public int PhoneStrength(string number, Detection.Indicators.IndicatorId id) => Phone(number).Score[id];

    public List<AlertDraft> AlertsFor(string account) =>
        Alerts.Where(a => a.Kind == ScoredKind.Account && Reference.Accounts.KeyOf(a.Entity) == account).ToList();

    public List<AlertDraft> PhoneAlertsFor(string number) =>
        Alerts.Where(a => a.Kind == ScoredKind.Phone && Reference.Phones.KeyOf(a.Entity) == number).ToList();

    /// <summary>Collects reference entities for a test world.</summary>
    internal sealed class WorldBuilder
    {
        private readonly ReferenceDataBuilder _builder = new();

        public DateOnly AsOf { get; set; } = DateOnly.FromDateTime(Start.Date);

        public string Person(string id, Occupation occupation = Occupation.Employee, int age = 35)
        {
            var birth = AsOf.AddYears(-age).AddDays(-10);
            var n = Interlocked.Increment(ref _personCounter) % 900;
            _builder.Add(new Person(id, ResidentId.Create("510104", birth, n, Gender.Male), new PersonName("张三"), Gender.Male, birth,
                Education.SeniorHigh, occupation, "510104", "成都市"));
            return id;
        }

        public string Company(string id, string scope, string address = "成都市锦江区1号", CompanyStatus status = CompanyStatus.Operating)
        {
            _builder.Add(new Company(id, CreditCode.Parse(ValidCreditCode()), "某公司", address, "P-rep", scope, new DateOnly(2015, 1, 1), status));
            return id;
        }

        public string Account(string number, string holder, DateOnly? opened = null, AccountClass cls = AccountClass.ClassI,
            AccountHolderKind kind = AccountHolderKind.Personal, AccountStatus status = AccountStatus.Active, string bank = "ICBC")
        {
            _builder.Add(new BankAccount(number, bank, cls, kind, holder, opened ?? new DateOnly(2018, 1, 1), status, null));
            return number;
        }

        public string Phone(string number, string holder, DateOnly? activated = null)
        {
            var m = MobileNumber.Parse(number);
            _builder.Add(new PhoneCard(m, m.Operator, PhoneCardKind.Ordinary, holder, activated ?? new DateOnly(2018, 1, 1)));
            return number;
        }

        public void Device(string id, string owner) => _builder.Add(new Device(DeviceId.Parse(id), DeviceKind.Phone, owner));

        public void Link(string account, string phone) =>
            _builder.Add(new Breakcard.Core.Links.EntityLink(Breakcard.Core.Links.EntityKind.Account, account, Breakcard.Core.Links.LinkKind.AccountPhone,
                Breakcard.Core.Links.EntityKind.Phone, phone, new DateOnly(2020, 1, 1)));

        public ReferenceData Build() => _builder.Build(AsOf);

        private static string ValidCreditCode()
        {
            // Any code with a correct check character; CreditCode.Parse validates it.
            const string body = "91510100MA61234567";
            for (var c = 0; c < 31; c++)
            {
                var candidate = body[..17] + "0123456789ABCDEFGHJKLMNPQRTUWXY"[c];
                if (CreditCode.TryParse(candidate, out _))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("no valid credit code");
        }
    }
}
