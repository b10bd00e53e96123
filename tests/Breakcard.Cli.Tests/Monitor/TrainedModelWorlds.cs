using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Monitor;

/// <summary>
/// <see cref="MonitorWorlds"/> and two learned models trained once on its training world with
/// <c>breakcard train</c>, as <c>MonitorCommandTests.Train_ThenMonitorWithTheModel…</c> trains one
/// (seed 3), and a second of the same algorithm (seed 4): another file, so another model.
/// </summary>
public sealed class TrainedModelWorlds : IAsyncLifetime
{
    public MonitorWorlds Worlds { get; } = new();

    /// <summary>FastTree, seed 3.</summary>
    public string Model => Path.Combine(Worlds.TrainingWorld, "..", "model-3.zip");

    /// <summary>FastTree, seed 4.</summary>
    public string OtherModel => Path.Combine(Worlds.TrainingWorld, "..", "model-4.zip");

    public async ValueTask InitializeAsync()
    {
        await Worlds.InitializeAsync();
        foreach (var (path, seed) in new[] { (Model, "3"), (OtherModel, "4") })
        {
            var train = await CliRunner.RunAsync("train", "--input", Worlds.TrainingWorld, "--out", path, "--seed", seed);
            Assert.Equal(ExitCodes.Ok, train.ExitCode);
        }
    }

    public ValueTask DisposeAsync() => Worlds.DisposeAsync();
}
