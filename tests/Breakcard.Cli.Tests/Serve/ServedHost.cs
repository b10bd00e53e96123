using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Breakcard.Cli.Tests.Serve;

/// <summary>
/// The web host as <c>breakcard serve</c> composes it, on Kestrel at 127.0.0.1 over a SQLite store
/// in a fresh folder, with a world's entity files as bank-a's reference data, and — given a
/// factory — its live monitors on a cluster (what <c>serve --cluster</c> registers).
/// </summary>
internal sealed class ServedHost : IAsyncDisposable
{
    private readonly CliRunner.TempFolder _folder;
    private readonly HttpClient _http;
    private readonly string _key;

    private ServedHost(WebApplication app, CliRunner.TempFolder folder, HttpClient http, string key)
    {
        App = app;
        _folder = folder;
        _http = http;
        _key = key;
    }

    public WebApplication App { get; }

    public AlertBook Alerts => App.Services.GetRequiredService<AlertBook>();

    public MonitorHub Monitors => App.Services.GetRequiredService<MonitorHub>();

    public static async Task<ServedHost> StartAsync(string world, IMonitorEngineFactory? engines)
    {
        var folder = new CliRunner.TempFolder();
        string[] args = ["--store", Path.Combine(folder.Path, "web.db"), "--monitorFolder", Path.Combine(folder.Path, "monitor"),
            "--credentials", Path.Combine(folder.Path, "credentials.json"), "--demoFolder", Path.Combine(folder.Path, "no-demo"),
            "--world", world, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"];
        var app = await BreakcardWeb.BuildAsync(args, b =>
        {
            if (engines is not null)
            {
                b.Services.AddSingleton(engines);
            }
        });
        await app.Services.GetRequiredService<DemoSeeder>().SeedDirectoryAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = await app.Services.GetRequiredService<CredentialStore>().IssueApiKeyAsync("li@bank-a", CancellationToken.None);
        return new ServedHost(app, folder, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) }, key);
    }

    /// <summary>Posts a JSON Lines body as bank-a's analyst; the answer's text and how long the request took.</summary>
    public async Task<(string Answer, TimeSpan Took)> PostEventsAsync(string body, bool expectSuccess = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        clock.Stop();
        if (!expectSuccess)
        {
            Assert.False(response.IsSuccessStatusCode, text);
            return ((int)response.StatusCode + " " + text, clock.Elapsed);
        }

        Assert.True(response.IsSuccessStatusCode, text);
        return (text, clock.Elapsed);
    }

    /// <summary>The alert list the dashboard's API gives bank-a's analyst.</summary>
    public async Task<string> AlertListAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts?limit=1000");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Dispose();
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder.
        }
    }
}
