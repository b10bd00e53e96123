using Breakcard.Core.Events;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;

namespace Breakcard.Simulation.Output;

/// <summary>events.jsonl: every event interleaved in event-time order, one JSON object per line,
/// property names as the CSV columns plus "type"; unknown values are null.</summary>
internal sealed class JsonlEventOutput(string folder, WorldText text) : IEventOutput
{
    private readonly Utf8FileWriter _w = new(Path.Combine(folder, EventSchema.EventsJsonl));
    private readonly WorldText.IdCounters _ids = new();

    public void Write(DayBatch batch)
    {
        var events = batch.Events;
        var w = _w;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            w.Write(e.Kind switch
            {
                EventKind.Transaction => "{\"type\":\"transaction\",\"id\":\""u8,
                EventKind.Call => "{\"type\":\"call\",\"id\":\""u8,
                EventKind.Sms => "{\"type\":\"sms\",\"id\":\""u8,
                _ => "{\"type\":\"login\",\"id\":\""u8,
            });
            _ids.WriteNext(w, e.Kind);
            w.Write("\",\"time\":\""u8);
            text.Calendar.WriteTime(w, e.Time);
            w.WriteByte((byte)'"');
            switch (e.Kind)
            {
                case EventKind.Transaction:
                    w.Write(",\"debit\":\""u8);
                    text.Account(w, e.A);
                    w.Write("\",\"credit\":\""u8);
                    text.Account(w, e.B);
                    w.Write("\",\"amount_fen\":"u8);
                    w.WriteInt64(e.Value);
                    w.Write(",\"channel\":\""u8);
                    w.Write(text.Channel(e.Sub));
                    w.Write("\",\"memo\":"u8);
                    if (e.Memo == Memos.None)
                    {
                        w.Write("null"u8);
                    }
                    else
                    {
                        w.WriteJsonString(Memos.Text[e.Memo]);
                    }

                    break;
                case EventKind.Call:
                    w.Write(",\"caller\":\""u8);
                    w.WriteInt64(e.A);
                    w.Write("\",\"callee\":\""u8);
                    w.WriteInt64(e.B);
                    w.Write("\",\"duration_s\":"u8);
                    w.WriteInt64(e.Value);
                    CellAndDevice(w, e);
                    break;
                case EventKind.Sms:
                    w.Write(",\"sender\":\""u8);
                    w.WriteInt64(e.A);
                    w.Write("\",\"receiver\":\""u8);
                    w.WriteInt64(e.B);
                    w.Write("\",\"kind\":\""u8);
                    w.Write(text.SmsKind(e.Sub));
                    w.WriteByte((byte)'"');
                    CellAndDevice(w, e);
                    break;
                default:
                    w.Write(",\"account\":\""u8);
                    text.Account(w, e.A);
                    w.Write("\",\"device_id\":"u8);
                    Device(w, e.Device);
                    w.Write(",\"ip\":"u8);
                    if (e.Ip == 0)
                    {
                        w.Write("null"u8);
                    }
                    else
                    {
                        w.WriteByte((byte)'"');
                        w.WriteIPv4(e.Ip);
                        w.WriteByte((byte)'"');
                    }

                    break;
            }

            w.WriteByte((byte)'}');
            w.EndLine();
        }
    }

    public IReadOnlyList<WrittenFile> Finish()
    {
        var bytes = _w.BytesWritten;
        var rows = _w.Lines;
        return [new WrittenFile(EventSchema.EventsJsonl, bytes, rows, _w.Finish())];
    }

    public void Dispose() => _w.Dispose();

    private void CellAndDevice(Utf8FileWriter w, in SimEvent e)
    {
        w.Write(",\"cell_id\":"u8);
        if (e.Cell < 0)
        {
            w.Write("null"u8);
        }
        else
        {
            w.WriteByte((byte)'"');
            text.Cell(w, e.Cell);
            w.WriteByte((byte)'"');
        }

        w.Write(",\"device_id\":"u8);
        Device(w, e.Device);
    }

    private void Device(Utf8FileWriter w, int device)
    {
        if (device < 0)
        {
            w.Write("null"u8);
            return;
        }

        w.WriteByte((byte)'"');
        text.Device(w, device);
        w.WriteByte((byte)'"');
    }
}
