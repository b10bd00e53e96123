using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Monitor;

/// <summary>Small simulated worlds shared by the monitor and train tests (simulated once per test class).</summary>
public sealed class MonitorWorlds : IAsyncLifetime
{
    private readonly CliRunner.TempFolder _root = new();

    /// <summary>A Breakcard-format world (seed 21).</summary>
    public string World => Path.Combine(_root.Path, "world");

    /// <summary>Another world (seed 22) for training.</summary>
    public string TrainingWorld => Path.Combine(_root.Path, "training");

    /// <summary>The first world's city in AMLSim format.</summary>
    public string AmlSim => Path.Combine(_root.Path, "amlsim");

    public string NewFolder(string name)
    {
        var path = Path.Combine(_root.Path, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public async ValueTask InitializeAsync()
    {
        foreach (var (folder, seed, format) in new[] { (World, "21", "csv"), (TrainingWorld, "22", "csv"), (AmlSim, "21", "amlsim") })
        {
            var result = await CliRunner.RunAsync("simulate", "--people", "2000", "--days", "10", "--seed", seed, "--format", format, "--out", folder);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
        }
    }

    public ValueTask DisposeAsync()
    {
        _root.Dispose();
        return ValueTask.CompletedTask;
    }
}
