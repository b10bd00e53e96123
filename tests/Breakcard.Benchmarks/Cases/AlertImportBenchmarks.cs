using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Breakcard.Cases.Clues.Import;
using Breakcard.Core.Identifiers;

namespace Breakcard.Benchmarks.Cases;

/// <summary>
/// Reading monitoring's alerts.jsonl (every field checked) and merging the alerts into one clue
/// per subject: the CPU part of <c>breakcard clue import</c>, without the store. Lines are shaped
/// like Detection's (two reasons, five evidence events, a proposed measure); every subject is
/// alerted three times on average.
/// </summary>
[MemoryDiagnoser]
public class AlertImportBenchmarks
{
    private string _text = null!;

    [Params(10_000)]
    public int Alerts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Alerts; i++)
        {
            var card = BankCardNumber.FromPayload("622202" + (i / 3).ToString("000000000000", CultureInfo.InvariantCulture)).Reveal();
            var evidence = string.Join(',', Enumerable.Range(0, 5).Select(k => string.Create(CultureInfo.InvariantCulture,
                $$"""{"event_id":"T{{i * 10 + k:D9}}","sequence":{{i * 10 + k}},"time":"2025-03-01T23:30:00+08:00","type":"transaction","direction":"in","amount_fen":{{1000 + k}},"duration_s":null,"counterparty":"6222020000000000018"}""")));
            sb.Append(CultureInfo.InvariantCulture,
                $$$"""{"alert_id":"A{{{i + 1:D6}}}","entity_kind":"account","entity":"{{{card}}}","entity_masked":"x","holder":"P{{{i / 3:D7}}}","time":"2025-03-01T23:30:00+08:00","trigger_event_id":"T{{{i * 10:D9}}}","risk":{{{40 + i % 60}}},"band":{{{1 + i % 4}}},"model":"points","reasons":[{"code":"PASS_THROUGH","name":"pass-through","strength":80,"points":40.0,"measure":"minutes from in to out","value":12,"threshold":30,"source":"PBoC"},{"code":"FAN_IN","name":"fan-in","strength":60,"points":18.0,"measure":"distinct senders in 24 h","value":9,"threshold":5,"source":"SPP"}],"evidence":[{{{evidence}}}],"linked":null,"legal_basis":["Anti-Fraud Law Art. 18"],"control_measure":{"measure":"delay_settlement","description":"Delay settlement.","basis":"Anti-Fraud Law Art. 18","remedy":"complain"}}""")
                .Append('\n');
        }

        _text = sb.ToString();
    }

    [Benchmark]
    public int ReadAndMerge()
    {
        var read = AlertFileReader.Read(new StringReader(_text), "alerts.jsonl");
        return AlertClueMerger.Merge(read.Alerts).Count;
    }
}
