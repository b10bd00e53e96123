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
    }

    /// <summary>
    /// Reference data for a stream, by stream name and the stream's first local day (ages are taken
    /// on it); a new, unshared instance each call.
    /// </summary>
    public Func<string, DateOnly, ReferenceData> Reference { get; }

    /// <summary>Detection options.</summary>
    public DetectionOptions Options { get; }

    /// <summary>Makes the risk model for the options.</summary>
    public Func<DetectionOptions, IRiskModel> Model { get; }

    /// <summary>Cluster settings (checkpoint interval, scratch folder).</summary>
    public ClusterSettings Settings { get; }

    /// <summary>The points model with reference data learned from events only (no entity files).</summary>
    public static MonitorRuntime EventsOnly(ClusterSettings settings) => EventsOnly(settings, DetectionOptions.Default);

    /// <summary>The points model with reference data learned from events only, under <paramref name="options"/>.</summary>
    public static MonitorRuntime EventsOnly(ClusterSettings settings, DetectionOptions options) =>
        new((_, _) => ReferenceData.Empty(), options, o => new PointsModel(o), settings);

    /// <summary>The points model over a world's entity files.</summary>
    public static MonitorRuntime OverWorld(WorldReference world, ClusterSettings settings) => OverWorld(world, settings, DetectionOptions.Default);

    /// <summary>The points model over a world's entity files, under <paramref name="options"/>.</summary>
    public static MonitorRuntime OverWorld(WorldReference world, ClusterSettings settings, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new((_, asOf) => world.Build(asOf), options, o => new PointsModel(o), settings);
    }
}
