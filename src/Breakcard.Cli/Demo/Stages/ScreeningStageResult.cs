using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// What the screening stage leaves for later stages (early warning will score people's exposure
/// to risky ads with <see cref="Screener"/>).
/// </summary>
/// <param name="Screener">The screener, with its model loaded; thread safe.</param>
/// <param name="Ads">The screened batch with ground truth.</param>
/// <param name="Results">One result per ad, in the same order.</param>
/// <param name="Flagged">Flagged (review or reject) against the truth.</param>
public sealed record ScreeningStageResult(AdScreener Screener, IReadOnlyList<JobAd> Ads, IReadOnlyList<ScreeningResult> Results, BinaryMetrics Flagged);
