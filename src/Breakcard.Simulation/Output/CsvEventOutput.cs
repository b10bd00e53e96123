using Breakcard.Core.Events;
using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Output;

/// <summary>The four event CSV files of Breakcard's schema, each in event-time order.</summary>
internal sealed class CsvEventOutput : IEventOutput
{
    private readonly WorldText _text;
    private readonly Utf8FileWriter[] _writers;
    private readonly string[] _names = [EventSchema.TransactionsCsv, EventSchema.CallsCsv, EventSchema.SmsCsv, EventSchema.LoginsCsv];
    private readonly WorldText.IdCounters _ids = new();

    public CsvEventOutput(string folder, WorldText text)
    {
        _text = text;
        _writers = new Utf8FileWriter[4];
        string[][] columns = [EventSchema.TransactionColumns, EventSchema.CallColumns, EventSchema.SmsColumns, EventSchema.LoginColumns];
        for (var i = 0; i < 4; i++)
        {
            _writers[i] = new Utf8FileWriter(Path.Combine(folder, _names[i]));
            CsvRows.Header(_writers[i], columns[i]);
        }
    }

    public void Write(DayBatch batch)
    {
        var events = batch.Events;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            var w = _writers[(int)e.Kind - 1];
            _ids.WriteNext(w, e.Kind);
            w.WriteByte((byte)',');
            _text.Calendar.WriteTime(w, e.Time);
            w.WriteByte((byte)',');
            switch (e.Kind)
            {
                case EventKind.Transaction:
                    _text.Account(w, e.A);
                    w.WriteByte((byte)',');
                    _text.Account(w, e.B);
                    w.WriteByte((byte)',');
                    w.WriteInt64(e.Value);
                    w.WriteByte((byte)',');
                    w.Write(_text.Channel(e.Sub));
                    w.WriteByte((byte)',');
                    w.Write(Life.Memos.Utf8[e.Memo]);
                    break;
                case EventKind.Call:
                    w.WriteInt64(e.A);
                    w.WriteByte((byte)',');
                    w.WriteInt64(e.B);
                    w.WriteByte((byte)',');
                    w.WriteInt64(e.Value);
                    CellAndDevice(w, e);
                    break;
                case EventKind.Sms:
                    w.WriteInt64(e.A);
                    w.WriteByte((byte)',');
                    w.WriteInt64(e.B);
                    w.WriteByte((byte)',');
                    w.Write(_text.SmsKind(e.Sub));
                    CellAndDevice(w, e);
                    break;
                default:
                    _text.Account(w, e.A);
                    w.WriteByte((byte)',');
                    if (e.Device >= 0)
                    {
                        _text.Device(w, e.Device);
                    }

                    w.WriteByte((byte)',');
                    if (e.Ip != 0)
                    {
                        w.WriteIPv4(e.Ip);
                    }

                    break;
            }

            w.EndLine();
        }
    }

    public IReadOnlyList<WrittenFile> Finish()
    {
        var files = new List<WrittenFile>();
        for (var i = 0; i < 4; i++)
        {
            var bytes = _writers[i].BytesWritten;
            var rows = _writers[i].Lines;
            files.Add(new WrittenFile(_names[i], bytes, rows, _writers[i].Finish()));
        }

        return files;
    }

    public void Dispose()
    {
        foreach (var w in _writers)
        {
            w.Dispose();
        }
    }

    private void CellAndDevice(Utf8FileWriter w, in SimEvent e)
    {
        w.WriteByte((byte)',');
        if (e.Cell >= 0)
        {
            _text.Cell(w, e.Cell);
        }

        w.WriteByte((byte)',');
        if (e.Device >= 0)
        {
            _text.Device(w, e.Device);
        }
    }
}
