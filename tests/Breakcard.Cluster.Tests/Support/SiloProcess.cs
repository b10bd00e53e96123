using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// One <c>breakcard cluster silo</c> running as a separate OS process (the CLI built beside the
/// tests), with its output kept for failure messages. <see cref="Kill"/> sends SIGKILL; disposing
/// kills the process if it is still running, so no silo outlives a failed test.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a silo process with PostgreSQL membership and waits until it says it is up.</summary>
    public static async Task<SiloProcess> StartAsync(string postgres, string clusterId, int siloPort, int gatewayPort, int checkpointEvery)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            Cli(), "cluster", "silo", "--postgres", postgres, "--cluster-id", clusterId,
            "--port", siloPort.ToString(CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture),
            "--checkpoint-every", checkpointEvery.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(a);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var silo = new SiloProcess(process, siloPort, gatewayPort);
        process.OutputDataReceived += (_, e) => silo.Line(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Line(e.Data);
        process.Exited += (_, _) => silo._up.TrySetException(new InvalidOperationException($"silo {siloPort} exited before it was up:\n{silo.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await silo._up.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            silo.Dispose();
            throw new TimeoutException($"silo {siloPort} did not come up in 90 s:\n{silo.Output}");
        }
        catch
        {
            silo.Dispose();
            throw;
        }

        return silo;
    }

    /// <summary>Everything the process printed so far.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster; waits until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already reaped.
        }

        // A killed silo leaves its working files; `breakcard cluster silo` names the folder by port and process id.
        try
        {
            var scratch = Path.Combine(Path.GetTempPath(), "breakcard-cluster-scratch", string.Create(CultureInfo.InvariantCulture, $"{SiloPort}-{_process.Id}"));
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // No process id (never started) or files still in use: litter in the temporary folder only.
        }

        _process.Dispose();
    }

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.StartsWith("silo up", StringComparison.Ordinal))
        {
            _up.TrySetResult();
        }
    }

    /// <summary>The dotnet host that runs the tests (the CLI runs on the same runtime).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The CLI built with the same configuration as the tests (the test project references it for the build order).</summary>
    private static string Cli()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = bin.Name;
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Breakcard.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var cli = Path.Combine(root.FullName, "src", "Breakcard.Cli", "bin", configuration, framework, "breakcard.dll");
        Assert.True(File.Exists(cli), $"the CLI is not built at {cli}; build tests/Breakcard.Cluster.Tests (it builds the CLI first)");
        return cli;
    }
}
