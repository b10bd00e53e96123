using Breakcard.Core.Errors;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests;

public sealed class WorldFolderTests(Worlds worlds)
{
    [Fact]
    public void Prepare_AFile_IsRefusedSayingSo()
    {
        var folder = worlds.NewFolder("file");
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        File.WriteAllText(folder, "x");

        var ex = Assert.Throws<InvalidInputException>(() => WorldFolder.Prepare(folder, "--out"));
        Assert.Contains("is a file", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("--out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_AFolderWithOtherFiles_IsRefusedAndLeftAlone()
    {
        var folder = worlds.NewFolder("other");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "x");

        var ex = Assert.Throws<InvalidInputException>(() => WorldFolder.Prepare(folder, "--out"));
        Assert.Contains("holds no Breakcard world", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "thesis.docx")));
    }

    [Fact]
    public async Task Prepare_AnEarlierWorld_RemovesItsFilesOnly()
    {
        var folder = worlds.NewFolder("earlier");
        await WorldSimulator.RunAsync(new SimulationOptions(1_000, 2, 1, SimulationOptions.DefaultStart, OutputFormat.Both), folder, cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        WorldFolder.Prepare(folder, "--out");

        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Prepare_ABrokenManifest_IsRefused()
    {
        var folder = worlds.NewFolder("broken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{ not json");

        var ex = Assert.Throws<InvalidInputException>(() => WorldFolder.Prepare(folder, "--out"));
        Assert.Contains("manifest.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999, 10)]
    [InlineData(5_000_001, 10)]
    [InlineData(1_000, 0)]
    [InlineData(1_000, 731)]
    public void Options_OutOfRange_AreRejected(int people, int days)
    {
        var options = new SimulationOptions(people, days, 1, SimulationOptions.DefaultStart, OutputFormat.Csv);
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Theory]
    [InlineData("csv", OutputFormat.Csv)]
    [InlineData("JSONL", OutputFormat.Jsonl)]
    [InlineData("both", OutputFormat.Both)]
    [InlineData(" amlsim ", OutputFormat.AmlSim)]
    public void OutputFormats_ParseTheirNames(string text, OutputFormat format)
    {
        Assert.True(OutputFormats.TryParse(text, out var parsed));
        Assert.Equal(format, parsed);
        Assert.False(OutputFormats.TryParse("parquet", out _));
    }

    [Fact]
    public void Memos_NeedNoQuotingOrEscaping()
    {
        Assert.All(Breakcard.Simulation.Life.Memos.Text, m => Assert.True(m.IndexOfAny([',', '"', '\\', '\n', '\r']) < 0));
    }
}
