namespace Breakcard.Core.People;

/// <summary>
/// Age arithmetic. Calendar age counts a birthday on its date; criminal law counts an age as
/// reached on the day after the birthday (法释〔2006〕1号 Art. 2), so on the 18th birthday itself a
/// person is still a minor. Use <see cref="CriminalLaw"/> / <see cref="IsMinorInCriminalLaw"/> for
/// responsibility and minority at the time of an offence; <c>Breakcard.Legal</c> cites the source.
/// </summary>
public static class Ages
{
    /// <summary>Whole years from <paramref name="birth"/> to <paramref name="on"/> (0 if before birth).</summary>
    public static int Between(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }

    /// <summary>True when the person's calendar age on <paramref name="on"/> is under 18 (not the criminal-law test).</summary>
    public static bool IsUnder18(DateOnly birth, DateOnly on) => Between(birth, on) < 18;

    /// <summary>Whole years reached on <paramref name="on"/> as criminal law counts them (the day after each birthday).</summary>
    public static int CriminalLaw(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        while (age > 0 && on <= birth.AddYears(age))
        {
            age--;
        }

        return Math.Max(age, 0);
    }

    /// <summary>True when the person is a minor (under 18) on <paramref name="on"/> as criminal law counts age.</summary>
    public static bool IsMinorInCriminalLaw(DateOnly birth, DateOnly on) => CriminalLaw(birth, on) < 18;
}
