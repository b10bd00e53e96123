using System.Diagnostics;
using TraceOptions = Breakcard.Graph.Tracing.TraceOptions;
using Breakcard.Cli.Commands.Tracing;
using Breakcard.Core.Links;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Cli.Demo.Stages.Tracing;

/// <summary>
/// Traces every victim payment of the simulated city forward (the default rule and limits, or those given) and scores
/// the traces and the link analysis against the ground truth. The truth is only read to score:
/// the traces and rings are computed from the events and reference files alone.
/// </summary>
internal static class TracingEvaluation
{
    public static readonly string[] LayerRoles = ["first_layer", "later_layer", "collector", "cash_out"];

    /// <summary>Traces each victim payment; returns the traces (by victim event id) and their score.</summary>
    public static (List<(string Source, TraceResult Trace)> Traces, TraceScore Score) TraceVictims(LoadedWorld world, TracingTruth truth, TraceOptions options, CancellationToken ct) =>
        TraceVictims(world, truth, options, null, ct);

    /// <summary>Traces each victim payment; records every miss in <paramref name="misses"/> when given.</summary>
    public static (List<(string Source, TraceResult Trace)> Traces, TraceScore Score) TraceVictims(LoadedWorld world, TracingTruth truth, TraceOptions options, TraceMisses? misses, CancellationToken ct)
    {
        var tracer = new FundTracer(world.Transactions, new CachedStopRule(new BehaviourStopRule()));
        var g = world.Transactions;
        var traces = new List<(string, TraceResult)>();
        var times = new List<double>();
        long victimFen = 0, trueCash = 0, foundCash = 0, foundAtCard = 0;
        int cards = 0, cardsFound = 0;
        var named = new HashSet<int>();
        var origins = new HashSet<int>();
        var outcomes = Enum.GetValues<TraceOutcome>().ToDictionary(o => o, _ => 0L);
        var trueAtCard = new Dictionary<string, long>(StringComparer.Ordinal);
        var tracedAtCard = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (source, flows) in truth.Flows.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            if (!world.TransactionIds.TryFind(source, out var edge))
            {
                continue;
            }

            var clock = Stopwatch.GetTimestamp();
            var trace = tracer.Trace(TraceStart.FromTransaction(edge), options);
            times.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
            traces.Add((source, trace));
            foreach (var o in outcomes.Keys)
            {
                outcomes[o] += trace.AmountBy(o).Fen;
            }

            victimFen += g.FenOf(edge);
            origins.Add(g.SourceOf(edge));

            var traced = new Dictionary<int, long>();
            foreach (var e in trace.Edges)
            {
                traced[e.Edge] = traced.GetValueOrDefault(e.Edge) + e.Traced.Fen;
            }

            foreach (var withdrawal in flows.Where(f => f.End == "cash_out" && f.EndEventId is not null).GroupBy(f => f.EndEventId!, StringComparer.Ordinal))
            {
                var fen = withdrawal.Sum(f => f.Fen);
                trueCash += fen;
                if (world.TransactionIds.TryFind(withdrawal.Key, out var w))
                {
                    foundCash += Math.Min(fen, traced.GetValueOrDefault(w));
                }
            }

            // The same money out of the same card, in any of its withdrawals: FIFO inside a card
            // that also holds its owner's money may pick another of the ring's withdrawals than
            // the simulator's parcel ledger did, and it is the card investigators freeze.
            var missed = false;
            foreach (var card in flows.Where(f => f.End == "cash_out").GroupBy(f => f.EndAccount, StringComparer.Ordinal))
            {
                var cashed = g.Accounts.TryGetId(card.Key, out var cardId) && trace.NodeOf(cardId) is { } node ? CashedFrom(trace, node.Account) : 0;
                var due = card.Sum(f => f.Fen);
                foundAtCard += Math.Min(due, cashed);
                trueAtCard[card.Key] = trueAtCard.GetValueOrDefault(card.Key) + due;
                tracedAtCard[card.Key] = tracedAtCard.GetValueOrDefault(card.Key) + cashed;
                if (cashed < due && misses is not null)
                {
                    missed = true;
                    misses.Cash.Add(new TraceMisses.CashMiss(source, card.Key, TraceMisses.RoleOf(truth, card.Key, AccountFlags.None), due, cashed));
                }
            }

            var chain = flows.Select(f => f.EndAccount).Append(g.Accounts.NameOf(g.TargetOf(edge))).Distinct(StringComparer.Ordinal);
            foreach (var card in chain)
            {
                cards++;
                if (g.Accounts.TryGetId(card, out var id) && trace.NodeOf(id) is not null)
                {
                    cardsFound++;
                }
                else if (misses is not null)
                {
                    missed = true;
                    var ends = flows.Where(f => f.EndAccount == card).ToList();
                    misses.Cards.Add(new TraceMisses.CardMiss(source, card, TraceMisses.RoleOf(truth, card, AccountFlags.None),
                        ends.Count == 0 ? "first_layer" : string.Join('+', ends.Select(f => f.End).Distinct(StringComparer.Ordinal)), ends.Sum(f => f.Fen)));
                }
            }

            if (missed)
            {
                misses!.AddLosses(source, trace, truth);
            }

            foreach (var n in trace.Nodes)
            {
                if ((n.Flags & (AccountFlags.Cash | AccountFlags.External)) == 0)
                {
                    named.Add(n.Account);
                }
            }
        }

        named.ExceptWith(origins);
        var namedIds = named.Select(g.Accounts.NameOf).ToHashSet(StringComparer.Ordinal);
        var byRole = LayerRoles.Select(role =>
        {
            var members = truth.Accounts.Where(a => a.Value.Role == role).Select(a => a.Key).ToList();
            return (role, members.Count, members.Count(namedIds.Contains));
        }).ToList();
        times.Sort();
        var pooled = trueAtCard.Sum(c => Math.Min(c.Value, tracedAtCard[c.Key]));
        var score = new TraceScore(traces.Count, victimFen, trueCash, foundCash, foundAtCard, pooled, cards, cardsFound, namedIds.Count, namedIds.Count(truth.IsPositive), byRole,
            times.Count == 0 ? 0 : times[times.Count / 2], outcomes);
        return (traces, score);
    }

    /// <summary>Traced money the account paid out in cash (its cash-out transfers followed by the trace).</summary>
    private static long CashedFrom(TraceResult trace, int account) =>
        trace.Edges.Where(e => e.Source == account && trace.NodeOf(e.Target) is { StopReason: TraceOutcome.Cash }).Sum(e => e.Traced.Fen);

    /// <summary>Scores rings, card dealers and shell factories against the truth.</summary>
    public static LinkScore ScoreLinks(LinkAnalysis links, TracingTruth truth)
    {
        var rings = links.Rings.Rings;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ring in rings)
        {
            foreach (var g in ring.Accounts.Select(a => truth.Accounts.TryGetValue(a.AccountId, out var t) ? t.Ring : null).Where(r => r is not null).GroupBy(r => r!))
            {
                if (g.Count() >= 2)
                {
                    found.Add(g.Key);
                }
            }
        }

        var ringAccounts = rings.SelectMany(r => r.Accounts).Select(a => a.AccountId).Distinct(StringComparer.Ordinal).ToList();
        bool PositiveController(Graph.Links.EntityNode c) => c.Kind == EntityKind.Person
            ? truth.PersonRoles.TryGetValue(c.Id, out var r) && r is not ("normal" or "victim")
            : truth.DeviceRoles.TryGetValue(c.Id, out var d) && d != "normal";
        var trueDealers = truth.PersonRoles.Where(p => p.Value == "dealer").Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var shellCompanies = truth.CompanyRoles.Where(c => c.Value == "shell_front").Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return new LinkScore(
            rings.Count, truth.Rings.Count, found.Count, ringAccounts.Count, ringAccounts.Count(truth.IsPositive),
            links.Dealers.Count, links.Dealers.Count(d => PositiveController(d.Controller)),
            trueDealers.Count, links.Dealers.Select(d => d.Controller.Id).Distinct(StringComparer.Ordinal).Count(trueDealers.Contains),
            links.Shells.Count, links.Shells.Count(s => s.CompanyIds.Any(shellCompanies.Contains)),
            shellCompanies.Count, links.Shells.SelectMany(s => s.CompanyIds).Distinct(StringComparer.Ordinal).Count(shellCompanies.Contains));
    }
}
