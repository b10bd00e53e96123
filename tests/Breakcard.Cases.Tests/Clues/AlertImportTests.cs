using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Tests.Clues;

/// <summary>Reading alerts.jsonl lines and merging alerts about one subject into one clue.</summary>
public sealed class AlertImportTests
{
    private static readonly string Card1 = Samples.Card(1).Reveal();
    private static readonly string Card2 = Samples.Card(2).Reveal();
    private static readonly string Phone1 = Samples.Phone(1).Reveal();

    internal static string Line(string id, string entity, int risk, int band = 2, string kind = "account", string time = "2025-03-01T23:30:00+08:00",
        string reasons = """[{"code":"PASS_THROUGH","name":"Pass-through","strength":80,"points":40.0,"measure":"minutes from in to out","value":12,"threshold":30,"source":"PBoC 2022 typology"}]""",
        string evidence = """[{"event_id":"T9","sequence":9,"time":"2025-03-01T23:30:00+08:00","type":"transaction","direction":"out","amount_fen":100}]""",
        string measure = "delay_settlement", string extra = "") =>
        $$"""{"alert_id":"{{id}}","entity_kind":"{{kind}}","entity":"{{entity}}","entity_masked":"x","holder":"P0000042","time":"{{time}}","trigger_event_id":"T{{risk}}","risk":{{risk}},"band":{{band}},"model":"points","reasons":{{reasons}},"evidence":{{evidence}},"legal_basis":["Anti-Fraud Law Art. 18"],"control_measure":{"measure":"{{measure}}","description":"Delay settlement.","basis":"Art. 18","remedy":"complain"}{{extra}}}""";

    private static AlertFileRead Read(params string[] lines) => AlertFileReader.Read(new StringReader(string.Join('\n', lines)), "alerts.jsonl");

    [Fact]
    public void ValidLine_ReadWithExplanationMeasureAndEvidence()
    {
        var read = Read(Line("A000001", Card1, 87));
        Assert.Empty(read.Problems);
        var a = Assert.Single(read.Alerts);
        Assert.Equal(1, a.Line);
        Assert.Equal(IdentifierKind.BankCard, a.Subject.Kind);
        Assert.Equal(Card1, a.Subject.Reveal());
        Assert.Equal("P0000042", a.HolderRef);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.FromHours(8)), a.Time);
        Assert.Equal(87, a.Risk);
        Assert.Equal(["T87", "T9"], a.EvidenceEventIds);
        Assert.Equal("delay_settlement", a.Measure.Code);
        var reason = Assert.Single(a.Reasons);
        Assert.Equal("PASS_THROUGH", reason.Code);
        Assert.Equal("Pass-through, strength 80; minutes from in to out = 12 (threshold 30); source: PBoC 2022 typology", reason.Description);
    }

    [Theory]
    [InlineData("{not json", null, "not valid JSON")]
    [InlineData("[1,2]", null, "JSON object")]
    public void MalformedLines_RejectedWithLine(string bad, string? field, string reason)
    {
        var read = Read(Line("A000001", Card1, 50), bad, Line("A000003", Card2, 60));
        Assert.Equal(["A000001", "A000003"], read.Alerts.Select(a => a.AlertId));
        var p = Assert.Single(read.Problems);
        Assert.Equal(("alerts.jsonl", 2L, field), (p.Source, p.Line, p.Field));
        Assert.Contains(reason, p.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadFields() => new()
    {
        { Line("A1", Card1, 101), "risk" },
        { Line("A1", Card1, -1), "risk" },
        { Line("A1", Card1, 50, band: 5), "band" },
        { Line("A1", Card1, 50, kind: "device"), "entity_kind" },
        { Line("A1", "6222-0200", 50), "entity" },
        { Line("A1", "12345678901", 50, kind: "phone"), "entity" },
        { Line("A1", Card1, 50, time: "2025-03-01 23:30"), "time" },
        { Line("A1", Card1, 50, reasons: "[]"), "reasons" },
        { Line("A1", Card1, 50, reasons: """[{"code":"X","strength":3}]"""), "reasons[0].name" },
        { Line("A1", Card1, 50, evidence: "{}"), "evidence" },
        { Line("A1", Card1, 50, measure: ""), "control_measure.measure" },
        { Line("A1", Card1, 50).Replace("\"risk\":50,", "", StringComparison.Ordinal), "risk" },
        { Line("A1", Card1, 50, extra: ""","linked":{"entity_kind":"phone","entity":"1","risk":3,"reason":"r"}"""), "linked.entity" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void BadField_RejectedWithLineAndField_GoodLinesKept(string bad, string field)
    {
        var read = Read(Line("A000009", Card2, 40), bad);
        Assert.Equal("A000009", Assert.Single(read.Alerts).AlertId);
        var p = Assert.Single(read.Problems);
        Assert.Equal(2, p.Line);
        Assert.Equal(field, p.Field);
        Assert.StartsWith("alerts.jsonl:2: field '" + field + "'", p.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Card1, p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedAlertId_SecondRejected_BlankLinesSkipped()
    {
        var read = Read(Line("A1", Card1, 50), "", "   ", Line("A1", Card2, 70));
        Assert.Equal(4, read.Lines);
        Assert.Equal(Card1, Assert.Single(read.Alerts).Subject.Reveal());
        var p = Assert.Single(read.Problems);
        Assert.Equal((4L, "alert_id"), (p.Line, p.Field));
        Assert.Contains("already read on line 1", p.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OneCluePerSubject_LeadIsHighestRisk_ReasonsAndEvidenceUnited()
    {
        var cycle = """[{"code":"CYCLE","name":"Cycle","strength":50,"points":10.0,"source":"s"},{"code":"PASS_THROUGH","name":"Pass-through again","strength":90,"points":45.0,"source":"s"}]""";
        var read = Read(
            Line("A1", Card1, 40, band: 1, time: "2025-03-01T10:00:00+08:00"),
            Line("A2", Phone1, 95, band: 4, kind: "phone", measure: "reverify_then_suspend"),
            Line("A3", Card1, 75, band: 3, time: "2025-03-02T10:00:00+08:00", reasons: cycle, measure: "restrict_non_counter",
                evidence: """[{"event_id":"T20","sequence":20,"time":"2025-03-02T10:00:00+08:00","type":"transaction","direction":"in"},{"event_id":null,"sequence":3,"time":"2025-03-01T09:00:00+08:00","type":"transaction","direction":"in"}]"""));
        var clues = AlertClueMerger.Merge(read.Alerts);
        Assert.Equal(2, clues.Count);
        Assert.Equal(Phone1, clues[0].Draft.Subject.Reveal()); // risk 95 first
        var card = clues[1].Draft;
        Assert.Equal("A3", card.SourceRef);
        Assert.Equal(75, card.Risk);
        Assert.Equal(["A1"], card.MergedAlertIds);
        Assert.Equal(["A3", "A1"], clues[1].AlertIds);
        Assert.Equal([3L, 1L], clues[1].Lines);
        Assert.Equal("restrict_non_counter", card.ProposedMeasure!.Code);
        Assert.Equal(["CYCLE", "PASS_THROUGH"], card.Reasons.Select(r => r.Code));
        Assert.StartsWith("Pass-through again", card.Reasons[1].Description, StringComparison.Ordinal); // the lead alert's wording
        Assert.Equal(["T75", "T20", "T40", "T9"], card.EvidenceEventIds);
        Assert.Contains("2 alerts since 2025-03-01 10:00 +08:00 merged", card.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Card1, card.Summary, StringComparison.Ordinal);
        Assert.Empty(card.Problems());
    }

    [Fact]
    public void Merge_MinRiskAndTop_FilterOnTheLeadingRisk()
    {
        var read = Read(Line("A1", Card1, 40), Line("A2", Card1, 65), Line("A3", Card2, 60), Line("A4", Phone1, 30, kind: "phone"));
        Assert.Equal([Card1, Card2], AlertClueMerger.Merge(read.Alerts, minRisk: 60).Select(c => c.Draft.Subject.Reveal()));
        Assert.Equal([Card1], AlertClueMerger.Merge(read.Alerts, top: 1).Select(c => c.Draft.Subject.Reveal()));
        Assert.Empty(AlertClueMerger.Merge(read.Alerts, minRisk: 66));
    }
}
