namespace Breakcard.Cluster.Hosting;

/// <summary>Names shared by silos and clients.</summary>
public static class ClusterNames
{
    /// <summary>The grain storage provider that holds checkpoints.</summary>
    public const string Storage = "breakcard";

    /// <summary>Orleans service id (grain state is keyed by it).</summary>
    public const string ServiceId = "breakcard-monitor";
}
