using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using CsCheck;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>
/// Anti-Fraud Law Art. 38: fine 1–10 × gains, or up to ¥100,000 when gains are nil or under
/// ¥10,000. Art. 44: 1–10 × gains, or up to ¥200,000 when gains are nil or under ¥20,000.
/// </summary>
public sealed class AdministrativeSanctionsTests
{
    [Theory]
    [InlineData(0, null, 10_000_000)]                   // nil gains: up to ¥100,000
    [InlineData(999_999, null, 10_000_000)]             // ¥9,999.99: under ¥10,000
    [InlineData(1_000_000, 1_000_000L, 10_000_000)]      // ¥10,000: 1–10 ×
    [InlineData(1_000_001, 1_000_001L, 10_000_010)]
    [InlineData(3_220_000, 3_220_000L, 32_200_000)]      // Liu's gains ¥32,200: ¥32,200–¥322,000
    public void Article38Fine_ByGains(long gainsFen, long? minFen, long maxFen)
    {
        var fine = AdministrativeSanctions.Article38Fine(Fen(gainsFen));
        Assert.Equal(minFen, fine.Minimum?.Fen);
        Assert.Equal(maxFen, fine.Maximum.Fen);
    }

    [Theory]
    [InlineData(0, null, 20_000_000)]
    [InlineData(1_999_999, null, 20_000_000)]
    [InlineData(2_000_000, 2_000_000L, 20_000_000)]
    [InlineData(2_000_001, 2_000_001L, 20_000_010)]
    public void Article44Fine_ByGains(long gainsFen, long? minFen, long maxFen)
    {
        var fine = AdministrativeSanctions.Article44Fine(Fen(gainsFen));
        Assert.Equal(minFen, fine.Minimum?.Fen);
        Assert.Equal(maxFen, fine.Maximum.Fen);
    }

    [Fact]
    public void Fines_NeverBelowGainsOnceMultipliedAndAlwaysOrdered()
    {
        Gen.Long[0, 100_000_000_000_000].Sample(fen =>
        {
            var gains = Fen(fen);
            return new[] { AdministrativeSanctions.Article38Fine(gains), AdministrativeSanctions.Article44Fine(gains) }
                .All(f => (f.Minimum is null || (f.Minimum == gains && f.Minimum <= f.Maximum)) && f.Maximum >= Money.FromYuan(100_000));
        });
    }

    [Fact]
    public void FineRange_PrintsAsTheLawReads()
    {
        Assert.Equal("up to ¥100,000", AdministrativeSanctions.Article38Fine(Money.FromYuan(1_500)).ToString());
        Assert.Equal("¥32,200 to ¥322,000", AdministrativeSanctions.Article38Fine(Money.FromYuan(32_200)).ToString());
    }

    [Theory]
    [InlineData("2022-11-30", SanctionStatus.NotInForce)]
    [InlineData("2022-12-01", SanctionStatus.Applicable)]
    public void Sanctions_AntiFraudLawEffectiveDate(string date, SanctionStatus expected)
    {
        var facts = Baseline(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Lent, 1));
        var sanctions = LegalEvaluator.Evaluate(facts).AdministrativeSanctions;
        Assert.All(sanctions, s => Assert.Equal(expected, s.Status));
    }

    [Theory]
    [InlineData(true, SanctionStatus.Applicable)]
    [InlineData(null, SanctionStatus.InsufficientFacts)]
    [InlineData(false, SanctionStatus.NotApplicable)]
    public void Article38_NeedsHelpToTelecomFraud(bool? telecomFraud, SanctionStatus expected)
    {
        var sanctions = LegalEvaluator.Evaluate(Baseline() with { HelpedTelecomFraud = telecomFraud }).AdministrativeSanctions;
        Assert.Equal(expected, sanctions.Single(s => s.Id == "anti-fraud-art38").Status);
    }

    [Fact]
    public void Article44_NeedsCardDealingOrRealNameHelp()
    {
        Assert.Equal(SanctionStatus.NotApplicable, Art44(Baseline()).Status);
        Assert.Equal(SanctionStatus.Applicable, Art44(Baseline() with { RealNameVerificationHelp = true }).Status);
        var lent = Art44(Baseline().WithCards(new CardDealing(CardKind.PhoneCard, CardHolder.Own, Dealing.Lent, 1)));
        Assert.Equal(SanctionStatus.Applicable, lent.Status);
        Assert.Equal(new FineRange(null, Money.FromYuan(200_000)), lent.Fine);
    }

    [Fact]
    public void Sanctions_GainsUnknown_HaveNoFineButExplainTheRule()
    {
        var art38 = LegalEvaluator.Evaluate(Baseline().WithAct(a => a with { IllegalGains = null })).AdministrativeSanctions[0];
        Assert.Null(art38.Fine);
        Assert.Contains("1 to 10 × gains when gains are ¥10,000 or more; otherwise up to ¥100,000", art38.FineBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanctions_Minor_CarryTheMinorsNote()
    {
        var facts = Baseline() with { Defendant = new Defendant(DefendantKind.Person, new DateOnly(2010, 1, 1)) };
        Assert.Contains(LegalEvaluator.Evaluate(facts).AdministrativeSanctions[0].Notes, n => n.Contains("minor", StringComparison.Ordinal));
    }

    private static AdministrativeSanction Art44(ConductFacts facts) =>
        LegalEvaluator.Evaluate(facts).AdministrativeSanctions.Single(s => s.Id == "anti-fraud-art44");
}
