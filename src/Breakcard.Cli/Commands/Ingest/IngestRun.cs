using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Ingest;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Output;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Ingest;

/// <summary>
/// Runs <c>breakcard ingest</c>. Every input is opened — and so validated whole — before any
/// output exists; outputs are written under temporary names and renamed only when everything
/// was read, so a failed or cancelled run leaves the output folder as it was.
/// </summary>
internal static class IngestRun
{
    public const string QuarantineCsv = "quarantine.csv";
    public const string LabelsCsv = "labels.csv";
    public const string SummaryJson = "ingest.json";

    public static async Task<int> RunAsync(CliContext cli, IngestRequest request, CancellationToken cancellationToken)
    {
        var rates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in request.Rates)
        {
            ParseRate(token, out var code, out var rate);
            rates[code] = rate;
        }

        var options = new IngestOptions { Pacs008TimeZone = request.TimeZone, CurrencyRates = rates };
        var outputs = new OutputFiles(request.Out);
        GuardAgainstOverwritingInput(request.Input, outputs);
        var quarantine = new DeferredQuarantine();
        var duplicates = new DuplicateTracker();
        var (readers, notes) = Open(request, quarantine, options, duplicates);
        using var reader = readers.Count == 1 ? readers[0] : new MergedEventReader(readers);
        foreach (var note in notes)
        {
            await cli.Error.WriteLineAsync($"breakcard ingest: note: {note}").ConfigureAwait(false);
        }

        long labels;
        using (outputs)
        {
            labels = outputs.Write(reader, quarantine, cancellationToken);
            outputs.Commit(reader.Counts, reader.Source);
        }

        IngestSummary.Print(cli, reader.Source, request.Out, reader.Counts, labels);
        if (reader.Counts.RecordsRead > 0 && reader.Counts.RecordsAccepted == 0 && reader.Counts.Skipped < reader.Counts.RecordsRead)
        {
            await cli.Error.WriteLineAsync("breakcard ingest: warning: no record was accepted; see quarantine.csv (is the mapping right?)").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Parses "CCY=7.1025"; returns why it cannot, or null.</summary>
    public static string? ParseRate(string token, out string code, out string rate)
    {
        ArgumentNullException.ThrowIfNull(token);
        var eq = token.IndexOf('=', StringComparison.Ordinal);
        code = eq > 0 ? token[..eq] : "";
        rate = eq > 0 ? token[(eq + 1)..] : "";
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            return $"\"{token}\" is not CODE=RATE with a three-letter ISO 4217 code, e.g. USD=7.1025";
        }

        return IngestOptions.CheckRate(rate);
    }

    /// <summary>
    /// Opens (and so validates) the input's readers. With <paramref name="parallel"/> the files of a
    /// folder are validated side by side; give each reader its own duplicate tracker then (null).
    /// </summary>
    internal static (IReadOnlyList<EventReader> Readers, IReadOnlyList<string> Notes) Open(IngestRequest request, IQuarantineSink quarantine, IngestOptions options,
        DuplicateTracker? duplicates, bool parallel = false)
    {
        var path = request.Input.FullName;
        if (request.Input is DirectoryInfo)
        {
            if (request.Mapping is not null)
            {
                throw new InvalidInputException(new InputError(path, null, null, "--mapping reads one CSV file; give that file as --input, not a folder"));
            }

            var only = request.Kind == "auto" ? (InputFormat?)null : FormatOf(request.Kind, path);
            var folder = EventFolder.Find(path, only);
            if (folder.Files.Count == 0)
            {
                throw new InvalidInputException(new InputError(path, null, null,
                    $"no Breakcard event files here (expected {EventSchema.EventsJsonl}, {EventSchema.TransactionsCsv}, {EventSchema.CallsCsv}, {EventSchema.SmsCsv} or {EventSchema.LoginsCsv})"));
            }

            var notes = folder.Ignored.Count == 0 ? [] : new[]
            {
                $"{EventSchema.EventsJsonl} holds every event, so {string.Join(", ", folder.Ignored.Select(Path.GetFileName))} were not read (give one as --input to read it instead)",
            };
            var openers = folder.Files.Select(f => (Func<EventReader>)(() => EventReaders.Open(f.Path, f.Format, quarantine, options, duplicates))).ToList();
            return (parallel ? OpenAllSideBySide(openers) : OpenAll(openers), notes);
        }

        if (request.Mapping is not null)
        {
            var mapping = ColumnMapping.Load(request.Mapping);
            var kindText = MappingKindText(mapping.Kind);
            if (request.Kind != "auto" && request.Kind != kindText)
            {
                throw new InvalidInputException(new InputError(request.Mapping, null, "$.kind", $"the mapping reads {kindText}, but --kind says {request.Kind}"));
            }

            return ([EventReaders.Open(path, mapping, quarantine, options, duplicates)], []);
        }

        var format = request.Kind == "auto"
            ? EventReaders.Detect(path) ?? EventReaders.Sniff(path) ?? throw new InvalidInputException(new InputError(path, null, null,
                "cannot tell what this file is: Breakcard's CSV files are named transactions.csv, calls.csv, sms.csv or logins.csv; other CSV files need --mapping; or say --kind"))
            : FormatOf(request.Kind, path);
        return ([EventReaders.Open(path, format, quarantine, options, duplicates)], []);
    }

    /// <summary>Opens (and so validates) every reader before returning any; disposes those already open when one fails.</summary>
    private static List<EventReader> OpenAll(IEnumerable<Func<EventReader>> openers)
    {
        var readers = new List<EventReader>();
        try
        {
            foreach (var open in openers)
            {
                readers.Add(open());
            }

            return readers;
        }
        catch
        {
            readers.ForEach(r => r.Dispose());
            throw;
        }
    }

    /// <summary>
    /// Opens every reader on its own thread; when any fails, disposes the others and throws the
    /// failure of the first failing file in order — the error a sequential open would have shown.
    /// </summary>
    private static List<EventReader> OpenAllSideBySide(IReadOnlyList<Func<EventReader>> openers)
    {
        var tasks = openers.Select(open => Task.Run(open)).ToArray();
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            foreach (var task in tasks.Where(t => t.IsCompletedSuccessfully))
            {
                task.Result.Dispose();
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(tasks.First(t => !t.IsCompletedSuccessfully).Exception!.InnerException!);
        }

        return [.. tasks.Select(t => t.Result)];
    }

    private static InputFormat FormatOf(string kind, string path) => kind switch
    {
        "transactions" => InputFormat.Transactions,
        "calls" => InputFormat.Calls,
        "sms" => InputFormat.Sms,
        "logins" => InputFormat.Logins,
        "jsonl" => InputFormat.Jsonl,
        "pacs008" => InputFormat.Pacs008,
        _ => throw new InvalidInputException(new InputError(path, null, null, $"unknown kind \"{kind}\"")),
    };

    private static string MappingKindText(IngestEventKind kind) => kind switch
    {
        IngestEventKind.Transaction => "transactions",
        IngestEventKind.Call => "calls",
        IngestEventKind.Sms => "sms",
        _ => "logins",
    };

    private static void GuardAgainstOverwritingInput(FileSystemInfo input, OutputFiles outputs)
    {
        var inputPath = Path.TrimEndingDirectorySeparator(input.FullName);
        var clash = input is DirectoryInfo
            ? string.Equals(inputPath, Path.TrimEndingDirectorySeparator(outputs.Folder.FullName), StringComparison.Ordinal)
            : outputs.Paths.Any(p => string.Equals(p, inputPath, StringComparison.Ordinal));
        if (clash)
        {
            throw new InvalidInputException(new InputError(outputs.Folder.FullName, null, null,
                "--out would overwrite the input; choose another output folder"));
        }
    }

    internal static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
