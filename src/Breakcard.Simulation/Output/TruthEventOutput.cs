using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;

namespace Breakcard.Simulation.Output;

/// <summary>
/// truth/events.csv (one row per illicit event, in event-time order) and truth/fund_flows.csv
/// (where each victim payment's money ended). In AMLSim mode only transactions exist, and event
/// ids are AMLSim's integer transaction ids.
/// </summary>
internal sealed class TruthEventOutput : IEventOutput
{
    private readonly Utf8FileWriter _events;
    private readonly Utf8FileWriter _flows;
    private readonly WorldText _text;
    private readonly bool _amlSim;
    private readonly byte[][] _typologies;
    private readonly byte[][] _patterns;

    public TruthEventOutput(string folder, WorldText text, bool amlSim)
    {
        _text = text;
        _amlSim = amlSim;
        var truth = Path.Combine(folder, TruthSchema.Folder);
        Directory.CreateDirectory(truth);
        _events = new Utf8FileWriter(Path.Combine(truth, TruthSchema.EventsCsv));
        _flows = new Utf8FileWriter(Path.Combine(truth, TruthSchema.FundFlowsCsv));
        CsvRows.Header(_events, TruthSchema.EventColumns);
        CsvRows.Header(_flows, TruthSchema.FundFlowColumns);
        _typologies = Enum.GetValues<Typology>().Select(t => System.Text.Encoding.ASCII.GetBytes(EventSchema.Snake(t))).ToArray();
        _patterns = Enum.GetValues<TransactionPattern>().Select(p => p == TransactionPattern.None ? [] : System.Text.Encoding.ASCII.GetBytes(EventSchema.Snake(p))).ToArray();
    }

    public void Write(DayBatch batch)
    {
        var events = batch.Events;
        var labels = batch.Labels;
        var w = _events;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            if (e.Label < 0 || (_amlSim && e.Kind != EventKind.Transaction))
            {
                continue;
            }

            var label = labels[e.Label];
            Id(w, label);
            w.WriteByte((byte)',');
            w.Write(e.Kind switch
            {
                EventKind.Transaction => "transaction"u8,
                EventKind.Call => "call"u8,
                EventKind.Sms => "sms"u8,
                _ => "login"u8,
            });
            w.WriteByte((byte)',');
            w.Write(_typologies[(int)label.Typology]);
            w.WriteByte((byte)',');
            RingId(w, label.Ring);
            w.WriteByte((byte)',');
            w.Write(_patterns[(int)label.Pattern]);
            w.WriteByte((byte)',');
            if (label.Alert >= 0)
            {
                w.WriteInt64(label.Alert);
            }

            w.WriteByte((byte)',');
            if (label.Actor >= 0)
            {
                w.WriteText(PersonTable.IdOf(label.Actor));
            }

            w.EndLine();
        }

        WriteFlows(batch.Flows);
    }

    /// <summary>Writes fund-flow rows whose events are all numbered (used for the rows of the last day's close).</summary>
    public void WriteFlows(List<FundFlowRow> flows)
    {
        var w = _flows;
        foreach (var row in flows)
        {
            Id(w, row.Source);
            w.WriteByte((byte)',');
            w.WriteText(row.End);
            w.WriteByte((byte)',');
            if (row.EndEvent is { } end)
            {
                Id(w, end);
            }

            w.WriteByte((byte)',');
            _text.Account(w, row.EndAccount);
            w.WriteByte((byte)',');
            w.WriteInt64(row.Fen);
            w.EndLine();
        }
    }

    public IReadOnlyList<WrittenFile> Finish()
    {
        var events = new WrittenFile(TruthSchema.Folder + "/" + TruthSchema.EventsCsv, _events.BytesWritten, _events.Lines, "");
        var flows = new WrittenFile(TruthSchema.Folder + "/" + TruthSchema.FundFlowsCsv, _flows.BytesWritten, _flows.Lines, "");
        return [events with { Sha256 = _events.Finish() }, flows with { Sha256 = _flows.Finish() }];
    }

    public void Dispose()
    {
        _events.Dispose();
        _flows.Dispose();
    }

    public static void RingId(Utf8FileWriter w, int ring)
    {
        w.WriteByte((byte)'R');
        w.WriteDigits((ulong)ring + 1, 4);
    }

    private void Id(Utf8FileWriter w, EventLabel label)
    {
        if (label.Number <= 0)
        {
            throw new InvalidOperationException("A truth row refers to an event that has not been numbered.");
        }

        if (_amlSim)
        {
            w.WriteInt64(label.Number);
        }
        else
        {
            WorldText.EventId(w, label.Kind, label.Number);
        }
    }
}
