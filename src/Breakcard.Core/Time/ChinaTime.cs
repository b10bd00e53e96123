namespace Breakcard.Core.Time;

/// <summary>
/// China Standard Time (UTC+8, Asia/Shanghai). Implementation note: China has observed no
/// daylight saving since 1991, so a fixed offset is exact for every date this product handles
/// and does not depend on the host's time-zone database.
/// </summary>
public static class ChinaTime
{
    /// <summary>The UTC offset of China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant expressed at +08:00.</summary>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The local calendar date in China of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in China.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>An instant from a China local date and time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
