using Breakcard.Core.Events;
using Breakcard.Ingest.Mapping;

namespace Breakcard.Ingest.Csv;

/// <summary>Maps a CSV record to an <see cref="SmsEvent"/>: numbers, kind (schema text or value map), cell and device.</summary>
internal sealed class SmsRowMapper : RowMapper
{
    private readonly int _sender;
    private readonly int _receiver;
    private readonly SmsKindSpec _kindSpec;
    private readonly int _kind;
    private readonly Dictionary<string, SmsKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;
    private readonly int _cell;
    private readonly int _device;

    public SmsRowMapper(ColumnMapping mapping, HeaderBinder binder)
        : base(mapping, binder)
    {
        _sender = binder.Resolve(mapping.Sender);
        _receiver = binder.Resolve(mapping.Receiver);
        _kindSpec = mapping.SmsKind!;
        _kind = binder.Resolve(_kindSpec.Column);
        _kinds = new Dictionary<string, SmsKind>(_kindSpec.Values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _cell = binder.Resolve(mapping.CellId);
        _device = binder.Resolve(mapping.Device);
    }

    /// <summary>The event of the last accepted row.</summary>
    public SmsEvent Event { get; private set; }

    public override RowOutcome Map(CsvRecordReader row)
    {
        if (!TryReadId(row, out var id) || !TryReadTime(row, out var time)
            || !TryReadPhone(row, _sender, "the sender", out var sender) || !TryReadPhone(row, _receiver, "the receiver", out var receiver)
            || !TryReadKind(row, out var kind)
            || !TryReadOptionalKey(row, _cell, "the cell id", out var cell) || !TryReadDevice(row, _device, required: false, out var device)
            || !TryReadLabel(row))
        {
            return RowOutcome.Rejected;
        }

        Event = new SmsEvent(id, time, sender, receiver, kind, cell, device);
        return RowOutcome.Accepted;
    }

    private bool TryReadKind(CsvRecordReader row, out SmsKind kind)
    {
        if (_kindSpec.Fixed is { } fixedKind)
        {
            kind = fixedKind;
            return true;
        }

        var text = Field(row, _kind);
        if (_kindSpec.SchemaText ? EventSchema.TryParseSmsKind(text, out kind) : _kinds.TryGetValue(text, out kind))
        {
            return true;
        }

        return text.IsEmpty
            ? Fail(RejectReason.MissingValue, _kind, "the SMS kind is empty")
            : Fail(RejectReason.UnknownValue, _kind, _kindSpec.SchemaText
                ? $"\"{Printable(text)}\" is not an SMS kind (personal, verification_code, notification)"
                : $"\"{Printable(text)}\" is not in the mapping's kind.values ({string.Join(", ", _kindSpec.Values.Keys)})");
    }
}
