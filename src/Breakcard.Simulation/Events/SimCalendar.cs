using Breakcard.Simulation.Output;

namespace Breakcard.Simulation.Events;

/// <summary>
/// The simulated period: a start date and a number of days, in China Standard Time. Event time
/// inside the simulator is a count of seconds since local midnight of the start date; this type
/// turns it into calendar facts and writes it in the schema's time format without allocating.
/// </summary>
internal sealed class SimCalendar
{
    /// <summary>Seconds in a day.</summary>
    public const int SecondsPerDay = 86_400;

    private static readonly byte[] Offset = "+08:00"u8.ToArray();
    private readonly byte[][] _datePrefixes;

    public SimCalendar(DateOnly start, int days)
    {
        Start = start;
        Days = days;
        _datePrefixes = new byte[days + 1][];
        for (var d = 0; d <= days; d++)
        {
            var date = start.AddDays(d);
            _datePrefixes[d] = System.Text.Encoding.ASCII.GetBytes(
                date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T");
        }
    }

    /// <summary>First simulated date.</summary>
    public DateOnly Start { get; }

    /// <summary>Number of simulated days.</summary>
    public int Days { get; }

    /// <summary>First second after the period.</summary>
    public long End => (long)Days * SecondsPerDay;

    /// <summary>Date of relative day <paramref name="day"/> (may be negative: before the period).</summary>
    public DateOnly DateOf(int day) => Start.AddDays(day);

    /// <summary>The date of relative day <paramref name="day"/> as "yyyy-MM-dd", cached: entity files
    /// repeat a few thousand dates millions of times. Not thread safe (one builder writes them).</summary>
    public string DateText(int day)
    {
        if (!_dateTexts.TryGetValue(day, out var text))
        {
            text = DateOf(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _dateTexts[day] = text;
        }

        return text;
    }

    private readonly Dictionary<int, string> _dateTexts = [];

    /// <summary>True for Saturday and Sunday.</summary>
    public bool IsWeekend(int day) => DateOf(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Day of the month, 1–31.</summary>
    public int DayOfMonth(int day) => DateOf(day).Day;

    /// <summary>Writes <paramref name="second"/> (seconds since the start) as "yyyy-MM-ddTHH:mm:ss+08:00".</summary>
    public void WriteTime(ref Row row, long second)
    {
        var day = (int)(second / SecondsPerDay);
        var s = (int)(second % SecondsPerDay);
        row.Bytes(_datePrefixes[day]);
        row.Two(s / 3600);
        row.Byte((byte)':');
        row.Two(s / 60 % 60);
        row.Byte((byte)':');
        row.Two(s % 60);
        row.Bytes(Offset);
    }

    /// <inheritdoc cref="WriteTime(ref Row, long)"/>
    public void WriteTime(Utf8FileWriter writer, long second)
    {
        var row = new Row(writer.GetSpan(32));
        WriteTime(ref row, second);
        writer.Advance(row.Length);
    }

    /// <summary>Writes a calendar date as "yyyy-MM-dd".</summary>
    public static void WriteDate(Utf8FileWriter writer, DateOnly date)
    {
        var span = writer.GetSpan(10);
        var y = date.Year;
        span[0] = (byte)('0' + (y / 1000));
        span[1] = (byte)('0' + (y / 100 % 10));
        span[2] = (byte)('0' + (y / 10 % 10));
        span[3] = (byte)('0' + (y % 10));
        span[4] = (byte)'-';
        Two(span, 5, date.Month);
        span[7] = (byte)'-';
        Two(span, 8, date.Day);
        writer.Advance(10);
    }

    private static void Two(Span<byte> span, int at, int value)
    {
        span[at] = (byte)('0' + (value / 10));
        span[at + 1] = (byte)('0' + (value % 10));
    }
}
