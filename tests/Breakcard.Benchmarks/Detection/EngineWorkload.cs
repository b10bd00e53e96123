using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Reference;

namespace Breakcard.Benchmarks.Detection;

/// <summary>
/// A synthetic workload for the engine alone: a reference world of <c>accounts</c> accounts held
/// by half as many people (occupations, ages, opening dates, a few dormant cards), and a
/// pre-built array of interned transactions over 30 days — ordinary payments between random
/// accounts, shops paid by many customers, and pass-through mules fed by strangers — so every
/// indicator has work to do. Deterministic for a seed.
/// </summary>
public sealed class EngineWorkload
{
    private EngineWorkload(ReferenceData reference, EngineEvent[] events)
    {
        Reference = reference;
        Events = events;
    }

    public ReferenceData Reference { get; }

    public EngineEvent[] Events { get; }

    public static EngineWorkload Create(int accounts, int events, int seed = 1)
    {
        var random = new Random(seed);
        var builder = new ReferenceDataBuilder();
        var start = new DateOnly(2024, 3, 1);
        var occupations = Enum.GetValues<Occupation>();
        var people = Math.Max(1, accounts / 2);
        for (var p = 0; p < people; p++)
        {
            var birth = start.AddDays(-random.Next(18 * 365, 70 * 365));
            builder.Add(new Person("P" + p, ResidentId.Create("510104", birth, p % 1000, Gender.Male), new PersonName("某"), Gender.Male, birth,
                Education.SeniorHigh, occupations[random.Next(occupations.Length)], "510104", "成都"));
        }

        for (var a = 0; a < accounts; a++)
        {
            builder.Add(new BankAccount("A" + a, a % 3 == 0 ? "ICBC" : "CCB", AccountClass.ClassI, AccountHolderKind.Personal, "P" + (a % people),
                start.AddDays(-random.Next(1, 3000)), random.Next(100) == 0 ? AccountStatus.Dormant : AccountStatus.Active, null));
        }

        var reference = builder.Build(start);
        var t0 = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var span = 30L * 86_400;
        var list = new EngineEvent[events];
        var shops = Math.Max(1, accounts / 200);
        var mules = Math.Max(1, accounts / 1_000);
        var time = t0;
        var step = span / events;
        for (var i = 0; i < events; i++)
        {
            time += random.Next((int)Math.Max(1, step * 2));
            int debit, credit;
            long fen;
            var kind = random.Next(100);
            if (kind < 70)
            {
                debit = random.Next(accounts);
                credit = random.Next(accounts);
                fen = random.Next(1_000, 500_000);
            }
            else if (kind < 90)
            {
                debit = random.Next(accounts);
                credit = random.Next(shops);
                fen = random.Next(500, 30_000);
            }
            else if (kind < 97)
            {
                debit = random.Next(accounts);
                credit = shops + random.Next(mules);
                fen = random.Next(100_000, 500_000);
            }
            else
            {
                debit = shops + random.Next(mules);
                credit = random.Next(accounts);
                fen = random.Next(300_000, 2_000_000);
            }

            list[i] = EngineEvent.Transaction(time, debit, credit, fen, Channel.Transfer, (ulong)random.NextInt64(), (ulong)i, i);
        }

        return new EngineWorkload(reference, list);
    }

    /// <summary>An alert sink that counts and forgets (the benchmark measures the engine, not alert formatting).</summary>
    public sealed class CountingSink : IAlertSink
    {
        public long Alerts { get; private set; }

        public void OnAlert(AlertDraft alert) => Alerts++;

        public void Reset() => Alerts = 0;

        public void OnRejected(in EngineEvent e, RejectReason reason)
        {
        }
    }
}
