using Breakcard.Core.Accounts;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// Each person's handset and computer, phone cards (registered at an operator outlet), and bank
/// accounts: a primary card, often a second card at another bank, a Class II wallet for those who
/// sweep, and — for about a fifth of adults — an old card left dormant for months or years.
/// </summary>
internal static class PersonalEntities
{
    public static void Build(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var start = world.Calendar.Start;
        var opWeights = Array.ConvertAll(InstitutionBuilder.OperatorShares, o => o.Share);
        for (var p = 0; p < people.Count; p++)
        {
            var age = people.AgeOn(p, start);
            var hasPhone = random.Chance(age < 70 ? 0.985 : age < 80 ? 0.85 : 0.6);
            if (hasPhone)
            {
                world.Handset[p] = world.Devices.Add(world.Ids.HandsetImei(random), DeviceKind.Phone, p);
                var op = InstitutionBuilder.OperatorShares[random.PickWeighted(opWeights)].Operator;
                // About 2% of numbers are new: a change of operator or a replacement card.
                var activated = random.Chance(0.02) ? -random.NextInt(0, 30) : -random.NextInt(60, 4_000);
                world.Phone[p] = AddPhone(world, random, p, op, activated, world.Handset[p]);
                if (people.Has(p, PersonFlags.DualSim))
                {
                    var op2 = InstitutionBuilder.OperatorShares[random.PickWeighted(opWeights)].Operator;
                    world.Phone2[p] = AddPhone(world, random, p, op2, -random.NextInt(30, 2_000), world.Handset[p]);
                }
            }

            if (age is >= 18 and < 65 && random.Chance(0.18))
            {
                world.Computer[p] = world.Devices.Add(world.Ids.Imei(Networks.ComputerTac), DeviceKind.Computer, p);
            }

            if (hasPhone && random.Chance(0.015))
            {
                // A new phone during the period: from that day on, logins come from a device the
                // bank has never seen — the innocent twin of a sold card's first ring login.
                world.NewHandset[p] = world.Devices.Add(world.Ids.HandsetImei(random), DeviceKind.Phone, p);
                world.NewHandsetDay[p] = random.NextInt(0, world.Calendar.Days);
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            OpenAccounts(world, random, p, people.AgeOn(p, start));
        }
    }

    /// <summary>Registers a phone card at an outlet of its operator in the holder's district (or any).</summary>
    public static int AddPhone(SimWorld world, SeededRandom random, int holder, MobileOperator op, int activated, int device)
    {
        var outlet = OutletOf(world, random, op, world.People.District[holder]);
        var staff = outlet >= 0 ? world.Institutions.OutletStaff[outlet] : null;
        var clerk = staff is { Count: > 0 } ? staff[random.NextInt(staff.Count)] : -1;
        return world.Phones.Add(world.Ids.MobileNumber(op, random), op, PhoneCardKind.Ordinary, holder, activated, outlet, clerk, device);
    }

    private static int OutletOf(SimWorld world, SeededRandom random, MobileOperator op, int district)
    {
        var inst = world.Institutions;
        if (inst.OutletsIn.TryGetValue(district, out var local))
        {
            foreach (var o in local)
            {
                if (inst.Outlets[o].Operator == op)
                {
                    return o;
                }
            }
        }

        var any = new List<int>();
        for (var o = 0; o < inst.Outlets.Count; o++)
        {
            if (inst.Outlets[o].Operator == op)
            {
                any.Add(o);
            }
        }

        return any.Count == 0 ? -1 : any[random.NextInt(any.Count)];
    }

    private static void OpenAccounts(SimWorld world, SeededRandom random, int p, int age)
    {
        var persona = world.People.Persona[p];
        var firstBank = AccountOpening.PickBank(random);
        // Most primaries are years old; about 1% were opened in the last month (a new salary card
        // used heavily at once: a legitimate "new account, high velocity").
        var openedPrimary = random.Chance(0.01) ? -random.NextInt(1, 30) : -random.NextInt(60, Math.Max(61, Math.Min(age - 15, 25) * 365));
        world.Primary[p] = AccountOpening.Personal(world, random, p, firstBank, AccountClass.ClassI, openedPrimary, -random.NextInt(1, 8), AccountUse.Primary, persona);

        var secondShare = world.People.Occupation[p] == Occupation.Student ? 0.3 : age is >= 20 and < 65 ? 0.45 : 0.2;
        if (random.Chance(secondShare))
        {
            var bank = OtherBank(random, firstBank, firstBank);
            world.Secondary[p] = AccountOpening.Personal(world, random, p, bank, AccountClass.ClassI,
                -random.NextInt(30, Math.Max(31, (age - 15) * 200)), -random.NextInt(1, 40), AccountUse.Secondary, persona);
        }

        if (world.People.Has(p, PersonFlags.Sweeps) || random.Chance(0.06))
        {
            world.Wallet[p] = AccountOpening.Personal(world, random, p, firstBank, AccountClass.ClassII, -random.NextInt(30, 1_500),
                -random.NextInt(1, 10), AccountUse.Wallet, persona);
        }

        if (age >= 25 && random.Chance(0.22))
        {
            // A card opened long ago (an old job's salary card, a card opened for a promotion) and
            // left untouched: its last transaction months to years before the period.
            var opened = -random.NextInt(1_500, Math.Max(1_501, (age - 18) * 365));
            var last = Math.Min(-200, opened + random.NextInt(30, 1_000));
            world.DormantCard[p] = AccountOpening.Personal(world, random, p, OtherBank(random, firstBank, SecondBank(world, p)), AccountClass.ClassI,
                opened, last, AccountUse.Dormant, persona);
            if (random.Chance(0.03))
            {
                // The holder takes the old card back into use during the period (a long-dormant
                // card suddenly active, for innocent reasons and with ordinary amounts).
                world.RevivalDay[p] = random.NextInt(0, world.Calendar.Days);
            }
        }
    }

    /// <summary>A bank other than the two given: one Class I account per person per bank
    /// (银发〔2016〕261号), which only insiders breach.</summary>
    private static int OtherBank(SeededRandom random, int bank, int other)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var b = AccountOpening.PickBank(random);
            if (b != bank && b != other)
            {
                return b;
            }
        }

        var next = (bank + 1) % BankCatalog.Banks.Count;
        return next == other ? (next + 1) % BankCatalog.Banks.Count : next;
    }

    private static int SecondBank(SimWorld world, int person) =>
        world.Secondary[person] >= 0 ? world.Accounts.Bank[world.Secondary[person]] : world.Accounts.Bank[world.Primary[person]];
}
