using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

public sealed class KnowledgePresumptionsTests
{
    private static ConductFacts With(params KnowledgeIndicator[] indicators) =>
        Baseline() with { KnowledgeAdmitted = false, KnowledgeIndicators = [.. indicators] };

    [Fact]
    public void Indicator_InForce_PresumesKnowledge()
    {
        var k = KnowledgePresumptions.Assess(With(KnowledgeIndicator.AbnormalPriceOrMethod));
        Assert.Equal(KnowledgeFinding.Presumed, k.Finding);
        Assert.Equal("Art. 11 item 3", Assert.Single(k.Presumptions).Source.Provision);
    }

    [Fact]
    public void ContraryEvidence_MakesItContested()
    {
        var k = KnowledgePresumptions.Assess(With(KnowledgeIndicator.ToldByRegulator) with { ContraryEvidenceOfKnowledge = true });
        Assert.Equal(KnowledgeFinding.Contested, k.Finding);
        Assert.False(k.Established);
    }

    [Fact]
    public void NoEvidence_IsNotShown()
    {
        Assert.Equal(KnowledgeFinding.NotShown, KnowledgePresumptions.Assess(With()).Finding);
    }

    [Fact]
    public void Admission_IsAdmitted()
    {
        Assert.Equal(KnowledgeFinding.Admitted, KnowledgePresumptions.Assess(Baseline()).Finding);
    }

    [Theory]
    [InlineData("2025-07-27", false, KnowledgeFinding.NotShown)]
    [InlineData("2025-07-28", true, KnowledgeFinding.Presumed)]
    public void Opinion2025Indicators_OnlyFromTheOpinionsDate(string date, bool inForce, KnowledgeFinding finding)
    {
        var facts = With(KnowledgeIndicator.SimBoxOrSpoofingEquipment) with { ConductDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        var k = KnowledgePresumptions.Assess(facts);
        var presumption = Assert.Single(k.Presumptions);
        Assert.Equal(inForce, presumption.InForce);
        Assert.Equal("provisional", presumption.Source.Label);
        Assert.Equal(finding, k.Finding);
    }

    [Theory]
    [InlineData("2021-06-16", false)]
    [InlineData("2021-06-17", true)]
    public void OpinionIIArticle8_FromItsIssueDate(string date, bool inForce)
    {
        var facts = With(KnowledgeIndicator.InsiderAbuse) with { ConductDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        var presumption = Assert.Single(KnowledgePresumptions.Assess(facts).Presumptions);
        Assert.Equal(inForce, presumption.InForce);
        Assert.Equal("secondary source", presumption.Source.Label);
    }

    [Theory]
    [InlineData("2019-10-31", KnowledgeFinding.NotShown)]
    [InlineData("2019-11-01", KnowledgeFinding.Presumed)]
    public void Article11_FromTheInterpretationsDate(string date, KnowledgeFinding finding)
    {
        var facts = With(KnowledgeIndicator.EvasionMeasures) with { ConductDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(finding, KnowledgePresumptions.Assess(facts).Finding);
    }

    [Fact]
    public void Catalog_CoversEveryIndicator()
    {
        Assert.All(Enum.GetValues<KnowledgeIndicator>(), i => Assert.True(KnowledgePresumptions.Catalog.ContainsKey(i)));
    }

    [Fact]
    public void OtherCircumstance_IsArticle11Item7()
    {
        var k = KnowledgePresumptions.Assess(With() with { OtherKnowledgeCircumstance = "chat logs discussing police" });
        Assert.Equal(KnowledgeFinding.Presumed, k.Finding);
        Assert.Equal("Art. 11 item 7", k.Presumptions[0].Source.Provision);
    }
}
