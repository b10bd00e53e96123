using Breakcard.Cases.Audit;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Core;
using Breakcard.Graph.Tracing;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// <c>GET /api/v1/traces</c>: follows money from (forward) or to (backward) an account through the
/// transactions an institution's monitor received, with Breakcard.Graph's tracer. Accounts come
/// back masked; every trace is audited with the masked start.
/// </summary>
internal static class TraceEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/traces", Trace).RequireAuthorization().WithTags("traces").WithName("Trace").Produces<TraceView>()
            .WithSummary("Trace funds from or to an account (standing-balance FIFO by default, FIFO or proportional), masked.");
    }

    internal static async Task<TraceView> TraceAsync(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time,
        string? account, string? direction, string? rule, int? hops, string? institution)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        var owner = string.IsNullOrEmpty(institution) ? caller.InstitutionId : institution;
        WebAccess.Require(caller, WebAccess.Op.Trace, owner);
        if (string.IsNullOrWhiteSpace(account))
        {
            throw Problems.Invalid("account", "the account to trace from is required");
        }

        var options = new TraceOptions
        {
            Direction = direction is null or "forward" ? TraceDirection.Forward : direction == "backward" ? TraceDirection.Backward : throw Problems.Invalid("direction", "forward or backward"),
            Rule = rule switch
            {
                null or "standing-fifo" => ApportioningRule.StandingFifo,
                "fifo" => ApportioningRule.Fifo,
                "proportional" => ApportioningRule.Proportional,
                _ => throw Problems.Invalid("rule", "standing-fifo, fifo or proportional"),
            },
            MaxHops = hops is null ? TraceOptions.DefaultMaxHops : hops is >= 1 and <= 12 ? hops.Value : throw Problems.Invalid("hops", "1 to 12"),
        };
        var monitor = monitors.Find(owner) ?? throw new Cases.Errors.NotFoundException("monitored data of institution", owner);
        var result = monitor.Trace(account, options) ?? throw new Cases.Errors.NotFoundException("account in the monitored transactions", Mask.Key(account));
        await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, "trace.run", "account:" + Mask.Key(account),
            AuditJson.Of(("data_of", owner), ("direction", options.Direction.ToString()), ("rule", options.Rule.ToString()), ("nodes", result.Nodes.Count))), time.GetUtcNow()),
            http.RequestAborted).ConfigureAwait(false);
        return TraceView.Of(result);
    }

    private static async Task<IResult> Trace(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time,
        string? account, string? direction, string? rule, int? hops, string? institution) =>
        Results.Ok(await TraceAsync(http, callers, monitors, store, time, account, direction, rule, hops, institution).ConfigureAwait(false));
}

/// <summary>A trace for display: masked nodes with layer, amount and outcome; edges with time, amount and traced part.</summary>
public sealed record TraceView(string Direction, string Rule, long TotalFen, IReadOnlyList<TraceNodeView> Nodes, IReadOnlyList<TraceEdgeView> Edges, IReadOnlyDictionary<string, long> OutcomesFen)
{
    /// <summary>The view of a result.</summary>
    public static TraceView Of(TraceResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TraceView(r.Direction.ToString().ToLowerInvariant(), r.Options.Rule.ToString().ToLowerInvariant(), r.TotalAmount.Fen,
            [.. r.Nodes.Select(n => new TraceNodeView(n.Account, Mask.Key(n.AccountId), n.Layer, n.Amount.Fen, n.StopReason?.ToString()))],
            [.. r.Edges.Select(e => new TraceEdgeView(e.Source, e.Target, e.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), e.Amount.Fen, e.Traced.Fen, e.Layer))],
            Enum.GetValues<TraceOutcome>().ToDictionary(o => o.ToString(), o => r.AmountBy(o).Fen));
    }
}

/// <summary>A node: graph id, masked account, layer, traced amount reaching it, why the trace stopped there.</summary>
public sealed record TraceNodeView(int Id, string Account, int Layer, long AmountFen, string? Stop);

/// <summary>An edge: from and to node ids, UTC time, transfer amount, traced part, layer.</summary>
public sealed record TraceEdgeView(int From, int To, string Time, long AmountFen, long TracedFen, int Layer);
