using System.Text.Json;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Tracing;

public sealed class LinksCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_DealerHandsetOnThreeMuleCards_OneRingAndOneDealer()
    {
        using var world = new TraceWorld();
        using var output = new CliRunner.TempFolder();
        var confirmed = Path.Combine(output.Path, "confirmed.txt");
        await File.WriteAllTextAsync(confirmed, $"# confirmed by police\n{TraceWorld.B}\n", Ct);

        var result = await CliRunner.RunAsync("links", "--input", world.Folder, "--confirmed", confirmed, "--account", TraceWorld.X, "--out", output.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("1 rings, 1 card dealers, 0 shell factories", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(world.HandsetOfDealer, result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.Path, "links.json"), Ct));
        var ring = Assert.Single(json.RootElement.GetProperty("rings").EnumerateArray());
        // A (¥10,500 of ¥11,000) and B (¥5,000 of ¥6,000) pass ≥ 70% of ≥ ¥5,000 on within a day;
        // C received only ¥4,500, under the floor; the dealer's own account AD moved nothing.
        Assert.Equal(4, ring.GetProperty("accounts").GetArrayLength());
        Assert.Equal(2, ring.GetProperty("suspected").GetInt32());
        Assert.Equal(1, ring.GetProperty("confirmed").GetInt32());
        Assert.Equal(0.5, ring.GetProperty("mule_density").GetDouble());
        Assert.Equal(1_050_000, ring.GetProperty("internal_flow_fen").GetInt64());
        Assert.Equal(world.HandsetOfDealer, ring.GetProperty("shared")[0].GetProperty("id").GetString());
        var dealer = Assert.Single(json.RootElement.GetProperty("card_dealers").EnumerateArray());
        Assert.Equal("P0000006", dealer.GetProperty("controller").GetString());
        Assert.Equal(3, dealer.GetProperty("holders").GetInt32());
        // B is confirmed; A paid B (1 hop); X paid A (2 hops).
        var distance = json.RootElement.GetProperty("mule_distance");
        Assert.Equal(0, distance.GetProperty(TraceWorld.B).GetInt32());
        Assert.Equal(1, distance.GetProperty(TraceWorld.A).GetInt32());
        Assert.Equal(2, distance.GetProperty(TraceWorld.X).GetInt32());
        Assert.Contains("6222********0001: 2 hop(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksExport_WritesFollowTheMoneyEntities()
    {
        using var world = new TraceWorld();
        using var output = new CliRunner.TempFolder();
        var file = Path.Combine(output.Path, "ftm.jsonl");

        var result = await CliRunner.RunAsync("links", "export", "--input", world.Folder, "--out", file);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var schemata = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("schema").GetString()).GroupBy(s => s).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(6, schemata["Person"]);
        Assert.Equal(6, schemata["BankAccount"]);
        Assert.Equal(6, schemata["Ownership"]);
        Assert.Equal(6, schemata["Payment"]);
        Assert.Equal(4, schemata["UserAccount"]);
        Assert.Contains($"Wrote {schemata.Values.Sum()} FollowTheMoney entities", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_ConfirmedAccountNotInData_ClearError()
    {
        using var world = new TraceWorld();
        using var output = new CliRunner.TempFolder();
        var confirmed = Path.Combine(output.Path, "confirmed.txt");
        await File.WriteAllTextAsync(confirmed, "6222020000000404\n", Ct);

        var result = await CliRunner.RunAsync("links", "--input", world.Folder, "--confirmed", confirmed);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("the confirmed account 6222********0404 has no transaction in the input", result.Error, StringComparison.Ordinal);
    }
}
