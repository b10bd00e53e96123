namespace Breakcard.Ingest.Internal;

/// <summary>
/// The time zone that a time without its own UTC offset is read in: a fixed offset ("+08:00",
/// "UTC", "Z") or a named zone ("Asia/Shanghai", "Europe/Berlin") from the host's time-zone
/// database. In a named zone with daylight saving, a wall-clock time that does not exist (spring
/// forward) or exists twice (fall back) is rejected rather than guessed.
/// </summary>
internal sealed class TimeZoneSpec
{
    private readonly TimeSpan _fixed;
    private readonly TimeZoneInfo? _zone;

    private TimeZoneSpec(string text, TimeSpan fixedOffset, TimeZoneInfo? zone)
    {
        Text = text;
        _fixed = fixedOffset;
        _zone = zone;
    }

    /// <summary>China Standard Time, UTC+8 (no daylight saving since 1991).</summary>
    public static TimeZoneSpec China { get; } = new("+08:00", Core.Time.ChinaTime.Offset, null);

    /// <summary>UTC.</summary>
    public static TimeZoneSpec Utc { get; } = new("UTC", TimeSpan.Zero, null);

    /// <summary>The zone as written.</summary>
    public string Text { get; }

    /// <summary>Parses an offset or zone name; on failure <paramref name="error"/> says why.</summary>
    public static bool TryCreate(string text, out TimeZoneSpec? spec, out string? error)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the time zone is empty";
            return false;
        }

        if (text is "UTC" or "utc" or "Z" or "GMT")
        {
            spec = Utc;
            error = null;
            return true;
        }

        if (text[0] is '+' or '-')
        {
            if (!IsoTime.TryParseOffset(text, out var offset, out error))
            {
                return false;
            }

            spec = new TimeZoneSpec(text, offset, null);
            return true;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(text);
            spec = zone.SupportsDaylightSavingTime || zone.GetAdjustmentRules().Length > 0
                ? new TimeZoneSpec(text, default, zone)
                : new TimeZoneSpec(text, zone.BaseUtcOffset, null);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error = $"unknown time zone \"{text}\" (use an offset such as \"+08:00\", \"UTC\", or an IANA name such as \"Asia/Shanghai\")";
            return false;
        }
    }

    /// <summary>The instant of wall-clock <paramref name="local"/> in this zone.</summary>
    public bool TryResolve(DateTime local, out DateTimeOffset instant, out string? error)
    {
        instant = default;
        if (_zone is null)
        {
            instant = new DateTimeOffset(local, _fixed);
            error = null;
            return true;
        }

        if (_zone.IsInvalidTime(local))
        {
            error = $"the local time does not exist in {Text} (daylight-saving gap)";
            return false;
        }

        if (_zone.IsAmbiguousTime(local))
        {
            error = $"the local time occurs twice in {Text} (daylight-saving overlap); the source must carry a UTC offset";
            return false;
        }

        instant = new DateTimeOffset(local, _zone.GetUtcOffset(local));
        error = null;
        return true;
    }
}
