using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Reporting;

namespace Breakcard.Cli.Demo;

/// <summary>
/// What the demo's stages share: options, the working folder, the report, and each stage's
/// result as a typed property (added as capabilities land), so data flows one way from the
/// simulated world to monitoring, tracing, cases and reports.
/// </summary>
public sealed class DemoContext(CliContext cli, DemoOptions options, DirectoryInfo workDirectory, HtmlReport report)
{
    /// <summary>Console, error writer and clock.</summary>
    public CliContext Cli { get; } = cli;

    /// <summary>The options the demo was started with.</summary>
    public DemoOptions Options { get; } = options;

    /// <summary>The working folder every stage writes into.</summary>
    public DirectoryInfo WorkDirectory { get; } = workDirectory;

    /// <summary>The HTML report the stages fill.</summary>
    public HtmlReport Report { get; } = report;

    /// <summary>The screening stage's screener and results (null until it has run).</summary>
    public Stages.ScreeningStageResult? Screening { get; set; }
    /// <summary>The simulated city (set by the simulate stage, the first one).</summary>
    public DemoWorld? World { get; set; }

    /// <summary>The monitoring stage's alerts file, summary and evaluation (null until it has run).</summary>
    public Stages.MonitoringStageResult? Monitoring { get; set; }

    /// <summary>A path inside the working folder.</summary>
    public string PathOf(params string[] parts) => Path.Combine([WorkDirectory.FullName, .. parts]);
}
