using System.Globalization;
using Breakcard.Core.Identifiers;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Csv;

/// <summary>
/// Turns the fields of one CSV record into an event as a mapping says, validating every field.
/// Subclasses handle one event kind; this base reads the fields all kinds share (id, time,
/// label) and offers checked readers for the rest. A failed check records a
/// <see cref="RowProblem"/> and returns false; the first problem in a row is the one reported.
/// </summary>
internal abstract class RowMapper
{
    private readonly int _id;
    private readonly string? _linePrefix;
    private readonly int _time;
    private readonly TimeRule _timeRule;
    private readonly LabelSpec? _labelSpec;
    private readonly int _suspicious;
    private readonly int _case;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _true;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _false;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _noCase;
    private char[]? _peek;

    protected RowMapper(ColumnMapping mapping, HeaderBinder binder)
    {
        Mapping = mapping;
        Binder = binder;
        _id = binder.Resolve(mapping.Id.Column);
        _linePrefix = mapping.Id.LinePrefix;
        _time = binder.Resolve(mapping.Time.Column);
        _timeRule = mapping.Time.Rule;
        _labelSpec = mapping.Label;
        _suspicious = binder.Resolve(mapping.Label?.Suspicious);
        _case = binder.Resolve(mapping.Label?.Case);
        _true = Lookup(mapping.Label?.TrueValues);
        _false = Lookup(mapping.Label?.FalseValues);
        _noCase = Lookup(mapping.Label?.NoCaseValues);
    }

    /// <summary>The problem that made the last <see cref="Map"/> reject its row.</summary>
    public RowProblem Problem { get; protected set; }

    /// <summary>The rule that made the last <see cref="Map"/> skip its row.</summary>
    public string? SkipRule { get; protected set; }

    /// <summary>The label of the last accepted row.</summary>
    public EventLabel Label { get; private set; }

    /// <summary>True when the last accepted row's time was a date only.</summary>
    public bool DateOnly { get; private set; }

    protected ColumnMapping Mapping { get; }

    protected HeaderBinder Binder { get; }

    /// <summary>The id the current record will most likely get (a hint: cash splits add a suffix).</summary>
    public ReadOnlySpan<char> PeekId(CsvRecordReader row)
    {
        if (_linePrefix is null)
        {
            return Field(row, _id);
        }

        _peek ??= new char[_linePrefix.Length + 20];
        _linePrefix.CopyTo(_peek);
        return row.Line.TryFormat(_peek.AsSpan(_linePrefix.Length), out var written, default, CultureInfo.InvariantCulture)
            ? _peek.AsSpan(0, _linePrefix.Length + written)
            : [];
    }

    /// <summary>Maps the current record of <paramref name="row"/>.</summary>
    public abstract RowOutcome Map(CsvRecordReader row);

    protected static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IReadOnlySet<string>? set) =>
        new HashSet<string>(set ?? new HashSet<string>(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    protected ReadOnlySpan<char> Field(CsvRecordReader row, int index) => Mapping.Trim ? row[index].Trim(' ') : row[index];

    protected string Name(int index) => Binder.NameOf(index);

    protected bool Fail(RejectReason reason, int index, string detail)
    {
        Problem = new RowProblem(reason, index >= 0 ? Name(index) : null, detail);
        return false;
    }

    protected bool TryReadId(CsvRecordReader row, out string id)
    {
        if (_linePrefix is not null)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{_linePrefix}{row.Line}");
            return true;
        }

        var text = Field(row, _id);
        if (TextRules.CheckKey(text, "the id") is { } problem)
        {
            id = "";
            return Fail(text.IsEmpty ? RejectReason.MissingValue : RejectReason.InvalidId, _id, problem);
        }

        id = new string(text);
        return true;
    }

    protected bool TryReadTime(CsvRecordReader row, out DateTimeOffset time)
    {
        var text = Field(row, _time);
        if (text.IsEmpty)
        {
            time = default;
            return Fail(RejectReason.MissingValue, _time, "the time is empty");
        }

        if (!_timeRule.TryConvert(text, out time, out var dateOnly, out var error))
        {
            return Fail(RejectReason.InvalidTime, _time, error!);
        }

        DateOnly = dateOnly;
        return true;
    }

    protected bool TryReadLabel(CsvRecordReader row)
    {
        Label = EventLabel.None;
        if (_labelSpec is null)
        {
            return true;
        }

        bool? suspicious = null;
        if (_suspicious >= 0)
        {
            var text = Field(row, _suspicious);
            suspicious = _true.Contains(text) ? true : _false.Contains(text) ? false
                : null;
            if (suspicious is null)
            {
                return Fail(RejectReason.UnknownValue, _suspicious,
                    $"the label \"{Printable(text)}\" is neither a true value ({string.Join(", ", _labelSpec.TrueValues)}) nor a false one ({string.Join(", ", _labelSpec.FalseValues)})");
            }
        }

        string? caseId = null;
        if (_case >= 0)
        {
            var text = Field(row, _case);
            if (!text.IsEmpty && !_noCase.Contains(text))
            {
                if (TextRules.CheckKey(text, "the case id") is { } problem)
                {
                    return Fail(RejectReason.UnknownValue, _case, problem);
                }

                caseId = new string(text);
            }
        }

        Label = new EventLabel(suspicious, caseId);
        return true;
    }

    protected bool TryReadPhone(CsvRecordReader row, int index, string what, out string number)
    {
        var text = Field(row, index);
        if (TextRules.CheckPhone(text, what) is { } problem)
        {
            number = "";
            return Fail(text.IsEmpty ? RejectReason.MissingValue : RejectReason.InvalidPhoneNumber, index, problem);
        }

        number = new string(text);
        return true;
    }

    protected bool TryReadOptionalKey(CsvRecordReader row, int index, string what, out string? value)
    {
        value = null;
        if (index < 0 || Field(row, index) is { IsEmpty: true })
        {
            return true;
        }

        var text = Field(row, index);
        if (TextRules.CheckKey(text, what) is { } problem)
        {
            return Fail(RejectReason.InvalidText, index, problem);
        }

        value = new string(text);
        return true;
    }

    protected bool TryReadDevice(CsvRecordReader row, int index, bool required, out DeviceId? device)
    {
        device = null;
        var text = index < 0 ? [] : Field(row, index);
        if (text.IsEmpty)
        {
            return !required || Fail(RejectReason.MissingValue, index, "the device id is empty");
        }

        if (!DeviceId.TryParse(new string(text), out var parsed, out var error))
        {
            return Fail(RejectReason.InvalidDevice, index, "not a valid device id: " + error);
        }

        device = parsed;
        return true;
    }

    /// <summary>A coded value short enough and plain enough to quote in a reason (codes are not personal data; long or odd text is cut).</summary>
    protected static string Printable(ReadOnlySpan<char> text)
    {
        var cut = text.Length > 32 ? text[..32] : text;
        var chars = cut.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars) + (text.Length > 32 ? "…" : "");
    }
}
