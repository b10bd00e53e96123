using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;

namespace Breakcard.Simulation.Judgments;

/// <summary>What a rendered judgment states about one defendant, collected while rendering.</summary>
internal sealed class GoldDefendant
{
    public required string Name { get; init; }

    public required DefendantCaseFacts Facts { get; init; }

    public string? Ethnicity { get; set; }

    public Education? Education { get; set; }

    public Occupation? Occupation { get; set; }

    public string? OccupationText { get; set; }

    public DateOnly StatedStart { get; set; }

    public Quantity? BankCards { get; set; }

    public Quantity? PhoneCards { get; set; }

    public Amount? Settlement { get; set; }

    public Amount? FactsGains { get; set; }

    public bool ZeroGainsStated { get; set; }

    public Amount? ConfiscatedGains { get; set; }

    public bool MinorStated { get; set; }

    public bool RestitutionStated { get; set; }

    public DefendantRecord ToRecord(DateOnly judgmentDate)
    {
        var f = Facts;
        var executed = f.Executed;
        return new DefendantRecord
        {
            Name = Name,
            Gender = f.Gender,
            BirthDate = f.BirthDate,
            AgeAtJudgment = Ages.Between(f.BirthDate, judgmentDate),
            Ethnicity = Ethnicity,
            Education = Education,
            Occupation = Occupation,
            OccupationText = OccupationText,
            Student = Occupation is null ? null : Occupation == Core.People.Occupation.Student,
            PriorRecord = f.Prior is not null,
            Recidivist = f.Recidivist,
            MinorAtOffence = MinorStated || Ages.IsMinorInCriminalLaw(f.BirthDate, StatedStart),
            Charges = [.. f.Convictions.Select(c => c.Charge)],
            Conduct = f.Conduct,
            BankCards = BankCards,
            PhoneCards = PhoneCards,
            Settlement = Settlement,
            IllegalGains = FactsGains ?? (ZeroGainsStated ? new Amount(Money.Zero, false) : ConfiscatedGains),
            Sentence = executed.Kind,
            TermMonths = executed.TermMonths,
            ProbationMonths = executed.ProbationMonths,
            Fine = executed.FineYuan is { } fine ? Money.FromYuan(fine) : null,
            Surrender = f.Surrender,
            Confession = f.Confession && !f.Surrender,
            PleaLeniency = f.Plea,
            Restitution = RestitutionStated,
            Accessory = f.Accessory,
        };
    }
}
