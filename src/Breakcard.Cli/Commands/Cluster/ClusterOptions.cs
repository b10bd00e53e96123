using System.CommandLine;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>The options every cluster command shares: which cluster, and where its membership and state live.</summary>
internal sealed class ClusterOptions
{
    public Option<string> ClusterId { get; } = new("--cluster-id") { Description = "Cluster id; silos and gateways of one cluster share it.", DefaultValueFactory = _ => "breakcard" };

    public Option<string?> Postgres { get; } = new("--postgres") { Description = "PostgreSQL connection string: membership and checkpoints in the database (any silo may die). Without it: localhost membership on the primary silo and checkpoints in --state." };

    public Option<DirectoryInfo> State { get; } = new("--state") { Description = "Checkpoint folder shared by the silos of a one-machine cluster (without --postgres).", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "breakcard-cluster")) };

    public Option<FileInfo?> Detection { get; } = new("--options") { Description = "Detection options (JSON, as for breakcard monitor). Silos and the gateway of a sharded stream must be given the same file: the gateway checks it before sending any event (ADR 0218). With --shards 0 the stream grain runs the whole engine on the silo's options and the gateway computes nothing from them, so ingest only checks that the file is valid (ADR 0220)." };

    public Option<FileInfo?> Model { get; } = new(RiskModelFile.Option) { Description = "A learned model from 'breakcard train', as for breakcard monitor; default: the points model. Silos and the gateway of a sharded stream must be given the same file: the gateway checks its fingerprint before sending any event, and a checkpoint refuses to restore under another model (ADR 0327). With --shards 0 ingest only checks that the file is a model." };

    public void AddTo(Command command)
    {
        command.Options.Add(Detection);
        command.Options.Add(Model);
        command.Options.Add(ClusterId);
        command.Options.Add(Postgres);
        command.Options.Add(State);
    }

    /// <summary>The detection options of --options, or the defaults; a bad file is an error naming its line and setting.</summary>
    public DetectionOptions ReadDetection(ParseResult parse) => parse.GetValue(Detection) is { } file
        ? file.Exists ? DetectionOptions.Load(file.FullName) : throw new Breakcard.Core.Errors.InvalidInputException(new Breakcard.Core.Errors.InputError(file.FullName, null, "--options", "the options file does not exist"))
        : DetectionOptions.Default;

    /// <summary>The model of --model, or the points model; a missing or foreign file is an error naming --model and the file.</summary>
    public RiskModelFile ReadModel(ParseResult parse) => RiskModelFile.Load(parse.GetValue(Model)?.FullName);

    public ClusterSettings Read(ParseResult parse) => new()
    {
        ClusterId = parse.GetValue(ClusterId)!,
        Store = parse.GetValue(Postgres) is { Length: > 0 } ? ClusterStore.Postgres : ClusterStore.Local,
        Postgres = parse.GetValue(Postgres),
        StateFolder = parse.GetValue(State)!.FullName,
    };
}
