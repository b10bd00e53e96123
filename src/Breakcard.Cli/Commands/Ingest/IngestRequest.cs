namespace Breakcard.Cli.Commands.Ingest;

/// <summary>The options of one <c>breakcard ingest</c> run.</summary>
/// <param name="Input">File or folder to read.</param>
/// <param name="Mapping">Mapping file or shipped mapping name, for a CSV input.</param>
/// <param name="Kind">One of <see cref="IngestCommand.Kinds"/>.</param>
/// <param name="Out">Folder to write into.</param>
/// <param name="TimeZone">pacs.008 time zone.</param>
/// <param name="Rates">pacs.008 currency rates, "CCY=yuan".</param>
public sealed record IngestRequest(FileSystemInfo Input, string? Mapping, string Kind, DirectoryInfo Out, string TimeZone, IReadOnlyList<string> Rates);
