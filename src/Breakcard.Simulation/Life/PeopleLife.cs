using Breakcard.Core.Events;
using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Life;

/// <summary>
/// One day of a person's ordinary money life: shopping (online platforms and local shops),
/// transfers to friends and family, monthly allowances and support for parents, bills, rent,
/// cash from ATMs — and, for couriers, cash on delivery collected from strangers and forwarded
/// to the courier company the same evening.
/// </summary>
internal sealed class PeopleLife(SimWorld world)
{
    private readonly PersonTable _people = world.People;
    private readonly AccountTable _accounts = world.Accounts;

    public void Day(int day, SeededRandom random, EventSink sink)
    {
        var dayStart = (long)day * SimCalendar.SecondsPerDay;
        var weekend = world.Calendar.IsWeekend(day) ? 1.25 : 1.0;
        var dayOfMonth = world.Calendar.DayOfMonth(day);
        var date = world.Calendar.DateOf(day);
        for (var p = 0; p < _people.Count; p++)
        {
            var persona = _people.Persona[p];
            var profile = persona == Persona.NightShift ? DayProfile.NightShift : DayProfile.Daytime;
            var act = _people.Activity[p];
            var age = date.Year - _people.BirthDate[p].Year;
            var elderlyCash = age >= 70 ? 0.45 : 1.0;

            var purchases = random.Poisson(1.3 * act * weekend * elderlyCash);
            for (var k = 0; k < purchases; k++)
            {
                Purchase(p, dayStart + profile.NextSecond(random), random, sink);
            }

            if (random.Chance(0.07 * act))
            {
                FriendTransfer(p, dayStart + profile.NextSecond(random), random, sink);
            }

            Family(p, age, day, dayOfMonth, dayStart, random, sink);
            Bills(p, dayOfMonth, dayStart, random, sink);
            if (world.Landlord[p] >= 0 && world.RentDay[p] == dayOfMonth)
            {
                Pay(p, world.Primary[world.Landlord[p]], dayStart + DayProfile.Daytime.NextSecond(random), world.RentFen[p], Channel.Transfer, Memos.Rent, sink);
            }

            if (random.Chance(age >= 50 ? 0.05 : 0.025))
            {
                Withdraw(p, dayStart + profile.NextSecond(random), random, sink);
            }

            if (world.RevivalDay[p] == day && world.DormantCard[p] >= 0)
            {
                // Taking an old card back into use: first, money from one's own primary card.
                Pay(p, world.DormantCard[p], dayStart + profile.NextSecond(random), random.NextInt(5, 51) * 100_00L, Channel.Transfer, Memos.Transfer, sink);
            }

            if (persona == Persona.Courier && !world.Calendar.IsWeekend(day))
            {
                CashOnDelivery(p, dayStart, random, sink);
            }
        }
    }

    private void Purchase(int p, long time, SeededRandom random, EventSink sink)
    {
        var from = Spending(p, time, random);
        if (from < 0)
        {
            return;
        }

        long fen;
        int to;
        var channel = Channel.ThirdPartyPayment;
        if (random.Chance(0.45) && world.PlatformAccounts.Count > 0)
        {
            to = world.PlatformAccounts[random.NextInt(world.PlatformAccounts.Count)];
            fen = Fen(random.LogNormal(58, 0.9));
        }
        else
        {
            var district = random.Chance(0.6) ? _people.District[p] : Cells.District(_people.WorkCell[p]);
            if (!world.MerchantsIn.TryGetValue(district, out var shops) || shops.Count == 0)
            {
                return;
            }

            // Popular shops get most customers: index by the square of a uniform.
            var u = random.NextDouble();
            to = shops[(int)(u * u * shops.Count)];
            if (random.Chance(0.2))
            {
                channel = Channel.Pos;
                fen = Fen(random.LogNormal(180, 0.8));
            }
            else
            {
                fen = Fen(random.LogNormal(28, 0.8));
            }
        }

        if (to != from && _accounts.HolderUses(to, time))
        {
            sink.Transaction(time, from, to, fen, channel, Memos.None);
        }
    }

    /// <summary>The account a person spends from: usually the primary, sometimes the second card or the wallet.</summary>
    private int Spending(int p, long time, SeededRandom random)
    {
        var u = random.NextDouble();
        var revived = world.RevivalDay[p] >= 0 && time >= (long)world.RevivalDay[p] * SimCalendar.SecondsPerDay ? world.DormantCard[p] : -1;
        var account = u < 0.15 && world.Secondary[p] >= 0 ? world.Secondary[p]
            : u < 0.45 && world.Wallet[p] >= 0 ? world.Wallet[p]
            : u < 0.65 && revived >= 0 ? revived
            : world.Primary[p];
        return _accounts.HolderUses(account, time) ? account : world.Primary[p];
    }

    private void FriendTransfer(int p, long time, SeededRandom random, EventSink sink)
    {
        var friends = _people.FriendsOf(p);
        if (friends.IsEmpty)
        {
            return;
        }

        var friend = friends[random.NextInt(friends.Length)];
        var memo = random.Chance(0.3) ? Memos.RedEnvelope : random.Chance(0.3) ? Memos.Repayment : Memos.Transfer;
        Pay(p, world.Primary[friend], time, Fen(random.LogNormal(150, 1.0)), Channel.Transfer, memo, sink);
    }

    private void Family(int p, int age, int day, int dayOfMonth, long dayStart, SeededRandom random, EventSink sink)
    {
        var parent = _people.Parent[p];
        var h = (int)(Hashing.Mix((ulong)p, 0xFA) % 1000);
        if (_people.Occupation[p] == Occupation.Student && parent >= 0 && dayOfMonth == 1 + (h % 3))
        {
            // Parents send students their monthly living allowance.
            Pay(parent, world.Primary[p], dayStart + DayProfile.Daytime.NextSecond(random), (10 + (h % 16)) * 10_000L, Channel.Transfer, Memos.LivingExpenses, sink);
        }

        var child = _people.Child[p];
        if (age >= 60 && child >= 0 && dayOfMonth == 5 + (h % 10))
        {
            Pay(child, world.Primary[p], dayStart + DayProfile.Daytime.NextSecond(random), (5 + (h % 16)) * 10_000L, Channel.Transfer, Memos.LivingExpenses, sink);
        }

        var spouse = _people.Spouse[p];
        if (spouse >= 0 && random.Chance(0.02))
        {
            Pay(p, world.Primary[spouse], dayStart + DayProfile.Daytime.NextSecond(random), Fen(random.LogNormal(800, 0.9)), Channel.Transfer, Memos.Transfer, sink);
        }
    }

    private void Bills(int p, int dayOfMonth, long dayStart, SeededRandom random, EventSink sink)
    {
        var h = Hashing.Mix((ulong)p, 0xB1);
        var phone = world.Phone[p];
        if (phone >= 0 && dayOfMonth == 1 + (int)(h % 28) && world.OperatorAccounts.TryGetValue((int)world.Phones.Operator[phone], out var op))
        {
            Pay(p, op, dayStart + DayProfile.Daytime.NextSecond(random), Fen(random.LogNormal(68, 0.5)), Channel.ThirdPartyPayment, Memos.PhoneBill, sink);
        }

        // Utilities: one payer per household, once a month.
        if (_people.Address[p] == p && dayOfMonth == 1 + (int)((h >> 8) % 28) && world.UtilityAccounts.Count > 0)
        {
            var utility = world.UtilityAccounts[(int)((h >> 16) % (ulong)world.UtilityAccounts.Count)];
            Pay(p, utility, dayStart + DayProfile.Daytime.NextSecond(random), Fen(random.LogNormal(160, 0.5)), Channel.ThirdPartyPayment, Memos.Utilities, sink);
        }
    }

    private void Withdraw(int p, long time, SeededRandom random, EventSink sink)
    {
        var account = world.Primary[p];
        if (!world.Institutions.AtmsIn.TryGetValue(_people.District[p], out var atms))
        {
            return;
        }

        sink.Transaction(time, account, Endpoints.Cash(atms[random.NextInt(atms.Count)]), random.NextInt(2, 31) * 10_000L, Channel.AtmCash, Memos.None);
    }

    /// <summary>
    /// A courier collects cash on delivery through payment codes from customers he has never
    /// met, then forwards the day's total to the courier company in the evening — fan-in from
    /// strangers and a same-day pass-through, in the open.
    /// </summary>
    private void CashOnDelivery(int p, long dayStart, SeededRandom random, EventSink sink)
    {
        var company = _people.EmployerCompany[p];
        if (company < 0)
        {
            return;
        }

        var parcels = random.NextInt(4, 15);
        long total = 0;
        var courier = world.Primary[p];
        for (var k = 0; k < parcels; k++)
        {
            var customer = random.NextInt(_people.Count);
            var time = dayStart + DayProfile.Between(random, 9, 18);
            var fen = Fen(random.LogNormal(120, 0.8));
            var from = world.Primary[customer];
            if (from != courier && _accounts.HolderUses(from, time))
            {
                sink.Transaction(time, from, courier, fen, Channel.ThirdPartyPayment, Memos.CashOnDelivery);
                total += fen;
            }
        }

        if (total > 0)
        {
            sink.Transaction(dayStart + DayProfile.Between(random, 19, 22), courier, world.Companies.Account[company], total, Channel.Transfer, Memos.CashOnDelivery);
        }
    }

    private void Pay(int payer, int to, long time, long fen, Channel channel, short memo, EventSink sink)
    {
        var from = world.Primary[payer];
        if (to >= 0 && from != to && _accounts.HolderUses(from, time) && _accounts.HolderUses(to, time))
        {
            sink.Transaction(time, from, to, fen, channel, memo);
        }
    }

    /// <summary>Yuan (a double from a distribution) to whole fen, at least one yuan.</summary>
    public static long Fen(double yuan) => Math.Max(100, (long)Math.Round(yuan * 100));
}
