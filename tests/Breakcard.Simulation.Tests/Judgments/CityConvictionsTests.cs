using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Judgments;
using Breakcard.Core.Truth;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests.Judgments;

/// <summary>The city's convicted aiders become judgments that state the city's own truth.</summary>
public sealed class CityConvictionsTests(Worlds worlds)
{
    private SimulatedWorld W => worlds.MediumWorld;

    [Fact]
    public void Read_MediumWorld_EveryConvictedAiderOfTheTruthIsRead()
    {
        var truth = W.Truth(TruthSchema.AidersCsv);
        var expected = truth.Rows.Where(r => truth.Get(r, "convicted") == "true").Select(r => truth.Get(r, "person_id")).ToList();

        var read = CityConvictions.Read(W.Folder);

        Assert.Empty(read.Problems);
        Assert.Equal(truth.Rows.Count, read.Aiders);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, read.Convicted.Select(a => a.Person.Id));
        var people = W.Csv(EntitySchema.PeopleCsv).IndexBy("id");
        Assert.All(read.Convicted, a =>
        {
            var row = people[a.Person.Id];
            Assert.Equal(W.Csv(EntitySchema.PeopleCsv).Get(row, "birth_date"), a.Person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(W.Csv(EntitySchema.PeopleCsv).Get(row, "name"), a.Person.Name.Reveal());
        });
    }

    [Fact]
    public void FromWorld_MediumWorld_EveryConvictedAiderGetsOneJudgmentStatingTheTruth()
    {
        var truth = W.Truth(TruthSchema.AidersCsv);
        var byPerson = truth.Rows.Where(r => truth.Get(r, "convicted") == "true").ToDictionary(r => truth.Get(r, "person_id"), StringComparer.Ordinal);
        var convicted = CityConvictions.Read(W.Folder).Convicted;

        var cases = CityCases.FromWorld(convicted, 11);

        // Every convicted aider is a defendant of exactly one case, tried with people of the same ring.
        Assert.Equal(convicted.Count, cases.Sum(c => c.Defendants.Count));
        Assert.Equal(cases.Count, cases.Select(c => (c.Court.Code, c.Sequence)).Distinct().Count());
        var renderer = new JudgmentRenderer(Phrasebooks.Development);
        var random = new SeededRandom(12);
        var unmatched = convicted.ToList();
        foreach (var c in cases)
        {
            var aiders = c.Defendants.Select(f => unmatched.First(a => a.Person.Name.Reveal() == f.FullName && a.Person.BirthDate == f.BirthDate)).ToList();
            unmatched.RemoveAll(aiders.Contains);
            Assert.Single(aiders.Select(a => a.RingId).Distinct());
            var record = JudgmentExtractor.Extract(new JudgmentDocument("city.txt", renderer.Render(c, random).Text)).Record!;
            Assert.Equal(aiders.Count, record.Defendants.Count);
            for (var i = 0; i < aiders.Count; i++)
            {
                var row = byPerson[aiders[i].Person.Id];
                var d = record.Defendants[i];
                Assert.Equal(aiders[i].Person.BirthDate, d.BirthDate);
                Assert.Equal(aiders[i].Person.Gender, d.Gender);
                Assert.Equal([ChargeNames.Assisting], d.Charges);
                Assert.Equal(ExpectedConduct(truth.Get(row, "role"), int.Parse(truth.Get(row, "bank_cards_provided")), int.Parse(truth.Get(row, "phone_cards_provided"))), d.Conduct);
                // Amounts and card counts, where the judgment states them, are the truth's (fen to whole yuan).
                AssertAmount(long.Parse(truth.Get(row, "settlement_fen")) / 100, d.Settlement);
                AssertAmount(long.Parse(truth.Get(row, "illegal_gains_fen")) / 100, d.IllegalGains);

                if (d.BankCards is { AtLeast: false } cards)
                {
                    Assert.Equal(int.Parse(truth.Get(row, "bank_cards_provided")), cards.Value);
                }

                // A conviction within the five years before the conduct makes a recidivist (Art. 65).
                Assert.Equal(truth.Get(row, "prior_conviction_year").Length > 0, d.PriorRecord);
                Assert.Equal(truth.Get(row, "recidivist") == "true", d.Recidivist);
            }
        }

        Assert.Empty(unmatched);
    }

    [Theory]
    [InlineData(TruthRole.Seller, 2, 1, ConductKinds.OwnCards | ConductKinds.TelecomCards)]
    [InlineData(TruthRole.Seller, 0, 3, ConductKinds.TelecomCards)]
    [InlineData(TruthRole.Dealer, 12, 0, ConductKinds.CardDealing)]
    [InlineData(TruthRole.SettlementMule, 1, 0, ConductKinds.PaymentSettlement)]
    [InlineData(TruthRole.CashOut, 0, 0, ConductKinds.PaymentSettlement)]
    [InlineData(TruthRole.ShellFront, 1, 0, ConductKinds.OwnCards)]
    [InlineData(TruthRole.LineKeeper, 0, 0, ConductKinds.TransmissionDevices | ConductKinds.TelecomCards)]
    [InlineData(TruthRole.TechSupport, 0, 0, ConductKinds.TechnicalSupport)]
    public void ConductOf_Role_IsTheCourtsFinding(TruthRole role, int bank, int phone, ConductKinds expected) =>
        Assert.Equal(expected, CityConvictions.ConductOf(role, bank, phone));

    [Fact]
    public void Read_BadRows_ReportedWithFileLineAndFieldAndOthersKept()
    {
        var folder = worlds.NewFolder("bad-truth");
        Directory.CreateDirectory(Path.Combine(folder, TruthSchema.Folder));
        File.WriteAllText(Path.Combine(folder, EntitySchema.PeopleCsv),
            string.Join(',', EntitySchema.PersonColumns) + "\n"
            + "P1,,王小明,male,1999-04-02,junior_high,unemployed,510106,成都市\n"
            + "P2,,李红,female,2001-13-40,senior_high,student,510106,\"成都市, 武侯区\"\n");
        File.WriteAllText(Path.Combine(folder, TruthSchema.Folder, TruthSchema.AidersCsv),
            string.Join(',', TruthSchema.AiderColumns) + "\n"
            + "P1,R0001,seller,payment_settlement,card_selling,recruitment_ad,2,1,25000000,300000,false,,2025-03-02,2025-03-09,true,settlement_200k\n"
            + "P2,R0001,settlement_mule,payment_settlement,payment_settlement,recruitment_ad,1,0,abc,1000,false,,2025-03-02,2025-03-09,true,settlement_200k\n"
            + "P3,R0001,seller,payment_settlement,card_selling\n");

        var read = CityConvictions.Read(folder);

        var one = Assert.Single(read.Convicted);
        Assert.Equal(250_000, one.SettlementYuan);
        Assert.Equal(3_000, one.GainsYuan);
        Assert.Equal(ConductKinds.OwnCards | ConductKinds.TelecomCards, one.Conduct);
        Assert.Equal(2, read.Aiders); // the short row is reported, not counted
        Assert.Contains(read.Problems, p => p.Source.EndsWith(TruthSchema.AidersCsv, StringComparison.Ordinal) && p.Line == 4 && p.Field is null);
        Assert.Contains(read.Problems, p => p.Source.EndsWith(EntitySchema.PeopleCsv, StringComparison.Ordinal) && p.Line == 3 && p.Field == "birth_date");
        Assert.Contains(read.Problems, p => p.Line == 3 && p.Field == "person_id");
        Assert.Throws<InvalidInputException>(() => CityConvictions.Read(worlds.NewFolder("empty")));
    }

    private static ConductKinds ExpectedConduct(string role, int bank, int phone) => role switch
    {
        "seller" when bank == 0 => ConductKinds.TelecomCards,
        "seller" => ConductKinds.OwnCards | (phone > 0 ? ConductKinds.TelecomCards : 0),
        "dealer" or "insider" => ConductKinds.CardDealing | (phone > 0 ? ConductKinds.TelecomCards : 0),
        "shell_front" => ConductKinds.OwnCards,
        "tech_support" => ConductKinds.TechnicalSupport,
        "line_keeper" => ConductKinds.TransmissionDevices | ConductKinds.TelecomCards,
        _ => ConductKinds.PaymentSettlement,
    };

    /// <summary>An exact amount is the truth's; a lower bound (1100余万元) is at most the truth and within a tenth of it.</summary>
    private static void AssertAmount(long truthYuan, Amount? stated)
    {
        if (stated is not { } a)
        {
            return;
        }

        if (a.AtLeast)
        {
            Assert.InRange(a.Value.WholeYuan, truthYuan * 9 / 10, truthYuan);
        }
        else
        {
            Assert.Equal(truthYuan, a.Value.WholeYuan);
        }
    }
}
