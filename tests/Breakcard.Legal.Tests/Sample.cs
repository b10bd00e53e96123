using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Tests;

/// <summary>
/// A baseline case in which every fact is known and no criterion is met, so that a test can
/// change one fact and watch one criterion move. Conduct on 2025-09-01, when every encoded rule
/// is in force.
/// </summary>
internal static class Sample
{
    public static readonly DateOnly Date = new(2025, 9, 1);

    public static ConductFacts Baseline(DateOnly? date = null) => new()
    {
        ConductDate = date ?? Date,
        HelpKinds = [HelpKind.PaymentSettlement, HelpKind.Advertising],
        Defendant = new Defendant(DefendantKind.Person, new DateOnly(1995, 6, 15)),
        HelpedCrimeVerified = true,
        HelpedTelecomFraud = true,
        Act = new ActQuantities
        {
            ObjectsHelped = 1,
            Settlement = Money.Zero,
            AdvertisingFunds = Money.Zero,
            IllegalGains = Money.Zero,
        },
        HelpedCrimeConsequences = Consequences.None,
        KnowledgeAdmitted = true,
    };

    public static ConductFacts WithAct(this ConductFacts facts, Func<ActQuantities, ActQuantities> change) =>
        facts with { Act = change(facts.Act) };

    public static ConductFacts WithCards(this ConductFacts facts, params CardDealing[] cards) =>
        facts.WithAct(a => a with { Cards = [.. cards] });

    public static CriterionResult Criterion(this LegalEvaluation evaluation, string id) =>
        evaluation.Criteria.Single(c => c.Id == id);

    public static CriterionStatus StatusOf(this ConductFacts facts, string id) =>
        LegalEvaluator.Evaluate(facts).Criterion(id).Status;

    public static Money Fen(long fen) => Money.FromFen(fen);
}
