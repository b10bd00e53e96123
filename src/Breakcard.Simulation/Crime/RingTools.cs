using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// A ring's equipment and helpers: the handsets and computers its operators log in from (behind
/// overseas addresses), the insiders who open cards and SIMs, the developer whose server its apps
/// run on, and the SIM box a line keeper hosts at home.
/// </summary>
internal static class RingTools
{
    public static void Plan(SimWorld world, Ring ring, TruthBook truth, HashSet<int> used, SeededRandom random)
    {
        var devices = random.NextInt(2, 4);
        for (var i = 0; i < devices; i++)
        {
            var computer = i % 2 == 1;
            var device = world.Devices.Add(computer ? world.Ids.Imei(Networks.ComputerTac) : world.Ids.HandsetImei(random),
                computer ? DeviceKind.Computer : DeviceKind.Phone, -1);
            ring.OperatorDevices.Add(device);
            TruthBook.Label(truth.Devices, device, TruthRole.RingLine, Typology.LayeredLaundering, ring.Id);
        }

        for (var i = 0; i < 3; i++)
        {
            ring.OperatorIps.Add(Networks.OverseasIp(random));
        }

        ring.DenCell = Cells.Pick(Regions.ChengduDistricts[random.NextInt(Regions.ChengduDistricts.Length)], random.NextUInt64());
        var label = (Dictionary<int, EntityTruth> map, int index, TruthRole role, Typology typology) => TruthBook.Label(map, index, role, typology, ring.Id);

        if ((ring.Components & RingComponents.TechSupport) != 0)
        {
            ring.Developer = Helper(world, ring, truth, used, random, Occupation.TechEmployee, TruthRole.TechSupport, Typology.TechnicalSupport);
            ring.Server = world.Devices.Add(world.Ids.Imei(Networks.ComputerTac), DeviceKind.Computer, ring.Developer);
            ring.ServerIp = Networks.DataCentreIp(random);
            label(truth.Devices, ring.Server, TruthRole.TechSupport, Typology.TechnicalSupport);
            label(truth.Accounts, world.Primary[ring.Developer], TruthRole.TechSupport, Typology.TechnicalSupport).Source = Core.Truth.TruthSchema.AccountSources.Own;
        }

        if ((ring.Components & RingComponents.BankInsider) != 0)
        {
            ring.BankInsider = Helper(world, ring, truth, used, random, Occupation.BankInsider, TruthRole.Insider, Typology.InsiderOpening);
            label(truth.Accounts, world.Primary[ring.BankInsider], TruthRole.Insider, Typology.InsiderOpening).Source = Core.Truth.TruthSchema.AccountSources.Own;
        }

        if ((ring.Components & RingComponents.TelecomInsider) != 0)
        {
            ring.TelecomInsider = Helper(world, ring, truth, used, random, Occupation.TelecomInsider, TruthRole.Insider, Typology.InsiderOpening);
            label(truth.Accounts, world.Primary[ring.TelecomInsider], TruthRole.Insider, Typology.InsiderOpening).Source = Core.Truth.TruthSchema.AccountSources.Own;
        }

        if (ring.Keeper >= 0)
        {
            ring.SimBox = world.Devices.Add(world.Ids.Imei(Networks.SimBoxTac), DeviceKind.SimBox, ring.Keeper);
            label(truth.Devices, ring.SimBox, TruthRole.RingLine, Typology.SimBox);
            label(truth.Accounts, world.Primary[ring.Keeper], TruthRole.LineKeeper, Typology.SimBox).Source = Core.Truth.TruthSchema.AccountSources.Own;
        }

        foreach (var dealer in ring.Dealers)
        {
            if (world.Handset[dealer] < 0)
            {
                world.Handset[dealer] = world.Devices.Add(world.Ids.HandsetImei(random), DeviceKind.Phone, dealer);
            }

            // The dealer tests every card on his own phone, and is paid into his own account.
            label(truth.Devices, world.Handset[dealer], TruthRole.Dealer, Typology.CardDealing);
            label(truth.Accounts, world.Primary[dealer], TruthRole.Dealer, Typology.CardDealing).Source = Core.Truth.TruthSchema.AccountSources.Own;
        }
    }

    private static int Helper(SimWorld world, Ring ring, TruthBook truth, HashSet<int> used, SeededRandom random, Occupation occupation, TruthRole role, Typology typology)
    {
        var person = CrimePlanner.Recruit(world, used, random, occupation);
        world.People.Flags[person] |= PersonFlags.Aider;
        RingLabels.Person(truth, person, ring.Id, role, typology, RecruitmentChannel.None);
        return person;
    }
}
