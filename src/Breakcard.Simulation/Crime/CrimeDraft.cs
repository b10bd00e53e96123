using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Crime;

/// <summary>The part a calibrated aider plays.</summary>
internal enum AiderRole : byte
{
    Dealer = 1,
    Seller = 2,

    /// <summary>Sold an ID copy; a bank insider opened cards in their name.</summary>
    InsiderSeller = 3,
    CashOut = 4,
    Mule = 5,
    ShellRep = 6,
    Keeper = 7,
}

/// <summary>A ring before any person exists: its scheme, parts, window and head counts.</summary>
internal sealed record RingDraft(int Id, FraudScheme Scheme, RingComponents Components, bool ScatterGather, int StartDay, int Length);

/// <summary>
/// How much crime the world holds, decided before the population is built so that the aiders
/// can be drawn from calibrated profiles: rings, and for each aider slot its ring, role,
/// recruitment channel and (for fellow villagers) home region.
/// </summary>
/// <remarks>
/// Implementation note: the world is deliberately denser in crime than a real city (one ring per
/// 75,000 person-days) so that a small demo city holds every typology and enough positives to
/// measure precision and recall; docs/simulation.md says so.
/// </remarks>
internal sealed class CrimeDraft
{
    public const int PersonDaysPerRing = 75_000;

    private static readonly RingComponents[] Optional =
    [
        RingComponents.Settlement, RingComponents.ShellFactory, RingComponents.SimBox, RingComponents.SmsReception,
        RingComponents.BankInsider, RingComponents.TelecomInsider, RingComponents.TechSupport, RingComponents.DormantCards,
    ];

    private static readonly double[] OptionalChance = [0.4, 0.3, 0.35, 0.35, 0.25, 0.25, 0.3, 0.5];

    public List<RingDraft> Rings { get; } = [];

    public List<(int Ring, AiderRole Role)> Slots { get; } = [];

    /// <summary>Recruitment channel per slot (after <see cref="AssignChannels"/>).</summary>
    public RecruitmentChannel[] Channels { get; private set; } = [];

    /// <summary>Home region per slot, or -1 to draw it (after <see cref="AssignChannels"/>).</summary>
    public int[] HomeRegions { get; private set; } = [];

    public static CrimeDraft Plan(int people, int days, SeededRandom random)
    {
        var draft = new CrimeDraft();
        var count = Math.Max(3, (int)Math.Round((double)people * days / PersonDaysPerRing));
        for (var r = 0; r < count; r++)
        {
            var components = RingComponents.None;
            for (var i = 0; i < Optional.Length; i++)
            {
                // Every optional part is forced on one ring, so every typology is in every world.
                if (i % count == r % count || random.Chance(OptionalChance[i]))
                {
                    components |= Optional[i];
                }
            }

            var (startDay, length) = Window(days, random);
            var scheme = (FraudScheme)random.NextInt(1, 6);
            var ring = new RingDraft(r, scheme, components, r % 2 == 0, startDay, length);
            draft.Rings.Add(ring);
            draft.AddSlots(ring, random);
        }

        return draft;
    }

    /// <summary>Recruitment channels and fellow villagers' shared home regions, once profiles exist.</summary>
    public void AssignChannels(AiderProfile[] profiles, SeededRandom random)
    {
        Channels = new RecruitmentChannel[Slots.Count];
        HomeRegions = new int[Slots.Count];
        Array.Fill(HomeRegions, -1);
        var dealerSlot = new Dictionary<int, int>();
        for (var s = 0; s < Slots.Count; s++)
        {
            if (Slots[s].Role == AiderRole.Dealer && !dealerSlot.ContainsKey(Slots[s].Ring))
            {
                dealerSlot[Slots[s].Ring] = s;
                // Dealers are mostly migrants from the sending prefectures, who recruit at home.
                HomeRegions[s] = random.Chance(0.6)
                    ? Regions.SichuanSending[random.PickWeighted(Regions.WeightsOf(Regions.SichuanSending))]
                    : -1;
            }
        }

        for (var s = 0; s < Slots.Count; s++)
        {
            var (ring, role) = Slots[s];
            var profile = profiles[s];
            var campusDealer = profiles[dealerSlot[ring]].Occupation == Occupation.Student;
            var u = random.NextDouble();
            Channels[s] = role switch
            {
                AiderRole.Dealer => RecruitmentChannel.None,
                AiderRole.InsiderSeller => RecruitmentChannel.Insider,
                AiderRole.Seller when profile.Occupation == Occupation.Student => campusDealer || u < 0.6 ? RecruitmentChannel.Campus : RecruitmentChannel.RecruitmentAd,
                AiderRole.Seller when profile.Occupation == Occupation.Employee && u < 0.35 => RecruitmentChannel.Employer,
                AiderRole.Seller or AiderRole.CashOut or AiderRole.ShellRep when u < 0.72 => RecruitmentChannel.RecruitmentAd,
                AiderRole.Seller or AiderRole.CashOut or AiderRole.ShellRep => RecruitmentChannel.FellowVillager,
                AiderRole.Mule => u < 0.85 ? RecruitmentChannel.RecruitmentAd : RecruitmentChannel.FellowVillager,
                _ => RecruitmentChannel.RecruitmentAd,
            };

            if (Channels[s] == RecruitmentChannel.FellowVillager && HomeRegions[dealerSlot[ring]] >= 0)
            {
                HomeRegions[s] = HomeRegions[dealerSlot[ring]];
            }
        }
    }

    private void AddSlots(RingDraft ring, SeededRandom random)
    {
        var c = ring.Components;
        var insiderSellers = (c & RingComponents.BankInsider) != 0 ? random.NextInt(2, 4) : 0;
        var needed = (ring.ScatterGather ? 8 : 7) + ((c & RingComponents.Settlement) != 0 ? 2 : 0)
            - ((c & RingComponents.ShellFactory) != 0 && !ring.ScatterGather ? 1 : 0) - (insiderSellers * 2);
        var sellers = Math.Max(random.NextInt(4, 10), (int)Math.Ceiling(needed / 1.3) + 1);
        Add(ring.Id, AiderRole.Dealer, random.Chance(0.2) ? 2 : 1);
        Add(ring.Id, AiderRole.Seller, sellers);
        Add(ring.Id, AiderRole.InsiderSeller, insiderSellers);
        Add(ring.Id, AiderRole.CashOut, random.NextInt(1, 3));
        Add(ring.Id, AiderRole.Mule, (c & RingComponents.Settlement) != 0 ? random.NextInt(2, 5) : 0);
        Add(ring.Id, AiderRole.ShellRep, (c & RingComponents.ShellFactory) != 0 ? random.NextInt(3, 7) : 0);
        Add(ring.Id, AiderRole.Keeper, (c & RingComponents.SimBox) != 0 ? 1 : 0);
    }

    private void Add(int ring, AiderRole role, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Slots.Add((ring, role));
        }
    }

    /// <summary>The fraud window: rings start after the first day and stop before the last, so
    /// cards are bought inside the period and chains finish inside it.</summary>
    private static (int StartDay, int Length) Window(int days, SeededRandom random)
    {
        if (days < 6)
        {
            return (0, days);
        }

        // The last day is left for the laundering still under way to finish.
        var start = random.NextInt(1, days - 4);
        var length = Math.Min(days - start - 1, random.NextInt(4, 15));
        return (start, length);
    }
}
