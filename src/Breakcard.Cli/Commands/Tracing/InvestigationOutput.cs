using Breakcard.Cli.Infrastructure;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>Writing investigation files, and telling the user about rejected records.</summary>
internal static class InvestigationOutput
{
    /// <summary>Writes a file under a temporary name and renames it when complete, so a failed run leaves no half file.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Says how many records were rejected and shows the first few errors (file, line, field,
    /// reason — never the record, which may hold personal data); writes them all to
    /// quarantine.csv in <paramref name="folder"/> when one is given.
    /// </summary>
    public static async Task ReportQuarantineAsync(CliContext cli, string command, LoadedWorld world, DirectoryInfo? folder)
    {
        var records = world.Quarantine.Records;
        if (records.Count == 0)
        {
            return;
        }

        await cli.Error.WriteLineAsync($"breakcard {command}: {records.Count:N0} record(s) rejected and left out{(folder is null ? " (give --out to keep them in quarantine.csv)" : $"; all are in {Path.Combine(folder.FullName, "quarantine.csv")}")}:").ConfigureAwait(false);
        foreach (var r in records.Take(5))
        {
            await cli.Error.WriteLineAsync("  " + r.Error).ConfigureAwait(false);
        }

        if (folder is not null)
        {
            folder.Create();
            var path = Path.Combine(folder.FullName, "quarantine.csv");
            using var writer = QuarantineCsvWriter.Create(path);
            foreach (var r in records)
            {
                writer.Add(r);
            }
        }
    }
}
