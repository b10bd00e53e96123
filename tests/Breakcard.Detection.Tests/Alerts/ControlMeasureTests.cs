using System.Text.Json;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Scoring;
using Breakcard.Legal.Control;
using ControlMeasure = Breakcard.Detection.Alerts.ControlMeasure;

namespace Breakcard.Detection.Tests.Alerts;

/// <summary>Monitoring's proposed measures are Legal's catalog measures (ADR 173): actor, provision and remedy agree.</summary>
public sealed class ControlMeasureTests
{
    [Fact]
    public void EveryProposal_AppliesCatalogMeasuresOfTheRightActor_AndCitesTheirProvisions()
    {
        Assert.Equal(6, ControlMeasure.All.Count);
        Assert.Equal(ControlMeasure.All.Count, ControlMeasure.All.Select(m => m.Code).Distinct().Count());
        foreach (var m in ControlMeasure.All)
        {
            Assert.NotEmpty(m.Applies);
            foreach (var applied in m.Applies)
            {
                Assert.Contains(applied, ControlMeasureCatalog.All);
                // "Art. 18" in the catalog is cited as "... Law Art. 18 (in force 2022-12-01): ..." in the alert's basis.
                Assert.Contains($"Law {applied.Basis.Provision} (in force {applied.Basis.EffectiveFromText})", m.Basis, StringComparison.Ordinal);
            }
        }

        // Bands 2–4 act for one kind of institution only: a bank's measures on accounts, an operator's on numbers.
        foreach (var band in new[] { 2, 3, 4 })
        {
            Assert.All(ControlMeasure.For(ScoredKind.Account, band).Applies, a => Assert.Equal(MeasureActor.BankOrPaymentInstitution, a.Actor));
            Assert.All(ControlMeasure.For(ScoredKind.Phone, band).Applies, a => Assert.Equal(MeasureActor.TelecomOperator, a.Actor));
        }

        Assert.Contains(ControlMeasure.For(ScoredKind.Account, 2).Applies, a => a.Kind == ControlMeasureKind.DelaySettlement);
        Assert.Contains(ControlMeasure.For(ScoredKind.Account, 3).Applies, a => a.Kind == ControlMeasureKind.Restrict);
        Assert.Contains(ControlMeasure.For(ScoredKind.Account, 4).Applies, a => a.Kind == ControlMeasureKind.Suspend);
        Assert.Contains(ControlMeasure.For(ScoredKind.Phone, 3).Applies, a => a.Kind == ControlMeasureKind.Restrict);
        Assert.Contains(ControlMeasure.For(ScoredKind.Phone, 4).Applies, a => a.Kind == ControlMeasureKind.Suspend);
    }

    [Fact]
    public void Remedy_IsTheCatalogsFourStepsWithTheirSource()
    {
        const string expected = "Tell the customer the reason for the measure, the remedy channel and the documents to submit; "
            + "the customer may complain to the institution or department that decided or applied the measure; "
            + "the institution must accept the complaint promptly and verify it; "
            + "when verification passes, lift the measure at once (Anti-Fraud Law Art. 32 para. 3, secondary source).";
        Assert.Equal(expected, ControlMeasure.CatalogRemedy);
        Assert.All(ControlMeasure.All, m => Assert.Equal(expected, m.Remedy));
    }

    [Fact]
    public void Json_KeepsTheFourFields_AndAMeasureReadBackKnowsItsCatalogMeasures()
    {
        var json = JsonSerializer.Serialize(ControlMeasure.SuspendNumber);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(new[] { "measure", "description", "basis", "remedy" }, doc.RootElement.EnumerateObject().Select(p => p.Name));
        var back = JsonSerializer.Deserialize<ControlMeasure>(json)!;
        Assert.Equal(ControlMeasure.SuspendNumber, back);
        Assert.Equal(new[] { ControlMeasureKind.ReVerifyIdentity, ControlMeasureKind.Suspend }, back.Applies.Select(a => a.Kind));
    }
}
