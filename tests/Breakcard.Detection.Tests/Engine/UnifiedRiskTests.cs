using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Tests.Engine;

/// <summary>A person's phone flagged by the operator and card flagged by the bank raise each other's risk.</summary>
public sealed class UnifiedRiskTests
{
    private const string Phone = "13900000001";

    private static Harness World() => new(world: w =>
    {
        w.Person("P1");
        w.Phone(Phone, "P1", activated: DateOnly.FromDateTime(Harness.Start.Date).AddDays(-5));
        w.Account("card-p1", "P1");
        w.Person("P2");
        w.Account("card-p2", "P2");
    });

    private static void Spray(Harness h)
    {
        var callees = h.DistinctPhones("1370000", 40);
        for (var i = 0; i < 60; i++)
        {
            h.Call(Harness.At(10 + (i * 0.02)), Phone, callees[i % 40], 3);
        }
    }

    private static void PassThrough(Harness h, string card, int cycles, int payersPerCycle)
    {
        for (var c = 0; c < cycles; c++)
        {
            for (var p = 0; p < payersPerCycle; p++)
            {
                h.Tx(Harness.At(12 + c + (p * 0.05)), $"victim-{card}-{c}-{p}", card, 2_000);
            }

            h.Tx(Harness.At(12.5 + c), card, "collector", payersPerCycle * 1_900);
        }
    }

    [Fact]
    public void PhoneFlagged_HolderCardGetsLinkedRiskAtOnce_OtherHoldersDoNot()
    {
        var h = World();
        Spray(h);
        h.Flush();
        var phone = h.Phone(Phone).Score;
        Assert.True(phone.Risk >= 50, $"phone risk {phone.Risk}");
        Assert.Single(h.PhoneAlertsFor(Phone));

        // The card had no event of its own, yet carries the phone's direct risk as linked risk.
        Assert.Equal(phone.Risk, h.Strength("card-p1", IndicatorId.LinkedRisk));
        Assert.Equal((30 * phone.Risk + 50) / 100, h.Account("card-p1").Score.Risk);
        Assert.Empty(h.AlertsFor("card-p1"));
        Assert.Equal(0, h.Strength("card-p2", IndicatorId.LinkedRisk));
    }

    [Fact]
    public void PhoneFlagged_CardWithModestOwnSignal_AlertNamesThePhone()
    {
        var h = World();
        Spray(h);
        PassThrough(h, "card-p1", cycles: 3, payersPerCycle: 2);
        h.Flush();
        var alert = Assert.Single(h.AlertsFor("card-p1"));
        Assert.Contains(alert.Contributions, c => c.Indicator == IndicatorId.LinkedRisk);
        Assert.Contains(alert.Contributions, c => c.Indicator == IndicatorId.PassThrough);
        Assert.NotNull(alert.Linked);
        Assert.Equal(ScoredKind.Phone, alert.Linked.Kind);
        Assert.Equal(Phone, h.Reference.Phones.KeyOf(alert.Linked.Entity));

        // Without the phone, the same card activity stays below the alert threshold.
        var alone = World();
        PassThrough(alone, "card-p1", cycles: 3, payersPerCycle: 2);
        alone.Flush();
        Assert.Empty(alone.AlertsFor("card-p1"));
    }

    [Fact]
    public void CardFlagged_HolderPhoneGetsLinkedRisk_AndRiskNeverEchoesBack()
    {
        var h = World();
        PassThrough(h, "card-p1", cycles: 4, payersPerCycle: 5);
        h.Flush();
        var card = h.Account("card-p1").Score;
        Assert.True(card.Risk >= 50, $"card risk {card.Risk}");
        Assert.Equal(card.Risk, h.PhoneStrength(Phone, IndicatorId.LinkedRisk));

        // The phone's linked risk does not flow back to the card as linked risk.
        Assert.Equal(0, h.Strength("card-p1", IndicatorId.LinkedRisk));
    }
}
