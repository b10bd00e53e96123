using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Life;

/// <summary>
/// Everyday calls, messages and app logins: calls to family and friends; notifications and a
/// few verification codes; logins from one's own phone over home broadband or mobile data. Hard
/// negatives: couriers phoning dozens of customers a day, parents' banking apps run from a
/// child's phone.
/// </summary>
internal sealed class TelecomLife(SimWorld world)
{
    private readonly PersonTable _people = world.People;
    private readonly PhoneTable _phones = world.Phones;
    private int _day;

    public void Day(int day, SeededRandom random, EventSink sink)
    {
        var dayStart = (long)day * SimCalendar.SecondsPerDay;
        var workday = !world.Calendar.IsWeekend(day);
        _day = day;
        for (var p = 0; p < _people.Count; p++)
        {
            var phone = world.Phone[p];
            var profile = _people.Persona[p] == Persona.NightShift ? DayProfile.NightShift : DayProfile.Daytime;
            var act = _people.Activity[p];
            if (phone >= 0)
            {
                var calls = random.Poisson(1.0 * act);
                for (var k = 0; k < calls; k++)
                {
                    Call(p, phone, dayStart + profile.NextSecond(random), random, sink);
                }

                if (_people.Persona[p] == Persona.Courier && workday)
                {
                    var customers = random.NextInt(12, 40);
                    for (var k = 0; k < customers; k++)
                    {
                        var callee = _phones.Number[random.NextInt(_phones.Count)];
                        var seconds = random.Chance(0.15) ? 0 : random.NextInt(15, 70);
                        sink.Call(dayStart + DayProfile.Between(random, 9, 19), _phones.Number[phone], callee, seconds, _people.WorkCell[p], Handset(p));
                    }
                }

                Messages(p, phone, dayStart, profile, random, sink);
            }

            Logins(p, dayStart, profile, random, sink);
        }
    }

    private void Call(int p, int phone, long time, SeededRandom random, EventSink sink)
    {
        var u = random.NextDouble();
        long callee;
        if (u < 0.4)
        {
            var relative = u < 0.2 ? _people.Spouse[p] : u < 0.3 ? _people.Parent[p] : _people.Child[p];
            if (relative < 0 || world.Phone[relative] < 0)
            {
                return;
            }

            callee = _phones.Number[world.Phone[relative]];
        }
        else if (u < 0.85)
        {
            var friends = _people.FriendsOf(p);
            var friendPhone = friends.IsEmpty ? -1 : world.Phone[friends[random.NextInt(friends.Length)]];
            if (friendPhone < 0)
            {
                return;
            }

            callee = _phones.Number[friendPhone];
        }
        else if (u < 0.9)
        {
            callee = Networks.OperatorServiceNumbers[random.NextInt(Networks.OperatorServiceNumbers.Length)];
        }
        else
        {
            callee = _phones.Number[random.NextInt(_phones.Count)];
        }

        var seconds = random.Chance(0.08) ? 0 : (int)Math.Min(3_600, random.LogNormal(70, 0.9));
        sink.Call(time, _phones.Number[phone], callee, seconds, CellAt(p, time), Handset(p));
    }

    private void Messages(int p, int phone, long dayStart, DayProfile profile, SeededRandom random, EventSink sink)
    {
        var number = _phones.Number[phone];
        var notices = random.Poisson(0.3);
        for (var k = 0; k < notices; k++)
        {
            var t = dayStart + profile.NextSecond(random);
            var sender = random.Chance(0.5)
                ? Networks.OperatorServiceNumbers[random.NextInt(Networks.OperatorServiceNumbers.Length)]
                : Networks.BankServiceNumbers[world.Accounts.Bank[world.Primary[p]]];
            sink.Sms(t, sender, number, SmsKind.Notification, CellAt(p, t), Handset(p));
        }

        // Verification codes: most people a few a week, heavy online shoppers several a day.
        var codes = random.Poisson(0.25 * _people.Activity[p] * _people.Activity[p]);
        for (var k = 0; k < codes; k++)
        {
            var t = dayStart + profile.NextSecond(random);
            sink.Sms(t, Networks.PlatformSender(random.NextInt(Networks.PlatformSenderCount)), number, SmsKind.VerificationCode, CellAt(p, t), Handset(p));
        }

        if (random.Chance(0.15))
        {
            var friends = _people.FriendsOf(p);
            var friend = friends.IsEmpty ? -1 : friends[random.NextInt(friends.Length)];
            if (friend >= 0 && world.Phone[friend] >= 0)
            {
                var t = dayStart + profile.NextSecond(random);
                var to = world.Phone[friend];
                sink.Sms(t, number, _phones.Number[to], SmsKind.Personal, CellAt(friend, t), to == world.Phone[friend] ? Handset(friend) : _phones.Device[to]);
            }
        }
    }

    private void Logins(int p, long dayStart, DayProfile profile, SeededRandom random, EventSink sink)
    {
        if (_people.Has(p, PersonFlags.UsesApp) && Handset(p) >= 0)
        {
            var logins = random.Poisson(0.45);
            for (var k = 0; k < logins; k++)
            {
                var t = dayStart + profile.NextSecond(random);
                var account = random.Chance(0.2) && world.Secondary[p] >= 0 ? world.Secondary[p] : world.Primary[p];
                if (!world.Accounts.HolderUses(account, t))
                {
                    continue;
                }

                var device = world.Computer[p] >= 0 && random.Chance(0.15) ? world.Computer[p] : Handset(p);
                var ip = random.Chance(0.45) ? _people.HomeIp[p] : Networks.MobileIp(random);
                sink.Login(t, account, device, ip);
            }
        }
        else if (_people.Child[p] >= 0 && Handset(_people.Child[p]) >= 0 && random.Chance(0.08))
        {
            // A grown-up child runs an elderly parent's banking app from their own phone: one
            // device, two holders, in complete innocence.
            var child = _people.Child[p];
            var t = dayStart + DayProfile.Daytime.NextSecond(random);
            if (world.Accounts.HolderUses(world.Primary[p], t))
            {
                sink.Login(t, world.Primary[p], Handset(child), _people.HomeIp[child]);
            }
        }
    }

    private int Handset(int p) => world.HandsetOn(p, _day);

    private int CellAt(int p, long time)
    {
        var hour = time % SimCalendar.SecondsPerDay / 3600;
        return hour is >= 9 and < 18 ? _people.WorkCell[p] : _people.HomeCell[p];
    }
}
