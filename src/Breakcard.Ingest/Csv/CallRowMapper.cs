using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Csv;

/// <summary>Maps a CSV record to a <see cref="CallEvent"/>: numbers, duration (seconds, milliseconds or h:mm:ss, at most a day), cell and device.</summary>
internal sealed class CallRowMapper : RowMapper
{
    /// <summary>The longest call accepted, in seconds: a day. Longer values are unit mistakes.</summary>
    public const int MaxDurationSeconds = 86_400;

    private readonly int _caller;
    private readonly int _callee;
    private readonly int _duration;
    private readonly DurationUnit _unit;
    private readonly int _cell;
    private readonly int _device;

    public CallRowMapper(ColumnMapping mapping, HeaderBinder binder)
        : base(mapping, binder)
    {
        _caller = binder.Resolve(mapping.Caller);
        _callee = binder.Resolve(mapping.Callee);
        _duration = binder.Resolve(mapping.Duration!.Column);
        _unit = mapping.Duration.Unit;
        _cell = binder.Resolve(mapping.CellId);
        _device = binder.Resolve(mapping.Device);
    }

    /// <summary>The event of the last accepted row.</summary>
    public CallEvent Event { get; private set; }

    public override RowOutcome Map(CsvRecordReader row)
    {
        if (!TryReadId(row, out var id) || !TryReadTime(row, out var time)
            || !TryReadPhone(row, _caller, "the caller", out var caller) || !TryReadPhone(row, _callee, "the callee", out var callee)
            || !TryReadDuration(row, out var seconds)
            || !TryReadOptionalKey(row, _cell, "the cell id", out var cell) || !TryReadDevice(row, _device, required: false, out var device)
            || !TryReadLabel(row))
        {
            return RowOutcome.Rejected;
        }

        Event = new CallEvent(id, time, caller, callee, seconds, cell, device);
        return RowOutcome.Accepted;
    }

    private bool TryReadDuration(CsvRecordReader row, out int seconds)
    {
        seconds = 0;
        var text = Field(row, _duration);
        if (text.IsEmpty)
        {
            return Fail(RejectReason.MissingValue, _duration, "the duration is empty");
        }

        long value;
        switch (_unit)
        {
            case DurationUnit.Clock:
                if (!TryParseClock(text, out value))
                {
                    return Fail(RejectReason.InvalidDuration, _duration, "the duration is not h:mm:ss");
                }

                break;
            default:
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
                {
                    return Fail(RejectReason.InvalidDuration, _duration, "the duration is not a whole non-negative number");
                }

                if (_unit == DurationUnit.Milliseconds)
                {
                    value = (value / 1000) + (value % 1000 >= 500 ? 1 : 0);
                }

                break;
        }

        if (value > MaxDurationSeconds)
        {
            return Fail(RejectReason.InvalidDuration, _duration, "the duration is longer than a day (wrong unit?)");
        }

        seconds = (int)value;
        return true;
    }

    private static bool TryParseClock(ReadOnlySpan<char> text, out long seconds)
    {
        seconds = 0;
        var first = text.IndexOf(':');
        var last = text.LastIndexOf(':');
        if (first <= 0 || last != first + 3 || last + 3 != text.Length
            || !long.TryParse(text[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text[(first + 1)..last], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(text[(last + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || m > 59 || s > 59 || h > 24)
        {
            return false;
        }

        seconds = (h * 3600) + (m * 60) + s;
        return true;
    }
}
