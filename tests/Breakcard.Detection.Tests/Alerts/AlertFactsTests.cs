using Breakcard.Core.Events;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Tests.Engine;

namespace Breakcard.Detection.Tests.Alerts;

/// <summary>Every reason of an alert carries the measured value behind it ("every alert explained").</summary>
public sealed class AlertFactsTests
{
    [Fact]
    public void CodeRelay_PhoneAndAccountAlerts_StateTheRelaysCounted()
    {
        var h = new Harness(world: w =>
        {
            w.Person("seller");
            w.Account("sold-card", "seller");
            w.Phone("13900000009", "seller");
            w.Device("SELLER-PHONE-01", "seller");
            w.Link("sold-card", "13900000009");
        });
        for (var i = 0; i < 3; i++)
        {
            var t = Harness.At(10 + (i * 24));
            h.Login(t, "sold-card", "DEALER-PHONE-01");
            h.Sms(t.AddSeconds(60), "95588", "13900000009", SmsKind.VerificationCode);
        }

        h.Flush();
        var phone = h.Phone("13900000009");
        Assert.Equal(3, phone.CodeRelays);
        var facts = AlertFacts.ForPhone(in phone, h.Engine);
        var relay = Assert.Single(facts, f => f.Indicator == IndicatorId.CodeRelay);
        Assert.Equal(3, relay.Value);
        Assert.Equal(2, relay.Threshold);
        Assert.Contains("10 min", relay.Measure, StringComparison.Ordinal);

        var account = AlertFacts.ForAccount(in h.Account("sold-card"), h.Reference.Accounts.Find("sold-card"), h.Engine);
        var pushed = Assert.Single(account, f => f.Indicator == IndicatorId.CodeRelay);
        Assert.Equal(80, pushed.Value);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void MixedScenario_EveryContributionOfEveryAlert_HasAFact(int seed)
    {
        var h = new Harness();
        foreach (var e in ScenarioBuilder.Build(h, seed))
        {
            h.Engine.Submit(e);
        }

        h.Flush();
        Assert.NotEmpty(h.Alerts);
        foreach (var alert in h.Alerts)
        {
            foreach (var c in alert.Contributions)
            {
                Assert.Contains(alert.Facts, f => f.Indicator == c.Indicator);
            }
        }
    }
}
