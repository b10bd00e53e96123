using Breakcard.Cases.Workflow;
using Breakcard.Cli.Demo;
using Breakcard.Cli.Demo.Stages;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Reporting;
using Breakcard.Storage;
using Breakcard.Tests.Shared;

namespace Breakcard.Cli.Tests.Demo;

/// <summary>
/// The demo's cases stage on a small simulated city: with monitoring's alerts (written by
/// Detection's MonitorSession) and without them (the corporate-inspection fallback).
/// </summary>
public sealed class CasesStageTests : IDisposable
{
    private readonly CliRunner.TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private async Task<(DemoContext Context, StringWriter Output)> RunAsync(bool withAlerts, string? extraLine = null, bool withTrace = false)
    {
        var (world, alerts, summary) = await MonitoredWorld.GetAsync();
        if (withAlerts)
        {
            Directory.CreateDirectory(Path.Combine(_work.Path, "monitor"));
            var lines = File.ReadAllLines(alerts).ToList();
            if (extraLine is not null)
            {
                lines.Insert(1, extraLine);
            }

            await File.WriteAllLinesAsync(Path.Combine(_work.Path, "monitor", "alerts.jsonl"), lines, TestContext.Current.CancellationToken);
        }

        var output = new StringWriter();
        var cli = CliContext.Create(output, new StringWriter(), TimeProvider.System, interactive: false);
        var context = new DemoContext(cli, new DemoOptions(1_000, 10, 5, new DirectoryInfo(_work.Path)), new DirectoryInfo(_work.Path), new HtmlReport("test"))
        {
            World = new DemoWorld(world, summary),
        };
        if (withTrace)
        {
            await new TracingStage().RunAsync(context, TestContext.Current.CancellationToken);
        }

        await new CasesStage(caseCount: 3).RunAsync(context, TestContext.Current.CancellationToken);
        return (context, output);
    }

    [Fact]
    public async Task WithAlerts_CluesPerSubject_CasesTransferredEvaluatedListed_AuditVerified()
    {
        var (context, output) = await RunAsync(withAlerts: true, extraLine: "{\"alert_id\": 7}");
        var (_, alerts, _) = await MonitoredWorld.GetAsync();
        var subjects = File.ReadLines(alerts).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("entity").GetString()).Distinct().Count();

        var result = context.Cases!;
        Assert.True(result.FromAlerts);
        Assert.Equal(Math.Min(subjects, 200), result.Clues);
        Assert.NotEmpty(result.CaseIds);
        Assert.True(result.CaseIds.Count <= 3);
        var text = output.ToString();
        Assert.Contains("1 lines rejected", text, StringComparison.Ordinal);
        Assert.Contains("alerts.jsonl:2: field 'alert_id'", text, StringComparison.Ordinal);
        Assert.Contains("entries verified", text, StringComparison.Ordinal);
        Assert.Contains("Legal evaluation", text, StringComparison.Ordinal);

        // The store holds what the console says: cases with police, an evaluation each, and the listings.
        await using var store = await CaseStores.OpenAsync(StoreLocation.Parse("sqlite:" + result.Store), TimeProvider.System, TestContext.Current.CancellationToken);
        var system = new Breakcard.Cases.Services.CaseSystem(store, TimeProvider.System);
        var police = await system.Administration.ResolveCallerAsync("zhao@police-city", TestContext.Current.CancellationToken);
        foreach (var id in result.CaseIds)
        {
            var view = await system.Cases.GetAsync(police, id, reveal: false, TestContext.Current.CancellationToken);
            Assert.Equal(CaseState.TransferredToPolice, view.Header.State);
            Assert.Single(view.Items, i => i.Kind == Breakcard.Cases.CaseFiles.CaseItemKind.Evaluation);
        }

        var listings = await system.Listings.ListAsync(police, includeExpired: false, reveal: false, 100, TestContext.Current.CancellationToken);
        Assert.Equal(result.Listed, listings.Count);
        var audit = await system.Audit.VerifyAsync(await system.Administration.ResolveCallerAsync("audit@police-city", TestContext.Current.CancellationToken), null, TestContext.Current.CancellationToken);
        Assert.True(audit.Valid);
        Assert.True(audit.EntriesChecked >= result.AuditEntries);
        Assert.Contains(context.Report.Sections, s => s.Id == "cases");
    }

    [Fact]
    public async Task WithoutAlerts_SaysSo_AndFallsBackToTheCorporateInspection()
    {
        var (context, output) = await RunAsync(withAlerts: false);
        Assert.False(context.Cases!.FromAlerts);
        Assert.Contains("No monitoring alerts at monitor/alerts.jsonl", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("No fund-chain trace at tracing/trace.json", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, context.Cases.TraceClues);
        var section = Assert.Single(context.Report.Sections, s => s.Id == "cases");
        Assert.Contains(section.Figures, f => f.Label == "clue source" && f.Value == "corporate inspection");
    }

    [Fact]
    public async Task WithTracingStageChain_EveryLayeredAccountBecomesOrJoinsAClue()
    {
        var (context, output) = await RunAsync(withAlerts: true, withTrace: true);
        // What the chain should give, read independently of the importer: accounts beyond the
        // start that are neither cash points nor normal business.
        using var trace = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_work.Path, "tracing", "trace.json"), TestContext.Current.CancellationToken));
        var expected = trace.RootElement.GetProperty("layers").EnumerateArray().Where(l => l.GetProperty("layer").GetInt32() > 0)
            .SelectMany(l => l.GetProperty("accounts").EnumerateArray())
            .Where(a => !a.GetProperty("account").GetString()!.StartsWith("CASH:", StringComparison.Ordinal))
            .Where(a => a.GetProperty("stop").ValueKind != System.Text.Json.JsonValueKind.String || a.GetProperty("stop").GetString() != "normal_behaviour")
            .Where(a => !a.GetProperty("flags").EnumerateArray().Any(f => f.GetString() is "known_normal" or "cash"))
            .Select(a => a.GetProperty("account").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(expected);

        await using var store = await CaseStores.OpenAsync(StoreLocation.Parse("sqlite:" + context.Cases!.Store), TimeProvider.System, TestContext.Current.CancellationToken);
        var system = new Breakcard.Cases.Services.CaseSystem(store, TimeProvider.System);
        var analyst = await system.Administration.ResolveCallerAsync(DemoAnalyst, TestContext.Current.CancellationToken);
        var clues = await system.Clues.ListAsync(analyst, null, 10_000, TestContext.Current.CancellationToken);
        var fromTrace = clues.Where(c => c.Source == Breakcard.Cases.Clues.ClueSource.Trace).ToList();
        Assert.Equal(context.Cases.TraceClues, fromTrace.Count);
        var alertSubjects = clues.Where(c => c.Source == Breakcard.Cases.Clues.ClueSource.Alert).Select(c => c.Subject).ToHashSet();
        // Every expected account has exactly one clue: its own from the trace, or the open one from the alerts it was merged into.
        Assert.Equal(expected.Count, fromTrace.Count + expected.Count(e => alertSubjects.Contains(Mask(e))));
        Assert.Contains("tracing/trace.json: trace TR-", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(context.Report.Sections.Single(x => x.Id == "cases").Notes, n => n.Contains("became", StringComparison.Ordinal));
    }

    private const string DemoAnalyst = "li@bank-city";

    private static string Mask(string account) => Breakcard.Cases.Identifiers.Identifier.TryParseAccount(account, out var id, out _) ? id.Masked : account;
}
