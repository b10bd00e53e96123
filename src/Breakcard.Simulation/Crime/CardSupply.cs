using Breakcard.Core.Accounts;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;
using Sources = Breakcard.Core.Truth.TruthSchema.AccountSources;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// The card market: each seller sells one or two cards — a second card in normal use until the
/// sale, a card opened days before to sell, or a long-dormant card — usually with a new SIM bound
/// to it; a bank insider opens extra Class I cards in sold identities at his own branch. Then the
/// ring gives every card a job and a window, and the sale times follow from the windows.
/// </summary>
internal static class CardSupply
{
    private const long Hour = 3600;

    public static void Plan(SimWorld world, Ring ring, TruthBook truth, SeededRandom random)
    {
        var dormantWanted = (ring.Components & RingComponents.DormantCards) != 0;
        foreach (var seller in ring.Sellers)
        {
            var p = seller.Person;
            if (seller.Channel == RecruitmentChannel.Insider)
            {
                InsiderCards(world, ring, seller, random);
                continue;
            }

            var cards = random.Chance(0.3) ? 2 : 1;
            for (var k = 0; k < cards; k++)
            {
                if (dormantWanted && k == 0)
                {
                    if (world.DormantCard[p] < 0)
                    {
                        // The one seller chosen to sell a dormant card gets one opened years ago.
                        world.DormantCard[p] = AccountOpening.Personal(world, random, p, AccountOpening.PickBank(random), AccountClass.ClassI,
                            -random.NextInt(1_500, 3_000), -random.NextInt(300, 1_400), AccountUse.Dormant, world.People.Persona[p]);
                    }

                    Add(ring, seller, world.DormantCard[p], Typology.DormantRevival, Sources.Dormant);
                    dormantWanted = false;
                }
                else if (k == 0 && world.Secondary[p] >= 0 && random.Chance(0.55))
                {
                    Add(ring, seller, world.Secondary[p], Typology.LayeredLaundering, Sources.Existing);
                }
                else
                {
                    // Opened to sell; the opening date is set once the sale time is known.
                    var account = AccountOpening.Personal(world, random, p, AccountOpening.PickBank(random), AccountClass.ClassI,
                        0, int.MinValue, AccountUse.OpenedToSell, world.People.Persona[p]);
                    Add(ring, seller, account, Typology.LayeredLaundering, Sources.New);
                }
            }

            seller.PriceFen = random.NextInt(5, 21) * 10_000L * seller.Cards.Count;
            seller.PaidByTransfer = random.Chance(0.55);
            if (random.Chance(0.7))
            {
                seller.Sim = CrimePlanner.NewSim(world, random, p, 0, virtualShare: true);
            }
        }
    }

    /// <summary>Gives every card a job: infrastructure first (insider cards preferred), first-layer cards from the rest.</summary>
    public static void AssignRoles(SimWorld world, Ring ring, TruthBook truth, SeededRandom random)
    {
        // In order of need: the centre of the topology, collectors for mules, a cash-out card and
        // the payout card come first; extra layers and cash-out cards only when cards allow.
        var shells = ring.ShellCompanies.Count > 0;
        var infra = new List<CardRole>();
        if (!shells)
        {
            infra.Add(ring.ScatterGather ? CardRole.Gather : CardRole.Hub);
        }

        if ((ring.Components & RingComponents.Settlement) != 0)
        {
            infra.AddRange([CardRole.Collector, CardRole.Collector]);
        }

        infra.AddRange([CardRole.CashOut, CardRole.Payout]);
        infra.AddRange(ring.ScatterGather ? [CardRole.Layer, CardRole.Layer] : [CardRole.CashOut]);

        var sellerCards = ring.Cards.FindAll(c => c.Role == 0 && c.Primary != Typology.DormantRevival);
        var ordered = sellerCards.FindAll(c => c.Primary == Typology.InsiderOpening);
        var others = sellerCards.FindAll(c => c.Primary != Typology.InsiderOpening);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(others));
        ordered.AddRange(others);
        var k = 0;
        foreach (var role in infra)
        {
            // Keep at least two first-layer cards: skip optional extra roles when cards run short.
            if (ordered.Count - k <= 2 && role is CardRole.Layer or CardRole.CashOut && ring.Cards.Exists(c => c.Role == role))
            {
                continue;
            }

            if (k < ordered.Count)
            {
                ordered[k++].Role = role;
            }
        }

        if (!ring.Cards.Exists(c => c.Role is 0 or CardRole.FirstLayer))
        {
            // Too few cards for every job: the last layer or cash-out card becomes the first layer.
            ring.Cards.FindLast(c => c.Role is CardRole.Layer or CardRole.CashOut && c.Primary != Typology.ShellCompany)!.Role = CardRole.FirstLayer;
        }

        foreach (var card in ring.Cards)
        {
            if (card.Role == 0)
            {
                card.Role = CardRole.FirstLayer;
            }

            if (card.Role == CardRole.Collector && card.Primary == Typology.LayeredLaundering)
            {
                card.Primary = Typology.PaymentSettlement;
            }
        }

        Windows(ring, random);
        SaleTimes(world, ring, truth, random);
    }

    private static void InsiderCards(SimWorld world, Ring ring, SellerPlan seller, SeededRandom random)
    {
        // Two Class I cards at the insider's own bank for one identity: a breach of the one-per-bank rule.
        var insider = ring.BankInsider;
        var branch = world.Institutions.BranchStaff.FindIndex(staff => staff.Contains(insider));
        if (branch < 0)
        {
            branch = AccountOpening.BranchOf(world, random, AccountOpening.PickBank(random), world.People.District[insider]);
        }

        for (var k = 0; k < 2; k++)
        {
            var account = AccountOpening.PersonalAt(world, random, seller.Person, branch, insider, 0, AccountUse.InsiderOpened,
                world.People.Persona[seller.Person], world.Phone[seller.Person]);
            Add(ring, seller, account, Typology.InsiderOpening, Sources.Insider);
        }

        seller.PriceFen = random.NextInt(3, 8) * 10_000L;
        seller.PaidByTransfer = random.Chance(0.4);
    }

    private static void Add(Ring ring, SellerPlan seller, int account, Typology primary, string source)
    {
        var card = new RingCard(account, 0, primary) { Seller = seller.Person, Source = source };
        ring.AddCard(card);
        seller.Cards.Add(account);
    }

    private static void Windows(Ring ring, SeededRandom random)
    {
        var first = ring.Cards.FindAll(c => c.Role == CardRole.FirstLayer);
        var span = Math.Max(Hour, ring.End - ring.Start);
        for (var i = 0; i < first.Count; i++)
        {
            // First-layer cards take turns: each is used for a stretch, then dropped (frozen).
            var slot = span / first.Count;
            var from = ring.Start + (i * slot) - (i == 0 ? 0 : random.NextLong(0, Math.Max(1, slot / 5)));
            first[i].ActiveFrom = from;
            first[i].ActiveUntil = from + (slot * 3 / 2) + (6 * Hour);
        }

        foreach (var card in ring.Cards)
        {
            if (card.Role != CardRole.FirstLayer)
            {
                card.ActiveFrom = ring.Start - random.NextLong(Hour, 6 * Hour);
            }
        }
    }

    private static void SaleTimes(SimWorld world, Ring ring, TruthBook truth, SeededRandom random)
    {
        foreach (var seller in ring.Sellers)
        {
            var earliest = long.MaxValue;
            foreach (var account in seller.Cards)
            {
                earliest = Math.Min(earliest, ring.CardOf[account].ActiveFrom);
            }

            var sale = Math.Max(15 * 60, earliest - random.NextLong(2 * Hour, 20 * Hour));
            if (sale % SimCalendar.SecondsPerDay < 9 * Hour && sale >= SimCalendar.SecondsPerDay)
            {
                // Card sets change hands in tea houses and hotel rooms by day or evening, not at 4 a.m.
                sale = (sale / SimCalendar.SecondsPerDay * SimCalendar.SecondsPerDay) - random.NextLong(1 * Hour, 5 * Hour);
            }
            seller.SaleTime = sale;
            var saleDay = (int)(sale / SimCalendar.SecondsPerDay);
            foreach (var account in seller.Cards)
            {
                var card = ring.CardOf[account];
                card.ActiveFrom = Math.Max(card.ActiveFrom, sale + Hour);
                world.Accounts.ControlledFrom[account] = sale;
                world.Accounts.Ring[account] = ring.Id;
                if (world.Accounts.Use[account] is AccountUse.OpenedToSell or AccountUse.InsiderOpened)
                {
                    world.Accounts.Opened[account] = saleDay - random.NextInt(1, 8);
                }

                var t = RingLabels.Account(truth, card, ring.Id, card.Source, card.Source == Sources.Insider ? Typology.LayeredLaundering : Typology.CardSelling);
                if (card.Primary != Typology.LayeredLaundering)
                {
                    t.Add(Typology.LayeredLaundering);
                }

                t.SoldAt = sale;
            }

            if (seller.Sim >= 0)
            {
                world.Phones.Activated[seller.Sim] = saleDay - random.NextInt(1, 10);
                foreach (var account in seller.Cards)
                {
                    world.Accounts.BoundPhone[account] = seller.Sim;
                }
            }
            else if (world.Phone[seller.Person] >= 0)
            {
                // No SIM in the set: the cards stay bound to the seller's own phone, which relays
                // the banks' codes to the dealer — part of the sale.
                var phone = TruthBook.Label(truth.Phones, world.Phone[seller.Person], TruthRole.Seller, Typology.CardSelling, ring.Id);
                if (seller.Channel == RecruitmentChannel.Insider)
                {
                    phone.Add(Typology.InsiderOpening);
                }
            }

            var person = truth.Persons[seller.Person];
            person.SoldAt = sale;
            var tally = truth.Aiders[seller.Person];
            tally.BankCards += seller.Cards.Count;
            tally.PhoneCards += seller.Sim >= 0 ? 1 : 0;
            tally.GainsFen += seller.PriceFen;
            tally.Act(sale);
            var dealer = truth.Aiders[seller.Dealer];
            dealer.BankCards += seller.Cards.Count;
            dealer.PhoneCards += seller.Sim >= 0 ? 1 : 0;
            dealer.Act(sale);
            if (seller.Channel == RecruitmentChannel.Insider && ring.BankInsider >= 0)
            {
                var insider = truth.Aiders[ring.BankInsider];
                insider.BankCards += seller.Cards.Count;
                ring.InsiderPayments.Add((ring.BankInsider, seller.Cards.Count * 50_000L, Math.Max(60, sale - random.NextLong(Hour, 6 * Hour)), Typology.InsiderOpening));
            }
        }
    }
}
