using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Pipeline;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>What the demo's monitoring stage left for later stages.</summary>
/// <param name="AlertsFile">Full path of alerts.jsonl (Detection's <c>Alert</c> records, one per line).</param>
/// <param name="Summary">The run's summary (alerts by band and reason, entities scored and alerted).</param>
/// <param name="Evaluation">The evaluation against the world's ground truth.</param>
public sealed record MonitoringStageResult(string AlertsFile, MonitorSummary Summary, EvaluationReport? Evaluation);
