using Breakcard.Core.Errors;

namespace Breakcard.Judgments.Reading;

/// <summary>
/// The one type in this project that touches the file system: it lists judgment files and reads
/// their bytes, and leaves decoding, format detection and splitting to
/// <see cref="JudgmentSources"/>. Gold-label files (<c>*.expected.json</c>) are skipped.
/// </summary>
public static class JudgmentFileReader
{
    /// <summary>File name suffix of gold-label files, which are never read as judgments.</summary>
    public const string ExpectedSuffix = ".expected.json";

    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

    /// <summary>
    /// The judgment files under <paramref name="path"/> (a directory, searched recursively, in
    /// ordinal path order so results are reproducible; or a single file).
    /// </summary>
    public static IReadOnlyList<string> ListFiles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such file or directory"));
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(static f => IsJudgmentFile(f))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>True for a file with a judgment extension that is not a gold-label file.</summary>
    public static bool IsJudgmentFile(string path) =>
        !path.EndsWith(ExpectedSuffix, StringComparison.OrdinalIgnoreCase)
        && Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads one file. <paramref name="displayName"/> (for example the path relative to the corpus
    /// root) names its judgments and problems; the full path is used when it is null.
    /// </summary>
    public static IReadOnlyList<ReadResult> ReadFile(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(new InputError(name, null, null, "cannot read the file: " + ex.Message))];
        }

        return JudgmentSources.FromBytes(name, bytes);
    }

    /// <summary>Reads every judgment file under <paramref name="root"/>, naming each by its path relative to the root.</summary>
    public static IEnumerable<ReadResult> ReadAll(string root)
    {
        // Listing is eager so that a missing folder is reported here, not inside a consumer's loop.
        var files = ListFiles(root);
        return ReadFiles(root, files);
    }

    private static IEnumerable<ReadResult> ReadFiles(string root, IReadOnlyList<string> files)
    {
        var isFile = File.Exists(root);
        foreach (var file in files)
        {
            var relative = isFile ? Path.GetFileName(file) : Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (var r in ReadFile(file, relative))
            {
                yield return r;
            }
        }
    }
}
