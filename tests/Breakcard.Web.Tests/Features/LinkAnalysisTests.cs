using System.Net;
using System.Text.RegularExpressions;
using Breakcard.Web.Security;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Features;

/// <summary>Link analysis over a hand-made world whose answers are worked out on paper (see <see cref="HandWorld"/>).</summary>
public sealed partial class LinkAnalysisTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<WebServer> StartAsync()
    {
        var world = HandWorld.Write(Path.Combine(Path.GetTempPath(), "breakcard-web-hand-world-" + Guid.NewGuid().ToString("N")));
        var s = await WebServer.StartAsync(null, false, false, "--world", world, "--worldInstitution", "bank-a");
        var r = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: HandWorld.Events());
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(11, (await WebServer.JsonOf(r)).GetProperty("applied").GetInt64());
        return s;
    }

    [Fact]
    public async Task The_dealer_who_owns_the_device_used_by_three_holders_accounts_is_the_one_card_dealer()
    {
        await using var s = await StartAsync();
        var dealers = await WebServer.JsonOf(await s.GetAsync("li@bank-a", "/api/v1/links/card-dealers"));
        var dealer = Assert.Single(dealers.EnumerateArray());
        Assert.Equal("person", dealer.GetProperty("controller_kind").GetString());
        Assert.Equal("P0000010", dealer.GetProperty("controller").GetString());
        Assert.Equal(3, dealer.GetProperty("holders").GetInt32());
        Assert.Equal(new[] { HandWorld.A1, HandWorld.A2, HandWorld.A3 }.Order(StringComparer.Ordinal).Select(Mask.Key),
            dealer.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_three_pass_through_accounts_tied_by_the_device_form_one_ring()
    {
        await using var s = await StartAsync();
        var rings = await WebServer.JsonOf(await s.GetAsync("li@bank-a", "/api/v1/links/rings"));
        var ring = Assert.Single(rings.EnumerateArray());
        Assert.Equal(3, ring.GetProperty("suspected").GetInt32());
        Assert.Equal(3 * 1_000_000, ring.GetProperty("inflow_fen").GetInt64());
        Assert.Equal(new[] { HandWorld.A1, HandWorld.A2, HandWorld.A3 }.Select(Mask.Key).Order(StringComparer.Ordinal),
            ring.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("account").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(ring.GetProperty("shared").EnumerateArray(), e => e.GetProperty("kind").GetString() == "device" && e.GetProperty("accounts").GetInt32() == 3);
        Assert.DoesNotMatch(LongDigits(), rings.GetRawText());
    }

    [Fact]
    public async Task The_device_neighbourhood_is_its_owner_and_the_three_accounts_used_from_it()
    {
        await using var s = await StartAsync();
        var view = await WebServer.JsonOf(await s.GetAsync("li@bank-a", $"/api/v1/links/entities/device/{HandWorld.Device}"));
        var nodes = view.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.Equal(["account", "account", "account", "device", "person"], nodes.Select(n => n.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(4, view.GetProperty("links").GetArrayLength());
        Assert.Equal(["owns_device", "used_from_device", "used_from_device", "used_from_device"],
            view.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(LongDigits(), view.GetRawText());

        // Two steps out: each account's holder and the IP the three logins came from are added.
        var two = await WebServer.JsonOf(await s.GetAsync("li@bank-a", $"/api/v1/links/entities/device/{HandWorld.Device}?depth=2"));
        Assert.Equal(5 + 3 + 1, two.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Mule_distance_counts_transfer_hops_from_the_confirmed_account()
    {
        await using var s = await StartAsync();
        var r = await s.PostAsync("li@bank-a", "/api/v1/links/mule-distance", new { confirmed = new[] { HandWorld.A4 }, accounts = new[] { HandWorld.A5, HandWorld.A6, HandWorld.A1 } });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var view = await WebServer.JsonOf(r);
        Assert.Equal(1, view.GetProperty("sources").GetInt32());
        var rows = view.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(Mask.Key(HandWorld.A5), rows[0].GetProperty("account").GetString());
        Assert.Equal(1, rows[0].GetProperty("distance").GetInt32());
        Assert.Equal(2, rows[1].GetProperty("distance").GetInt32());
        Assert.False(rows[2].TryGetProperty("distance", out _)); // not connected: no distance
    }

    [Fact]
    public async Task Bad_link_requests_name_the_field_and_other_institutions_data_is_refused()
    {
        await using var s = await StartAsync();
        var unknown = await s.PostAsync("li@bank-a", "/api/v1/links/mule-distance", new { confirmed = new[] { Alerts.Card(777) } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("confirmed[0]", (await WebServer.JsonOf(unknown)).GetProperty("where").GetString());
        var kind = await s.GetAsync("li@bank-a", "/api/v1/links/entities/planet/x");
        Assert.Equal("kind", (await WebServer.JsonOf(kind)).GetProperty("where").GetString());
        var depth = await s.GetAsync("li@bank-a", $"/api/v1/links/entities/device/{HandWorld.Device}?depth=3");
        Assert.Equal("depth", (await WebServer.JsonOf(depth)).GetProperty("where").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await s.GetAsync("li@bank-a", "/api/v1/links/entities/device/000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.GetAsync("chen@telecom-a", "/api/v1/links/rings?institution=bank-a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.GetAsync("zhao@police-a", "/api/v1/links/rings?institution=bank-a")).StatusCode);
        var audit = await WebServer.JsonOf(await s.GetAsync("aud@bank-a", "/api/v1/audit/entries"));
        Assert.Contains("links:mule-distance", audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_world_is_the_live_monitors_reference_data()
    {
        await using var s = await StartAsync();
        var monitor = s.Service<Breakcard.Web.Monitoring.MonitorHub>().Find("bank-a")!;
        Assert.Equal(3, monitor.ReferenceAccounts);
        // No manifest.json in the folder: ages are taken on the current day.
        Assert.InRange(monitor.World!.AsOf.DayNumber, DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - 1, DateOnly.FromDateTime(DateTime.UtcNow).DayNumber + 1);
    }

    // Any run of 8 or more digits would be an unmasked card, account, identity or device number.
    [GeneratedRegex("[0-9]{8,}")]
    private static partial Regex LongDigits();
}
