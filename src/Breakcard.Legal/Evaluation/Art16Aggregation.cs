using System.Collections.Immutable;
using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// 法释〔2019〕15号 Art. 16: repeated acts within two years that have not been dealt with are
/// added up. Earlier acts are added when they were not dealt with, fall within two years before
/// the conduct date (<see cref="LegalPeriods"/>), and happened after Art. 287-2 came into force.
/// Before the interpretation itself was in force nothing is added (ADR 0020).
/// </summary>
public static class Art16Aggregation
{
    /// <summary>The source of the rule.</summary>
    public static LegalSource Source { get; } = LegalDocuments.Interpretation2019.Provision(
        "Art. 16", note: "Repeated acts within 2 years not yet dealt with are added up.");

    /// <summary>Window of the rule in years.</summary>
    public const int WindowYears = 2;

    /// <summary>Adds up the conduct act and the earlier acts the rule reaches.</summary>
    public static AggregatedConduct Aggregate(ConductFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var date = facts.ConductDate;
        var acts = ImmutableArray.CreateBuilder<ActInclusion>(facts.EarlierActs.Length + 1);
        var included = new List<ActQuantities> { facts.Act };
        acts.Add(new ActInclusion(date, IsConductAct: true, Included: true, "the act on the conduct date"));
        foreach (var act in facts.EarlierActs.OrderBy(a => a.Date))
        {
            var reason = ExclusionReason(act, date);
            acts.Add(new ActInclusion(act.Date, IsConductAct: false, reason is null, reason ?? $"within {WindowYears} years before the conduct date and not dealt with ({Source.Citation})"));
            if (reason is null)
            {
                included.Add(act.Quantities);
            }
        }

        var objects = default(PartialCount);
        PartialAmount settlement = default, advertising = default, gains = default, inflow = default, fraud = default, lawful = default;
        var cards = ImmutableArray.CreateBuilder<CardDealing>();
        foreach (var q in included)
        {
            objects = objects.Add(q.ObjectsHelped);
            settlement = settlement.Add(q.Settlement);
            advertising = advertising.Add(q.AdvertisingFunds);
            gains = gains.Add(q.IllegalGains);
            cards.AddRange(q.Cards);
            if (q.Inflow is { } f)
            {
                inflow = inflow.Add(f.Counted);
                fraud = fraud.Add(f.VerifiedFraudMoney);
                lawful = lawful.Add(f.LawfullyExplained);
            }
            else if (q.Cards.Any(c => c.Dealing.IsSoldOrRented() && c.Kind.IsPaymentTool()))
            {
                // Cards went to someone else, so money may have flowed into them: unknown, not zero.
                inflow = inflow.Add(null);
                fraud = fraud.Add(null);
            }
        }

        return new AggregatedConduct
        {
            ConductDate = date,
            Acts = acts.ToImmutable(),
            ObjectsHelped = objects,
            Settlement = settlement,
            AdvertisingFunds = advertising,
            IllegalGains = gains,
            Cards = cards.ToImmutable(),
            CountedInflow = inflow,
            VerifiedFraudMoney = fraud,
            LawfullyExplained = lawful,
        };
    }

    private static string? ExclusionReason(EarlierAct act, DateOnly conductDate)
    {
        if (!Source.IsInForceOn(conductDate))
        {
            return $"{Source.Citation} not in force on the conduct date (from {Source.EffectiveFromText}); acts are not added up";
        }

        if (act.DealtWith)
        {
            return "already dealt with";
        }

        if (!LegalDocuments.Article287Dash2.IsInForceOn(act.Date))
        {
            return $"before Criminal Law Art. 287-2 came into force ({LegalDocuments.Article287Dash2.EffectiveFromText})";
        }

        if (!LegalPeriods.IsWithinYearsAfter(act.Date, conductDate, WindowYears))
        {
            return $"more than {WindowYears} years before the conduct date (window ended {Amounts.Format(LegalPeriods.LastDay(act.Date, WindowYears))})";
        }

        return null;
    }

    /// <summary>The money of all added acts' known parts (helper for fines).</summary>
    internal static Money? KnownOrNull(PartialAmount amount) => amount.Complete ? amount.Known : null;
}
