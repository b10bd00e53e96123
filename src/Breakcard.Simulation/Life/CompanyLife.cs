using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Life;

/// <summary>
/// Businesses and the people who run them: payday fan-outs (companies and individual employers),
/// pensions, purchases from suppliers, money moving inside corporate groups, shopkeepers paying
/// wholesalers and banking their cash, and rent agents forwarding collected rents to owners.
/// </summary>
internal sealed class CompanyLife(SimWorld world)
{
    public void Day(int day, SeededRandom random, EventSink sink)
    {
        var dayStart = (long)day * SimCalendar.SecondsPerDay;
        var dayOfMonth = world.Calendar.DayOfMonth(day);
        var workday = !world.Calendar.IsWeekend(day);
        Payroll(dayStart, dayOfMonth, random, sink);
        if (dayOfMonth == 10 && world.PensionAccount >= 0)
        {
            Pensions(dayStart, random, sink);
        }

        var companies = world.Companies;
        for (var c = 0; c < companies.Count; c++)
        {
            var account = companies.Account[c];
            if (account < 0 || !world.Accounts.HolderUses(account, dayStart))
            {
                continue;
            }

            if (workday && world.Suppliers.TryGetValue(c, out var suppliers) && suppliers.Length > 0 && random.Chance(0.25))
            {
                var to = companies.Account[suppliers[random.NextInt(suppliers.Length)]];
                sink.Transaction(dayStart + DayProfile.Business.NextSecond(random), account, to, PeopleLife.Fen(random.LogNormal(12_000, 1.0)), Channel.Transfer, Memos.Goods);
            }

            if (workday && companies.Group[c] >= 0 && random.Chance(0.08))
            {
                // Group companies lend to each other; over weeks the money goes round in circles.
                var sibling = c + 1 < companies.Count && companies.Group[c + 1] == companies.Group[c] ? c + 1 : c - 2;
                if (sibling >= 0 && companies.Group[sibling] == companies.Group[c])
                {
                    sink.Transaction(dayStart + DayProfile.Business.NextSecond(random), account, companies.Account[sibling],
                        random.NextInt(5, 50) * 1_000_000L, Channel.Transfer, Memos.Transfer);
                }
            }
        }

        Merchants(day, dayStart, random, sink);
        RentAgents(dayOfMonth, dayStart, random, sink);
    }

    /// <summary>On payday a company pays all its staff within minutes: a textbook fan-out.</summary>
    private void Payroll(long dayStart, int dayOfMonth, SeededRandom random, EventSink sink)
    {
        foreach (var (key, staff) in world.Staff)
        {
            int from;
            int payday;
            if (key >= 0)
            {
                from = world.Companies.Account[key];
                payday = world.Companies.Payday[key];
            }
            else
            {
                from = world.Primary[-1 - key];
                payday = 5 + (int)(Hashing.Mix((ulong)-key, 0x5A) % 6);
            }

            if (payday != dayOfMonth || from < 0)
            {
                continue;
            }

            var time = dayStart + DayProfile.Between(random, 9, 12);
            foreach (var employee in staff)
            {
                time += random.NextInt(1, 25);
                var to = world.Primary[employee];
                if (to != from && world.Accounts.HolderUses(to, time) && world.Salary[employee] > 0 && time < dayStart + SimCalendar.SecondsPerDay)
                {
                    sink.Transaction(time, from, to, world.Salary[employee], Channel.Transfer, Memos.Salary);
                }
            }
        }
    }

    private void Pensions(long dayStart, SeededRandom random, EventSink sink)
    {
        var people = world.People;
        var time = dayStart + DayProfile.Between(random, 6, 8);
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Occupation[p] == Breakcard.Core.People.Occupation.Retired)
            {
                time = Math.Min(time + random.NextInt(0, 3), dayStart + SimCalendar.SecondsPerDay - 1);
                var fen = (2_000 + (long)(Hashing.Mix((ulong)p, 0x9E) % 3_000)) * 100;
                if (world.Accounts.HolderUses(world.Primary[p], time))
                {
                    sink.Transaction(time, world.PensionAccount, world.Primary[p], fen, Channel.Transfer, Memos.Pension);
                }
            }
        }
    }

    private void Merchants(int day, long dayStart, SeededRandom random, EventSink sink)
    {
        var people = world.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Persona[p] != Persona.Merchant)
            {
                continue;
            }

            var account = world.Primary[p];
            var h = Hashing.Mix((ulong)p, 0x3E);
            if ((day + (int)(h % 7)) % 7 == 0 && world.Suppliers.TryGetValue(-1 - p, out var suppliers) && suppliers.Length > 0)
            {
                var t = dayStart + DayProfile.Business.NextSecond(random);
                if (world.Accounts.HolderUses(account, t))
                {
                    var to = world.Companies.Account[suppliers[random.NextInt(suppliers.Length)]];
                    sink.Transaction(t, account, to, PeopleLife.Fen(random.LogNormal(4_000, 0.8)), Channel.Transfer, Memos.Goods);
                }
            }

            if (random.Chance(0.1) && world.Institutions.BranchesIn.TryGetValue(people.District[p], out var branches))
            {
                // Banking the till's cash: a deposit debits the branch's cash point.
                var t = dayStart + DayProfile.Between(random, 9, 17);
                var counter = world.Institutions.CounterOf[branches[random.NextInt(branches.Count)]];
                if (world.Accounts.HolderUses(account, t))
                {
                    sink.Transaction(t, Endpoints.Cash(counter), account, random.NextInt(5, 50) * 10_000L, Channel.Counter, Memos.None);
                }
            }
        }
    }

    /// <summary>Rent agents forward the month's rents to the owners a day or two after collecting, keeping a fee.</summary>
    private void RentAgents(int dayOfMonth, long dayStart, SeededRandom random, EventSink sink)
    {
        if (dayOfMonth != 7)
        {
            return;
        }

        var collected = new Dictionary<int, long>();
        for (var p = 0; p < world.People.Count; p++)
        {
            var landlord = world.Landlord[p];
            if (landlord >= 0 && world.RentOwners.ContainsKey(landlord))
            {
                collected[landlord] = collected.GetValueOrDefault(landlord) + world.RentFen[p];
            }
        }

        foreach (var (agent, total) in collected.OrderBy(kv => kv.Key))
        {
            var owners = world.RentOwners[agent];
            var share = total * 92 / 100 / owners.Length;
            var t = dayStart + DayProfile.Business.NextSecond(random);
            foreach (var owner in owners)
            {
                t += random.NextInt(30, 600);
                var from = world.Primary[agent];
                var to = world.Primary[owner];
                if (share > 0 && from != to && world.Accounts.HolderUses(from, t) && t < dayStart + SimCalendar.SecondsPerDay)
                {
                    sink.Transaction(t, from, to, share, Channel.Transfer, Memos.Rent);
                }
            }
        }
    }
}
