using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Storage;

namespace Breakcard.Web.Hosting;

/// <summary>
/// Decisions are audited by group commit (ADR 0137): each decision joins the batch that is open
/// and its response waits until that batch is committed to the hash-chained audit log, so no
/// decision is ever acknowledged that the log does not hold. One writer commits a batch at a time,
/// in one transaction, as one <c>decision.batch</c> entry per user and up to
/// <see cref="MaxPerEntry"/> decisions (transaction id, action, risk, alert ids — never an account
/// number); while it commits, the next batch fills. A batch is bounded: past
/// <see cref="MaxWaiting"/> waiting decisions new ones are refused (503) rather than queued
/// without limit, and a failed commit fails every decision of its batch (503), never a silent loss.
/// </summary>
public sealed class DecisionAuditor(ICaseStore store, TimeProvider time, ILogger<DecisionAuditor> log) : BackgroundService
{
    /// <summary>The audit action of a batch of decisions.</summary>
    public const string Action = "decision.batch";

    /// <summary>Most decisions waiting for a commit before new ones are refused.</summary>
    public const int MaxWaiting = 4096;

    /// <summary>Most decisions in one audit entry (a larger batch is written as several entries in the same transaction).</summary>
    public const int MaxPerEntry = 256;

    /// <summary>
    /// A batch at least this large means decisions arrive faster than commits finish; the writer
    /// then lets the next batch fill for a millisecond before committing, halving the commits
    /// (each an fsync and a transaction) at the cost of that millisecond. Below it, no wait.
    /// </summary>
    public const int LingerAfter = 16;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _work = new(0);
    private Batch _open = new();
    private Task _last = Task.CompletedTask;
    private bool _closed;

    /// <summary>
    /// Adds a decision to the open batch; the task completes when the batch is committed and
    /// fails with <see cref="DecisionNotRecordedException"/> when it could not be (or when the
    /// queue is full or the host is stopping).
    /// </summary>
    public Task RecordAsync(DecisionRecord decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        lock (_gate)
        {
            if (_closed)
            {
                return Task.FromException(new DecisionNotRecordedException("the host is stopping"));
            }

            if (_open.Decisions.Count >= MaxWaiting)
            {
                return Task.FromException(new DecisionNotRecordedException($"{MaxWaiting:N0} decisions are already waiting for the audit log"));
            }

            _open.Decisions.Add(decision);
            if (_open.Decisions.Count == 1)
            {
                _work.Release(); // one signal per batch that became non-empty
            }

            return _open.Done.Task;
        }
    }

    /// <summary>Waits until every decision recorded before the call is committed.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        Task pending;
        lock (_gate)
        {
            pending = _open.Decisions.Count == 0 ? _last : _open.Done.Task;
        }

        return pending.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // A thread of its own: SQLite commits block in fsync, and on a two-core machine a blocked
        // pool thread is half the pool.
        Task.Factory.StartNew(() => WriteLoop(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void WriteLoop(CancellationToken stoppingToken)
    {
        try
        {
            var last = 0;
            while (true)
            {
                _work.Wait(stoppingToken);
                if (last >= LingerAfter)
                {
                    Thread.Sleep(1);
                }

                last = CommitOpenAsync().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException)
        {
        }

        // Stopping: refuse new decisions, commit what is waiting.
        lock (_gate)
        {
            _closed = true;
        }

        CommitOpenAsync().GetAwaiter().GetResult();
    }

    // Commits the open batch; returns its size.
    private async Task<int> CommitOpenAsync()
    {
        Batch batch;
        lock (_gate)
        {
            batch = _open;
            if (batch.Decisions.Count == 0)
            {
                return 0;
            }

            _open = new Batch();
            _last = batch.Done.Task;
        }

        try
        {
            var drafts = Drafts(batch.Decisions);
            await store.WriteAsync(async s =>
            {
                var now = time.GetUtcNow();
                foreach (var draft in drafts)
                {
                    await s.Audit.AppendAsync(draft, now).ConfigureAwait(false);
                }

                return drafts.Count;
            }, CancellationToken.None).ConfigureAwait(false);
            batch.Done.TrySetResult();
        }
#pragma warning disable CA1031 // Whatever the store throws fails this batch's decisions (503); the writer goes on with the next.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError("could not audit {Count} decisions: {Type}", batch.Decisions.Count, ex.GetType().Name);
            batch.Done.TrySetException(new DecisionNotRecordedException("the audit log could not be written", ex));
        }

        return batch.Decisions.Count;
    }

    // One entry per user (and institution) and per MaxPerEntry decisions, in arrival order.
    private static List<AuditDraft> Drafts(List<DecisionRecord> decisions)
    {
        var drafts = new List<AuditDraft>();
        foreach (var group in decisions.GroupBy(d => (d.UserId, d.InstitutionId)))
        {
            foreach (var chunk in group.Chunk(MaxPerEntry))
            {
                drafts.Add(new AuditDraft(group.Key.UserId, group.Key.InstitutionId, Action, "decisions", Details(chunk)));
            }
        }

        return drafts;
    }

    private static string Details(DecisionRecord[] chunk)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (chunk.Length * 64));
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("count", chunk.Length);
            w.WriteStartArray("decisions");
            foreach (var d in chunk)
            {
                w.WriteStartObject();
                w.WriteString("id", d.TransactionId);
                w.WriteString("action", d.Action);
                w.WriteNumber("risk", d.Risk);
                if (d.AlertIds.Count > 0)
                {
                    w.WriteStartArray("alerts");
                    foreach (var a in d.AlertIds)
                    {
                        w.WriteStringValue(a);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed class Batch
    {
        public List<DecisionRecord> Decisions { get; } = [];

        // Continuations run on the thread pool, not on the writer: the writer goes straight on to the next batch.
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>One decision as the audit log keeps it: who asked, about which transfer, the answer. No account numbers.</summary>
/// <param name="UserId">The asking user.</param>
/// <param name="InstitutionId">Their institution.</param>
/// <param name="TransactionId">The client's transaction id.</param>
/// <param name="Action">allow, review or block.</param>
/// <param name="Risk">The highest risk found.</param>
/// <param name="AlertIds">The alerts behind the answer.</param>
public sealed record DecisionRecord(string UserId, string InstitutionId, string TransactionId, string Action, int Risk, IReadOnlyList<string> AlertIds);

/// <summary>A decision the audit log could not take; the decision is not given (503).</summary>
public sealed class DecisionNotRecordedException : Exception
{
    /// <summary>Creates it.</summary>
    public DecisionNotRecordedException(string message) : base(message)
    {
    }

    /// <summary>Creates it with its cause.</summary>
    public DecisionNotRecordedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates it.</summary>
    public DecisionNotRecordedException() : base("the decision could not be recorded")
    {
    }
}
