using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Graph.Export;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>Prints a trace as investigators read it: layers of cards with holders, amounts and shares, then where the money ended.</summary>
internal static class TracePrinter
{
    /// <summary>China Standard Time: how the source data and case files state times.</summary>
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    public static void Print(CliContext cli, TraceResult trace, TraceExportContext context, int top)
    {
        var console = cli.Console;
        var forward = trace.Direction == TraceDirection.Forward;
        console.MarkupLineInterpolated(
            $"[bold]{(forward ? "Forward" : "Backward")} trace[/] ({EventSchema.Snake(trace.Options.Rule)}) of {Yuan(trace.TotalAmount.Fen)} from {trace.SeedEdges.Count:N0} transfer(s) of {Account(trace.Origin.AccountId, trace.Origin.Flags)}: {trace.Nodes.Count - 1:N0} accounts in {trace.Layers.Count - 1} layer(s), {trace.Edges.Count:N0} transfers followed");
        foreach (var layer in trace.Layers.Where(l => l.Number > 0))
        {
            var table = new Table().Border(TableBorder.Rounded).Title(LayerTitle(layer.Number, forward, layer.Nodes.Count, layer.Amount.Fen));
            table.AddColumns("account", "holders", forward ? "traced in" : "traced", "share", "first", "last", "stop");
            foreach (var n in layer.Nodes.OrderByDescending(n => n.Amount.Fen).ThenBy(n => n.AccountId, StringComparer.Ordinal).Take(top))
            {
                table.AddRow(
                    Markup.Escape(Account(n.AccountId, n.Flags)),
                    Markup.Escape(Holders(context, n.AccountId)),
                    Yuan(n.Amount.Fen),
                    Percent(n.Share),
                    Time(n.FirstTicks),
                    Time(n.LastTicks),
                    n.StopReason is { } s ? EventSchema.Snake(s) : "");
            }

            if (layer.Nodes.Count > top)
            {
                table.Caption($"… and {layer.Nodes.Count - top:N0} more (all in --out)");
            }

            console.Write(table);
        }

        if (forward && trace.CashPoints.Count > 0)
        {
            var cash = new Table().Border(TableBorder.Rounded).Title("Where the money left the banking system (cash-out)");
            cash.AddColumns("account", "holders", "cashed", "share", "layer");
            foreach (var n in trace.CashPoints.OrderByDescending(n => n.OutcomeAmount(TraceOutcome.Cash).Fen).Take(top))
            {
                var fen = n.OutcomeAmount(TraceOutcome.Cash).Fen;
                cash.AddRow(Markup.Escape(Account(n.AccountId, n.Flags)), Markup.Escape(Holders(context, n.AccountId)), Yuan(fen), Percent((double)fen / Math.Max(1, trace.TotalAmount.Fen)), n.Layer.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(cash);
        }

        var outcomes = new Table().Border(TableBorder.Rounded).Title("Where every fen ended");
        outcomes.AddColumns("outcome", "amount", "share");
        foreach (var outcome in Enum.GetValues<TraceOutcome>())
        {
            var amount = trace.AmountBy(outcome);
            if (!amount.IsZero)
            {
                outcomes.AddRow(EventSchema.Snake(outcome), Yuan(amount.Fen), Percent(trace.ShareBy(outcome)));
            }
        }

        console.Write(outcomes);
    }

    /// <summary>An account as a console shows it: cash terminals in full, account numbers masked.</summary>
    public static string Account(string id, AccountFlags flags) =>
        (flags & AccountFlags.Cash) != 0 ? id : Masking.KeepEnds(id, 4, 4) + ((flags & AccountFlags.External) != 0 ? " (external)" : "");

    /// <summary>Masked holder names (or ids when no name is known).</summary>
    public static string Holders(TraceExportContext context, string accountId)
    {
        var holders = context.Holders.HoldersOf(accountId);
        return holders.Count == 0 ? "" : string.Join(", ", holders.Select(h => h.MaskedName ?? h.Id));
    }

    public static string Yuan(long fen) => "¥" + (fen / 100m).ToString("N2", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Time(long ticks) =>
        ticks is long.MaxValue or long.MinValue ? "" : new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(Cst).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string LayerTitle(int number, bool forward, int count, long fen) =>
        string.Create(CultureInfo.InvariantCulture, $"{(forward ? Ordinal(number) + "-layer cards" : "Layer " + number + " upstream")}: {count:N0} accounts, {Yuan(fen)}");

    private static string Ordinal(int n) => n switch
    {
        1 => "First",
        2 => "Second",
        3 => "Third",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
