namespace Breakcard.Detection.Engine;

/// <summary>
/// Event-time arithmetic of the engine. State stores times as <see cref="int"/> seconds since
/// <see cref="Epoch"/> (2000-01-01T00:00:00Z), which covers 2000–2068 in four bytes; local days
/// and hours use the institution's UTC offset (UTC+8 by default), because people behave on local
/// time while inputs often carry UTC instants.
/// </summary>
public readonly struct EngineTime
{
    /// <summary>Unix seconds of 2000-01-01T00:00:00Z.</summary>
    public const long Epoch = 946_684_800;

    /// <summary>Largest Unix time the engine accepts (2068-01-01T00:00:00Z, below int overflow).</summary>
    public const long MaxUnix = 3_092_601_600;

    /// <summary>Seconds per day.</summary>
    public const int Day = 86_400;

    /// <summary>Seconds per hour.</summary>
    public const int Hour = 3_600;

    /// <summary>Stored value meaning "never".</summary>
    public const int Never = int.MinValue;

    private readonly int _offsetSeconds;

    /// <summary>Creates the arithmetic for an institution whose local time is UTC + <paramref name="utcOffset"/>.</summary>
    public EngineTime(TimeSpan utcOffset)
    {
        if (utcOffset < TimeSpan.FromHours(-14) || utcOffset > TimeSpan.FromHours(14))
        {
            throw new ArgumentOutOfRangeException(nameof(utcOffset), utcOffset, "A UTC offset lies between -14:00 and +14:00.");
        }

        _offsetSeconds = (int)utcOffset.TotalSeconds;
    }

    /// <summary>The institution's UTC offset.</summary>
    public TimeSpan UtcOffset => TimeSpan.FromSeconds(_offsetSeconds);

    /// <summary>True when <paramref name="unixSeconds"/> lies in the range the engine can store.</summary>
    public static bool InRange(long unixSeconds) => unixSeconds >= Epoch && unixSeconds < MaxUnix;

    /// <summary>Unix seconds → stored seconds since <see cref="Epoch"/>. The caller checked <see cref="InRange"/>.</summary>
    public static int ToStored(long unixSeconds) => (int)(unixSeconds - Epoch);

    /// <summary>Stored seconds → Unix seconds.</summary>
    public static long ToUnix(int stored) => stored + Epoch;

    /// <summary>Stored seconds → instant.</summary>
    public static DateTimeOffset ToInstant(int stored) => DateTimeOffset.FromUnixTimeSeconds(ToUnix(stored));

    /// <summary>Local day number (days since 2000-01-01 local) of a stored time.</summary>
    public int LocalDay(int stored) => (int)((stored + (long)_offsetSeconds) / Day);

    /// <summary>Local hour of day, 0–23, of a stored time.</summary>
    public int LocalHour(int stored) => (int)((stored + (long)_offsetSeconds) % Day / Hour);

    /// <summary>Local day number of a calendar date (for reference data such as an opening date).</summary>
    public static int DayOf(DateOnly date) => date.DayNumber - new DateOnly(2000, 1, 1).DayNumber;
}
