using Breakcard.Cases.Audit;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Storage;
using Breakcard.Core.Events;
using Breakcard.Core.Links;
using Breakcard.Graph.Links;
using Breakcard.Web.Hosting;
using Breakcard.Web.Links;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// Link analysis over an institution's monitored data (Breakcard.Graph, docs/tracing.md): rings of
/// accounts that share holders' devices, phones, IPs or addresses and carry mule money; card
/// dealers (one phone, device or person controlling many people's accounts); shell-company
/// factories (many companies at one address); each account's distance to a confirmed mule; one
/// entity's neighbourhood. Who may trace may analyse links (ADR 0091, 0148); every answer is masked
/// and audited with what was asked.
/// </summary>
internal static class LinkEndpoints
{
    public const int MaxConfirmed = 1_000;

    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/links").RequireAuthorization().WithTags("links");
        g.MapGet("/rings", Rings).WithName("Rings").Produces<IReadOnlyList<RingView>>().WithSummary("Rings anchored on suspected mule accounts, highest rank first.");
        g.MapGet("/card-dealers", Dealers).WithName("CardDealers").Produces<IReadOnlyList<DealerView>>().WithSummary("Phones, devices or people controlling many holders' accounts.");
        g.MapGet("/shell-factories", Shells).WithName("ShellFactories").Produces<IReadOnlyList<ShellView>>().WithSummary("Addresses hosting many companies with their people and accounts.");
        g.MapPost("/mule-distance", Distance).WithName("MuleDistance").Produces<DistanceView>().WithSummary("Hops from accounts to the nearest confirmed mule (shared entities and transfers).");
        g.MapGet("/entities/{kind}/{id}", Neighbourhood).WithName("EntityNeighbourhood").Produces<NeighbourhoodView>().WithSummary("An entity's linked entities, one or two steps out.");
    }

    /// <summary>The link report of <paramref name="institution"/>'s monitor (the caller's by default), after the access check; audited.</summary>
    internal static async Task<(Caller Caller, LinkReport Report)> ReportAsync(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time,
        string? institution, string what, params (string Key, object? Value)[] details)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        var owner = string.IsNullOrEmpty(institution) ? caller.InstitutionId : institution;
        WebAccess.Require(caller, WebAccess.Op.LinkAnalysis, owner);
        var monitor = monitors.Find(owner) ?? throw new Cases.Errors.NotFoundException("monitored data of institution", owner);
        var report = monitor.Links();
        await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, "links.query", "links:" + what,
            AuditJson.Of([("data_of", owner), .. details])), time.GetUtcNow()), http.RequestAborted).ConfigureAwait(false);
        return (caller, report);
    }

    private static int Limit(int? limit) => limit is null ? 50 : limit is >= 1 and <= 500 ? limit.Value : throw Problems.Invalid("limit", "1 to 500");

    private static async Task<IResult> Rings(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time, string? institution, int? limit)
    {
        var n = Limit(limit);
        var (_, report) = await ReportAsync(http, callers, monitors, store, time, institution, "rings").ConfigureAwait(false);
        return Results.Ok(report.Rings.Rings.Take(n).Select(RingView.Of).ToList());
    }

    private static async Task<IResult> Dealers(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time, string? institution, int? limit)
    {
        var n = Limit(limit);
        var (_, report) = await ReportAsync(http, callers, monitors, store, time, institution, "card-dealers").ConfigureAwait(false);
        return Results.Ok(report.Dealers.Take(n).Select(d => new DealerView(d.Rank, EventSchema.Snake(d.Controller.Kind), EntityMask.Of(d.Controller.Kind, d.Controller.Id), d.Holders,
            [.. d.Instruments.Select(i => new EntityView(EventSchema.Snake(i.Kind), EntityMask.Of(i.Kind, i.Id)))],
            [.. d.Accounts.Select(a => Mask.Key(a.AccountId))])).ToList());
    }

    private static async Task<IResult> Shells(HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time, string? institution, int? limit)
    {
        var n = Limit(limit);
        var (_, report) = await ReportAsync(http, callers, monitors, store, time, institution, "shell-factories").ConfigureAwait(false);
        return Results.Ok(report.Shells.Take(n).Select(s => new ShellView(s.Rank, EntityMask.Of(EntityKind.Address, s.Address), s.CompanyIds, s.PeopleIds,
            [.. s.AccountIds.Select(Mask.Key)], s.Statuses.ToDictionary(x => EventSchema.Snake(x.Key), x => x.Value))).ToList());
    }

    private static async Task<IResult> Distance(HttpContext http, DistanceRequest request, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time)
    {
        if (request.Confirmed is not { Count: > 0 and <= MaxConfirmed })
        {
            throw Problems.Invalid("confirmed", $"1 to {MaxConfirmed} accounts confirmed as mules");
        }

        if (request.Accounts is { Count: > MaxConfirmed })
        {
            throw Problems.Invalid("accounts", $"at most {MaxConfirmed} accounts to ask about");
        }

        var (_, report) = await ReportAsync(http, callers, monitors, store, time, request.Institution, "mule-distance",
            ("confirmed", request.Confirmed.Count), ("asked", request.Accounts?.Count ?? 0)).ConfigureAwait(false);
        for (var i = 0; i < request.Confirmed.Count; i++)
        {
            if (!report.Transactions.Accounts.TryGetId(request.Confirmed[i], out _))
            {
                throw Problems.Invalid($"confirmed[{i}]", $"the account {Mask.Key(request.Confirmed[i])} has no transaction in the monitored data");
            }
        }

        var distances = report.DistancesTo(request.Confirmed);
        var rows = request.Accounts is { Count: > 0 } asked
            ? asked.Select(a => new AccountDistance(Mask.Key(a), distances.DistanceOf(a)))
            : distances.ByAccount.Where(x => x.Value > 0).OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(Limit(request.Limit))
                .Select(x => new AccountDistance(Mask.Key(x.Key), x.Value));
        return Results.Ok(new DistanceView(distances.Sources, report.Options.MaxMuleDistance, distances.Histogram, [.. rows]));
    }

    private static async Task<IResult> Neighbourhood(HttpContext http, string kind, string id, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time,
        string? institution, int? depth) =>
        Results.Ok(await NeighbourhoodAsync(http, kind, id, callers, monitors, store, time, institution, depth).ConfigureAwait(false));

    internal static async Task<NeighbourhoodView> NeighbourhoodAsync(HttpContext http, string kind, string id, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time,
        string? institution, int? depth)
    {
        if (!EventSchema.TryParseSnake<EntityKind>(kind, out var entityKind))
        {
            throw Problems.Invalid("kind", $"'{kind}' is not one of {string.Join(", ", Enum.GetValues<EntityKind>().Select(k => EventSchema.Snake(k)))}");
        }

        var steps = depth is null ? 1 : depth is 1 or 2 ? depth.Value : throw Problems.Invalid("depth", "1 or 2");
        var (_, report) = await ReportAsync(http, callers, monitors, store, time, institution, "entity", ("entity", EventSchema.Snake(entityKind) + ":" + EntityMask.Of(entityKind, id)),
            ("depth", steps)).ConfigureAwait(false);
        var graph = report.Entities;
        if (!graph.TryFind(entityKind, id, out var start))
        {
            throw new Cases.Errors.NotFoundException(EventSchema.Snake(entityKind) + " in the linked entities", EntityMask.Of(entityKind, id));
        }

        return Neighbours(graph, start, steps);
    }

    /// <summary>Breadth-first from <paramref name="start"/>: nodes within <paramref name="steps"/>, each link once; hubs are listed but not expanded past 200 neighbours.</summary>
    internal static NeighbourhoodView Neighbours(EntityGraph graph, int start, int steps)
    {
        const int HubLimit = 200;
        var distance = new Dictionary<int, int> { [start] = 0 };
        var links = new List<LinkView>();
        var seen = new HashSet<(int, int, LinkKind)>();
        var frontier = new List<int> { start };
        for (var step = 1; step <= steps && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var neighbours = graph.NeighboursOf(node);
                var kinds = graph.LinkKindsOf(node);
                if (node != start && neighbours.Length > HubLimit)
                {
                    continue;
                }

                for (var i = 0; i < neighbours.Length; i++)
                {
                    var other = neighbours[i];
                    var key = node < other ? (node, other, kinds[i]) : (other, node, kinds[i]);
                    if (seen.Add(key))
                    {
                        links.Add(new LinkView(node, other, EventSchema.Snake(kinds[i])));
                    }

                    if (distance.TryAdd(other, step))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        var nodes = distance.OrderBy(d => d.Value).ThenBy(d => d.Key).Select(d => new NodeView(d.Key, EventSchema.Snake(graph.KindOf(d.Key)),
            EntityMask.Of(graph.KindOf(d.Key), graph.IdOf(d.Key)), d.Value, graph.DegreeOf(d.Key))).ToList();
        var included = distance.Keys.ToHashSet();
        return new NeighbourhoodView(start, nodes, [.. links.Where(l => included.Contains(l.From) && included.Contains(l.To))]);
    }
}

/// <summary>Accounts confirmed as mules (raw numbers, never echoed back unmasked), optionally the accounts to ask about, the institution whose data, and how many nearest to list.</summary>
public sealed record DistanceRequest(IReadOnlyList<string> Confirmed, IReadOnlyList<string>? Accounts = null, string? Institution = null, int? Limit = null);

/// <summary>The distance of one account (masked); null when farther than the limit or unconnected.</summary>
public sealed record AccountDistance(string Account, int? Distance);

/// <summary>Distances: how many confirmed sources, the hop limit, how many accounts at each distance, and the rows asked for.</summary>
public sealed record DistanceView(int Sources, int MaxDistance, IReadOnlyDictionary<int, int> Histogram, IReadOnlyList<AccountDistance> Accounts);

/// <summary>An entity: kind and masked id.</summary>
public sealed record EntityView(string Kind, string Id);

/// <summary>A card dealer: rank, the controlling entity (masked), how many holders, the instruments and accounts it controls (masked).</summary>
public sealed record DealerView(int Rank, string ControllerKind, string Controller, int Holders, IReadOnlyList<EntityView> Instruments, IReadOnlyList<string> Accounts);

/// <summary>A shell-company factory: rank, address (masked), companies, people, accounts (masked), companies by status.</summary>
public sealed record ShellView(int Rank, string Address, IReadOnlyList<string> Companies, IReadOnlyList<string> People, IReadOnlyList<string> Accounts, IReadOnlyDictionary<string, int> Statuses);

/// <summary>A ring account: masked number, holders, confirmed / suspected mule, inflow.</summary>
public sealed record RingAccountView(string Account, IReadOnlyList<string> Holders, bool Confirmed, bool Suspected, long InflowFen);

/// <summary>A ring: rank, mule density, confirmed and suspected mules, inflow, transfers inside it, accounts, and the shared entities that tie it (masked).</summary>
public sealed record RingView(int Rank, double MuleDensity, int Confirmed, int Suspected, long InflowFen, int InternalTransfers, long InternalFlowFen,
    IReadOnlyList<RingAccountView> Accounts, IReadOnlyList<SharedView> Shared)
{
    /// <summary>The view of a ring.</summary>
    public static RingView Of(Ring r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RingView(r.Rank, Math.Round(r.MuleDensity, 4), r.ConfirmedMules, r.SuspectedMules, r.Inflow.Fen, r.InternalTransfers, r.InternalFlow.Fen,
            [.. r.Accounts.Select(a => new RingAccountView(Mask.Key(a.AccountId), a.HolderIds, a.Confirmed, a.Suspected, a.Inflow.Fen))],
            [.. r.Shared.Select(s => new SharedView(EventSchema.Snake(s.Entity.Kind), EntityMask.Of(s.Entity.Kind, s.Entity.Id), s.Accounts))]);
    }
}

/// <summary>An entity shared by ring accounts' holders: kind, masked id, how many ring accounts it ties.</summary>
public sealed record SharedView(string Kind, string Id, int Accounts);

/// <summary>A node of a neighbourhood: graph id, kind, masked id, steps from the start, links in the whole graph.</summary>
public sealed record NodeView(int Node, string Kind, string Id, int Steps, int Degree);

/// <summary>A link between two nodes of a neighbourhood.</summary>
public sealed record LinkView(int From, int To, string Kind);

/// <summary>An entity's neighbourhood: the start node, nodes and links.</summary>
public sealed record NeighbourhoodView(int Start, IReadOnlyList<NodeView> Nodes, IReadOnlyList<LinkView> Links);
