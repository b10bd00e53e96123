using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests.Truth;

public sealed class TruthConsistencyTests(Worlds worlds)
{
    private SimulatedWorld W => worlds.MediumWorld;

    [Fact]
    public void EveryTypology_HasLabelledEntitiesAndEvents()
    {
        var entityTypologies = new HashSet<string>();
        foreach (var file in new[] { TruthSchema.PersonsCsv, TruthSchema.AccountsCsv, TruthSchema.PhonesCsv, TruthSchema.DevicesCsv, TruthSchema.CompaniesCsv })
        {
            var truth = W.Truth(file);
            foreach (var row in truth.Rows.Where(r => truth.Get(r, "role") is not ("normal" or "victim")))
            {
                entityTypologies.UnionWith(truth.Get(row, "typologies").Split(';'));
            }
        }

        var eventTypologies = W.Truth(TruthSchema.EventsCsv).Column("typology").ToHashSet();
        foreach (var typology in Enum.GetValues<Typology>().Where(t => t != Typology.None).Select(t => EventSchema.Snake(t)))
        {
            Assert.Contains(typology, entityTypologies);
            Assert.Contains(typology, eventTypologies);
        }
    }

    [Fact]
    public void LabelledTransactions_InvolveEntitiesOfTheSameRing_WithTheEventsTypology()
    {
        var events = W.Truth(TruthSchema.EventsCsv);
        var accounts = W.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        var persons = W.Truth(TruthSchema.PersonsCsv).IndexBy("person_id");
        var tx = W.Transactions.IndexBy("id");
        var accountTruth = W.Truth(TruthSchema.AccountsCsv);
        var personTruth = W.Truth(TruthSchema.PersonsCsv);
        var checkedCount = 0;
        foreach (var e in events.Rows.Where(r => events.Get(r, "type") == "transaction"))
        {
            var ring = events.Get(e, "ring_id");
            var typology = events.Get(e, "typology");
            var t = tx[events.Get(e, "event_id")];
            var hasTypology = false;
            foreach (var side in new[] { W.Transactions.Get(t, "debit"), W.Transactions.Get(t, "credit") })
            {
                if (CashPoints.IsCash(side))
                {
                    continue;
                }

                // The account, or the person holding it (a seller paid for a card, a victim), is in the ring.
                var a = accounts[side];
                var holder = persons.GetValueOrDefault(accountTruth.Get(a, "holder_id"));
                var inRing = accountTruth.Get(a, "ring_id") == ring || (holder is not null && personTruth.Get(holder, "ring_id") == ring);
                Assert.True(inRing, $"{events.Get(e, "event_id")}: {side} is not in ring {ring}");
                hasTypology |= accountTruth.Get(a, "typologies").Split(';').Contains(typology)
                    || (holder is not null && personTruth.Get(holder, "typologies").Split(';').Contains(typology));
            }

            Assert.True(hasTypology, $"{events.Get(e, "event_id")}: no side carries {typology}");
            checkedCount++;
        }

        Assert.True(checkedCount > 500, $"only {checkedCount} labelled transactions");
    }

    [Fact]
    public void LabelledCallsSmsAndLogins_ComeFromOrReachRingEntities()
    {
        var events = W.Truth(TruthSchema.EventsCsv);
        var phones = W.Truth(TruthSchema.PhonesCsv).IndexBy("number");
        var accounts = W.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        var phoneTruth = W.Truth(TruthSchema.PhonesCsv);
        var accountTruth = W.Truth(TruthSchema.AccountsCsv);
        var calls = W.Csv(EventSchema.CallsCsv).IndexBy("id");
        var sms = W.Csv(EventSchema.SmsCsv).IndexBy("id");
        var logins = W.Csv(EventSchema.LoginsCsv).IndexBy("id");
        var seen = new HashSet<string>();
        foreach (var e in events.Rows)
        {
            var id = events.Get(e, "event_id");
            var ring = events.Get(e, "ring_id");
            var typology = events.Get(e, "typology");
            string?[] entity = events.Get(e, "type") switch
            {
                "call" => [phoneTruth.Get(phones[W.Csv(EventSchema.CallsCsv).Get(calls[id], "caller")], "ring_id"),
                    phoneTruth.Get(phones[W.Csv(EventSchema.CallsCsv).Get(calls[id], "caller")], "typologies")],
                "sms" => [phoneTruth.Get(phones[W.Csv(EventSchema.SmsCsv).Get(sms[id], "receiver")], "ring_id"), null],
                "login" => [accountTruth.Get(accounts[W.Csv(EventSchema.LoginsCsv).Get(logins[id], "account")], "ring_id"),
                    accountTruth.Get(accounts[W.Csv(EventSchema.LoginsCsv).Get(logins[id], "account")], "typologies")],
                _ => [ring, typology],
            };
            Assert.True(entity[0] == ring, $"{id} ({events.Get(e, "type")}) touches an entity outside ring {ring}");
            if (entity[1] is { } typologies)
            {
                Assert.Contains(typology, typologies.Split(';'));
            }

            seen.Add(events.Get(e, "type"));
        }

        Assert.Equal(["call", "login", "sms", "transaction"], seen.Order());
    }

    [Fact]
    public void Positives_FirstIllicitTime_IsTheirFirstLabelledEvent()
    {
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var first = new Dictionary<string, string>();
        void See(string account, string time)
        {
            if (!first.TryGetValue(account, out var t) || string.CompareOrdinal(time, t) < 0)
            {
                first[account] = time;
            }
        }

        var tx = W.Transactions;
        foreach (var row in tx.Rows.Where(r => events.ContainsKey(tx.Get(r, "id"))))
        {
            See(tx.Get(row, "debit"), tx.Get(row, "time"));
            See(tx.Get(row, "credit"), tx.Get(row, "time"));
        }

        var logins = W.Csv(EventSchema.LoginsCsv);
        foreach (var row in logins.Rows.Where(r => events.ContainsKey(logins.Get(r, "id"))))
        {
            See(logins.Get(row, "account"), logins.Get(row, "time"));
        }

        var truth = W.Truth(TruthSchema.AccountsCsv);
        var positives = truth.Rows.Where(r => truth.Get(r, "role") is not ("normal" or "victim")).ToList();
        Assert.True(positives.Count > 50);
        foreach (var row in positives)
        {
            var account = truth.Get(row, "account_number");
            Assert.True(first.ContainsKey(account), $"positive account {account} has no labelled event");
            Assert.Equal(first[account], truth.Get(row, "first_illicit_at"));
        }
    }

    [Fact]
    public void SoldCards_AfterTheSale_AreUsedOnlyByTheRing_FromDevicesTheSellerDoesNotOwn()
    {
        var truth = W.Truth(TruthSchema.AccountsCsv);
        var sold = truth.Rows.Where(r => truth.Get(r, "sold_at") != "" && truth.Get(r, "source") is "existing" or "new" or "dormant")
            .ToDictionary(r => truth.Get(r, "account_number"), r => (SoldAt: truth.Get(r, "sold_at"), Holder: truth.Get(r, "holder_id"), Source: truth.Get(r, "source")));
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var tx = W.Transactions;
        var usedBefore = 0;
        foreach (var row in tx.Rows)
        {
            if (sold.TryGetValue(tx.Get(row, "debit"), out var card))
            {
                var after = string.CompareOrdinal(tx.Get(row, "time"), card.SoldAt) >= 0;
                Assert.True(!after || events.ContainsKey(tx.Get(row, "id")), $"{tx.Get(row, "id")}: the seller still spends from a sold card");
                usedBefore += after ? 0 : 1;
            }
        }

        Assert.True(usedBefore > 0, "existing cards are used normally before they are sold");
        var owners = W.Csv("devices.csv").IndexBy("device_id");
        var logins = W.Csv(EventSchema.LoginsCsv);
        var ringLogins = 0;
        foreach (var row in logins.Rows)
        {
            if (sold.TryGetValue(logins.Get(row, "account"), out var card) && string.CompareOrdinal(logins.Get(row, "time"), card.SoldAt) >= 0)
            {
                Assert.NotEqual(card.Holder, W.Csv("devices.csv").Get(owners[logins.Get(row, "device_id")], "owner_id"));
                ringLogins++;
            }
        }

        Assert.True(ringLogins > sold.Count, "every sold card is logged into by the dealer and the ring");
        Assert.Contains(sold.Values, c => c.Source == "dormant");
        Assert.Contains(sold.Values, c => c.Source == "new");
        Assert.Contains(sold.Values, c => c.Source == "existing");
    }

    [Fact]
    public void Sellers_RecordHowTheyWereRecruited_AndFellowVillagersShareTheDealersHomeRegion()
    {
        var persons = W.Truth(TruthSchema.PersonsCsv);
        var people = W.Csv("people.csv").IndexBy("id");
        var sellers = persons.Rows.Where(r => persons.Get(r, "role") == "seller").ToList();
        Assert.All(sellers, s => Assert.NotEqual("", persons.Get(s, "recruitment")));
        var channels = sellers.Select(s => persons.Get(s, "recruitment")).ToHashSet();
        foreach (var channel in new[] { "recruitment_ad", "campus", "fellow_villager", "insider" })
        {
            Assert.Contains(channel, channels);
        }

        var dealersHome = persons.Rows.Where(r => persons.Get(r, "role") == "dealer")
            .GroupBy(r => persons.Get(r, "ring_id"))
            .ToDictionary(g => g.Key, g => g.Select(d => W.Csv("people.csv").Get(people[persons.Get(d, "person_id")], "home_region")).ToHashSet());
        var villagers = sellers.Where(s => persons.Get(s, "recruitment") == "fellow_villager").ToList();
        Assert.Contains(villagers, s => dealersHome[persons.Get(s, "ring_id")].Contains(W.Csv("people.csv").Get(people[persons.Get(s, "person_id")], "home_region")));
    }

    [Fact]
    public void Aiders_ConvictedExactlyWhenAThresholdIsMet()
    {
        var aiders = W.Truth(TruthSchema.AidersCsv);
        Assert.True(aiders.Rows.Count > 40);
        foreach (var row in aiders.Rows)
        {
            long L(string c) => long.Parse(aiders.Get(row, c), System.Globalization.CultureInfo.InvariantCulture);
            var met = L("settlement_fen") >= 20_000_000 || L("illegal_gains_fen") >= 1_000_000 || L("bank_cards_provided") >= 5 || L("phone_cards_provided") >= 20;
            Assert.Equal(met ? "true" : "false", aiders.Get(row, "convicted"));
            Assert.Equal(met, aiders.Get(row, "grounds") != "");
            Assert.Equal(aiders.Get(row, "recidivist") == "true", aiders.Get(row, "prior_conviction_year") != "");
        }

        Assert.Contains(aiders.Rows, r => aiders.Get(r, "convicted") == "true");
        Assert.Contains(aiders.Rows, r => aiders.Get(r, "convicted") == "false");
        Assert.Equal(["communication_transmission", "payment_settlement", "technical_support"], aiders.Column("conduct").Distinct().Order());
    }
}
