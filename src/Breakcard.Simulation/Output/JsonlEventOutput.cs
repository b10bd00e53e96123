using Breakcard.Core.Events;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;

namespace Breakcard.Simulation.Output;

/// <summary>events.jsonl: every event interleaved in event-time order, one JSON object per line,
/// property names as the CSV columns plus "type"; unknown values are null.</summary>
internal sealed class JsonlEventOutput(Func<string, Utf8FileWriter> open, WorldText text) : IEventOutput
{
    private readonly Utf8FileWriter _w = open(EventSchema.EventsJsonl);

    public JsonlEventOutput(string folder, WorldText text)
        : this(name => new Utf8FileWriter(Path.Combine(folder, name)), text)
    {
    }

    private readonly WorldText.IdCounters _ids = new();
    private readonly byte[][] _memos = Array.ConvertAll(Memos.Text, JsonText.Quote);

    public void Write(DayBatch batch)
    {
        var events = batch.Events;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            var row = new Row(_w.GetSpan(Row.MaxLength));
            row.Bytes(e.Kind switch
            {
                EventKind.Transaction => "{\"type\":\"transaction\",\"id\":\""u8,
                EventKind.Call => "{\"type\":\"call\",\"id\":\""u8,
                EventKind.Sms => "{\"type\":\"sms\",\"id\":\""u8,
                _ => "{\"type\":\"login\",\"id\":\""u8,
            });
            _ids.WriteNext(ref row, e.Kind);
            row.Bytes("\",\"time\":\""u8);
            text.Calendar.WriteTime(ref row, e.Time);
            row.Byte((byte)'"');
            switch (e.Kind)
            {
                case EventKind.Transaction:
                    row.Bytes(",\"debit\":\""u8);
                    text.Account(ref row, e.A);
                    row.Bytes("\",\"credit\":\""u8);
                    text.Account(ref row, e.B);
                    row.Bytes("\",\"amount_fen\":"u8);
                    row.Int64(e.Value);
                    row.Bytes(",\"channel\":\""u8);
                    row.Bytes(text.Channel(e.Sub));
                    row.Bytes("\",\"memo\":"u8);
                    if (e.Memo == Memos.None)
                    {
                        row.Bytes("null"u8);
                    }
                    else
                    {
                        row.Bytes(_memos[e.Memo]);
                    }

                    break;
                case EventKind.Call:
                    row.Bytes(",\"caller\":\""u8);
                    row.Int64(e.A);
                    row.Bytes("\",\"callee\":\""u8);
                    row.Int64(e.B);
                    row.Bytes("\",\"duration_s\":"u8);
                    row.Int64(e.Value);
                    CellAndDevice(ref row, e);
                    break;
                case EventKind.Sms:
                    row.Bytes(",\"sender\":\""u8);
                    row.Int64(e.A);
                    row.Bytes("\",\"receiver\":\""u8);
                    row.Int64(e.B);
                    row.Bytes("\",\"kind\":\""u8);
                    row.Bytes(text.SmsKind(e.Sub));
                    row.Byte((byte)'"');
                    CellAndDevice(ref row, e);
                    break;
                default:
                    row.Bytes(",\"account\":\""u8);
                    text.Account(ref row, e.A);
                    row.Bytes("\",\"device_id\":"u8);
                    Device(ref row, e.Device);
                    row.Bytes(",\"ip\":"u8);
                    if (e.Ip == 0)
                    {
                        row.Bytes("null"u8);
                    }
                    else
                    {
                        row.Byte((byte)'"');
                        row.IPv4(e.Ip);
                        row.Byte((byte)'"');
                    }

                    break;
            }

            row.Bytes("}\n"u8);
            _w.Advance(row.Length);
            _w.CountLine();
        }
    }

    public IReadOnlyList<WrittenFile> Finish() => [EntityOutput.Close(_w, EventSchema.EventsJsonl)];

    public void Dispose() => _w.Dispose();

    private void CellAndDevice(ref Row row, in SimEvent e)
    {
        row.Bytes(",\"cell_id\":"u8);
        if (e.Cell < 0)
        {
            row.Bytes("null"u8);
        }
        else
        {
            row.Byte((byte)'"');
            text.Cell(ref row, e.Cell);
            row.Byte((byte)'"');
        }

        row.Bytes(",\"device_id\":"u8);
        Device(ref row, e.Device);
    }

    private void Device(ref Row row, int device)
    {
        if (device < 0)
        {
            row.Bytes("null"u8);
            return;
        }

        row.Byte((byte)'"');
        text.Device(ref row, device);
        row.Byte((byte)'"');
    }
}
