namespace Breakcard.Cli.Demo;

/// <summary>The demo's stages in data-flow order: world → monitor → trace → cases → judgments → screening.</summary>
public static class DemoPipeline
{
    /// <summary>Every stage, in the order it runs. Each capability adds its one line here.</summary>
    public static IReadOnlyList<IDemoStage> Stages { get; } =
    [
        new Stages.SimulationStage(),
        new Stages.MonitoringStage(),
        new Stages.JudgmentsStage(),
        new Stages.ScreeningStage(),
    ];
}
