using System.Diagnostics;
using TraceOptions = Breakcard.Graph.Tracing.TraceOptions;
using System.Globalization;
using System.Text.Json;
using Breakcard.Cli.Commands.Tracing;
using Breakcard.Cli.Demo.Stages.Tracing;
using Breakcard.Cli.Reporting;
using Breakcard.Graph.Export;
using Breakcard.Graph.Tracing;
using Breakcard.Ingest.Quarantine;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// Fund-chain tracing in the demo: reads the simulated city through the Ingest readers, traces
/// every victim payment forward (standing-balance FIFO), runs the link analysis (rings, card dealers, shell
/// factories), scores both against the ground truth, prints the deepest chain and the largest
/// rings, and writes them under <c>&lt;work&gt;/tracing</c>. When the monitoring stage left
/// alerts, the alerted accounts are traced forward too.
/// </summary>
public sealed class TracingStage : IDemoStage
{
    /// <inheritdoc />
    public string Name => "trace";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var world = context.World ?? throw new InvalidOperationException("The tracing stage needs the simulated world.");
        var console = context.Cli.Console;
        var clock = Stopwatch.StartNew();
        var loaded = WorldLoader.Load(new InvestigationInput(new DirectoryInfo(world.Folder), null, null, null), keepEvents: false, cancellationToken, skipTelecom: true);
        var load = clock.Elapsed;
        var truthQuarantine = new QuarantineList();
        var truth = TracingTruth.Read(world.Folder, truthQuarantine, cancellationToken);
        var options = new TraceOptions();
        var (traces, score) = TracingEvaluation.TraceVictims(loaded, truth, options, cancellationToken);
        clock.Restart();
        var links = LinkAnalysis.Run(loaded);
        var linkTime = clock.Elapsed;
        var linkScore = TracingEvaluation.ScoreLinks(links, truth);

        var folder = Directory.CreateDirectory(context.PathOf("tracing"));
        var exportContext = new TraceExportContext(loaded.TransactionIds, loaded.Holders);
        // The chain shown is the deepest (then the largest): the one that shows layering best.
        var shown = traces.OrderByDescending(t => t.Trace.Layers.Count).ThenByDescending(t => t.Trace.TotalAmount.Fen).ThenBy(t => t.Source, StringComparer.Ordinal).FirstOrDefault();
        if (shown.Trace is { } chain)
        {
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.json"), s => TraceJsonWriter.Write(s, chain, exportContext));
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.graphml"), s => TraceGraphMlWriter.Write(s, chain, exportContext));
            InvestigationOutput.WriteFile(Path.Combine(folder.FullName, "trace.cytoscape.json"), s => TraceCytoscapeWriter.Write(s, chain, exportContext));
        }

        var linksFile = Path.Combine(folder.FullName, LinkAnalysis.FileName);
        InvestigationOutput.WriteFile(linksFile, links.WriteJson);
        var alerts = AlertSeeds(context, loaded, options);

        console.MarkupLineInterpolated(
            $"Read {loaded.Events:N0} events into {loaded.Transactions.EdgeCount:N0} transfers between {loaded.Transactions.AccountCount:N0} accounts and {loaded.Entities.NodeCount:N0} linked entities in {Seconds(load)}; {loaded.Quarantine.Records.Count + truthQuarantine.Records.Count:N0} records rejected");
        if (shown.Trace is { } deepest)
        {
            console.MarkupLineInterpolated($"[bold]The deepest victim chain ({shown.Source}), traced forward:[/]");
            TracePrinter.Print(context.Cli, deepest, exportContext, 5);
        }

        console.WriteLine("Where the victims' money ended: " + OutcomeText(score));
        console.Write(ScoreTable(score, linkScore));
        console.Write(RingTable(links, 5));
        console.WriteLine(alerts.Message);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{score.Victims:N0} traces, median {score.MedianTraceMs:0.00} ms each; link analysis {Seconds(linkTime)}. Files: {folder.FullName}"));

        context.Tracing = new TracingStageResult(folder.FullName, linksFile, score, linkScore);
        Report(context.Report, score, linkScore, links, shown.Source, shown.Trace, exportContext, alerts.Message);
    }

    /// <summary>Traces forward from the accounts the monitoring stage alerted on, when it ran.</summary>
    private static (string Message, int Traced) AlertSeeds(DemoContext context, LoadedWorld world, TraceOptions options)
    {
        var path = context.PathOf("monitor", "alerts.jsonl");
        if (!File.Exists(path))
        {
            return ($"No monitoring alerts ({path} is absent: the monitoring stage has not run), so traces start from the victims' payments only.", 0);
        }

        var tracer = new FundTracer(world.Transactions, new CachedStopRule(new BehaviourStopRule()));
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        var line = 0;
        var bad = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            try
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.TryGetProperty("entity_kind", out var kind) && kind.GetString() == "account"
                    && doc.RootElement.TryGetProperty("entity", out var entity) && entity.GetString() is { } id)
                {
                    accounts.Add(id);
                }
            }
            catch (JsonException)
            {
                bad++;
            }
        }

        long cash = 0;
        var traced = 0;
        foreach (var account in accounts)
        {
            if (world.Transactions.Accounts.TryGetId(account, out var node) && world.Transactions.OutDegree(node) > 0)
            {
                cash += tracer.Trace(TraceStart.FromAccount(node), options).AmountBy(TraceOutcome.Cash).Fen;
                traced++;
            }
        }

        return (string.Create(CultureInfo.InvariantCulture,
            $"Traced forward from {traced:N0} of {accounts.Count:N0} alerted accounts in {path}: {TracePrinter.Yuan(cash)} reached cash-out{(bad > 0 ? $"; {bad} unreadable line(s) skipped" : "")}."), traced);
    }

    private static Table ScoreTable(TraceScore s, LinkScore l)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Tracing and link analysis against the ground truth");
        table.AddColumns("measure", "found", "of", "share");
        foreach (var row in ScoreRows(s, l))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    /// <summary>The tracing rows of the score table (also printed by <c>breakcard trace evaluate</c>).</summary>
    internal static List<string[]> TraceRows(TraceScore s)
    {
        List<string[]> rows =
        [
            ["victim cash-out money traced out in cash from the true cash-out cards", TracePrinter.Yuan(s.FoundAtCashOutCardFen), TracePrinter.Yuan(s.TrueCashOutFen), TracePrinter.Percent(s.CashCardRecall)],
            ["… of it into the very withdrawals the truth names", TracePrinter.Yuan(s.FoundCashOutFen), TracePrinter.Yuan(s.TrueCashOutFen), TracePrinter.Percent(s.CashRecall)],
            ["… per card pooled over the victims (not the target's measure)", TracePrinter.Yuan(s.PooledAtCashOutCardFen), TracePrinter.Yuan(s.TrueCashOutFen), TracePrinter.Percent(s.PooledCashCardRecall)],
            ["cards on the true chains (per victim)", N(s.ChainCardsFound), N(s.ChainCards), TracePrinter.Percent(s.CardRecall)],
            ["accounts named by traces that a ring used (precision)", N(s.NamedPositive), N(s.NamedAccounts), TracePrinter.Percent(s.Precision)],
        ];
        rows.AddRange(s.ByRole.Select(r => new[] { $"{r.Role} accounts recovered", N(r.Found), N(r.Truth), TracePrinter.Percent(Share(r.Found, r.Truth)) }));
        return rows;
    }

    private static List<string[]> ScoreRows(TraceScore s, LinkScore l)
    {
        var rows = TraceRows(s);
        rows.Add(["true rings with ≥ 2 accounts in one detected ring", N(l.TrueRingsFound), N(l.TrueRings), TracePrinter.Percent(Share(l.TrueRingsFound, l.TrueRings))]);
        rows.Add(["accounts in detected rings that a ring used", N(l.RingAccountsPositive), N(l.RingAccounts), TracePrinter.Percent(Share(l.RingAccountsPositive, l.RingAccounts))]);
        rows.Add(["true dealers detected", N(l.TrueDealersFound), N(l.TrueDealers), TracePrinter.Percent(Share(l.TrueDealersFound, l.TrueDealers))]);
        rows.Add(["detected dealers that are ring members or devices", N(l.DealersPositive), N(l.Dealers), TracePrinter.Percent(Share(l.DealersPositive, l.Dealers))]);
        rows.Add(["true shell companies inside a detected shell factory", N(l.TrueShellCompaniesFound), N(l.TrueShellCompanies), TracePrinter.Percent(Share(l.TrueShellCompaniesFound, l.TrueShellCompanies))]);
        rows.Add(["detected shell factories holding a true shell company", N(l.ShellsPositive), N(l.Shells), TracePrinter.Percent(Share(l.ShellsPositive, l.Shells))]);
        return rows;
    }

    private static Table RingTable(LinkAnalysis links, int top)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("The top-ranked rings (mule density × suspected mules, then money received)");
        table.AddColumns(RingHeader.ToArray());
        foreach (var row in RingRows(links, top))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private static readonly string[] RingHeader = ["#", "accounts", "holders", "suspected", "received", "moved inside", "linked by"];

    private static List<string[]> RingRows(LinkAnalysis links, int top) =>
        links.Rings.Rings.Take(top).Select(r => new[]
        {
            N(r.Rank), N(r.Accounts.Count), N(r.HolderIds.Count), N(r.SuspectedMules), TracePrinter.Yuan(r.Inflow.Fen), TracePrinter.Yuan(r.InternalFlow.Fen),
            r.Shared.Count == 0 ? "money among suspects" : string.Join("; ", r.Shared.Take(2).Select(x => $"{EntityText.Masked(x.Entity)} ({x.Accounts})")),
        }).ToList();

    private static void Report(HtmlReport report, TraceScore s, LinkScore l, LinkAnalysis links, string? source, TraceResult? chain, TraceExportContext context, string alerts)
    {
        var section = report.Add("tracing", "Fund-chain tracing and link analysis");
        section.Lead = string.Create(CultureInfo.InvariantCulture, $"Every victim payment of the city ({s.Victims:N0}, {TracePrinter.Yuan(s.VictimFen)}) traced forward through the cards it passed, first in first out above each card's standing balance, ")
            + "up to 6 hops and 7 days, stopping at cash-out, external accounts and accounts that behave like shops or employers; rings, card dealers and shell "
            + "factories found from shared devices, phones, IPs, addresses and money among suspects. Scored against the ground truth, which the analysis never reads.";
        section.Figure("victim cash-out money traced out of the true cash-out cards", TracePrinter.Percent(s.CashCardRecall))
            .Figure("cards on the true chains found", TracePrinter.Percent(s.CardRecall))
            .Figure("precision of the accounts traces name", TracePrinter.Percent(s.Precision))
            .Figure("rings detected / true rings found", $"{N(l.Rings)} / {N(l.TrueRingsFound)} of {N(l.TrueRings)}")
            .Figure("card dealers detected", N(l.Dealers))
            .Figure("shell factories detected", N(l.Shells))
            .Figure("median time per trace", string.Create(CultureInfo.InvariantCulture, $"{s.MedianTraceMs:0.00} ms"));
        section.Tables.Add(new ReportTable("Against the ground truth", ["measure", "found", "of", "share"], ScoreRows(s, l).Select(r => (IReadOnlyList<string>)r).ToArray()));
        if (chain is not null)
        {
            section.Tables.Add(new ReportTable($"The deepest victim chain ({source}, {TracePrinter.Yuan(chain.TotalAmount.Fen)}) layer by layer (accounts masked)",
                ["layer", "account", "holders", "traced", "share", "stop"],
                chain.Layers.Where(x => x.Number > 0).SelectMany(x => x.Nodes.OrderByDescending(n => n.Amount.Fen).Take(5).Select(n => (IReadOnlyList<string>)
                [
                    N(x.Number), TracePrinter.Account(n.AccountId, n.Flags), TracePrinter.Holders(context, n.AccountId), TracePrinter.Yuan(n.Amount.Fen),
                    TracePrinter.Percent(n.Share), n.StopReason is { } r ? Core.Events.EventSchema.Snake(r) : "",
                ])).ToArray()));
        }

        section.Tables.Add(new ReportTable("The top-ranked rings (mule density × suspected mules, then money received)", RingHeader, RingRows(links, 10).Select(r => (IReadOnlyList<string>)r).ToArray()));
        section.Notes.Add("Where the victims' money ended in the traces: " + OutcomeText(s) + ".");
        section.Notes.Add(alerts);
        section.Notes.Add("Files: tracing/trace.json, trace.graphml (Gephi, yEd), trace.cytoscape.json (Cytoscape.js) for the deepest chain; tracing/links.json for rings, dealers and "
            + "shell factories. The same analysis for any data: breakcard trace and breakcard links (docs/tracing.md).");
    }

    internal static string OutcomeText(TraceScore s) =>
        string.Join(", ", s.Outcomes.Where(o => o.Value > 0).OrderByDescending(o => o.Value)
            .Select(o => $"{Core.Events.EventSchema.Snake(o.Key)} {TracePrinter.Percent((double)o.Value / Math.Max(1, s.VictimFen))}"));

    private static double Share(int found, int of) => of == 0 ? 0 : (double)found / of;

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);
}
