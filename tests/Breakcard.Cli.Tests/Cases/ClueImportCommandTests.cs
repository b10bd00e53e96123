using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Cases;

/// <summary><c>breakcard clue import --alerts</c>: alerts as clues, duplicates merged, bad lines named and kept aside.</summary>
public sealed class ClueImportCommandTests
{
    private static string Alert(string id, string entity, int risk, string measure) =>
        $$$"""{"alert_id":"{{{id}}}","entity_kind":"account","entity":"{{{entity}}}","entity_masked":"x","holder":"P0000042","time":"2025-03-01T23:30:00+08:00","trigger_event_id":"T{{{risk}}}","risk":{{{risk}}},"band":3,"model":"points","reasons":[{"code":"PASS_THROUGH","name":"pass-through","strength":80,"points":40,"measure":"minutes from in to out","value":12,"threshold":30,"source":"PBoC"}],"evidence":[],"legal_basis":["Anti-Fraud Law Art. 18"],"control_measure":{"measure":"{{{measure}}}","description":"Restrict non-counter business.","basis":"Anti-Fraud Law Art. 18","remedy":"complain to the bank"}}""";

    [Fact]
    public async Task Import_MergesPerSubject_RejectsBadLineWithLineAndField_ImportsTheRest()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var file = Path.Combine(w.Folder, "alerts.jsonl");
        var bad = Alert("A3", CaseCliWorld.OtherCard, 70, "suspend").Replace("\"risk\":70", "\"risk\":170", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, [Alert("A1", CaseCliWorld.Card, 60, "delay_settlement"), Alert("A2", CaseCliWorld.Card, 88, "restrict_non_counter"), bad,
            Alert("A4", CaseCliWorld.SoldCard, 40, "reverify_identity")], TestContext.Current.CancellationToken);
        var rejected = Path.Combine(w.Folder, "rejected.jsonl");

        var r = await w.RunAsync("clue", "import", "--alerts", file, "--as", "li@bank-a", "--rejected", rejected);
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Contains("alerts.jsonl:3: field 'risk': must be a whole number from 0 to 100", r.Error, StringComparison.Ordinal);
        Assert.Contains("the 3 good alert(s) were imported", r.Error, StringComparison.Ordinal);
        Assert.Equal([bad], await File.ReadAllLinesAsync(rejected, TestContext.Current.CancellationToken));
        Assert.Contains("raised 2 clue(s) (CL-000001 … CL-000002)", r.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseCliWorld.Card, r.Output, StringComparison.Ordinal);

        var show = await w.OkAsync("clue", "show", "CL-000001", "--as", "li@bank-a");
        Assert.Contains("A2", show.Output, StringComparison.Ordinal); // the riskier alert leads
        Assert.Contains("merged alerts", show.Output, StringComparison.Ordinal);
        Assert.Contains("restrict_non_counter", show.Output, StringComparison.Ordinal);

        // Importing again raises nothing new: both subjects have open clues.
        await File.WriteAllLinesAsync(file, [Alert("A1", CaseCliWorld.Card, 60, "delay_settlement"), Alert("A4", CaseCliWorld.SoldCard, 40, "reverify_identity")], TestContext.Current.CancellationToken);
        var again = await w.OkAsync("clue", "import", "--alerts", file, "--as", "li@bank-a");
        Assert.Contains("raised 0 clue(s); 2 subject(s) already had an open clue", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TopAndMinRisk_MissingFile_WrongRole()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var file = Path.Combine(w.Folder, "alerts.jsonl");
        await File.WriteAllLinesAsync(file, [Alert("A1", CaseCliWorld.Card, 60, "x"), Alert("A2", CaseCliWorld.OtherCard, 90, "y"), Alert("A3", CaseCliWorld.SoldCard, 30, "z")],
            TestContext.Current.CancellationToken);
        var top = await w.OkAsync("clue", "import", "--alerts", file, "--as", "li@bank-a", "--top", "1", "--min-risk", "50");
        Assert.Contains("1 subject(s) selected", top.Output, StringComparison.Ordinal);
        Assert.Contains("622202*********0026", top.Output, StringComparison.Ordinal);

        var missing = await w.RunAsync("clue", "import", "--alerts", Path.Combine(w.Folder, "none.jsonl"), "--as", "li@bank-a");
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("none.jsonl: the alerts file does not exist", missing.Error, StringComparison.Ordinal);

        var denied = await w.RunAsync("clue", "import", "--alerts", file, "--as", "aud@police-a");
        Assert.Equal(ExitCodes.PermissionDenied, denied.ExitCode);

        var zero = await w.RunAsync("clue", "import", "--alerts", file, "--as", "li@bank-a", "--top", "0");
        Assert.Equal(ExitCodes.InvalidInput, zero.ExitCode);
        Assert.Contains("--top", zero.Error, StringComparison.Ordinal);
    }
}
