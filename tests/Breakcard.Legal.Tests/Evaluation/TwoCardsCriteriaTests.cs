using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>
/// The card and inflow rules that specify 法释〔2019〕15号 Art. 12 para. 1 item 7: 法发〔2021〕22号
/// Art. 9 (5 payment tools; 20 others' phone cards), the 2022 minutes Art. 4 (inflow over
/// ¥300,000 with at least ¥3,000 verified fraud money, lawful money deducted) and the 2025
/// opinion (provisional). Thresholds from LAW.md; "超过" (more than) excludes the number.
/// </summary>
public sealed class TwoCardsCriteriaTests
{
    private static ConductFacts WithInflow(ConductFacts facts, long inflowFen, long? fraudFen, long lawfulFen = 0) =>
        facts.WithAct(a => a with { Inflow = new FundInflow(Fen(inflowFen), fraudFen is { } f ? Fen(f) : null, Fen(lawfulFen)) });

    [Theory]
    [InlineData(4, CriterionStatus.NotMet)]
    [InlineData(5, CriterionStatus.Met)]
    [InlineData(6, CriterionStatus.Met)]
    public void OpinionIIArt9_PaymentTools_FiveOrMore(int count, CriterionStatus expected)
    {
        // Own cards count: Art. 7 includes one's own (LAW.md).
        var facts = Baseline().WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, count));
        Assert.Equal(expected, facts.StatusOf("2021-art9-1-payment-tools"));
    }

    [Fact]
    public void OpinionIIArt9_MixedKindsAndHolders_AddUp()
    {
        var facts = Baseline().WithCards(
            new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 2),
            new CardDealing(CardKind.PaymentAccount, CardHolder.Others, Dealing.Bought, 2),
            new CardDealing(CardKind.OnlineBankingCertificate, CardHolder.Unit, Dealing.Rented, 1));
        Assert.Equal(CriterionStatus.Met, facts.StatusOf("2021-art9-1-payment-tools"));
    }

    [Fact]
    public void OpinionIIArt9_LentCards_AreNotCounted()
    {
        var facts = Baseline().WithCards(
            new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 4),
            new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Lent, 3));
        var result = LegalEvaluator.Evaluate(facts).Criterion("2021-art9-1-payment-tools");
        Assert.Equal(CriterionStatus.NotMet, result.Status);
        Assert.Contains("3 lent not counted", result.Decisive, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, CriterionStatus.NotMet)]
    [InlineData(20, CriterionStatus.Met)]
    [InlineData(21, CriterionStatus.Met)]
    public void OpinionIIArt9_OthersTelecomCards_TwentyOrMore(int count, CriterionStatus expected)
    {
        var facts = (Baseline(new DateOnly(2023, 1, 1))).WithCards(new CardDealing(CardKind.PhoneCard, CardHolder.Others, Dealing.Bought, count));
        Assert.Equal(expected, facts.StatusOf("2021-art9-2-others-telecom-cards"));
    }

    [Fact]
    public void OpinionIIArt9_OwnPhoneCards_DoNotCountTowardOthers()
    {
        var facts = Baseline(new DateOnly(2023, 1, 1)).WithCards(
            new CardDealing(CardKind.PhoneCard, CardHolder.Own, Dealing.Sold, 15),
            new CardDealing(CardKind.IotCard, CardHolder.Others, Dealing.Sold, 10));
        Assert.Equal(CriterionStatus.NotMet, facts.StatusOf("2021-art9-2-others-telecom-cards"));
    }

    private static ConductFacts CardSeller(DateOnly? date = null) =>
        Baseline(date).WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 1));

    [Theory]
    [InlineData(29_999_999, CriterionStatus.NotMet)]
    [InlineData(30_000_000, CriterionStatus.NotMet)] // "more than ¥300,000": ¥300,000.00 is not more
    [InlineData(30_000_001, CriterionStatus.Met)]
    public void Minutes_Inflow_MoreThanThreeHundredThousandYuan(long inflowFen, CriterionStatus expected)
    {
        var facts = WithInflow(CardSeller(), inflowFen, 300_000);
        Assert.Equal(expected, facts.StatusOf("2022-minutes-art4-inflow"));
    }

    [Theory]
    [InlineData(299_999, CriterionStatus.NotMet)]
    [InlineData(300_000, CriterionStatus.Met)] // "at least ¥3,000"
    [InlineData(300_001, CriterionStatus.Met)]
    public void Minutes_VerifiedFraudMoney_AtLeastThreeThousandYuan(long fraudFen, CriterionStatus expected)
    {
        var facts = WithInflow(CardSeller(), 50_000_000, fraudFen);
        Assert.Equal(expected, facts.StatusOf("2022-minutes-art4-inflow"));
    }

    [Theory]
    [InlineData(100_000, CriterionStatus.NotMet)] // ¥301,000 − ¥1,000 = ¥300,000: not more than
    [InlineData(99_999, CriterionStatus.Met)]     // ¥300,000.01
    public void Minutes_LawfullyExplainedMoney_IsDeducted(long lawfulFen, CriterionStatus expected)
    {
        var facts = WithInflow(CardSeller(), 30_100_000, 300_000, lawfulFen);
        Assert.Equal(expected, facts.StatusOf("2022-minutes-art4-inflow"));
    }

    [Fact]
    public void Minutes_FraudMoneyUnknown_IsInsufficientFacts()
    {
        Assert.Equal(CriterionStatus.InsufficientFacts, WithInflow(CardSeller(), 50_000_000, null).StatusOf("2022-minutes-art4-inflow"));
        Assert.Equal(CriterionStatus.InsufficientFacts, CardSeller().StatusOf("2022-minutes-art4-inflow"));
    }

    [Fact]
    public void Minutes_NoCardSoldOrRented_IsNotApplicable()
    {
        Assert.Equal(CriterionStatus.NotApplicable, Baseline().StatusOf("2022-minutes-art4-inflow"));
        var lent = Baseline().WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Lent, 2));
        Assert.Equal(CriterionStatus.NotApplicable, WithInflow(lent, 50_000_000, 500_000).StatusOf("2022-minutes-art4-inflow"));
    }

    [Theory]
    [InlineData(2, 30_000_001, CriterionStatus.NotMet)]
    [InlineData(3, 30_000_001, CriterionStatus.Met)]
    [InlineData(4, 30_000_001, CriterionStatus.Met)]
    [InlineData(3, 30_000_000, CriterionStatus.NotMet)]
    public void Opinion2025_OwnAccounts_ThreeOrMoreWithInflowOverThreeHundredThousand(int count, long inflowFen, CriterionStatus expected)
    {
        var facts = WithInflow(Baseline().WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Rented, count)), inflowFen, 0);
        Assert.Equal(expected, facts.StatusOf("2025-own-accounts"));
    }

    [Theory]
    [InlineData(30_000_000, CriterionStatus.NotMet)]
    [InlineData(30_000_001, CriterionStatus.Met)]
    public void Opinion2025_OthersAccounts_OneWithInflowOverThreeHundredThousand(long inflowFen, CriterionStatus expected)
    {
        var facts = WithInflow(Baseline().WithCards(new CardDealing(CardKind.BankAccount, CardHolder.Unit, Dealing.Bought, 1)), inflowFen, 0);
        Assert.Equal(expected, facts.StatusOf("2025-others-accounts"));
        Assert.Equal(CriterionStatus.NotApplicable, WithInflow(Baseline(), inflowFen, 0).StatusOf("2025-others-accounts"));
    }

    [Theory]
    [InlineData(19, CriterionStatus.NotMet)]
    [InlineData(20, CriterionStatus.Met)]
    [InlineData(21, CriterionStatus.Met)]
    public void Opinion2025_TelecomCards_TwentyOrMoreOwnIncluded(int ownCount, CriterionStatus expected)
    {
        var facts = Baseline().WithCards(new CardDealing(CardKind.PhoneCard, CardHolder.Own, Dealing.Sold, ownCount));
        Assert.Equal(expected, facts.StatusOf("2025-telecom-cards"));
        Assert.Equal(CriterionStatus.NotApplicable, facts.StatusOf("2021-art9-2-others-telecom-cards"));
    }

    [Fact]
    public void TwoCardsCriteria_HelpedCrimeNotVerified_AreNotApplicable()
    {
        // They specify para. 1 item 7, so they need the helped crime verified.
        var facts = Baseline() with { HelpedCrimeVerified = false };
        facts = facts.WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 9));
        Assert.Equal(CriterionStatus.NotApplicable, facts.StatusOf("2021-art9-1-payment-tools"));
        Assert.Equal(SeriousCircumstances.NotMet, LegalEvaluator.Evaluate(facts).Conclusion.Serious);
    }

    [Fact]
    public void Inflow_AcrossActs_UsesKnownPartsAsLowerBound()
    {
        // ¥200,000 known now and ¥150,000 known earlier: over ¥300,000 whatever else is unknown.
        var facts = WithInflow(CardSeller(), 20_000_000, 200_000) with
        {
            EarlierActs =
            [
                new EarlierAct(Sample.Date.AddMonths(-3), false, new ActQuantities
                {
                    Cards = [new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 1)],
                    Inflow = new FundInflow(Money.FromYuan(150_000), Money.FromYuan(1_000), Money.Zero),
                }),
                new EarlierAct(Sample.Date.AddMonths(-2), false, new ActQuantities
                {
                    Cards = [new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 1)],
                }),
            ],
        };
        var result = LegalEvaluator.Evaluate(facts).Criterion("2022-minutes-art4-inflow");
        Assert.Equal(CriterionStatus.Met, result.Status);
        Assert.Contains("¥350,000 > ¥300,000", result.Decisive, StringComparison.Ordinal);
    }
}
