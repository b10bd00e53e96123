namespace Breakcard.Core.People;

/// <summary>
/// Calendar age: whole years, a birthday counted on its date. Criminal law counts differently —
/// an age is reached on the day after the birthday (法释〔2006〕1号 Art. 2) — so questions of
/// criminal responsibility and minority use <c>Breakcard.Legal.Evaluation.CriminalAge</c>.
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
}
