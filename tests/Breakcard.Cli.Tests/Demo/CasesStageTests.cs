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

    private async Task<(DemoContext Context, StringWriter Output)> RunAsync(bool withAlerts, string? extraLine = null)
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
        var section = Assert.Single(context.Report.Sections, s => s.Id == "cases");
        Assert.Contains(section.Figures, f => f.Label == "clue source" && f.Value == "corporate inspection");
    }
}
