using Breakcard.Simulation.Crime;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Internal;

/// <summary>A built city with its rings and ground truth, before any day is simulated.</summary>
internal sealed record BuiltWorld(SimWorld World, TruthBook Truth, List<Ring> Rings, CrimeDraft Draft, SeededRandom Root);

/// <summary>
/// Builds the static world in a fixed order, each step with its own random stream forked by name,
/// so a change in one step does not reshuffle the others: crime draft → calibrated aider profiles
/// → population → institutions → companies → personal entities → life indexes → rings.
/// </summary>
internal static class WorldFactory
{
    public static BuiltWorld Build(SimulationOptions options)
    {
        var root = new SeededRandom(options.Seed);
        var draft = CrimeDraft.Plan(options.People, options.Days, root.Fork("crime-draft"));
        var profiles = Profiles(draft, root.Fork("aiders"));
        draft.AssignChannels(profiles, root.Fork("recruitment"));
        var people = PopulationBuilder.Build(options.People, profiles, draft.HomeRegions, options.Start, root.Fork("people"), out var aiders);
        var world = new SimWorld(new SimCalendar(options.Start, options.Days), options.Seed, people);
        InstitutionBuilder.Build(world, root.Fork("institutions"));
        CompanyBuilder.Build(world, root.Fork("companies"));
        PersonalEntities.Build(world, root.Fork("personal"));
        LifeIndex.Build(world, root.Fork("life-index"));
        var truth = new TruthBook();
        var rings = CrimePlanner.Plan(world, draft, aiders, truth, root.Fork("crime"));
        return new BuiltWorld(world, truth, rings, draft, root);
    }

    /// <summary>
    /// Calibrated profiles for every aider slot. Sellers are stratified on their own, so that the
    /// sellers of even a small city match the published shares (not only all aiders together).
    /// </summary>
    private static AiderProfile[] Profiles(CrimeDraft draft, SeededRandom random)
    {
        var sellers = new List<int>();
        var others = new List<int>();
        for (var s = 0; s < draft.Slots.Count; s++)
        {
            (draft.Slots[s].Role is AiderRole.Seller or AiderRole.InsiderSeller ? sellers : others).Add(s);
        }

        var profiles = new AiderProfile[draft.Slots.Count];
        foreach (var (slots, stream) in new[] { (sellers, "sellers"), (others, "others") })
        {
            var sample = AiderProfiles.Sample(slots.Count, random.Fork(stream));
            for (var k = 0; k < slots.Count; k++)
            {
                profiles[slots[k]] = sample[k];
            }
        }

        return profiles;
    }

    /// <summary>The day-by-day generators for a built world.</summary>
    public static (EventSink Sink, NormalLife Life, RingActivity Crime) Generators(BuiltWorld built)
    {
        var sink = new EventSink(built.World, built.Truth, new ActionQueue());
        var life = new NormalLife(built.World, sink, built.Root.Fork("life"));
        var crime = new RingActivity(built.World, built.Truth, built.Rings, built.Root.Fork("crime-days"));
        return (sink, life, crime);
    }
}
