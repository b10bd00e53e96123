using System.Collections.Immutable;
using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// The penalty range of Criminal Law Art. 287-2 para. 1: fixed-term imprisonment of up to three
/// years or criminal detention, with or without a fine, or a fine alone; the minimum fine of
/// 法释〔2000〕45号 Art. 2 (¥1,000, or ¥500 for a minor).
/// </summary>
public static class PenaltyRules
{
    /// <summary>Longest fixed-term imprisonment under Art. 287-2 (three years).</summary>
    public const int MaxImprisonmentMonths = 36;

    /// <summary>Shortest fixed-term imprisonment (Criminal Law Art. 45: six months).</summary>
    public const int MinImprisonmentMonths = 6;

    /// <summary>Shortest criminal detention (Criminal Law Art. 42: one month).</summary>
    public const int MinDetentionMonths = 1;

    /// <summary>Longest criminal detention (Criminal Law Art. 42: six months).</summary>
    public const int MaxDetentionMonths = 6;

    /// <summary>Minimum fine for an adult (法释〔2000〕45号 Art. 2).</summary>
    public static Money AdultMinimumFine { get; } = Money.FromYuan(1_000);

    /// <summary>Minimum fine for a minor (法释〔2000〕45号 Art. 2).</summary>
    public static Money MinorMinimumFine { get; } = Money.FromYuan(500);

    private static readonly LegalSource Para1 = LegalDocuments.CriminalLaw.Provision("Art. 287-2 para. 1", effectiveFrom: LegalDocuments.Article287Dash2.EffectiveFrom);
    private static readonly LegalSource Para2 = LegalDocuments.CriminalLaw.Provision("Art. 287-2 para. 2", effectiveFrom: LegalDocuments.Article287Dash2.EffectiveFrom);
    private static readonly LegalSource Art42 = LegalDocuments.CriminalLaw.Provision("Art. 42");
    private static readonly LegalSource Art45 = LegalDocuments.CriminalLaw.Provision("Art. 45");
    private static readonly LegalSource MinimumFineRule = LegalDocuments.FineProvisions2000.Provision("Art. 2");
    private static readonly LegalSource FineFactors = LegalDocuments.Interpretation2019.Provision("Art. 18");
    private static readonly LegalSource MinorCases = LegalDocuments.Interpretation2019.Provision("Art. 15");

    /// <summary>
    /// The range for this defendant, or null when Art. 287-2 was not in force on the conduct date.
    /// </summary>
    public static PenaltyRange? For(ConductFacts facts, AggregatedConduct conduct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(conduct);
        var date = facts.ConductDate;
        if (!Para1.IsInForceOn(date))
        {
            return null;
        }

        var terms = ImmutableArray.CreateBuilder<PenaltyTerm>();
        var isUnit = facts.Defendant.Kind == DefendantKind.Unit;
        if (isUnit)
        {
            terms.Add(new("the unit is fined; its directly responsible managers and other directly responsible persons are punished under para. 1", Para2));
        }

        terms.Add(new("fixed-term imprisonment of up to 3 years or criminal detention, with or without a fine; or a fine alone", Para1));
        terms.Add(new("fixed-term imprisonment is at least 6 months", Art45));
        terms.Add(new("criminal detention is 1 to 6 months", Art42));

        int? age = null;
        bool? minor = null;
        Money? minimumFine = null;
        if (isUnit)
        {
            terms.Add(new("no minimum fine for a unit is encoded; the ¥1,000 minimum applies to natural persons", MinimumFineRule));
        }
        else if (facts.Defendant.BirthDate is { } birth)
        {
            age = CriminalAge.AgeOn(birth, date);
            minor = age < CriminalAge.Majority;
            minimumFine = minor.Value ? MinorMinimumFine : AdultMinimumFine;
            terms.Add(new($"fine of at least {Amounts.Format(minimumFine.Value)} (age {age} on {Amounts.Format(date)}{(minor.Value ? ", a minor" : "")})", MinimumFineRule));
            if (minor.Value)
            {
                terms.Add(new("under 18 at the conduct date: punishment shall be lighter or mitigated", CriminalAge.ResponsibilityRule));
                terms.Add(new("age counted from the day after the birthday", CriminalAge.CountingRule));
            }
        }
        else
        {
            minimumFine = AdultMinimumFine;
            terms.Add(new($"fine of at least {Amounts.Format(AdultMinimumFine)} ({Amounts.Format(MinorMinimumFine)} if a minor at the conduct date; birth date not stated)", MinimumFineRule));
        }

        if (FineFactors.IsInForceOn(date))
        {
            var gains = conduct.IllegalGains.Complete && !conduct.IllegalGains.NothingKnown ? $"; illegal gains {Amounts.Format(conduct.IllegalGains.Known)}" : "";
            terms.Add(new($"the fine reflects the harm, illegal gains, criminal record and remorse{gains}", FineFactors));
        }

        if (MinorCases.IsInForceOn(date))
        {
            terms.Add(new("where circumstances are minor, prosecution may be waived or punishment exempted", MinorCases));
        }

        return new PenaltyRange(terms.ToImmutable(), MinImprisonmentMonths, MaxImprisonmentMonths, MinDetentionMonths, MaxDetentionMonths, minimumFine, age, minor);
    }
}
