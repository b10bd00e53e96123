using System.Globalization;
using System.Text;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Cli.Demo.Stages.Tracing;

/// <summary>
/// The case-by-case record of what the victims' traces missed, for the analysis of docs/tracing.md
/// §7: each true cash-out card a trace under-counted (true and traced fen), each true chain card a
/// trace did not name, and where every traced fen ended (outcome and account; cash by the card it
/// left from) in the traces that missed anything. Written as three CSV files beside the score; identifiers in full (data files).
/// </summary>
internal sealed class TraceMisses
{
    /// <summary>A true cash-out card whose traced cash fell short.</summary>
    public sealed record CashMiss(string Source, string Card, string Role, long TrueFen, long TracedFen);

    /// <summary>A true chain card the victim's trace did not name.</summary>
    public sealed record CardMiss(string Source, string Card, string Role, string TruthEnd, long TruthFen);

    /// <summary>Where part of a missing victim's traced money ended.</summary>
    public sealed record Loss(string Source, TraceOutcome Outcome, string Account, string Role, int Layer, long Fen);

    public List<CashMiss> Cash { get; } = [];

    public List<CardMiss> Cards { get; } = [];

    public List<Loss> Losses { get; } = [];

    /// <summary>Records where every fen of a trace that missed something ended.</summary>
    public void AddLosses(string source, TraceResult trace, TracingTruth truth)
    {
        foreach (var node in trace.Nodes)
        {
            foreach (var (outcome, money) in node.Outcomes)
            {
                if (money.Fen > 0 && outcome != TraceOutcome.Cash)
                {
                    Losses.Add(new Loss(source, outcome, node.AccountId, RoleOf(truth, node.AccountId, node.Flags), node.Layer, money.Fen));
                }
            }
        }

        // Cash is told by the card it left from, which is what the truth names.
        foreach (var e in trace.Edges)
        {
            if (trace.NodeOf(e.Target) is { StopReason: TraceOutcome.Cash } && trace.NodeOf(e.Source) is { } card)
            {
                Losses.Add(new Loss(source, TraceOutcome.Cash, card.AccountId, RoleOf(truth, card.AccountId, card.Flags), card.Layer, e.Traced.Fen));
            }
        }
    }

    /// <summary>The truth's role of an account, or what the graph says it is.</summary>
    public static string RoleOf(TracingTruth truth, string account, AccountFlags flags) =>
        (flags & AccountFlags.Cash) != 0 ? "cash_point"
        : truth.Accounts.TryGetValue(account, out var t) ? t.Role
        : (flags & AccountFlags.External) != 0 ? "external" : "unknown";

    /// <summary>Writes cash_misses.csv, card_misses.csv and losses.csv to <paramref name="folder"/>.</summary>
    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteCsv(Path.Combine(folder, "cash_misses.csv"), "source_event_id,card,role,true_fen,traced_fen",
            Cash.Select(m => Row(m.Source, m.Card, m.Role, m.TrueFen, m.TracedFen)));
        WriteCsv(Path.Combine(folder, "card_misses.csv"), "source_event_id,card,role,truth_end,truth_fen",
            Cards.Select(m => Row(m.Source, m.Card, m.Role, m.TruthEnd, m.TruthFen)));
        WriteCsv(Path.Combine(folder, "losses.csv"), "source_event_id,outcome,account,role,layer,fen",
            Losses.Select(m => Row(m.Source, Core.Events.EventSchema.Snake(m.Outcome), m.Account, m.Role, m.Layer, m.Fen)));
    }

    private static string Row(params object[] fields) => string.Join(',', fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture)));

    private static void WriteCsv(string path, string header, IEnumerable<string> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(header);
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(row);
            writer.Write('\n');
        }
    }
}
