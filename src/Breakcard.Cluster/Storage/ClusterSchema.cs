using Npgsql;

namespace Breakcard.Cluster.Storage;

/// <summary>Applies the cluster's PostgreSQL schema scripts (embedded, idempotent) on silo start.</summary>
public static class ClusterSchema
{
    /// <summary>The scripts, in the order they are applied.</summary>
    public static IReadOnlyList<string> Scripts { get; } = ["grain-state.sql", "membership.sql"];

    /// <summary>The ADO.NET invariant Orleans uses for PostgreSQL.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Runs every script in one transaction under an advisory lock, so silos starting together do not race.</summary>
    public static async Task ApplyAsync(NpgsqlDataSource db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var connection = await db.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(287002)", connection, tx))
        {
            await lockCmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var name in Scripts)
        {
            await using var cmd = new NpgsqlCommand(Read(name), connection, tx);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The text of an embedded script.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(ClusterSchema).Assembly.GetManifestResourceStream("Breakcard.Cluster.Schema." + name)
            ?? throw new InvalidOperationException("schema script missing from the build: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
