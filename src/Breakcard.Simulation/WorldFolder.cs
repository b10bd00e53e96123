using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;

namespace Breakcard.Simulation;

/// <summary>
/// Checks and prepares a folder to receive a world. A folder is accepted when it does not exist,
/// is empty, or holds an earlier world (a readable manifest.json), whose listed files are then
/// removed first so no stale file survives a change of format. Anything else is refused: the
/// simulator never overwrites files it did not write.
/// </summary>
public static class WorldFolder
{
    /// <summary>Prepares <paramref name="path"/>; throws <see cref="InvalidInputException"/> saying why it cannot be used.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="source">How the user named it, for messages (for example "--out").</param>
    public static void Prepare(string path, string source)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            throw new InvalidInputException(new InputError(source, null, null, $"'{path}' is a file; give a folder for the world."));
        }

        if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path);
            return;
        }

        if (!Directory.EnumerateFileSystemEntries(path).Any())
        {
            return;
        }

        if (!File.Exists(Path.Combine(path, EntitySchema.ManifestJson)))
        {
            throw new InvalidInputException(new InputError(source, null, null,
                $"'{path}' is not empty and holds no Breakcard world ({EntitySchema.ManifestJson}); give a new or empty folder."));
        }

        Remove(path, source);
    }

    /// <summary>Deletes the world in <paramref name="path"/>: the files its manifest lists, the manifest,
    /// and the truth folder if that leaves it empty. Other files are left alone.</summary>
    /// <param name="path">The world folder.</param>
    /// <param name="source">How the user named it, for messages.</param>
    public static void Remove(string path, string source)
    {
        ArgumentNullException.ThrowIfNull(path);
        var manifest = Path.Combine(path, EntitySchema.ManifestJson);
        if (!File.Exists(manifest))
        {
            return;
        }

        foreach (var file in ListedFiles(manifest, source))
        {
            var full = Path.GetFullPath(Path.Combine(path, file));
            if (!full.StartsWith(Path.GetFullPath(path), StringComparison.Ordinal))
            {
                throw new InvalidInputException(new InputError(manifest, null, "files", "lists a path outside the world folder."));
            }

            File.Delete(full);
        }

        File.Delete(manifest);
        var truth = Path.Combine(path, Core.Truth.TruthSchema.Folder);
        if (Directory.Exists(truth) && !Directory.EnumerateFileSystemEntries(truth).Any())
        {
            Directory.Delete(truth);
        }
    }

    private static List<string> ListedFiles(string manifest, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var files = new List<string>();
            foreach (var f in doc.RootElement.GetProperty("files").EnumerateArray())
            {
                files.Add(f.GetProperty("path").GetString() ?? throw new JsonException("A file has no path."));
            }

            return files;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidInputException(new InputError(manifest, null, null,
                $"is not a Breakcard manifest ({ex.Message}); {source} must name a new, empty or earlier world folder."), ex);
        }
    }
}
