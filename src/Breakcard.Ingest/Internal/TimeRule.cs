namespace Breakcard.Ingest.Internal;

/// <summary>
/// Turns a time field into an instant: parse with the format, then take the text's own offset,
/// or else the rule's time zone, or else reject. With <see cref="DateOnly"/> only the calendar
/// date as written counts and the instant is the start of that day in the zone (for sources with
/// one timestamp per day, such as AMLSim). Years outside 1970–2099 are rejected: they are almost
/// always a wrong format or a placeholder.
/// </summary>
internal sealed class TimeRule(TimeFormat format, TimeZoneSpec? zone, bool dateOnly)
{
    private static readonly DateTime Earliest = new(1970, 1, 2);
    private static readonly DateTime Latest = new(2099, 12, 31);

    /// <summary>Breakcard's own schema: ISO 8601, offset required.</summary>
    public static TimeRule Schema { get; } = new(TimeFormat.Iso, null, false);

    /// <summary>The format.</summary>
    public TimeFormat Format { get; } = format;

    /// <summary>The zone for times without an offset, or null when an offset is required.</summary>
    public TimeZoneSpec? Zone { get; } = zone;

    /// <summary>True when only the date counts.</summary>
    public bool DateOnly { get; } = dateOnly;

    /// <summary>Converts; <paramref name="isDateOnly"/> is true when the instant stands for a whole day.</summary>
    public bool TryConvert(ReadOnlySpan<char> text, out DateTimeOffset instant, out bool isDateOnly, out string? error)
    {
        instant = default;
        isDateOnly = false;
        if (!Format.TryParse(text, out var local, out error))
        {
            return false;
        }

        if (local.Value < Earliest || local.Value > Latest)
        {
            error = "the year is outside 1970–2099";
            return false;
        }

        if (DateOnly || !local.HasTimeOfDay)
        {
            isDateOnly = true;
            if (Zone is null)
            {
                error = "the time is a date only and the mapping gives no time zone to place the day in";
                return false;
            }

            return Zone.TryResolve(local.Value.Date, out instant, out error);
        }

        if (local.Offset is { } offset)
        {
            instant = new DateTimeOffset(local.Value, offset);
            return true;
        }

        if (Zone is null)
        {
            error = "the time has no UTC offset (Breakcard's schema requires one, e.g. +08:00)";
            return false;
        }

        return Zone.TryResolve(local.Value, out instant, out error);
    }
}
