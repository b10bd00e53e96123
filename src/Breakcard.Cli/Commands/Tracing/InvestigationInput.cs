namespace Breakcard.Cli.Commands.Tracing;

/// <summary>What <c>trace</c> and <c>links</c> read.</summary>
/// <param name="Input">A world folder (events.jsonl or the CSV event files), or one event file.</param>
/// <param name="Mapping">Column mapping for a CSV event file that is not Breakcard's own.</param>
/// <param name="Reference">Folder with the reference files (people, companies, accounts, phones, devices, links); default: the input folder.</param>
/// <param name="Confirmed">Accounts confirmed as mules (by police or a review), one per line.</param>
internal sealed record InvestigationInput(FileSystemInfo Input, string? Mapping, DirectoryInfo? Reference, FileInfo? Confirmed)
{
    /// <summary>The reference folder to read, or null when there is none.</summary>
    public string? ReferenceFolder => Reference?.FullName ?? (Input is DirectoryInfo d ? d.FullName : null);
}
