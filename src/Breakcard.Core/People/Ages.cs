namespace Breakcard.Core.People;

/// <summary>Age arithmetic as the law counts it: whole years, a birthday reached on its date.</summary>
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

    /// <summary>True when the person was under 18 on <paramref name="on"/> (a minor in criminal law).</summary>
    public static bool IsMinor(DateOnly birth, DateOnly on) => Between(birth, on) < 18;
}
