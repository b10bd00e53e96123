using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Graph.Links;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>The results of <c>breakcard links</c> (and the demo's tracing stage) over one loaded world.</summary>
internal sealed class LinkAnalysis
{
    public const string FileName = "links.json";

    private LinkAnalysis(LinkOptions options, RingReport rings, IReadOnlyList<CardDealer> dealers, IReadOnlyList<ShellFactory> shells, MuleDistances? distances)
    {
        Options = options;
        Rings = rings;
        Dealers = dealers;
        Shells = shells;
        Distances = distances;
    }

    public LinkOptions Options { get; }

    public RingReport Rings { get; }

    public IReadOnlyList<CardDealer> Dealers { get; }

    public IReadOnlyList<ShellFactory> Shells { get; }

    /// <summary>Distances to confirmed mules, or null when no account is confirmed.</summary>
    public MuleDistances? Distances { get; }

    public static LinkAnalysis Run(LoadedWorld world, LinkOptions? options = null)
    {
        options ??= new LinkOptions();
        var evidence = MuleEvidence.Compute(world.Transactions, options);
        var rings = new RingDetector(world.Entities, evidence, options).Detect();
        var dealers = new CardDealerFinder(world.Entities, options).Find();
        var companies = world.Reference.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var shells = new ShellFactoryFinder(world.Entities, options, companies).Find();
        var distances = world.ConfirmedMules.Count == 0 ? null : MuleDistances.Compute(world.Entities, world.Transactions, world.ConfirmedMules, options);
        return new LinkAnalysis(options, rings, dealers, shells, distances);
    }

    /// <summary>Writes everything as <c>breakcard-links/1</c> JSON, identifiers in full (a data file, not a screen).</summary>
    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", "breakcard-links/1");
        w.WriteStartObject("hubs_skipped");
        foreach (var (kind, count) in Rings.HubsSkipped)
        {
            w.WriteNumber(EventSchema.Snake(kind), count);
        }

        w.WriteEndObject();
        w.WriteStartArray("rings");
        foreach (var r in Rings.Rings)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", r.Rank);
            w.WriteNumber("mule_density", Math.Round(r.MuleDensity, 6));
            w.WriteNumber("confirmed", r.ConfirmedMules);
            w.WriteNumber("suspected", r.SuspectedMules);
            w.WriteNumber("inflow_fen", r.Inflow.Fen);
            w.WriteNumber("internal_transfers", r.InternalTransfers);
            w.WriteNumber("internal_flow_fen", r.InternalFlow.Fen);
            w.WriteStartArray("accounts");
            foreach (var a in r.Accounts)
            {
                w.WriteStartObject();
                w.WriteString("account", a.AccountId);
                Strings(w, "holders", a.HolderIds);
                w.WriteBoolean("confirmed", a.Confirmed);
                w.WriteBoolean("suspected", a.Suspected);
                w.WriteNumber("inflow_fen", a.Inflow.Fen);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("shared");
            foreach (var s in r.Shared)
            {
                w.WriteStartObject();
                w.WriteString("kind", EventSchema.Snake(s.Entity.Kind));
                w.WriteString("id", s.Entity.Id);
                w.WriteNumber("accounts", s.Accounts);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("card_dealers");
        foreach (var d in Dealers)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", d.Rank);
            w.WriteString("controller_kind", EventSchema.Snake(d.Controller.Kind));
            w.WriteString("controller", d.Controller.Id);
            w.WriteNumber("holders", d.Holders);
            Strings(w, "instruments", d.Instruments.Select(i => i.Id));
            Strings(w, "accounts", d.Accounts.Select(a => a.AccountId));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("shell_factories");
        foreach (var s in Shells)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", s.Rank);
            w.WriteString("address", s.Address);
            Strings(w, "companies", s.CompanyIds);
            Strings(w, "people", s.PeopleIds);
            Strings(w, "accounts", s.AccountIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (Distances is { } distances)
        {
            w.WriteStartObject("mule_distance");
            foreach (var (account, d) in distances.ByAccount.OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(account, d);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
