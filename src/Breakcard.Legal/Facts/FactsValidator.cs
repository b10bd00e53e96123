using System.Globalization;
using Breakcard.Core;
using Breakcard.Legal.Internal;
using S = Breakcard.Legal.Facts.FactsSchema;

namespace Breakcard.Legal.Facts;

/// <summary>
/// The semantic rules of a facts record (ranges, dates in the right order, parts not larger
/// than wholes). Structure and types are checked by whoever builds the record (the JSON reader).
/// </summary>
internal static class FactsValidator
{
    public static IReadOnlyList<FactProblem> Validate(ConductFacts facts, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<FactProblem>();
        var conduct = facts.ConductDate;

        // Implementation note: a default ImmutableArray (as opposed to an empty one) can only come
        // from code, never from a facts file; refuse it here rather than fail later inside a rule.
        foreach (var (isDefault, path) in new[]
        {
            (facts.EarlierActs.IsDefault, S.EarlierActs), (facts.PriorPenalties.IsDefault, S.PriorPenalties),
            (facts.KnowledgeIndicators.IsDefault, $"{S.Knowledge}.{S.KnowledgeIndicators}"), (facts.OtherCrimeIndicators.IsDefault, S.OtherCrimeIndicators),
            (facts.Act.Cards.IsDefault, S.Cards), (facts.EarlierActs.IsDefault || facts.EarlierActs.Any(a => a.Quantities.Cards.IsDefault), $"{S.EarlierActs}[].{S.Cards}"),
        })
        {
            if (isDefault)
            {
                problems.Add(new(path, "is an uninitialised array; use an empty one"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        if (today is { } t && conduct > t)
        {
            problems.Add(new(S.ConductDate, $"{Iso(conduct)} is after today ({Iso(t)})"));
        }

        ValidateHelpKinds(facts, problems);
        ValidateDefendant(facts, problems);
        ValidateQuantities(facts.Act, "", problems);

        if (facts.EarlierActs.Length > FactsLimits.MaxEarlierActs)
        {
            problems.Add(new(S.EarlierActs, $"more than {FactsLimits.MaxEarlierActs} earlier acts"));
        }

        for (var i = 0; i < facts.EarlierActs.Length; i++)
        {
            var act = facts.EarlierActs[i];
            var path = $"{S.EarlierActs}[{i}]";
            if (act.Date >= conduct)
            {
                problems.Add(new($"{path}.{S.ActDate}", $"{Iso(act.Date)} is not before {S.ConductDate} {Iso(conduct)}; the latest act belongs in the top-level fields"));
            }

            ValidateQuantities(act.Quantities, path + ".", problems);
        }

        for (var i = 0; i < facts.PriorPenalties.Length; i++)
        {
            var penalty = facts.PriorPenalties[i];
            if (penalty.Date >= conduct)
            {
                problems.Add(new($"{S.PriorPenalties}[{i}].{S.PenaltyDate}", $"{Iso(penalty.Date)} is not before {S.ConductDate} {Iso(conduct)}; only earlier penalties are prior penalties"));
            }
        }

        CheckDistinct(facts.KnowledgeIndicators, $"{S.Knowledge}.{S.KnowledgeIndicators}", problems);
        CheckDistinct(facts.OtherCrimeIndicators, S.OtherCrimeIndicators, problems);
        if (facts.OtherSeriousCircumstance is { } other && string.IsNullOrWhiteSpace(other))
        {
            problems.Add(new(S.OtherSeriousCircumstance, "is blank; leave it out or describe the circumstance"));
        }

        if (facts.OtherKnowledgeCircumstance is { } otherKnowledge && string.IsNullOrWhiteSpace(otherKnowledge))
        {
            problems.Add(new($"{S.Knowledge}.{S.OtherKnowledgeCircumstance}", "is blank; leave it out or describe the circumstance"));
        }

        return problems;
    }

    private static void ValidateHelpKinds(ConductFacts facts, List<FactProblem> problems)
    {
        if (facts.HelpKinds.IsDefaultOrEmpty)
        {
            problems.Add(new(S.HelpKinds, "must name at least one kind of help (Criminal Law Art. 287-2 para. 1)"));
            return;
        }

        CheckDistinct(facts.HelpKinds, S.HelpKinds, problems);
    }

    private static void ValidateDefendant(ConductFacts facts, List<FactProblem> problems)
    {
        var d = facts.Defendant ?? throw new ArgumentException("Defendant is null.", nameof(facts));
        if (d.BirthDate is not { } birth)
        {
            return;
        }

        var path = $"{S.Defendant}.{S.BirthDate}";
        if (d.Kind == DefendantKind.Unit)
        {
            problems.Add(new(path, "a unit has no birth date"));
        }
        else if (birth > facts.ConductDate)
        {
            problems.Add(new(path, $"{Iso(birth)} is after {S.ConductDate} {Iso(facts.ConductDate)}"));
        }
        else if (birth < facts.ConductDate.AddYears(-FactsLimits.MaxAgeYears))
        {
            problems.Add(new(path, $"{Iso(birth)} makes the defendant older than {FactsLimits.MaxAgeYears} at the conduct date"));
        }
    }

    private static void ValidateQuantities(ActQuantities q, string prefix, List<FactProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(q);
        CheckCount(q.ObjectsHelped, prefix + S.ObjectsHelped, 0, problems);
        CheckAmount(q.Settlement, prefix + S.Settlement, problems);
        CheckAmount(q.AdvertisingFunds, prefix + S.AdvertisingFunds, problems);
        CheckAmount(q.IllegalGains, prefix + S.IllegalGains, problems);
        if (q.Cards.Length > FactsLimits.MaxCardEntries)
        {
            problems.Add(new(prefix + S.Cards, $"more than {FactsLimits.MaxCardEntries} entries"));
        }

        for (var i = 0; i < q.Cards.Length; i++)
        {
            var card = q.Cards[i];
            var path = $"{prefix}{S.Cards}[{i}]";
            CheckCount(card.Count, $"{path}.{S.CardCount}", 1, problems);
            if (card.Holder == CardHolder.Own && card.Dealing == Dealing.Bought)
            {
                problems.Add(new($"{path}.{S.CardDealing}", "one cannot buy one's own card or account; use holder \"others\" or \"unit\""));
            }
        }

        if (q.Inflow is { } inflow)
        {
            var path = prefix + S.Inflow;
            var ok = CheckAmount(inflow.OneWayInflow, $"{path}.{S.OneWayInflow}", problems)
                & CheckAmount(inflow.VerifiedFraudMoney, $"{path}.{S.VerifiedFraud}", problems)
                & CheckAmount(inflow.LawfullyExplained, $"{path}.{S.LawfullyExplained}", problems);
            if (ok)
            {
                // Fraud money and lawfully explained money are disjoint parts of the same inflow.
                var parts = inflow.LawfullyExplained + (inflow.VerifiedFraudMoney ?? Money.Zero);
                if (parts > inflow.OneWayInflow)
                {
                    var fraudPath = inflow.VerifiedFraudMoney is null ? S.LawfullyExplained : S.VerifiedFraud;
                    problems.Add(new($"{path}.{fraudPath}",
                        $"verified fraud money plus lawfully explained money ({Amounts.Format(parts)}) exceeds the one-way inflow ({Amounts.Format(inflow.OneWayInflow)})"));
                }
            }
        }
    }

    private static void CheckCount(int? value, string path, int min, List<FactProblem> problems)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v < min)
        {
            problems.Add(new(path, v < 0 ? $"is negative ({v})" : $"must be at least {min}"));
        }
        else if (v > FactsLimits.MaxCount)
        {
            problems.Add(new(path, $"{v.ToString("N0", CultureInfo.InvariantCulture)} is implausibly large (over {FactsLimits.MaxCount.ToString("N0", CultureInfo.InvariantCulture)})"));
        }
    }

    private static bool CheckAmount(Money? value, string path, List<FactProblem> problems)
    {
        if (value is not { } v)
        {
            return true;
        }

        if (v.IsNegative)
        {
            problems.Add(new(path, $"is negative ({v.Fen.ToString(CultureInfo.InvariantCulture)} fen)"));
            return false;
        }

        if (v > FactsLimits.MaxAmount)
        {
            problems.Add(new(path, $"{Amounts.Format(v)} is implausibly large (over {Amounts.Format(FactsLimits.MaxAmount)}); amounts are in fen"));
            return false;
        }

        return true;
    }

    private static void CheckDistinct<T>(IEnumerable<T> values, string path, List<FactProblem> problems) where T : struct, Enum
    {
        var seen = new HashSet<T>();
        foreach (var v in values)
        {
            if (!seen.Add(v))
            {
                problems.Add(new(path, $"lists \"{FactsNames.Of(v)}\" twice"));
            }
        }
    }

    private static string Iso(DateOnly d) => Amounts.Format(d);
}
