using Breakcard.Cluster.Sharding;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>The gateway writes the text of identifiers a shard's alert names by index (ADR 0358).</summary>
public sealed class GatewayNamesTests
{
    [Fact]
    public void Resolve_ATokenOfEachKind_GivesTheGatewaysText_AndTextPassesUnchanged()
    {
        var reference = ReferenceData.Empty();
        reference.InternAccount("6222A");
        reference.InternPhone("13800000001");
        reference.Devices.Intern("dev-9");
        var names = new GatewayNames(reference);

        Assert.Equal("6222A", names.Resolve(DeferredName.Of(DeferredName.Account, 0)));
        Assert.Equal("13800000001", names.Resolve(DeferredName.Of(DeferredName.Phone, 0)));
        Assert.Equal("dev-9", names.Resolve(DeferredName.Of(DeferredName.Device, 0)));
        Assert.Equal("6222A", names.Resolve("6222A"));
        Assert.Throws<InvalidDataException>(() => names.Resolve(DeferredName.Of(DeferredName.Account, 1)));
        Assert.Throws<InvalidDataException>(() => names.Resolve(DeferredName.Of('x', 0)));
    }

    [Fact]
    public void Resolve_AnAlert_WritesEveryDeferredCounterparty()
    {
        var reference = ReferenceData.Empty();
        reference.InternAccount("6222A");
        reference.InternAccount("6222B");
        var alert = new Alert
        {
            AlertId = "A000001", EntityKind = "account", Entity = "6222A", EntityMasked = "6222A", Time = "t", TriggerEventId = "T1",
            Risk = 90, Band = 4, Model = "m", Reasons = [], LegalBasis = [], ControlMeasure = ControlMeasure.For(Breakcard.Detection.Scoring.ScoredKind.Account, 4),
            Evidence = [new AlertEvidence { EventId = "T1", Sequence = 1, Time = "t", Type = "transaction", Direction = "out", Counterparty = DeferredName.Of(DeferredName.Account, 1) },
                new AlertEvidence { EventId = "T2", Sequence = 2, Time = "t", Type = "transaction", Direction = "in", Counterparty = "6222A" }],
        };

        var resolved = new GatewayNames(reference).Resolve(alert);

        Assert.Equal(["6222B", "6222A"], resolved.Evidence.Select(e => e.Counterparty));
    }
}
