using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

public sealed class ConclusionTests
{
    [Fact]
    public void Baseline_NothingMet_IsNotCriminalWithSanctions()
    {
        var evaluation = LegalEvaluator.Evaluate(Baseline());
        Assert.Equal(Outcome.NotCriminal, evaluation.Conclusion.Outcome);
        Assert.Equal(SeriousCircumstances.NotMet, evaluation.Conclusion.Serious);
        Assert.Null(evaluation.Penalty);
        Assert.Equal(["anti-fraud-art38", "anti-fraud-art44"], evaluation.AdministrativeSanctions.Select(s => s.Id));
    }

    [Fact]
    public void Para1Met_KnowledgeAdmitted_IndicatesLiabilityOnParagraph1()
    {
        var evaluation = LegalEvaluator.Evaluate(Baseline().WithAct(a => a with { IllegalGains = Money.FromYuan(10_000) }));
        var c = evaluation.Conclusion;
        Assert.Equal(Outcome.CriminalLiabilityIndicated, c.Outcome);
        Assert.Equal(1, c.Paragraph);
        Assert.Equal(["2019-art12-1-4-gains"], c.Basis);
        Assert.False(c.BasisOnlySecondaryOrProvisional);
        Assert.Empty(evaluation.AdministrativeSanctions);
        Assert.NotNull(evaluation.Penalty);
    }

    // The five-times rule: when the helped crime cannot be verified, ¥200,000 is not enough;
    // ¥1,000,000 (5 × ¥200,000) is.
    [Theory]
    [InlineData(99_999_999, SeriousCircumstances.NotMet, Outcome.NotCriminal)]
    [InlineData(100_000_000, SeriousCircumstances.Met, Outcome.CriminalLiabilityIndicated)]
    public void FiveTimesRule_HelpedCrimeNotVerified(long settlementFen, SeriousCircumstances serious, Outcome outcome)
    {
        var facts = (Baseline() with { HelpedCrimeVerified = false }).WithAct(a => a with { Settlement = Fen(settlementFen) });
        var c = LegalEvaluator.Evaluate(facts).Conclusion;
        Assert.Equal(serious, c.Serious);
        Assert.Equal(outcome, c.Outcome);
        if (serious == SeriousCircumstances.Met)
        {
            Assert.Equal(2, c.Paragraph);
            Assert.Equal(["2019-art12-2-settlement-5x"], c.Basis);
        }
    }

    [Fact]
    public void HelpedCrimeUnknown_FiveTimesMet_DecidesEitherWay()
    {
        var facts = (Baseline() with { HelpedCrimeVerified = null }).WithAct(a => a with { Settlement = Money.FromYuan(1_000_000) });
        var c = LegalEvaluator.Evaluate(facts).Conclusion;
        Assert.Equal(SeriousCircumstances.Met, c.Serious);
        Assert.Equal(2, c.Paragraph);
    }

    [Fact]
    public void HelpedCrimeUnknown_OnlyParagraph1Met_IsUndetermined()
    {
        var facts = (Baseline() with { HelpedCrimeVerified = null }).WithAct(a => a with { Settlement = Money.FromYuan(999_999) });
        var c = LegalEvaluator.Evaluate(facts).Conclusion;
        Assert.Equal(SeriousCircumstances.Undetermined, c.Serious);
        Assert.Equal(Outcome.Undetermined, c.Outcome);
        Assert.Contains(c.Reasons, r => r.Contains("only if the helped crime is verified", StringComparison.Ordinal));
    }

    [Fact]
    public void SeriousMet_KnowledgeNotShown_IsKnowledgeNotEstablished()
    {
        var facts = (Baseline() with { KnowledgeAdmitted = false }).WithAct(a => a with { ObjectsHelped = 3 });
        var evaluation = LegalEvaluator.Evaluate(facts);
        Assert.Equal(Outcome.KnowledgeNotEstablished, evaluation.Conclusion.Outcome);
        Assert.NotNull(evaluation.Penalty);
        Assert.NotEmpty(evaluation.AdministrativeSanctions);
    }

    [Fact]
    public void UnknownAmount_NothingElseMet_IsUndetermined()
    {
        var facts = Baseline().WithAct(a => a with { IllegalGains = null });
        var c = LegalEvaluator.Evaluate(facts).Conclusion;
        Assert.Equal(SeriousCircumstances.Undetermined, c.Serious);
        Assert.Equal(Outcome.Undetermined, c.Outcome);
    }

    [Fact]
    public void UnknownAmount_AnotherCriterionMet_IsStillMet()
    {
        var facts = Baseline().WithAct(a => a with { IllegalGains = null, ObjectsHelped = 4 });
        Assert.Equal(Outcome.CriminalLiabilityIndicated, LegalEvaluator.Evaluate(facts).Conclusion.Outcome);
    }

    [Fact]
    public void OnlySecondarySourceMet_IsFlagged()
    {
        var facts = Baseline(new DateOnly(2023, 1, 1)).WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 5));
        var c = LegalEvaluator.Evaluate(facts).Conclusion;
        Assert.Equal(Outcome.CriminalLiabilityIndicated, c.Outcome);
        Assert.True(c.BasisOnlySecondaryOrProvisional);
        Assert.Contains(c.Reasons, r => r.Contains("secondary or provisional", StringComparison.Ordinal));
    }

    // Criminal Law Art. 17: from 16; age reached the day after the birthday (法释〔2006〕1号 Art. 2).
    [Theory]
    [InlineData("2009-09-01", Outcome.BelowAgeOfResponsibility)] // 16th birthday on the conduct date: still 15
    [InlineData("2009-08-31", Outcome.CriminalLiabilityIndicated)] // reached 16 that day
    public void Age_SixteenthBirthday_CountsFromTheNextDay(string birth, Outcome expected)
    {
        var facts = (Baseline() with { Defendant = new Defendant(DefendantKind.Person, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture)) })
            .WithAct(a => a with { ObjectsHelped = 3 });
        var evaluation = LegalEvaluator.Evaluate(facts);
        Assert.Equal(expected, evaluation.Conclusion.Outcome);
        Assert.Equal(expected == Outcome.BelowAgeOfResponsibility, evaluation.Penalty is null);
    }

    [Fact]
    public void Unit_NoAgeCheckAndNoMinimumFine()
    {
        var facts = (Baseline() with { Defendant = new Defendant(DefendantKind.Unit, null) }).WithAct(a => a with { ObjectsHelped = 3 });
        var evaluation = LegalEvaluator.Evaluate(facts);
        Assert.Equal(CriterionStatus.NotApplicable, evaluation.Criterion("age-of-responsibility").Status);
        Assert.Null(evaluation.Penalty!.MinimumFine);
        Assert.Contains(evaluation.Penalty.Terms, t => t.Source.Provision == "Art. 287-2 para. 2");
    }

    [Fact]
    public void OtherCrimeIndicators_AddParagraph3Notes()
    {
        var facts = Baseline() with { OtherCrimeIndicators = [OtherCrimeIndicator.HandledProceeds, OtherCrimeIndicator.PriorConspiracy] };
        var notes = LegalEvaluator.Evaluate(facts).OtherCrimes;
        Assert.Equal(2, notes.Length);
        Assert.All(notes, n => Assert.Equal("Art. 287-2 para. 3", n.Source.Provision));
        Assert.Contains("Art. 312", notes[0].Crime, StringComparison.Ordinal);
        Assert.Contains("Art. 266", notes[1].Crime, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidFacts_ThrowsListingProblems()
    {
        var facts = Baseline().WithAct(a => a with { Settlement = Fen(-1) });
        var ex = Assert.Throws<ArgumentException>(() => LegalEvaluator.Evaluate(facts));
        Assert.Contains("settlement_fen: is negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_ListEveryCitedRuleOnceOldestFirst()
    {
        var sources = LegalEvaluator.Evaluate(Baseline()).Sources;
        Assert.Equal(sources.Length, sources.Distinct().Count());
        Assert.True(sources.Zip(sources.Skip(1)).All(p => p.First.EffectiveFrom <= p.Second.EffectiveFrom));
        Assert.Contains(sources, s => s.Label == "provisional");
        Assert.Contains(sources, s => s.Label == "secondary source");
    }
}
