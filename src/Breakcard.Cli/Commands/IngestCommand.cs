using System.CommandLine;
using Breakcard.Cli.Commands.Ingest;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard ingest</c>: reads any supported input — Breakcard's own files or folder, a CSV
/// through a column mapping (AMLSim, AMLworld, a bank's export), JSON Lines, ISO 20022 pacs.008 —
/// and writes it normalised as Breakcard's events.jsonl, with quarantine.csv, labels.csv (when
/// the source carries labels) and ingest.json, printing the counts.
/// </summary>
public static class IngestCommand
{
    /// <summary>The values of --kind.</summary>
    public static readonly string[] Kinds = ["auto", "transactions", "calls", "sms", "logins", "pacs008", "jsonl"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var input = new Option<FileSystemInfo>("--input") { Description = "A file, or a Breakcard world folder (events.jsonl or transactions/calls/sms/logins.csv).", Required = true }.MustExist();
        var mapping = new Option<string?>("--mapping") { Description = "A column mapping (JSON file, or a shipped one: amlsim, amlworld, breakcard-calls, breakcard-sms) for a CSV input." };
        var kind = new Option<string>("--kind") { Description = "What the input is; auto decides from the file name or content.", DefaultValueFactory = _ => "auto" };
        kind.AcceptOnlyFromAmong(Kinds);
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for events.jsonl, quarantine.csv, labels.csv and ingest.json.", Required = true };
        var timeZone = new Option<string>("--time-zone") { Description = "pacs.008: zone of times without a UTC offset and of settlement dates (\"+08:00\", \"UTC\", \"Asia/Shanghai\").", DefaultValueFactory = _ => "UTC" };
        timeZone.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } zone && Breakcard.Ingest.IngestOptions.CheckTimeZone(zone) is { } error)
            {
                r.AddError($"Option '--time-zone': {error}.");
            }
        });
        var rates = new Option<string[]>("--rate") { Description = "pacs.008: yuan per unit of a currency, e.g. --rate USD=7.1025 (repeatable). Other non-CNY amounts are quarantined.", AllowMultipleArgumentsPerToken = false };
        rates.Validators.Add(r =>
        {
            foreach (var token in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (IngestRun.ParseRate(token, out _, out _) is { } error)
                {
                    r.AddError($"Option '--rate': {error}.");
                }
            }
        });

        var command = new Command("ingest", "Read bank, operator, public-dataset or ISO 20022 input, validate every field, quarantine bad records, and write Breakcard's events.jsonl.")
        {
            input, mapping, kind, output, timeZone, rates,
        };
        command.SetBody(cli, (parse, ct) => IngestRun.RunAsync(cli, new IngestRequest(
            parse.GetValue(input)!, parse.GetValue(mapping), parse.GetValue(kind)!, parse.GetValue(output)!, parse.GetValue(timeZone)!, parse.GetValue(rates) ?? []), ct));
        return command;
    }
}
