using System.Globalization;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// Wall-clock time of each stage of a monitoring run, printed in its summary so a user can see
/// where a large run spends its time. With more than one reading thread, validating the event
/// files and reading the entity files run side by side (their times overlap), and the event
/// files are parsed on their own threads during <see cref="Stream"/>.
/// </summary>
internal sealed record MonitorStages
{
    /// <summary>Threads reading event files beside the monitoring thread (0: read on the monitoring thread).</summary>
    public required int ReadThreads { get; init; }

    /// <summary>Opening and validating every event file (the whole-file pass, ADR 30).</summary>
    public required TimeSpan Validate { get; init; }

    /// <summary>Reading the entity files and ground truth.</summary>
    public required TimeSpan Reference { get; init; }

    /// <summary>Turning the entity rows into the engine's reference data.</summary>
    public required TimeSpan Build { get; init; }

    /// <summary>Reading, merging and monitoring every event (alerts written as raised).</summary>
    public required TimeSpan Stream { get; init; }

    /// <summary>Flushing the engine, writing scores.csv and summary.json.</summary>
    public required TimeSpan Finish { get; init; }

    /// <summary>Evaluating against ground truth.</summary>
    public required TimeSpan Evaluate { get; init; }

    /// <summary>One line: "validate 1.2 s, reference 0.8 s, ...".</summary>
    public override string ToString()
    {
        var reading = ReadThreads == 0 ? "events read on the monitoring thread" : $"events read on {ReadThreads} thread{(ReadThreads == 1 ? "" : "s")} beside it";
        return string.Create(CultureInfo.InvariantCulture,
            $"validate {Validate.TotalSeconds:F1} s{(ReadThreads > 0 ? " beside" : ",")} reference {Reference.TotalSeconds:F1} s, build {Build.TotalSeconds:F1} s, events {Stream.TotalSeconds:F1} s, finish {Finish.TotalSeconds:F1} s, evaluate {Evaluate.TotalSeconds:F1} s; {reading}");
    }
}
