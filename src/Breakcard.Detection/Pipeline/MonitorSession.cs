using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Pipeline;

/// <summary>
/// One monitoring run as a host drives it: takes Core events in input order, interns them, feeds
/// the engine, writes each alert to <c>alerts.jsonl</c> as it is raised, checkpoints on request,
/// and at the end writes <c>scores.csv</c>, <c>summary.json</c> and (when any event was not
/// applied) <c>rejected.csv</c>. Hosts (the CLI, a web API, a cluster) differ only in where events
/// come from. Not thread safe.
/// </summary>
public sealed partial class MonitorSession : IAlertSink, IDisposable
{
    /// <summary>Alerts file name.</summary>
    public const string AlertsFile = "alerts.jsonl";

    /// <summary>Scores file name.</summary>
    public const string ScoresFile = "scores.csv";

    /// <summary>Summary file name.</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>Rejected-events file name.</summary>
    public const string RejectedFile = "rejected.csv";

    internal static readonly JsonSerializerOptions LineJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ReferenceData _reference;
    private readonly EventIdStore _ids;
    private readonly AlertFactory _factory;
    private readonly CommittedFile _alertsFile;
    private readonly CommittedFile _rejectedFile;
    private readonly List<Alert> _alerts = [];
    private readonly int[] _baseCounts;
    private long _rejected;
    private long _invalid;

    /// <summary>Starts a run writing into <paramref name="outputDirectory"/>.</summary>
    public MonitorSession(ReferenceData reference, DetectionOptions options, IRiskModel model, string outputDirectory, int retainedEventIds = 1 << 20)
        : this(reference, options, model, outputDirectory, retainedEventIds, resume: null)
    {
    }

    private MonitorSession(ReferenceData reference, DetectionOptions options, IRiskModel model, string outputDirectory, int retainedEventIds, Func<MonitorSession, (long Alerts, long Rejected)>? resume)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        OutputDirectory = outputDirectory;
        _reference = reference;
        _baseCounts = InternerCounts(reference);
        _ids = new EventIdStore(retainedEventIds);
        Engine = new MonitoringEngine(reference, options, model, this);
        _factory = new AlertFactory(reference, _ids, Engine.Clock.UtcOffset);
        if (resume is null)
        {
            _alertsFile = CommittedFile.Create(Path.Combine(outputDirectory, AlertsFile));
            _rejectedFile = CommittedFile.Create(Path.Combine(outputDirectory, RejectedFile));
        }
        else
        {
            var (alerts, rejected) = resume(this);
            _alertsFile = CommittedFile.Resume(Path.Combine(outputDirectory, AlertsFile), alerts);
            _rejectedFile = CommittedFile.Resume(Path.Combine(outputDirectory, RejectedFile), rejected);
            ReloadAlerts();
        }
    }

    /// <summary>The engine.</summary>
    public MonitoringEngine Engine { get; }

    /// <summary>Where outputs go.</summary>
    public string OutputDirectory { get; }

    /// <summary>Input records taken so far (the position a resumed run skips to).</summary>
    public long InputPosition { get; private set; }

    /// <summary>Alerts raised so far, in order.</summary>
    public IReadOnlyList<Alert> Alerts => _alerts;

    /// <summary>Events the engine did not apply (late, expired, out of range) plus invalid ones, so far.</summary>
    public long Rejected => _rejected + _invalid;

    /// <summary>Takes one transaction.</summary>
    public void Process(in TransactionEvent e) => Process(in e, -1, -1);

    /// <summary>
    /// Takes one transaction whose accounts a reading thread may already have resolved (ADR 0163):
    /// <paramref name="debit"/> and <paramref name="credit"/> are indexes from a
    /// <see cref="InternedKeys"/> snapshot of this session's <see cref="ReferenceData.Accounts"/>,
    /// or -1 where the session should look the account number up itself.
    /// </summary>
    public void Process(in TransactionEvent e, int debit, int credit)
    {
        InputPosition++;
        var sequence = _ids.Add(e.Id);
        if (e.Amount.Fen <= 0)
        {
            Invalid(e.Id, e.Time, "amount is not positive");
            return;
        }

        Engine.Submit(EngineEvent.Transaction(e.Time.ToUnixTimeSeconds(), Account(debit, e.Debit), Account(credit, e.Credit),
            e.Amount.Fen, e.Channel, EventIdHash.Of(EventKind.Transaction, e.Id), EventIdHash.TrailingNumber(e.Id), sequence));
    }

    /// <summary>Takes one call.</summary>
    public void Process(in CallEvent e) => Process(in e, -1, -1, -1);

    /// <summary>
    /// Takes one call whose caller, callee and device a reading thread may already have resolved
    /// (indexes from snapshots of <see cref="ReferenceData.Phones"/> and <see cref="ReferenceData.Devices"/>; -1 where not).
    /// </summary>
    public void Process(in CallEvent e, int caller, int callee, int device)
    {
        InputPosition++;
        var sequence = _ids.Add(e.Id);
        Engine.Submit(EngineEvent.Call(e.Start.ToUnixTimeSeconds(), Phone(caller, e.Caller), Phone(callee, e.Callee),
            Math.Max(0, e.DurationSeconds), e.Device is { } d ? Device(device, d.Reveal()) : -1,
            e.CellId is { Length: > 0 } c ? _reference.Cells.Intern(c) : -1,
            EventIdHash.Of(EventKind.Call, e.Id), EventIdHash.TrailingNumber(e.Id), sequence));
    }

    /// <summary>Takes one SMS.</summary>
    public void Process(in SmsEvent e) => Process(in e, -1, -1, -1);

    /// <summary>
    /// Takes one SMS whose receiver, sender and device a reading thread may already have resolved
    /// (indexes from snapshots of <see cref="ReferenceData.Phones"/> and <see cref="ReferenceData.Devices"/>; -1 where not).
    /// </summary>
    public void Process(in SmsEvent e, int receiver, int sender, int device)
    {
        InputPosition++;
        var sequence = _ids.Add(e.Id);
        Engine.Submit(EngineEvent.Sms(e.Time.ToUnixTimeSeconds(), Phone(receiver, e.Receiver), Phone(sender, e.Sender), e.Kind,
            e.Device is { } d ? Device(device, d.Reveal()) : -1, e.CellId is { Length: > 0 } c ? _reference.Cells.Intern(c) : -1,
            EventIdHash.Of(EventKind.Sms, e.Id), EventIdHash.TrailingNumber(e.Id), sequence));
    }

    /// <summary>Takes one login.</summary>
    public void Process(in LoginEvent e) => Process(in e, -1, -1);

    /// <summary>
    /// Takes one login whose account and device a reading thread may already have resolved
    /// (indexes from snapshots of <see cref="ReferenceData.Accounts"/> and <see cref="ReferenceData.Devices"/>; -1 where not).
    /// </summary>
    public void Process(in LoginEvent e, int account, int device)
    {
        InputPosition++;
        var sequence = _ids.Add(e.Id);
        Engine.Submit(EngineEvent.Login(e.Time.ToUnixTimeSeconds(), Account(account, e.Account), Device(device, e.Device.Reveal()),
            e.Ip is { } ip ? _reference.Ips.Intern(ip.Reveal()) : -1, EventIdHash.Of(EventKind.Login, e.Id), EventIdHash.TrailingNumber(e.Id), sequence));
    }

    /// <summary>Counts an input record the caller could not turn into an event (already quarantined upstream).</summary>
    public void Skip() => InputPosition++;

    /// <inheritdoc />
    void IAlertSink.OnAlert(AlertDraft alert)
    {
        var a = _factory.Create(alert, _alerts.Count + 1);
        _alerts.Add(a);
        _alertsFile.WriteLine(JsonSerializer.Serialize(a, LineJson));
    }

    /// <inheritdoc />
    void IAlertSink.OnRejected(in EngineEvent e, RejectReason reason)
    {
        _rejected++;
        WriteRejected(_ids.IdOf(e.Sequence), e.Time, reason switch
        {
            RejectReason.Late => "late beyond the allowed lateness (policy: reject)",
            RejectReason.Expired => "older than the de-duplication retention behind the watermark",
            _ => "time outside 2000-01-01..2067-12-31",
        });
    }

    /// <summary>Ends the input: applies every held event and writes scores and the summary.</summary>
    public MonitorSummary Finish()
    {
        Engine.Flush();
        _alertsFile.Commit();
        _rejectedFile.Commit();
        var scores = ScoreTable.Build(Engine, _alerts);
        ScoreTable.Write(Path.Combine(OutputDirectory, ScoresFile), scores);
        var summary = MonitorSummary.From(Engine, _alerts, scores, _invalid);
        File.WriteAllText(Path.Combine(OutputDirectory, SummaryFile), summary.ToJson());
        if (Rejected == 0)
        {
            File.Delete(Path.Combine(OutputDirectory, RejectedFile));
        }

        Scores = scores;
        return summary;
    }

    /// <summary>Scores after <see cref="Finish"/>.</summary>
    public IReadOnlyList<EntityScore> Scores { get; private set; } = [];

    /// <inheritdoc />
    public void Dispose()
    {
        _alertsFile.Dispose();
        _rejectedFile.Dispose();
    }

    /// <summary>
    /// Drops the run as a crash would: output files closed without flushing or committing (for
    /// crash-and-resume tests; a real host simply dies).
    /// </summary>
    internal void Abandon()
    {
        _alertsFile.Abandon();
        _rejectedFile.Abandon();
    }

    private void Invalid(string id, DateTimeOffset time, string reason)
    {
        _invalid++;
        WriteRejected(id, time.ToUnixTimeSeconds(), reason);
    }

    private void WriteRejected(string? id, long unixTime, string reason)
    {
        if (_rejected + _invalid == 1)
        {
            _rejectedFile.WriteLine("id,time,reason");
        }

        var time = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixTime, -62135596800, 253402300799)).ToOffset(Engine.Clock.UtcOffset)
            .ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture);
        _rejectedFile.WriteLine(Csv.Field(id ?? string.Empty) + "," + time + "," + Csv.Field(reason));
    }

    // A resolved index is one the interner already holds (a snapshot never holds more); anything
    // else is a caller's mistake that would silently mix up entities, so it is refused.
    private int Account(int resolved, string number) => resolved < 0 ? _reference.InternAccount(number) : Checked(resolved, _reference.Accounts.Count);

    private int Phone(int resolved, string number) => resolved < 0 ? _reference.InternPhone(number) : Checked(resolved, _reference.Phones.Count);

    private int Device(int resolved, string device) => resolved < 0 ? _reference.Devices.Intern(device) : Checked(resolved, _reference.Devices.Count);

    private static int Checked(int resolved, int count) =>
        resolved < count ? resolved : throw new ArgumentOutOfRangeException(nameof(resolved), resolved, "A resolved index must come from a snapshot of this session's reference data.");

    private static int[] InternerCounts(ReferenceData r) => [r.Accounts.Count, r.Phones.Count, r.Devices.Count, r.Ips.Count, r.Cells.Count];
}
