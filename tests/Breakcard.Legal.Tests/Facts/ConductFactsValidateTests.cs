using Breakcard.Core;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Facts;

public sealed class ConductFactsValidateTests
{
    [Fact]
    public void Baseline_IsValid() => Assert.Empty(Baseline().Validate());

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_Problem_IsLocatedByFactsFilePath(ConductFacts facts, string path, string reasonPart)
    {
        var problem = Assert.Single(facts.Validate(today: new DateOnly(2026, 11, 22)));
        Assert.Equal(path, problem.Path);
        Assert.Contains(reasonPart, problem.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<ConductFacts, string, string> Invalid() => new()
    {
        { Baseline() with { ConductDate = new DateOnly(2026, 11, 23) }, "conduct_date", "after today" },
        { Baseline() with { HelpKinds = [] }, "help_kinds", "at least one" },
        { Baseline() with { HelpKinds = [HelpKind.Advertising, HelpKind.Advertising] }, "help_kinds", "\"advertising\" twice" },
        { Baseline().WithAct(a => a with { Settlement = Money.FromFen(-1) }), "settlement_fen", "is negative" },
        { Baseline().WithAct(a => a with { IllegalGains = Money.FromFen(100_000_000_000_001) }), "illegal_gains_fen", "implausibly large" },
        { Baseline().WithAct(a => a with { ObjectsHelped = -2 }), "objects_helped", "is negative" },
        { Baseline().WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 0)), "cards[0].count", "at least 1" },
        { Baseline().WithCards(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Bought, 1)), "cards[0].dealing", "own card" },
        { Baseline().WithAct(a => a with { Inflow = new FundInflow(Money.FromYuan(100), Money.FromYuan(80), Money.FromYuan(30)) }), "inflow.verified_fraud_fen", "exceeds the one-way inflow" },
        { Baseline() with { Defendant = new Defendant(DefendantKind.Person, Sample.Date.AddDays(1)) }, "defendant.birth_date", "after conduct_date" },
        { Baseline() with { Defendant = new Defendant(DefendantKind.Unit, new DateOnly(2000, 1, 1)) }, "defendant.birth_date", "a unit has no birth date" },
        { Baseline() with { EarlierActs = [new EarlierAct(Sample.Date, false, ActQuantities.None)] }, "earlier_acts[0].date", "not before conduct_date" },
        { Baseline() with { EarlierActs = [new EarlierAct(Sample.Date.AddDays(-1), false, ActQuantities.None with { Settlement = Money.FromFen(-5) })] }, "earlier_acts[0].settlement_fen", "is negative" },
        { Baseline() with { PriorPenalties = [new PriorPenalty(Sample.Date, PenaltyGround.HelpingNetworkCrime)] }, "prior_administrative_penalties[0].date", "not before conduct_date" },
        { Baseline() with { OtherSeriousCircumstance = "  " }, "other_serious_circumstance", "blank" },
        { Baseline() with { PriorPenalties = default }, "prior_administrative_penalties", "uninitialised array" },
        { Baseline() with { HelpKinds = default }, "help_kinds", "at least one" },
    };
}
