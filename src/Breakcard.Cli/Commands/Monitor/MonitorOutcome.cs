using Breakcard.Detection.Alerts;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Ingest;
using Breakcard.Ingest.Entities;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>What a monitoring run did.</summary>
internal sealed record MonitorOutcome
{
    /// <summary>Where the events came from.</summary>
    public required string Source { get; init; }

    /// <summary>The summary written to summary.json; null when the run stopped early (--stop-after).</summary>
    public required MonitorSummary? Summary { get; init; }

    /// <summary>Every alert of the run (a resumed run's earlier ones included).</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>scores.csv's rows (empty when stopped early).</summary>
    public required IReadOnlyList<EntityScore> Scores { get; init; }

    /// <summary>Evaluation against ground truth, when a truth folder was found.</summary>
    public required EvaluationReport? Evaluation { get; init; }

    /// <summary>The truth folder evaluated against, or null.</summary>
    public required string? TruthFolder { get; init; }

    /// <summary>The event readers' counts.</summary>
    public required IngestCounts Ingest { get; init; }

    /// <summary>Entity files read.</summary>
    public required IReadOnlyList<EntityFileCounts> Entities { get; init; }

    /// <summary>Records written to quarantine.csv (events, entity and truth rows).</summary>
    public required long Quarantined { get; init; }

    /// <summary>Input events taken this run (after the skipped, already-processed ones of a resumed run).</summary>
    public required long EventsThisRun { get; init; }

    /// <summary>Input position at the end (events taken over the whole run).</summary>
    public required long InputPosition { get; init; }

    /// <summary>Wall-clock time of this run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Wall-clock time of each stage.</summary>
    public required MonitorStages Stages { get; init; }

    /// <summary>Resumed from a snapshot.</summary>
    public required bool Resumed { get; init; }

    /// <summary>Stopped early with a snapshot.</summary>
    public required bool Stopped { get; init; }

    /// <summary>Notes for the user (files not read, a resume without a snapshot).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The reference data (with entities learned from events).</summary>
    public required ReferenceData Reference { get; init; }

    /// <summary>The truth entities, when loaded.</summary>
    public required IReadOnlyList<TruthEntity>? Truth { get; init; }
}
