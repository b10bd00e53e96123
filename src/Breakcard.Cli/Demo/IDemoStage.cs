namespace Breakcard.Cli.Demo;

/// <summary>
/// One capability's part of <c>breakcard demo</c>. Stages run in the order of
/// <see cref="DemoPipeline.Stages"/>; each reads what earlier stages left in the
/// <see cref="DemoContext"/>, prints a short summary and adds a section to the report.
/// </summary>
public interface IDemoStage
{
    /// <summary>Short name shown while the stage runs, for example "simulate".</summary>
    string Name { get; }

    /// <summary>Runs the stage.</summary>
    Task RunAsync(DemoContext context, CancellationToken cancellationToken);
}
