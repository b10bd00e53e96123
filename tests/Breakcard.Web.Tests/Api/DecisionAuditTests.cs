using System.Net;
using System.Text.Json;
using Breakcard.Cases.Storage;
using Breakcard.Storage;
using Breakcard.Web.Hosting;
using Breakcard.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Breakcard.Web.Tests.Api;

/// <summary>
/// Decisions audited by group commit (ADR 0137): a decision is acknowledged only once its batch is
/// in the hash-chained log; a failed commit or a full queue refuses the decision (503) instead of
/// losing it; the fast path for API clients answers as the general pipeline did.
/// </summary>
public sealed class DecisionAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DecisionRecord Record(int n) => new("li@bank-a", "bank-a", "T" + n, "allow", 0, []);

    [Fact]
    public async Task Concurrent_decisions_each_in_the_log_exactly_once_before_the_answer_and_the_chain_verifies()
    {
        await using var s = await WebServer.StartAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var r = await s.PostAsync("li@bank-a", "/api/v1/decisions", new { id = "D" + i, debit = Alerts.Card(i % 20), credit = Alerts.Card(50), amount_fen = 100 });
            return (i, r.StatusCode, Body: await WebServer.JsonOf(r));
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.Equal("D" + a.i, a.Body.GetProperty("id").GetString()));

        // No flush: every acknowledged decision must already be in the log.
        var entries = await s.Service<ICaseStore>().ReadAsync(st => st.Audit.EntriesAsync(null, 1, 100_000), Ct);
        var ids = entries.Where(e => e.Action == DecisionAuditor.Action)
            .SelectMany(e => JsonDocument.Parse(e.Details).RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => "D" + i).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.All(entries.Where(e => e.Action == DecisionAuditor.Action), e => Assert.Equal("li@bank-a", e.Actor));
        Assert.DoesNotContain(Alerts.Card(1), string.Concat(entries.Select(e => e.Details)), StringComparison.Ordinal);
        var verify = await WebServer.JsonOf(await s.PostAsync("aud@bank-a", "/api/v1/audit/verify"));
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Record_completes_only_after_the_entry_is_committed()
    {
        var folder = Directory.CreateTempSubdirectory("breakcard-decision-audit-");
        try
        {
            await using var store = await CaseStores.OpenAsync(StoreLocation.Parse("sqlite:" + Path.Combine(folder.FullName, "a.db")), TimeProvider.System, Ct);
            using var auditor = new DecisionAuditor(store, TimeProvider.System, NullLogger<DecisionAuditor>.Instance);
            await auditor.StartAsync(Ct);
            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => auditor.RecordAsync(Record(i))));
            var head = await store.ReadAsync(st => st.Audit.HeadAsync(), Ct);
            var entries = await store.ReadAsync(st => st.Audit.EntriesAsync(null, 1, 1000), Ct);
            Assert.Equal(50, entries.Where(e => e.Action == DecisionAuditor.Action).Sum(e => JsonDocument.Parse(e.Details).RootElement.GetProperty("count").GetInt32()));
            Assert.Equal(entries.Count, head.Count);
            await auditor.StopAsync(Ct);
            await Assert.ThrowsAsync<DecisionNotRecordedException>(() => auditor.RecordAsync(Record(99))); // stopped: refused, not queued
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Failed_commit_fails_every_decision_of_the_batch_and_the_next_batch_still_commits()
    {
        var store = new GatedStore { Fail = true };
        using var auditor = new DecisionAuditor(store, TimeProvider.System, NullLogger<DecisionAuditor>.Instance);
        await auditor.StartAsync(Ct);
        var failed = await Assert.ThrowsAsync<DecisionNotRecordedException>(() => auditor.RecordAsync(Record(1)));
        Assert.IsType<IOException>(failed.InnerException);
        store.Fail = false;
        await auditor.RecordAsync(Record(2));
        Assert.Equal(1, store.Commits);
        await auditor.StopAsync(Ct);
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once_and_the_waiting_decisions_commit()
    {
        var store = new GatedStore();
        store.Gate.Reset();
        using var auditor = new DecisionAuditor(store, TimeProvider.System, NullLogger<DecisionAuditor>.Instance);
        await auditor.StartAsync(Ct);
        var first = auditor.RecordAsync(Record(0));
        Assert.True(store.Entered.Wait(TimeSpan.FromSeconds(30), Ct)); // the writer holds the first batch in its commit
        var waiting = Enumerable.Range(1, DecisionAuditor.MaxWaiting).Select(i => auditor.RecordAsync(Record(i))).ToList();
        var refused = auditor.RecordAsync(Record(-1));
        Assert.True(refused.IsFaulted);
        Assert.IsType<DecisionNotRecordedException>(refused.Exception!.InnerException);
        Assert.All(waiting, t => Assert.False(t.IsCompleted));
        store.Gate.Set();
        await first;
        await Task.WhenAll(waiting);
        Assert.Equal(2, store.Commits);
        await auditor.StopAsync(Ct);
    }

    [Fact]
    public async Task Fast_path_answers_unknown_key_wrong_type_and_oversized_body_as_the_pipeline_does()
    {
        await using var s = await WebServer.StartAsync();
        var unknown = await s.SendAsync(null, HttpMethod.Post, "/api/v1/decisions", raw: "{}", configure: r => r.Headers.Add("X-Api-Key", "bk_not_a_key"));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("Bearer", unknown.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("nosniff", unknown.Headers.GetValues("X-Content-Type-Options").Single());
        var text = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/decisions", raw: "id=X", contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        var big = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/decisions", raw: "{\"id\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        var unmapped = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/decisions", raw: "{\"id\":\"X\",\"debit\":\"a\",\"credit\":\"b\",\"amount_fen\":1,\"extra\":1}");
        Assert.Equal(HttpStatusCode.BadRequest, unmapped.StatusCode);
        var ok = await s.PostAsync("li@bank-a", "/api/v1/decisions/", new { id = "X", debit = "a", credit = "b", amount_fen = 1 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("X", (await WebServer.JsonOf(ok)).GetProperty("id").GetString());
    }

    // A store whose writes wait at a gate and can fail; counts commits. Reads are not used.
    private sealed class GatedStore : ICaseStore
    {
        public ManualResetEventSlim Gate { get; } = new(true);

        public ManualResetEventSlim Entered { get; } = new(false);

        private int _commits;

        public bool Fail { get; set; }

        public int Commits => Volatile.Read(ref _commits);

        public string Description => "gated test store";

        public Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<T> WriteAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken)
        {
            Entered.Set();
            Gate.Wait(cancellationToken);
            if (Fail)
            {
                return Task.FromException<T>(new IOException("disk full"));
            }

            Interlocked.Increment(ref _commits);
            return Task.FromResult(default(T)!);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
