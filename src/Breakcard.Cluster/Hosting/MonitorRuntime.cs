using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Hosting;

/// <summary>
/// What every silo needs to host a stream's engine: the reference data (a fresh copy per
/// activation, because interning new keys mutates it), the detection options and the risk model.
/// All silos of a cluster must be given the same ones: a checkpoint refuses to restore into an
/// engine with other options, another model or other reference data.
/// </summary>
public sealed class MonitorRuntime
{
    /// <summary>Creates the runtime.</summary>
    public MonitorRuntime(Func<string, DateOnly, ReferenceData> reference, DetectionOptions options, Func<DetectionOptions, IRiskModel> model, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        Reference = reference;
        Options = options;
        Model = model;
        Settings = settings;
        // What the factory makes, asked once: shards report it to the gateway (ADR 0327).
        var sample = model(options);
        ModelIdentity = sample.Identity;
        (sample as IDisposable)?.Dispose();
    }

    /// <summary>
    /// Reference data for a stream, by stream name and the stream's first local day (ages are taken
    /// on it); a new, unshared instance each call.
    /// </summary>
    public Func<string, DateOnly, ReferenceData> Reference { get; }

    /// <summary>Detection options.</summary>
    public DetectionOptions Options { get; }

    /// <summary>Makes the risk model for the options (a new instance per engine: a learned model's are not thread safe).</summary>
    public Func<DetectionOptions, IRiskModel> Model { get; }

    /// <summary>The <see cref="IRiskModel.Identity"/> of the models <see cref="Model"/> makes ("points", or a learned model's algorithm and file fingerprint).</summary>
    public string ModelIdentity { get; }

    /// <summary>Cluster settings (checkpoint interval, scratch folder).</summary>
    public ClusterSettings Settings { get; }

    /// <summary>The points model with reference data learned from events only (no entity files).</summary>
    public static MonitorRuntime EventsOnly(ClusterSettings settings) => EventsOnly(settings, DetectionOptions.Default);

    /// <summary>The points model with reference data learned from events only, under <paramref name="options"/>.</summary>
    public static MonitorRuntime EventsOnly(ClusterSettings settings, DetectionOptions options) => EventsOnly(settings, options, o => new PointsModel(o));

    /// <summary>Reference data learned from events only, under <paramref name="options"/>, with the models <paramref name="model"/> makes.</summary>
    public static MonitorRuntime EventsOnly(ClusterSettings settings, DetectionOptions options, Func<DetectionOptions, IRiskModel> model) =>
        new((_, _) => ReferenceData.Empty(), options, model, settings);

    /// <summary>The points model over a world's entity files.</summary>
    public static MonitorRuntime OverWorld(WorldReference world, ClusterSettings settings) => OverWorld(world, settings, DetectionOptions.Default);

    /// <summary>The points model over a world's entity files, under <paramref name="options"/>.</summary>
    public static MonitorRuntime OverWorld(WorldReference world, ClusterSettings settings, DetectionOptions options) => OverWorld(world, settings, options, o => new PointsModel(o));

    /// <summary>A world's entity files, under <paramref name="options"/>, with the models <paramref name="model"/> makes.</summary>
    public static MonitorRuntime OverWorld(WorldReference world, ClusterSettings settings, DetectionOptions options, Func<DetectionOptions, IRiskModel> model)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new((_, asOf) => world.Build(asOf), options, model, settings);
    }
}
