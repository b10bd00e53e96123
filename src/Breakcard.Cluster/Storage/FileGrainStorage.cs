using System.Globalization;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Breakcard.Cluster.Storage;

/// <summary>
/// Grain state as files in a folder every silo of a one-machine cluster can reach (the embedded
/// default). Each write goes to a temporary file renamed over the old one (atomic), and succeeds
/// only if the stored version is still the one the writer read: a stale activation cannot
/// overwrite a newer checkpoint. The version (the ETag) is kept in the file name's companion.
/// </summary>
public sealed class FileGrainStorage : IGrainStorage
{
    private readonly string _folder;
    private readonly Serializer _serializer;
    private readonly Lock _gate = new();

    /// <summary>Stores under <paramref name="folder"/>.</summary>
    public FileGrainStorage(string folder, Serializer serializer)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
        _serializer = serializer;
        Directory.CreateDirectory(folder);
    }

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        var (version, payload) = Read(path);
        grainState.State = _serializer.Deserialize<T>(payload);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        var payload = _serializer.SerializeToArray(grainState.State);
        lock (_gate)
        {
            var stored = File.Exists(path) ? Read(path).Version : (long?)null;
            var expected = grainState.ETag is null ? (long?)null : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
            if (stored != expected)
            {
                throw new InconsistentStateException($"grain state {stateName} of {grainId} was written by another activation", stored?.ToString(CultureInfo.InvariantCulture), grainState.ETag);
            }

            var version = (stored ?? 0) + 1;
            var temp = path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(version);
                writer.Write(payload.Length);
                writer.Write(payload);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    private static (long Version, byte[] Payload) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = new BinaryReader(stream);
        var version = reader.ReadInt64();
        var length = reader.ReadInt32();
        var payload = reader.ReadBytes(length);
        if (payload.Length != length)
        {
            throw new InvalidDataException($"{path} ends early: grain state damaged");
        }

        return (version, payload);
    }

    private string PathOf(string stateName, GrainId grainId)
    {
        var name = stateName + "_" + grainId.ToString();
        return Path.Combine(_folder, string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".state");
    }
}
