namespace Breakcard.Cluster.Hosting;

/// <summary>Where a cluster keeps its membership and its grain state.</summary>
public enum ClusterStore
{
    /// <summary>Embedded: localhost clustering (one primary silo) and grain state in a folder shared by the silos.</summary>
    Local = 1,

    /// <summary>PostgreSQL: membership (Orleans ADO.NET clustering) and grain state in one database.</summary>
    Postgres = 2,
}

/// <summary>How one silo or client joins a cluster.</summary>
public sealed record ClusterSettings
{
    /// <summary>Cluster id (silos and clients of one cluster share it).</summary>
    public string ClusterId { get; init; } = "breakcard";

    /// <summary>Membership and grain storage.</summary>
    public ClusterStore Store { get; init; } = ClusterStore.Local;

    /// <summary>The state folder (<see cref="ClusterStore.Local"/>).</summary>
    public string StateFolder { get; init; } = Path.Combine(Path.GetTempPath(), "breakcard-cluster");

    /// <summary>The PostgreSQL connection string (<see cref="ClusterStore.Postgres"/>).</summary>
    public string? Postgres { get; init; }

    /// <summary>This silo's port for silo-to-silo traffic.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>This silo's port for clients (gateways).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other silos and gateways reach this silo at (PostgreSQL membership; loopback for one machine).</summary>
    public string AdvertisedAddress { get; init; } = "127.0.0.1";

    /// <summary>The primary silo's port (<see cref="ClusterStore.Local"/> membership lives there).</summary>
    public int PrimarySiloPort { get; init; } = 11111;

    /// <summary>Gateway ports a client may connect to (<see cref="ClusterStore.Local"/>; with PostgreSQL clients find them in the membership table).</summary>
    public IReadOnlyList<int> GatewayPorts { get; init; } = [30000];

    /// <summary>A grain checkpoints after this many batches.</summary>
    public int CheckpointEveryBatches { get; init; } = 32;

    /// <summary>Where activations keep their working files (output files before they are checkpointed).</summary>
    public string ScratchFolder { get; init; } = Path.Combine(Path.GetTempPath(), "breakcard-cluster-scratch");

    /// <summary>Seconds without a heartbeat before a silo is declared dead (small on one machine, larger across a network).</summary>
    public int DeathSeconds { get; init; } = 6;
}
