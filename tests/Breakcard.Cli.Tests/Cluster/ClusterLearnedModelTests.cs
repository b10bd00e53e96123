using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Tests.Monitor;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Tests.ClusterCommands;

/// <summary>
/// The cluster runs a learned model as <c>breakcard monitor --model</c> does (ADR 0327): silos
/// built as <c>cluster silo --world --model</c> builds them, fed by <c>cluster ingest</c>, give
/// <c>monitor --model</c>'s alerts byte for byte; a gateway and silos with other models, and a
/// checkpoint restored under another model, are refused naming both models.
/// </summary>
public sealed class ClusterLearnedModelTests(TrainedModelWorlds trained) : IClassFixture<TrainedModelWorlds>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task LearnedModel_StreamGrain_WorldEntityFiles_ByteIdenticalAlertsAndScoresToMonitorModel() =>
        ClusterOverWorldAsync(trained.Worlds.World, 0);

    /// <summary>The sharded mode with events only (no entity files on either side).</summary>
    [Fact]
    public async Task LearnedModel_ShardedStream_EventsOnly_ByteIdenticalAlertsAndScoresToMonitorModel()
    {
        var world = trained.Worlds.World;
        var expected = await MonitorAsync("--input", world, "--reference", trained.Worlds.NewFolder("no-entities"));
        var model = RiskModelFile.Load(trained.Model);
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.EventsOnly(s, DetectionOptions.Default, model.Create));
        var output = trained.Worlds.NewFolder("cluster");

        var result = await IngestAsync(cluster, world, output, 3, null, "--model", trained.Model);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        AssertSameOutputs(expected, output);
    }

    /// <summary>
    /// The sharded mode over the training world's entity files, 3 shards on two loopback silos, as
    /// ADR 0327 found it inexact (110 alerts against 135): the model's score cache left CODE_RELAY
    /// and the graph indicators out of its key, so each engine's scores depended on what it had
    /// scored before, and a shard has another history than the single engine (ADR 0330).
    /// </summary>
    [Fact]
    public async Task LearnedModel_ShardedStream_WorldEntityFiles_ByteIdenticalAlertsAndScoresToMonitorModel()
    {
        var expected = await ClusterOverWorldAsync(trained.Worlds.TrainingWorld, 3);
        Assert.Contains("\"LINKED_RISK\"", await File.ReadAllTextAsync(Path.Combine(expected, "alerts.jsonl"), Ct), StringComparison.Ordinal);
    }

    /// <summary>
    /// Two loopback silos over <paramref name="world"/>'s entity files fed by <c>cluster ingest</c>
    /// (stream grain at 0 shards; else sharded, the gateway given the same files) against
    /// <c>monitor --model</c>: the same alerts and scores; the monitor run's folder.
    /// </summary>
    private async Task<string> ClusterOverWorldAsync(string world, int shards)
    {
        var expected = await MonitorAsync("--input", world);
        await using var cluster = await StartAsync(world, RiskModelFile.Load(trained.Model));
        var output = trained.Worlds.NewFolder("cluster");

        var result = await IngestAsync(cluster, world, output, shards, shards == 0 ? null : world, "--model", trained.Model);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        AssertSameOutputs(expected, output);
        return expected;
    }

    /// <summary>The same in process (the sharded stages without Orleans), at 2 and 3 shards and batches of 1,000.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task LearnedModel_InProcessShards_WorldEntityFiles_ByteIdenticalToMonitorModel(int shards)
    {
        var world = trained.Worlds.TrainingWorld;
        var expected = await MonitorAsync("--input", world);
        var model = RiskModelFile.Load(trained.Model);
        var entities = WorldReference.Read(world, new QuarantineList());
        List<WireEvent> events;
        using (var input = GatewayInput.Open(world, new QuarantineList()))
        {
            events = [.. input.Events()];
        }

        var output = trained.Worlds.NewFolder("in-process");
        await new InProcessShardedRun(shards, 1_000, entities.Build, DetectionOptions.Default, model.Create).RunAsync(events, output, Ct);

        AssertSameOutputs(expected, output);
    }

    [Fact]
    public async Task ShardedStream_GatewayModelDiffersFromSilos_RefusedNamingBothModels_NoEventSent()
    {
        var world = trained.Worlds.World;
        var silos = RiskModelFile.Load(trained.Model);
        var other = RiskModelFile.Load(trained.OtherModel);
        Assert.StartsWith("fasttree ", silos.Identity, StringComparison.Ordinal);
        Assert.NotEqual(silos.Identity, other.Identity);
        await using var cluster = await StartAsync(world, silos);

        var points = await IngestAsync(cluster, world, trained.Worlds.NewFolder("points"), 2, world);
        var another = await IngestAsync(cluster, world, trained.Worlds.NewFolder("other"), 2, world, "--model", trained.OtherModel);

        Assert.Equal(ExitCodes.InvalidInput, points.ExitCode);
        Assert.Contains($"field '--model': silo ", points.Error, StringComparison.Ordinal);
        Assert.Contains($"runs the risk model {silos.Identity}, this gateway points.", points.Error, StringComparison.Ordinal);
        Assert.Contains("no event was sent", points.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, another.ExitCode);
        Assert.Contains($"runs the risk model {silos.Identity}, this gateway {other.Identity}.", another.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoints_WrittenUnderOneModel_RefuseToRestoreUnderAnotherOrThePointsModel_NamingBoth()
    {
        var model = RiskModelFile.Load(trained.Model);
        var other = RiskModelFile.Load(trained.OtherModel);
        var options = LocalIndicators.Apply(DetectionOptions.Default);

        // A shard grain's checkpoint (the sharded mode).
        var snapshot = new ShardSession(0, 2, ReferenceData.Empty(), options, model.Create(options)).Snapshot();
        new ShardSession(0, 2, ReferenceData.Empty(), options, model.Create(options)).Restore(snapshot);
        foreach (var under in new[] { other, RiskModelFile.Points })
        {
            var ex = Assert.Throws<InvalidDataException>(() => new ShardSession(0, 2, ReferenceData.Empty(), options, under.Create(options)).Restore(snapshot));
            Assert.Contains($"model {model.Identity}, now {under.Identity})", ex.Message, StringComparison.Ordinal);
        }

        // A stream grain's checkpoint (one grain per stream), a MonitorSession's as in breakcard monitor --resume.
        var folder = trained.Worlds.NewFolder("checkpoint");
        using (var session = new MonitorSession(ReferenceData.Empty(), DetectionOptions.Default, model.Create(DetectionOptions.Default), folder))
        {
            session.Checkpoint(Path.Combine(folder, "ckpt"));
        }

        var refused = Assert.Throws<InvalidDataException>(() =>
            MonitorSession.Resume(Path.Combine(folder, "ckpt"), ReferenceData.Empty(), DetectionOptions.Default, RiskModelFile.Points.Create(DetectionOptions.Default), folder).Dispose());
        Assert.Contains($"model {model.Identity}, now points)", refused.Message, StringComparison.Ordinal);
    }

    /// <summary><c>breakcard monitor --model</c> (the fixture's model) with <paramref name="args"/>; its output folder, whose alerts are the learned model's.</summary>
    private async Task<string> MonitorAsync(params string[] args)
    {
        var output = trained.Worlds.NewFolder("monitor");
        var monitor = await CliRunner.RunAsync(["monitor", .. args, "--out", output, "--model", trained.Model]);
        Assert.True(monitor.ExitCode == ExitCodes.Ok, monitor.Error);
        var alerts = await File.ReadAllTextAsync(Path.Combine(output, "alerts.jsonl"), Ct);
        Assert.Contains("\"model\":\"fasttree\"", alerts, StringComparison.Ordinal);
        Assert.DoesNotContain("\"model\":\"points\"", alerts, StringComparison.Ordinal);
        return output;
    }

    private static void AssertSameOutputs(string expected, string actual)
    {
        foreach (var file in new[] { "alerts.jsonl", "scores.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(expected, file)), File.ReadAllText(Path.Combine(actual, file)));
        }
    }

    /// <summary>Two loopback silos built as <c>cluster silo --world WORLD [--model FILE]</c> builds them.</summary>
    private static Task<LoopbackCluster> StartAsync(string world, RiskModelFile model)
    {
        var reference = WorldReference.Read(world, new QuarantineList());
        return LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.OverWorld(reference, s, DetectionOptions.Default, model.Create));
    }

    /// <summary><c>breakcard cluster ingest</c> of <paramref name="world"/> into the loopback cluster; a sharded gateway routes by the entity files <paramref name="entities"/> (those the silos load; null: none).</summary>
    private static Task<CliRunner.Result> IngestAsync(LoopbackCluster cluster, string world, string output, int shards, string? entities, params string[] more)
    {
        var client = cluster.ClientSettings(0, 1);
        string[] args = ["cluster", "ingest", "--input", world, "--out", output, "--stream", "s-" + Guid.NewGuid().ToString("N")[..8],
            "--cluster-id", client.ClusterId, "--gateways", string.Join(',', client.GatewayPorts), "--batch", "700", "--shards", shards.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return CliRunner.RunAsync([.. args, .. entities is null ? [] : new[] { "--world", entities }, .. more]);
    }
}
