using Breakcard.Core.Accounts;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>Opens accounts the way a bank does: at a branch of the bank (in the holder's district when
/// there is one), by one of that branch's tellers, with a number from the bank's series.</summary>
internal static class AccountOpening
{
    /// <summary>Opens a personal account and returns its index.</summary>
    public static int Personal(SimWorld world, SeededRandom random, int person, int bank, AccountClass accountClass,
        int opened, int lastActivity, AccountUse use, Persona persona)
    {
        var branch = BranchOf(world, random, bank, world.People.District[person]);
        var teller = TellerOf(world, random, branch);
        var hasCard = accountClass == AccountClass.ClassI;
        return world.Accounts.Add(world.Ids.CardNumber(bank, random), bank, accountClass, AccountHolderKind.Personal, person,
            opened, lastActivity, branch, teller, hasCard, use, persona, world.Phone[person]);
    }

    /// <summary>Opens a personal Class I account at a given branch by a given employee (insiders use this).</summary>
    public static int PersonalAt(SimWorld world, SeededRandom random, int person, int branch, int employee, int opened, AccountUse use, Persona persona, int boundPhone)
    {
        var bank = world.Institutions.Branches[branch].Bank;
        return world.Accounts.Add(world.Ids.CardNumber(bank, random), bank, AccountClass.ClassI, AccountHolderKind.Personal, person,
            opened, int.MinValue, branch, employee, true, use, persona, boundPhone);
    }

    /// <summary>Opens a company's basic account and records it on the company.</summary>
    public static int Corporate(SimWorld world, SeededRandom random, int company, int bank, int opened, Persona persona)
    {
        var branch = BranchOf(world, random, bank, world.Companies.District[company]);
        var account = world.Accounts.Add(world.Ids.CorporateNumber(bank), bank, AccountClass.ClassI, AccountHolderKind.Corporate, company,
            opened, Math.Max(opened, -random.NextInt(1, 6)), branch, TellerOf(world, random, branch), false, AccountUse.Corporate, persona, -1);
        world.Companies.Account[company] = account;
        return account;
    }

    /// <summary>A bank drawn by market share.</summary>
    public static int PickBank(SeededRandom random) => random.PickWeighted(InstitutionBuilder.BankShares);

    /// <summary>A branch of <paramref name="bank"/>, preferably in <paramref name="district"/>.</summary>
    public static int BranchOf(SimWorld world, SeededRandom random, int bank, int district)
    {
        var inst = world.Institutions;
        if (inst.BranchesIn.TryGetValue(district, out var local))
        {
            var start = random.NextInt(local.Count);
            for (var k = 0; k < local.Count; k++)
            {
                var b = local[(start + k) % local.Count];
                if (inst.Branches[b].Bank == bank)
                {
                    return b;
                }
            }
        }

        // Every bank has at least one branch (InstitutionBuilder): take the first of this bank.
        for (var b = 0; b < inst.Branches.Count; b++)
        {
            if (inst.Branches[b].Bank == bank)
            {
                return b;
            }
        }

        throw new InvalidOperationException("A bank without branches.");
    }

    private static int TellerOf(SimWorld world, SeededRandom random, int branch)
    {
        var staff = world.Institutions.BranchStaff[branch];
        return staff.Count == 0 ? -1 : staff[random.NextInt(staff.Count)];
    }
}
