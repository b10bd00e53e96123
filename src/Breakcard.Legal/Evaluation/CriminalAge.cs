using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// Age as criminal law counts it. 法释〔2006〕1号 Art. 2: a person reaches an age (周岁) on the day
/// after the birthday, so on the 18th birthday itself a person is still a minor. This differs
/// by one day from calendar age (<c>Breakcard.Core.People.Ages</c>), which counts the birthday.
/// </summary>
public static class CriminalAge
{
    /// <summary>Age from which a person answers for every crime, Art. 287-2 included (Criminal Law Art. 17 para. 1).</summary>
    public const int FullResponsibility = 16;

    /// <summary>Age of majority; a person under it is a minor (Criminal Law Art. 17).</summary>
    public const int Majority = 18;

    /// <summary>The rule for counting ages.</summary>
    public static LegalSource CountingRule { get; } = LegalDocuments.JuvenileInterpretation2006.Provision(
        "Art. 2", note: "An age is reached on the day after the birthday (从周岁生日的第二天起算).");

    /// <summary>Criminal responsibility by age and the minors' mitigation.</summary>
    public static LegalSource ResponsibilityRule { get; } = LegalDocuments.CriminalLaw.Provision(
        "Art. 17", note: "From 16 a person answers for every crime; under 18, punishment shall be lighter or mitigated.");

    /// <summary>Whole years reached on <paramref name="date"/> by a person born on <paramref name="birth"/> (0 before the first).</summary>
    public static int AgeOn(DateOnly birth, DateOnly date) => Breakcard.Core.People.Ages.CriminalLaw(birth, date);

    /// <summary>True when the person is under 18 on <paramref name="date"/>.</summary>
    public static bool IsMinorOn(DateOnly birth, DateOnly date) => AgeOn(birth, date) < Majority;
}
