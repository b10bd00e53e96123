using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Output;
using Breakcard.Simulation.Truth;

namespace Breakcard.Simulation.Internal;

/// <summary>Builds the <see cref="WorldSummary"/> of a finished simulation.</summary>
internal static class Summaries
{
    /// <summary>One summary per ring; truth/rings.csv is written from the same figures.</summary>
    public static List<RingSummary> RingsOf(BuiltWorld built)
    {
        var truth = built.Truth;
        return built.Rings.ConvertAll(r => new RingSummary(
            TruthOutput.RingId(r.Id),
            Text.Of(r.Scheme),
            Enum.GetValues<Crime.RingComponents>().Where(c => c != Crime.RingComponents.None && (r.Components & c) != 0).Select(c => Text.Of(c)).ToArray(),
            truth.Persons.Values.Count(p => p.Ring == r.Id && p.Role == TruthRole.Victim),
            r.VictimLossFen,
            truth.Aiders.Values.Count(a => a.Ring == r.Id),
            r.Cards.Count));
    }

    public static WorldSummary Of(SimulationOptions options, string folder, BuiltWorld built, long[] counts,
        Dictionary<Typology, long> typologyEvents, int maxDay, int maxPending, List<WrittenFile> files, SimulationTimings timings)
    {
        var truth = built.Truth;
        var entities = new Dictionary<Typology, int>();
        foreach (var map in new[] { truth.Persons, truth.Accounts, truth.Phones, truth.Devices, truth.Companies })
        {
            foreach (var t in map.Values)
            {
                if (t.Role == TruthRole.Victim)
                {
                    continue;
                }

                foreach (var typology in Enum.GetValues<Typology>())
                {
                    if (typology != Typology.None && t.Has(typology))
                    {
                        entities[typology] = entities.GetValueOrDefault(typology) + 1;
                    }
                }
            }
        }

        var world = built.World;
        return new WorldSummary
        {
            Folder = folder,
            Options = options,
            People = world.People.Count,
            Companies = world.Companies.Count,
            Accounts = world.Accounts.Count,
            Phones = world.Phones.Count,
            Devices = world.Devices.Count,
            Rings = built.Rings.Count,
            Aiders = truth.Aiders.Count,
            Convicted = truth.Aiders.Values.Count(a => Convictions.Grounds(a).Count > 0),
            Victims = truth.Persons.Values.Count(p => p.Role == TruthRole.Victim),
            PositiveAccounts = truth.Accounts.Keys.Count(a => AmlSimOutput.IsSar(truth, a)),
            Transactions = counts[(int)EventKind.Transaction],
            Calls = counts[(int)EventKind.Call],
            Sms = counts[(int)EventKind.Sms],
            Logins = counts[(int)EventKind.Login],
            LabelledEvents = typologyEvents.Values.Sum(),
            TypologyEntities = entities,
            TypologyEvents = typologyEvents,
            MaxEventsPerDay = maxDay,
            MaxPendingActions = maxPending,
            Files = files,
            Timings = timings,
            Personas = Enum.GetValues<Persona>().ToDictionary(p => p, p => world.People.Persona.Count(x => x == p)),
            Calibration = Population.Calibration.Measure(world.People, truth, options.Start),
            RingSummaries = RingsOf(built),
        };
    }
}
