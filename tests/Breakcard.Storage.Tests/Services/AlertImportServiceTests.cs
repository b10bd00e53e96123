using System.Text.Json;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Errors;
using Breakcard.Storage.Tests.Infrastructure;
using Breakcard.Tests.Shared;

namespace Breakcard.Storage.Tests.Services;

/// <summary>
/// Monitoring alerts (Detection's alerts.jsonl for a simulated city) imported as clues: one clue
/// per subject with the alerts' explanation and proposed measure, re-imports merged into the open
/// clues, bad lines rejected without losing the good ones, and the audit chain intact.
/// </summary>
public abstract class AlertImportServiceTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(AlertFileRead Read, List<JsonElement> Raw)> ReadAlertsAsync()
    {
        var (_, alerts, _) = await MonitoredWorld.GetAsync();
        using var reader = new StreamReader(alerts);
        var read = AlertFileReader.Read(reader, alerts, Ct);
        var raw = File.ReadLines(alerts).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (read, raw);
    }

    [Fact]
    public async Task Import_SimulatedCityAlerts_OneCluePerSubjectWithExplanationAndMeasure()
    {
        var (read, raw) = await ReadAlertsAsync();
        Assert.Empty(read.Problems);
        Assert.True(read.Alerts.Count >= 5, $"the simulated city raised only {read.Alerts.Count} alerts");
        Assert.Equal(raw.Count, read.Alerts.Count);
        var subjects = raw.Select(r => r.GetProperty("entity").GetString()!).Distinct().Count();

        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var result = await store.System.Clues.ImportAlertsAsync(analyst, AlertClueMerger.Merge(read.Alerts), Ct);
        Assert.Equal(subjects, result.Created.Count);
        Assert.Empty(result.Merged);

        // Every alert is in exactly one clue, and each clue carries its leading alert's explanation and measure.
        var stored = await store.System.Clues.ListAsync(analyst, ClueStatus.Open, 10_000, Ct);
        Assert.Equal(subjects, stored.Count);
        var alertIds = stored.SelectMany(c => c.MergedAlertIds.Prepend(c.SourceRef!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(raw.Select(r => r.GetProperty("alert_id").GetString()!).Order(StringComparer.Ordinal), alertIds);
        foreach (var clue in result.Created)
        {
            var lead = raw.Single(r => r.GetProperty("alert_id").GetString() == clue.Content.SourceRef);
            var sameSubject = raw.Where(r => r.GetProperty("entity").GetString() == clue.Content.Subject.Reveal()).ToList();
            Assert.Equal(sameSubject.Max(r => r.GetProperty("risk").GetInt32()), clue.Content.Risk);
            Assert.Equal(lead.GetProperty("risk").GetInt32(), clue.Content.Risk);
            Assert.Equal(lead.GetProperty("control_measure").GetProperty("measure").GetString(), clue.Content.ProposedMeasure!.Code);
            Assert.Equal(lead.GetProperty("holder").ValueKind == JsonValueKind.String ? lead.GetProperty("holder").GetString() : null, clue.Content.HolderRef);
            var codes = sameSubject.SelectMany(r => r.GetProperty("reasons").EnumerateArray().Select(x => x.GetProperty("code").GetString()!)).ToHashSet();
            Assert.Equal(codes.Order(StringComparer.Ordinal), clue.Content.Reasons.Select(r => r.Code).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(clue.Content.Subject.Reveal(), clue.Content.Summary, StringComparison.Ordinal);
        }

        var shown = await store.System.Clues.GetAsync(analyst, result.Created[0].Id, reveal: false, Ct);
        Assert.Equal(result.Created[0].Content.ProposedMeasure, shown.ProposedMeasure);
        Assert.True((await store.System.Audit.VerifyAsync(world["auditor@bank-a"], null, Ct)).Valid);
    }

    [Fact]
    public async Task ReImport_SameAlerts_MergedIntoOpenClues_NothingNew()
    {
        var (read, _) = await ReadAlertsAsync();
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var clues = AlertClueMerger.Merge(read.Alerts);
        var first = await store.System.Clues.ImportAlertsAsync(analyst, clues, Ct);
        var dismissed = await store.System.Clues.DismissAsync(world["supervisor@bank-a"], first.Created[0].Id, "customer verified in person", Ct);

        var again = await store.System.Clues.ImportAlertsAsync(analyst, clues, Ct);
        // The dismissed subject gets a fresh clue (new alerts after a dismissal deserve a look); the rest merge.
        var fresh = Assert.Single(again.Created);
        Assert.Equal(dismissed.Content.Subject, fresh.Content.Subject);
        Assert.Equal(clues.Count - 1, again.Merged.Count);
        Assert.Equal(first.Created.Skip(1).Select(c => c.Id).Order(StringComparer.Ordinal), again.Merged.Select(m => m.ClueId).Order(StringComparer.Ordinal));
        Assert.Equal(clues.Count + 1, await store.CountAsync("clues"));

        // Another bank importing the same file raises its own clues: clues belong to an institution.
        var other = await store.System.Clues.ImportAlertsAsync(world["analyst@bank-b"], clues, Ct);
        Assert.Equal(clues.Count, other.Created.Count);
    }

    [Fact]
    public async Task Import_FileWithBadLines_GoodAlertsImported_BadOnesNamed()
    {
        var (_, alerts, _) = await MonitoredWorld.GetAsync();
        var lines = File.ReadAllLines(alerts).ToList();
        lines.Insert(1, "{\"alert_id\":\"X1\"");
        lines.Insert(3, lines[0].Replace("\"risk\":", "\"risk\":\"high\",\"was\":", StringComparison.Ordinal));
        var read = AlertFileReader.Read(new StringReader(string.Join('\n', lines)), "alerts.jsonl", Ct);
        Assert.Equal([2L, 4L], read.Problems.Select(p => p.Line!.Value));
        Assert.Equal([null, "risk"], read.Problems.Select(p => p.Field));
        Assert.Equal(lines.Count - 2, read.Alerts.Count);

        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var result = await store.System.Clues.ImportAlertsAsync(world["analyst@bank-a"], AlertClueMerger.Merge(read.Alerts), Ct);
        Assert.Equal(read.Alerts.Select(a => a.Subject).Distinct().Count(), result.Created.Count);
    }

    [Fact]
    public async Task Import_RolesWithoutCreateClue_Refused_NothingWritten()
    {
        var (read, _) = await ReadAlertsAsync();
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        foreach (var who in new[] { "auditor@bank-a", "prosecutor@proc-a", "judge@court-a", "administrator@police-a" }.Where(w => world.Callers.Any(c => c.UserId == w)))
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => store.System.Clues.ImportAlertsAsync(world[who], AlertClueMerger.Merge(read.Alerts), Ct));
        }

        Assert.Equal(0, await store.CountAsync("clues"));
    }
}

public sealed class SqliteAlertImportServiceTests(SqliteFixture fixture) : AlertImportServiceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresAlertImportServiceTests(PostgresFixture fixture) : AlertImportServiceTests(fixture), IClassFixture<PostgresFixture>;
