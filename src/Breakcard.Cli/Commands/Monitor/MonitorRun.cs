using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Cli.Commands.Ingest;
using Breakcard.Core.Errors;
using Breakcard.Core.Truth;
using Breakcard.Detection;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.GraphFeatures;
using Breakcard.Detection.Learning;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// One monitoring run: opens (and so validates) every event input through Ingest's readers, reads
/// the entity files into reference data, feeds the events in input order to a
/// <see cref="MonitorSession"/> (snapshots to the checkpoint folder as asked, resumes from one),
/// and evaluates the alerts against ground truth when there is any. Bad records of every input go
/// to <c>quarantine.csv</c> with file, line, field and reason. Shared by <c>monitor</c>,
/// <c>train</c> and the demo's monitoring stage.
/// </summary>
internal static class MonitorRun
{
    public const string QuarantineCsv = "quarantine.csv";
    public const string EvaluationJson = "evaluation.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="request"/>; <paramref name="observer"/> (training) sees every re-scoring.</summary>
    public static MonitorOutcome Execute(MonitorRequest request, IScoreObserver? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var options = LoadOptions(request.OptionsFile);
        var notes = new List<string>();
        var quarantine = new DeferredQuarantine();
        var rates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in request.Rates ?? [])
        {
            if (IngestRun.ParseRate(token, out var code, out var rate) is { } error)
            {
                throw new InvalidInputException(new InputError("--rate", null, null, error));
            }

            rates[code] = rate;
        }

        var ingestOptions = new IngestOptions { Pacs008TimeZone = request.TimeZone, CurrencyRates = rates };
        var inputFolder = request.Input is DirectoryInfo d ? d.FullName : Path.GetDirectoryName(request.Input.FullName)!;
        var referenceFolder = request.Reference ?? (request.Input is DirectoryInfo && request.Mapping is null && EntityFiles.Present(inputFolder).Count > 0 ? inputFolder : null);
        var truthFolder = request.Truth ?? (Directory.Exists(Path.Combine(inputFolder, TruthSchema.Folder)) ? Path.Combine(inputFolder, TruthSchema.Folder) : null);
        if (request.Truth is not null && !Directory.Exists(request.Truth))
        {
            throw new InvalidInputException(new InputError(request.Truth, null, null, "the truth folder does not exist"));
        }

        var accountMap = truthFolder is not null && request.Mapping is not null
            && Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(truthFolder)))!, TruthLoader.AccountMapCsv) is var map && File.Exists(map)
            ? map : null;

        // --stop-after reads sequentially: read-ahead threads would count records past the stop.
        var parallel = request.StopAfter is null && (request.Threads > 1 || (request.Threads == 0 && Environment.ProcessorCount > 1));
        var stage = Stopwatch.StartNew();

        // The entity files and ground truth are read while the event files are validated, into a
        // list that goes to quarantine.csv once every event file has passed (opening quarantines
        // nothing, so the order of quarantine.csv is that of a sequential run).
        var referenceQuarantine = new QuarantineList();
        var referenceTask = parallel ? Task.Run(() => ReadReference(referenceFolder, truthFolder, accountMap, referenceQuarantine, parallel: true), cancellationToken) : null;
        IReadOnlyList<EventReader> readers;
        TimeSpan validate;
        try
        {
            (readers, var readerNotes) = IngestRun.Open(new IngestRequest(request.Input, request.Mapping, request.Kind, request.Out, request.TimeZone, request.Rates ?? []),
                quarantine, ingestOptions, parallel ? null : new DuplicateTracker(), parallel);
            notes.AddRange(readerNotes);
            validate = stage.Elapsed;
        }
        catch
        {
            referenceTask?.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait(CancellationToken.None);
            throw;
        }

        if (parallel)
        {
            readers = ParallelEventReader.WrapAll(readers);
        }

        using var reader = readers.Count == 1 ? readers[0] : new MergedEventReader(readers);
        var model = RiskModelFile.Load(request.Model).Create(options);
        try
        {
            request.Out.Create();
            using var quarantineFile = QuarantineCsvWriter.Create(Path.Combine(request.Out.FullName, QuarantineCsv));
            quarantine.Attach(quarantineFile);
            var (builder, entityCounts, truth, referenceTime) = referenceTask is null
                ? ReadReference(referenceFolder, truthFolder, accountMap, quarantine, parallel: false)
                : WaitFor(referenceTask, referenceQuarantine, quarantine);

            // Ages are taken on the first day of the data; the first event says which day that is.
            stage.Restart();
            var has = reader.Read();
            var offset = TimeSpan.FromMinutes(options.Engine.UtcOffsetMinutes);
            var asOf = DateOnly.FromDateTime(has ? reader.Time.ToOffset(offset).DateTime : new DateTime(2000, 1, 1));
            var reference = builder.Build(asOf);
            var build = stage.Elapsed;

            var resumed = request.Resume && request.Checkpoint is not null && MonitorSession.HasCheckpoint(request.Checkpoint);
            if (request.Resume && !resumed)
            {
                notes.Add("no checkpoint to resume from: starting from the beginning");
            }

            var graphFeed = request.GraphFeatures ? GraphFeed(request, ingestOptions, offset, notes) : null;
            using var session = resumed
                ? ResumeSession(request.Checkpoint!, reference, options, model, request.Out.FullName)
                : new MonitorSession(reference, options, model, request.Out.FullName);
            session.Engine.Observer = observer;
            if (parallel)
            {
                // Known entities are resolved on the reading threads from here on (ADR 0163).
                var resolver = new ReferenceKeyResolver(reference);
                foreach (var parallelReader in readers.OfType<ParallelEventReader>())
                {
                    parallelReader.Resolver = resolver;
                }
            }

            var skip = session.InputPosition;
            long taken = 0, seen = 0;
            stage.Restart();
            var stopped = false;
            for (; has; has = reader.Read())
            {
                if ((++seen & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                graphFeed?.Advance(session, reader.Time);
                Feed(session, reader);
                taken++;
                if (request.Checkpoint is not null && request.CheckpointEvery > 0 && session.InputPosition % request.CheckpointEvery == 0)
                {
                    session.Checkpoint(request.Checkpoint);
                }

                if (request.StopAfter is { } stop && session.InputPosition >= stop)
                {
                    session.Checkpoint(request.Checkpoint ?? throw new InvalidOperationException("--stop-after needs --checkpoint"));
                    stopped = true;
                    break;
                }
            }

            if (skip > 0)
            {
                throw new InvalidInputException(new InputError(request.Checkpoint!, null, null,
                    $"the checkpoint is {session.InputPosition:N0} events into its input, but this input has only {session.InputPosition - skip:N0}: resume with the same input"));
            }

            var stream = stage.Elapsed;
            MonitorSummary? summary = null;
            EvaluationReport? evaluation = null;
            TimeSpan finish = default, evaluate = default;
            if (!stopped)
            {
                stage.Restart();
                graphFeed?.Finish(session);
                summary = session.Finish();
                finish = stage.Elapsed;

                // A finished run has nothing to resume: a later --resume starts afresh instead of
                // reopening outputs that Finish has completed.
                if (request.Checkpoint is not null)
                {
                    File.Delete(Path.Combine(request.Checkpoint, MonitorSession.SnapshotFile));
                }
                if (truth is not null)
                {
                    stage.Restart();
                    evaluation = Evaluator.Evaluate(session.Alerts, truth);
                    File.WriteAllText(Path.Combine(request.Out.FullName, EvaluationJson), JsonSerializer.Serialize(evaluation, Json));
                    evaluate = stage.Elapsed;
                }
            }

            quarantineFile.Flush();
            return new MonitorOutcome
            {
                Source = reader.Source,
                Summary = summary,
                Alerts = [.. session.Alerts],
                Scores = session.Scores,
                Evaluation = evaluation,
                TruthFolder = truthFolder,
                Ingest = reader.Counts,
                Entities = entityCounts,
                Quarantined = quarantineFile.Count,
                EventsThisRun = taken,
                InputPosition = session.InputPosition,
                Elapsed = clock.Elapsed,
                Stages = new MonitorStages
                {
                    ReadThreads = parallel ? readers.Count : 0, Validate = validate, Reference = referenceTime, Build = build, Stream = stream, Finish = finish, Evaluate = evaluate,
                },
                Resumed = resumed,
                Stopped = stopped,
                Notes = notes,
                Reference = reference,
                Truth = truth,
            };
        }
        finally
        {
            (model as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// The graph feature pre-pass (ADR 0125): reads the input's transactions once more and runs the
    /// daily typology analysis. Its bad records are the main pass's too, which quarantines them, so
    /// this pass keeps its own copy only to skip them.
    /// </summary>
    private static GraphFeatureFeed GraphFeed(MonitorRequest request, IngestOptions ingestOptions, TimeSpan offset, List<string> notes)
    {
        var clock = Stopwatch.StartNew();
        var (readers, _) = IngestRun.Open(new IngestRequest(request.Input, request.Mapping, request.Kind, request.Out, request.TimeZone, request.Rates ?? []),
            new QuarantineList(), ingestOptions, new DuplicateTracker());
        using var reader = readers.Count == 1 ? readers[0] : new MergedEventReader(readers);
        var transactions = new List<Core.Events.TransactionEvent>();
        while (reader.Read())
        {
            if (reader.Kind == IngestEventKind.Transaction)
            {
                transactions.Add(reader.Transaction);
            }
        }

        var features = GraphTypologyFeatures.Compute(transactions, offset);
        notes.Add($"graph features: {features.Findings.Count:N0} findings over {features.Days} days of transactions in {clock.Elapsed.TotalSeconds:F1} s");
        return new GraphFeatureFeed(features);
    }

    /// <summary>
    /// Reads the entity files and the ground truth. In parallel mode the truth is read on a thread
    /// of its own beside the entity files (ADR 0163); its quarantined rows are buffered and follow
    /// the entity files' rows, the order of a sequential read, and a failure of the entity files
    /// is the one reported when both fail, as it would stop a sequential read first.
    /// </summary>
    private static (ReferenceDataBuilder Builder, IReadOnlyList<EntityFileCounts> Counts, List<TruthEntity>? Truth, TimeSpan Time) ReadReference(
        string? referenceFolder, string? truthFolder, string? accountMap, IQuarantineSink quarantine, bool parallel)
    {
        var clock = Stopwatch.StartNew();
        if (!parallel || truthFolder is null)
        {
            var (builder, counts) = ReferenceLoader.Read(referenceFolder, quarantine);
            var truth = truthFolder is null ? null : TruthLoader.Load(truthFolder, accountMap, quarantine);
            return (builder, counts, truth, clock.Elapsed);
        }

        var truthQuarantine = new QuarantineList();
        var truthTask = Task.Run(() => TruthLoader.Load(truthFolder, accountMap, truthQuarantine));
        try
        {
            var (builder, counts) = ReferenceLoader.Read(referenceFolder, quarantine);
            var truth = truthTask.GetAwaiter().GetResult();
            foreach (var record in truthQuarantine.Records)
            {
                quarantine.Add(record);
            }

            return (builder, counts, truth, clock.Elapsed);
        }
        catch
        {
            truthTask.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait(CancellationToken.None);
            throw;
        }
    }

    private static (ReferenceDataBuilder Builder, IReadOnlyList<EntityFileCounts> Counts, List<TruthEntity>? Truth, TimeSpan Time) WaitFor(
        Task<(ReferenceDataBuilder, IReadOnlyList<EntityFileCounts>, List<TruthEntity>?, TimeSpan)> task, QuarantineList buffered, IQuarantineSink quarantine)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        finally
        {
            foreach (var record in buffered.Records)
            {
                quarantine.Add(record);
            }
        }
    }

    private static void Feed(MonitorSession session, EventReader reader)
    {
        var keys = reader.Keys;
        switch (reader.Kind)
        {
            case IngestEventKind.Transaction:
                var t = reader.Transaction;
                session.Process(in t, keys.First, keys.Second);
                break;
            case IngestEventKind.Call:
                var c = reader.Call;
                session.Process(in c, keys.First, keys.Second, keys.Third);
                break;
            case IngestEventKind.Sms:
                var s = reader.Sms;
                session.Process(in s, keys.First, keys.Second, keys.Third);
                break;
            default:
                var l = reader.Login;
                session.Process(in l, keys.First, keys.Second);
                break;
        }
    }

    private static MonitorSession ResumeSession(string checkpoint, ReferenceData reference, DetectionOptions options, IRiskModel model, string output)
    {
        try
        {
            return MonitorSession.Resume(checkpoint, reference, options, model, output);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidInputException(new InputError(Path.Combine(checkpoint, MonitorSession.SnapshotFile), null, null, "cannot resume: " + ex.Message), ex);
        }
    }

    private static DetectionOptions LoadOptions(string? path) => path is null ? DetectionOptions.Default : DetectionOptions.Load(path);
}
