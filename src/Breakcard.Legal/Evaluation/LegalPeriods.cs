namespace Breakcard.Legal.Evaluation;

/// <summary>
/// How periods counted in years are applied (ADR 0022). The day an event happens is not counted
/// and a period of n years ends on the corresponding day n years later (Civil Code Arts. 201–202,
/// the same rule as Criminal Procedure Law Art. 105 for days); where that month has no such day
/// (29 February) the period ends on the month's last day.
/// </summary>
public static class LegalPeriods
{
    /// <summary>
    /// The last day of a period of <paramref name="years"/> years that starts with an event on
    /// <paramref name="eventDate"/>: the corresponding day <paramref name="years"/> years later.
    /// </summary>
    public static DateOnly LastDay(DateOnly eventDate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return eventDate.AddYears(years);
    }

    /// <summary>
    /// True when <paramref name="date"/> falls within <paramref name="years"/> years after an event
    /// on <paramref name="eventDate"/> ("二年内"): after the event day and no later than
    /// <see cref="LastDay"/>.
    /// </summary>
    public static bool IsWithinYearsAfter(DateOnly eventDate, DateOnly date, int years) =>
        date > eventDate && date <= LastDay(eventDate, years);
}
