using System.Globalization;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Breakcard.Cluster.Storage;

/// <summary>
/// Grain state in PostgreSQL (table <c>breakcard_grain_state</c>, created by
/// <see cref="ClusterSchema"/>): every silo of the cluster, on any machine, reads the same
/// checkpoints. Writes are conditional on the version the writer read (ADR 0111).
/// </summary>
public sealed class PostgresGrainStorage : IGrainStorage
{
    private readonly NpgsqlDataSource _db;
    private readonly Serializer _serializer;
    private readonly string _serviceId;

    /// <summary>Stores through <paramref name="db"/>.</summary>
    public PostgresGrainStorage(NpgsqlDataSource db, Serializer serializer, string serviceId)
    {
        _db = db;
        _serializer = serializer;
        _serviceId = serviceId;
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var cmd = _db.CreateCommand("SELECT version, payload FROM breakcard_grain_state WHERE service_id = $1 AND grain_id = $2 AND state_name = $3");
        cmd.Parameters.AddWithValue(_serviceId);
        cmd.Parameters.AddWithValue(grainId.ToString());
        cmd.Parameters.AddWithValue(stateName);
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        grainState.State = _serializer.Deserialize<T>(reader.GetFieldValue<byte[]>(1));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = _serializer.SerializeToArray(grainState.State);
        NpgsqlCommand cmd;
        long version;
        if (grainState.ETag is null)
        {
            version = 1;
            cmd = _db.CreateCommand("INSERT INTO breakcard_grain_state (service_id, grain_id, state_name, version, payload) VALUES ($1, $2, $3, 1, $4) ON CONFLICT DO NOTHING");
            cmd.Parameters.AddWithValue(_serviceId);
            cmd.Parameters.AddWithValue(grainId.ToString());
            cmd.Parameters.AddWithValue(stateName);
            cmd.Parameters.AddWithValue(payload);
        }
        else
        {
            var expected = long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
            version = expected + 1;
            cmd = _db.CreateCommand("UPDATE breakcard_grain_state SET version = $4, payload = $5, written_at = now() WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 AND version = $6");
            cmd.Parameters.AddWithValue(_serviceId);
            cmd.Parameters.AddWithValue(grainId.ToString());
            cmd.Parameters.AddWithValue(stateName);
            cmd.Parameters.AddWithValue(version);
            cmd.Parameters.AddWithValue(payload);
            cmd.Parameters.AddWithValue(expected);
        }

        await using (cmd)
        {
            if (await cmd.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                throw new InconsistentStateException($"grain state {stateName} of {grainId} was written by another activation", null, grainState.ETag);
            }
        }

        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var cmd = _db.CreateCommand("DELETE FROM breakcard_grain_state WHERE service_id = $1 AND grain_id = $2 AND state_name = $3");
        cmd.Parameters.AddWithValue(_serviceId);
        cmd.Parameters.AddWithValue(grainId.ToString());
        cmd.Parameters.AddWithValue(stateName);
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }
}
