using Breakcard.Core.Identifiers;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Judgments;

public sealed class CityCasesTests
{
    [Fact]
    public void ToCase_ConvictedPeopleOfTheCity_JudgmentStatesTheirOwnFacts()
    {
        var seller = new Person("P1", default, new PersonName("韩晓东"), Gender.Male, new DateOnly(1999, 4, 2), Education.JuniorHigh, Occupation.Unemployed, "510106", "");
        var mule = new Person("P2", default, new PersonName("杜丽娜"), Gender.Female, new DateOnly(2002, 9, 30), Education.SeniorHigh, Occupation.Student, "510106", "");
        var people = new[]
        {
            new ConvictedPerson(seller, ConductKinds.OwnCards, 3, 0, 1_250_000, 4_000, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 28), new DateOnly(2024, 6, 5)),
            new ConvictedPerson(mule, ConductKinds.PaymentSettlement, 1, 0, 380_000, 1_500, new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 30), new DateOnly(2024, 6, 6)),
        };

        var facts = CityCases.ToCase(people, Courts.Development[0], new DateOnly(2024, 11, 20), 77, new SeededRandom(4));
        var rendered = new JudgmentRenderer(Phrasebooks.Development).Render(facts, new SeededRandom(4));
        var extracted = JudgmentExtractor.Extract(new JudgmentDocument("city.txt", rendered.Text)).Record!;

        Assert.Equal("（2024）川0106刑初77号", extracted.CaseNumber?.ToString());
        Assert.Equal(["韩某", "杜某"], extracted.Defendants.Select(d => d.Name[..1] + "某"));
        Assert.Equal([new DateOnly(1999, 4, 2), new DateOnly(2002, 9, 30)], extracted.Defendants.Select(d => d.BirthDate!.Value));
        Assert.Equal([ConductKinds.OwnCards, ConductKinds.PaymentSettlement], extracted.Defendants.Select(d => d.Conduct!.Value));
        Assert.Equal(Occupation.Student, extracted.Defendants[1].Occupation);
        Assert.All(extracted.Defendants, d => Assert.Equal([ChargeNames.Assisting], d.Charges));
    }
}
