using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Commands.Tracing;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Core.Identifiers;
using Breakcard.Graph.Export;
using Breakcard.Graph.Tracing;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard trace</c>: follows money forward from a victim's transfer (or every transfer an
/// account made) or backward from a withdrawal (or every transfer an account received), under
/// FIFO or proportional apportioning, and prints the chain as layers with holders, amounts,
/// shares and cash-out points; writes trace.json, trace.graphml and trace.cytoscape.json.
/// </summary>
public static class TraceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var inputs = new InvestigationOptions();
        var fromTransaction = new Option<string?>("--from-transaction") { Description = "Start from this transaction (forward: the victim's transfer; backward: a withdrawal or transfer received)." };
        var fromAccount = new Option<string?>("--from-account") { Description = "Start from every transfer this account made (forward) or received (backward) in --since/--until." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "With --from-account: first instant, ISO 8601 with offset." };
        var until = new Option<DateTimeOffset?>("--until") { Description = "With --from-account: last instant, ISO 8601 with offset." };
        var direction = new Option<string>("--direction") { Description = "forward (where did the money go) or backward (whose money is this).", DefaultValueFactory = _ => "forward" };
        direction.AcceptOnlyFromAmong("forward", "backward");
        var limits = new TraceLimitOptions();
        var top = new Option<int>("--top") { Description = "Accounts printed per layer (all are written to --out).", DefaultValueFactory = _ => 10 }.InRange(1, 100_000);
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for trace.json, trace.graphml, trace.cytoscape.json (and quarantine.csv when records were rejected)." };
        var command = new Command("trace", "Trace a victim's money through the cards it passed (forward) or find whose money reached an account (backward): the fund chain as layers, with holders, amounts and cash-out points.");
        foreach (var o in inputs.All)
        {
            command.Options.Add(o);
        }

        foreach (var o in new Option[] { fromTransaction, fromAccount, since, until, direction }.Concat(limits.All).Concat([top, output]))
        {
            command.Options.Add(o);
        }

        command.Subcommands.Add(TraceEvaluateCommand.Create(cli));
        command.Validators.Add(r =>
        {
            if ((r.GetValue(fromTransaction) is null) == (r.GetValue(fromAccount) is null))
            {
                r.AddError("Give exactly one of --from-transaction and --from-account.");
            }
            else if (r.GetValue(fromTransaction) is not null && (r.GetValue(since) is not null || r.GetValue(until) is not null))
            {
                r.AddError("--since and --until go with --from-account.");
            }
        });
        command.SetBody(cli, (parse, ct) =>
        {
            var options = limits.Read(parse, parse.GetValue(direction) == "backward" ? TraceDirection.Backward : TraceDirection.Forward);
            var request = new TraceRequest(inputs.Read(parse), parse.GetValue(fromTransaction), parse.GetValue(fromAccount), parse.GetValue(since), parse.GetValue(until),
                options, parse.GetValue(top), parse.GetValue(output));
            return RunAsync(cli, request, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, TraceRequest request, CancellationToken ct)
    {
        var world = WorldLoader.Load(request.Input, keepEvents: false, ct);
        var start = StartOf(world, request);
        var tracer = new FundTracer(world.Transactions);
        TraceResult trace;
        try
        {
            trace = tracer.Trace(start, request.Options);
        }
        catch (ArgumentException ex) when (ex is not ArgumentOutOfRangeException)
        {
            throw new InvalidInputException(new InputError(request.FromAccount is null ? "--from-transaction" : "--from-account", null, null, ex.Message.Split(" (Parameter", 2)[0]), ex);
        }

        var context = new TraceExportContext(world.TransactionIds, world.Holders);
        TracePrinter.Print(cli, trace, context, request.Top);
        await InvestigationOutput.ReportQuarantineAsync(cli, "trace", world, request.Out).ConfigureAwait(false);
        if (request.Out is { } folder)
        {
            folder.Create();
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.json"), s => TraceJsonWriter.Write(s, trace, context));
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.graphml"), s => TraceGraphMlWriter.Write(s, trace, context));
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.cytoscape.json"), s => TraceCytoscapeWriter.Write(s, trace, context));
            cli.Console.WriteLine($"Wrote trace.json, trace.graphml and trace.cytoscape.json to {folder.FullName}");
        }

        return ExitCodes.Ok;
    }

    private static TraceStart StartOf(LoadedWorld world, TraceRequest request)
    {
        if (request.FromTransaction is { } id)
        {
            return world.TransactionIds.TryFind(id, out var edge)
                ? TraceStart.FromTransaction(edge)
                : throw new InvalidInputException(new InputError("--from-transaction", null, null, $"no transaction {id} in {string.Join(", ", world.Sources)}"));
        }

        var account = request.FromAccount!;
        if (!world.Transactions.Accounts.TryGetId(account, out var node))
        {
            throw new InvalidInputException(new InputError("--from-account", null, null, $"account {Masking.KeepEnds(account, 4, 4)} has no transaction in the input"));
        }

        if (request.Since is { } s && request.Until is { } u && u < s)
        {
            throw new InvalidInputException(new InputError("--until", null, null, string.Create(CultureInfo.InvariantCulture, $"{u:O} is before --since {s:O}")));
        }

        return TraceStart.FromAccount(node, request.Since, request.Until);
    }

    private sealed record TraceRequest(InvestigationInput Input, string? FromTransaction, string? FromAccount, DateTimeOffset? Since, DateTimeOffset? Until,
        TraceOptions Options, int Top, DirectoryInfo? Out);
}
