using System.CommandLine;
using System.Globalization;
using System.Text;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Screening.Input;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;

namespace Breakcard.Cli.Commands.Screening;

/// <summary><c>breakcard screen ads FILE</c>: screens every ad in a file.</summary>
internal static class ScreenAdsCommand
{
    private const int Batch = 2_048;

    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Ads to screen: one per line (text), JSON Lines with id and text, or CSV with id,text." };
        var format = new Option<AdFileFormat?>("--format") { Description = "Input format: text, jsonl or csv (default: from the file extension)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write results here instead of standard output." };
        var outFormat = new Option<ResultFormat?>("--out-format") { Description = "Result format: text, jsonl or csv (default: from --out's extension, else text)." };
        var model = new Option<FileInfo>("--model") { Description = "A model saved by `breakcard screen train` (default: train the default model now)." }.MustExist();
        var threads = new Option<int>("--threads") { Description = "Threads to screen with.", DefaultValueFactory = _ => Environment.ProcessorCount }.InRange(1, 256);
        var flaggedOnly = new Option<bool>("--flagged-only") { Description = "Write only ads to review or reject." };
        var command = new Command("ads", "Screen ads; each result has a 0–100 risk score, a band, a platform action and reasons quoting the original phrase with their legal basis.")
        {
            file, format, output, outFormat, model, threads, flaggedOnly,
        };
        command.SetBody(cli, (parse, ct) => RunAsync(cli, parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(outFormat),
            parse.GetValue(model), parse.GetValue(threads), parse.GetValue(flaggedOnly), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, FileInfo file, AdFileFormat? format, FileInfo? output, ResultFormat? outFormat,
        FileInfo? modelFile, int threads, bool flaggedOnly, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new InvalidInputException(new InputError(file.FullName, null, null, "file not found"));
        }

        var inputFormat = format ?? AdFileFormats.FromFileName(file.Name);
        var resultFormat = outFormat ?? (output is null ? ResultFormat.Text : FormatOf(output.Name));
        using var model = ScreeningModels.LoadOrTrain(cli, modelFile);
        var screener = new AdScreener(TextNormaliser.Default, model);

        using var reader = new StreamReader(file.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        await using var sink = output is null ? null : new StreamWriter(output.FullName, false, new UTF8Encoding(false));
        var writer = new ResultWriter(sink ?? cli.Console.Profile.Out.Writer, resultFormat);
        var counts = new int[3];
        var rejected = 0;
        var batch = new List<AdRecord>(Batch);
        foreach (var input in AdFileReader.Read(reader, file.FullName, inputFormat))
        {
            if (input.Error is { } error)
            {
                rejected++;
                await cli.Error.WriteLineAsync(error.ToString()).ConfigureAwait(false);
                continue;
            }

            batch.Add(input.Record!);
            if (batch.Count == Batch)
            {
                ct.ThrowIfCancellationRequested();
                Flush(screener, batch, writer, counts, threads, flaggedOnly);
            }
        }

        Flush(screener, batch, writer, counts, threads, flaggedOnly);
        await cli.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Screened {counts.Sum():N0} ads: {counts[0]:N0} publish, {counts[1]:N0} review, {counts[2]:N0} reject and report{(rejected > 0 ? $"; {rejected:N0} records could not be read (listed above)" : "")}.")).ConfigureAwait(false);
        return rejected > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static void Flush(AdScreener screener, List<AdRecord> batch, ResultWriter writer, int[] counts, int threads, bool flaggedOnly)
    {
        var results = screener.ScreenMany([.. batch.Select(r => r.Text)], threads);
        for (var i = 0; i < results.Length; i++)
        {
            counts[(int)results[i].Band]++;
            if (!flaggedOnly || results[i].IsFlagged)
            {
                writer.Write(batch[i].Id, results[i]);
            }
        }

        batch.Clear();
    }

    private static ResultFormat FormatOf(string name) => AdFileFormats.FromFileName(name) switch
    {
        AdFileFormat.Jsonl => ResultFormat.Jsonl,
        AdFileFormat.Csv => ResultFormat.Csv,
        _ => ResultFormat.Text,
    };
}
