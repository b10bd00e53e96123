using System.Text;
using Breakcard.Cli.Commands.Cluster;

namespace Breakcard.Cli.Tests.ClusterCommands;

/// <summary>
/// <c>cluster bench</c>'s check that a cluster row computed what the single process computed (ADR
/// 0361): one byte changed in any of the three files is reported and fails the command with exit 7.
/// </summary>
public sealed class BenchAgreementTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "breakcard-bench-agreement-" + Guid.NewGuid().ToString("N")[..8]);

    public BenchAgreementTests()
    {
        Write("single");
    }

    [Fact]
    public void Check_IdenticalFiles_NoDifferenceExitZero()
    {
        var agreement = new BenchAgreement(Path.Combine(_root, "single"), "sharded");

        agreement.Check("run 1", Write("run-1"));
        agreement.Check("run 2", Write("run-2"));

        Assert.Empty(agreement.Differences);
        Assert.Equal(0, agreement.ExitCode);
        Assert.Contains("alerts.jsonl, scores.csv, summary.json (2 alerts) of all 2 sharded runs byte-identical", agreement.Report(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alerts.jsonl", 17)]
    [InlineData("scores.csv", 0)]
    [InlineData("summary.json", 30)]
    public void Check_OneByteChangedInOneFile_ReportsThatRunAndFileExitSeven(string file, int at)
    {
        var agreement = new BenchAgreement(Path.Combine(_root, "single"), "sharded");
        agreement.Check("run 1", Write("run-1"));
        var changed = Write("run-2");
        var path = Path.Combine(changed, file);
        var bytes = File.ReadAllBytes(path);
        bytes[at] ^= 1;
        File.WriteAllBytes(path, bytes);

        agreement.Check("run 2", changed);

        Assert.Equal(["run 2: " + file], agreement.Differences);
        Assert.Equal(7, agreement.ExitCode);
        Assert.StartsWith("sharded outputs DIFFER from the single process's: run 2: " + file, agreement.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_IsADifference()
    {
        var agreement = new BenchAgreement(Path.Combine(_root, "single"), "stream-grain");
        var run = Write("run-1");
        File.Delete(Path.Combine(run, "summary.json"));

        agreement.Check("run 1", run);

        Assert.Equal(["run 1: summary.json"], agreement.Differences);
        Assert.Equal(7, agreement.ExitCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The same three small files in a new folder under the test's root.</summary>
    private string Write(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "alerts.jsonl"), "{\"alert_id\":\"A000001\",\"risk\":91}\n{\"alert_id\":\"A000002\",\"risk\":60}\n", Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "scores.csv"), "id,kind,risk\n6217***********9937,account,91\n", Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "summary.json"), "{\"events\":120580,\"alerts\":2,\"rejected\":0}\n", Encoding.UTF8);
        return folder;
    }
}
