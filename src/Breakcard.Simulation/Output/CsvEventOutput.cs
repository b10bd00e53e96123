using Breakcard.Core.Events;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;

namespace Breakcard.Simulation.Output;

/// <summary>The four event CSV files of Breakcard's schema, each in event-time order.</summary>
internal sealed class CsvEventOutput : IEventOutput
{
    private readonly WorldText _text;
    private readonly Utf8FileWriter[] _writers;
    private readonly string[] _names = [EventSchema.TransactionsCsv, EventSchema.CallsCsv, EventSchema.SmsCsv, EventSchema.LoginsCsv];
    private readonly WorldText.IdCounters _ids = new();

    public CsvEventOutput(string folder, WorldText text)
        : this(name => new Utf8FileWriter(Path.Combine(folder, name)), text)
    {
    }

    /// <summary>Writes through writers from <paramref name="open"/> (benchmarks format into a null stream).</summary>
    public CsvEventOutput(Func<string, Utf8FileWriter> open, WorldText text)
    {
        _text = text;
        _writers = new Utf8FileWriter[4];
        string[][] columns = [EventSchema.TransactionColumns, EventSchema.CallColumns, EventSchema.SmsColumns, EventSchema.LoginColumns];
        for (var i = 0; i < 4; i++)
        {
            _writers[i] = open(_names[i]);
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
            var row = new Row(w.GetSpan(Row.MaxLength));
            _ids.WriteNext(ref row, e.Kind);
            row.Byte((byte)',');
            _text.Calendar.WriteTime(ref row, e.Time);
            row.Byte((byte)',');
            switch (e.Kind)
            {
                case EventKind.Transaction:
                    _text.Account(ref row, e.A);
                    row.Byte((byte)',');
                    _text.Account(ref row, e.B);
                    row.Byte((byte)',');
                    row.Int64(e.Value);
                    row.Byte((byte)',');
                    row.Bytes(_text.Channel(e.Sub));
                    row.Byte((byte)',');
                    row.Bytes(Memos.Utf8[e.Memo]);
                    break;
                case EventKind.Call:
                    row.Int64(e.A);
                    row.Byte((byte)',');
                    row.Int64(e.B);
                    row.Byte((byte)',');
                    row.Int64(e.Value);
                    CellAndDevice(ref row, e);
                    break;
                case EventKind.Sms:
                    row.Int64(e.A);
                    row.Byte((byte)',');
                    row.Int64(e.B);
                    row.Byte((byte)',');
                    row.Bytes(_text.SmsKind(e.Sub));
                    CellAndDevice(ref row, e);
                    break;
                default:
                    _text.Account(ref row, e.A);
                    row.Byte((byte)',');
                    if (e.Device >= 0)
                    {
                        _text.Device(ref row, e.Device);
                    }

                    row.Byte((byte)',');
                    if (e.Ip != 0)
                    {
                        row.IPv4(e.Ip);
                    }

                    break;
            }

            row.Byte((byte)'\n');
            w.Advance(row.Length);
            w.CountLine();
        }
    }

    public IReadOnlyList<WrittenFile> Finish()
    {
        var files = new List<WrittenFile>();
        for (var i = 0; i < 4; i++)
        {
            files.Add(EntityOutput.Close(_writers[i], _names[i]));
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

    private void CellAndDevice(ref Row row, in SimEvent e)
    {
        row.Byte((byte)',');
        if (e.Cell >= 0)
        {
            _text.Cell(ref row, e.Cell);
        }

        row.Byte((byte)',');
        if (e.Device >= 0)
        {
            _text.Device(ref row, e.Device);
        }
    }
}
