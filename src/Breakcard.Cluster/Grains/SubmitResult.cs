namespace Breakcard.Cluster.Grains;

/// <summary>A grain's answer to a batch.</summary>
/// <param name="Next">The batch number the grain expects next.</param>
/// <param name="Checkpointed">Batches below this number are in the last durable checkpoint; a gateway may forget them.</param>
/// <param name="AlertsFrom">Number of the first alert in <paramref name="Alerts"/>.</param>
/// <param name="Alerts">Alert lines (JSON, as in <c>alerts.jsonl</c>) from <paramref name="AlertsFrom"/> on.</param>
/// <param name="Silo">The silo that answered (for operators and fault-injection tests).</param>
[GenerateSerializer, Immutable]
public sealed record SubmitResult(
    [property: Id(0)] long Next,
    [property: Id(1)] long Checkpointed,
    [property: Id(2)] int AlertsFrom,
    [property: Id(3)] string[] Alerts,
    [property: Id(4)] string Silo);

/// <summary>The outputs of a finished stream.</summary>
/// <param name="Finished">False when batches are missing (then <paramref name="Next"/> says which).</param>
/// <param name="Next">The batch number the grain expects next.</param>
/// <param name="AlertsFrom">Number of the first alert in <paramref name="Alerts"/>.</param>
/// <param name="Alerts">Alert lines from <paramref name="AlertsFrom"/> on.</param>
/// <param name="Scores">The <c>scores.csv</c> bytes.</param>
/// <param name="Summary">The <c>summary.json</c> bytes.</param>
/// <param name="Rejected">The <c>rejected.csv</c> bytes (empty when nothing was rejected).</param>
[GenerateSerializer, Immutable]
public sealed record FinishResult(
    [property: Id(0)] bool Finished,
    [property: Id(1)] long Next,
    [property: Id(2)] int AlertsFrom,
    [property: Id(3)] string[] Alerts,
    [property: Id(4)] byte[] Scores,
    [property: Id(5)] byte[] Summary,
    [property: Id(6)] byte[] Rejected);
