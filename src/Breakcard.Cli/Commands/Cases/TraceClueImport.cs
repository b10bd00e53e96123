using System.Globalization;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Services;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>
/// <c>breakcard clue import --trace FILE</c>: a forward fund chain as clues of the caller's
/// institution, one per account the money passed through, each with the whole chain. The file is
/// checked in full first: a bad field rejects it (file, line, field) and nothing is imported.
/// </summary>
internal static class TraceClueImport
{
    public static async Task<int> RunAsync(CaseSession s, FileInfo file, decimal minYuan, int? top, CancellationToken ct)
    {
        if (top is < 1)
        {
            throw CaseCli.Invalid("--top", "must be at least 1");
        }

        var read = TraceFileReader.ReadFile(file.FullName, file.ToString());
        var clues = TraceClueBuilder.Build(read, Money.FromFen((long)Math.Round(minYuan * 100m, MidpointRounding.AwayFromZero)), top);
        var result = clues.Count == 0 ? new ClueImportResult([], []) : await s.System.Clues.ImportTraceAsync(s.Caller, clues, ct).ConfigureAwait(false);
        Report(s.Cli.Console, read, clues.Count, result);
        return ExitCodes.Ok;
    }

    /// <summary>Prints what was read and raised; shared with the demo's cases stage.</summary>
    public static void Report(IAnsiConsole console, TraceFileRead read, int selected, ClueImportResult result)
    {
        var beyond = read.Accounts.Count(a => a.Layer > 0);
        var cash = read.Accounts.Count(a => a.Layer > 0 && a.IsCashPoint);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{read.Source}: trace {read.TraceRef}, {read.Total} traced through {read.Depth} layer(s)");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{beyond:N0} account(s) and cash point(s) beyond the start ({cash:N0} cash); {selected:N0} account(s) selected");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"raised {result.Created.Count:N0} clue(s){(result.Created.Count > 0 ? $" ({result.Created[0].Id} … {result.Created[^1].Id})" : "")}; {result.Merged.Count:N0} account(s) already had an open clue and the trace was recorded against it");
        if (result.Created.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("clue", "subject", "layer", "received", "reasons");
        var byClue = result.Created.Take(10);
        foreach (var c in byClue)
        {
            var layer = c.Content.Chain!.Layers.First(l => l.Nodes.Any(n => n.Account.Account == c.Content.Subject));
            var received = layer.Nodes.First(n => n.Account.Account == c.Content.Subject).Traced;
            table.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Content.Subject.Masked), layer.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(received.ToString()), Markup.Escape(string.Join(", ", c.Content.Reasons.Select(r => r.Code))));
        }

        console.Write(table);
    }
}
