namespace Breakcard.Judgments.Numbers;

/// <summary>
/// A date as far as a text states it: "2021年5月" has no day, "2021年" no month. Used for offence
/// periods; full dates convert to <see cref="DateOnly"/>.
/// </summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month 1–12, or null.</param>
/// <param name="Day">Day of month, or null.</param>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>True when year, month and day are all stated.</summary>
    public bool IsComplete => Month is not null && Day is not null;

    /// <summary>The earliest calendar day the text allows (the first of the month or year when not stated).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The full date; only valid when <see cref="IsComplete"/>.</summary>
    public DateOnly ToDateOnly() => IsComplete ? new DateOnly(Year, Month!.Value, Day!.Value)
        : throw new InvalidOperationException("The date has no month or day.");
}
