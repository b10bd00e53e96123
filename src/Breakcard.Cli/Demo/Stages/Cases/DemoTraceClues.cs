using System.Globalization;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Core.Errors;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages.Cases;

/// <summary>
/// The demo's step from tracing to cases: the tracing stage's chain (tracing/trace.json, the
/// deepest victim chain) imported as clues exactly as <c>breakcard clue import --trace</c> does.
/// Accounts that already have an open clue from the alerts get the trace recorded against it.
/// </summary>
internal static class DemoTraceClues
{
    /// <summary>What the step did, in one line for the report, and the clues it raised.</summary>
    public sealed record Outcome(string Message, int Created, int Merged);

    public static async Task<Outcome> ImportAsync(string tracePath, CaseSystem system, Caller analyst, IAnsiConsole console, CancellationToken ct)
    {
        if (!File.Exists(tracePath))
        {
            var absent = $"No fund-chain trace at tracing/trace.json (the tracing stage has not run), so no clues come from traces.";
            console.MarkupLineInterpolated($"[yellow]{absent}[/]");
            return new Outcome(absent, 0, 0);
        }

        TraceFileRead read;
        try
        {
            read = TraceFileReader.ReadFile(tracePath, "tracing/trace.json");
        }
        catch (InvalidInputException e)
        {
            var rejected = $"tracing/trace.json was rejected, so no clues come from it: {e.Error}";
            console.MarkupLineInterpolated($"[yellow]{rejected}[/]");
            return new Outcome(rejected, 0, 0);
        }

        var clues = TraceClueBuilder.Build(read);
        var result = clues.Count == 0 ? new ClueImportResult([], []) : await system.Clues.ImportTraceAsync(analyst, clues, ct).ConfigureAwait(false);
        TraceClueImport.Report(console, read, clues.Count, result);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"The deepest victim chain of the tracing stage (tracing/trace.json, {read.Total} through {read.Depth} layers) became {result.Created.Count:N0} clue(s), one per account the money passed through; {result.Merged.Count:N0} account(s) already had an open clue from the alerts and the trace was recorded against it.");
        return new Outcome(message, result.Created.Count, result.Merged.Count);
    }
}
