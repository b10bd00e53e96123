using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Breakcard.Web.Tests.Infrastructure;

/// <summary>
/// The real host (<see cref="BreakcardWeb.BuildAsync"/>, the same composition <c>Program</c> runs)
/// on the test server, or on Kestrel at 127.0.0.1 for the browser, over a store of either engine,
/// with the demo institutions and users and one API key per user.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly Dictionary<string, string> _keys = [];

    private WebServer(WebApplication app, DirectoryInfo folder, HttpClient client)
    {
        App = app;
        _folder = folder;
        Client = client;
    }

    public WebApplication App { get; }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Client { get; }

    public string Folder => _folder.FullName;

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts a host; <paramref name="store"/> null means a SQLite file in a fresh folder.</summary>
    public static async Task<WebServer> StartAsync(string? store = null, bool kestrel = false, bool demo = false, params string[] extra)
    {
        var folder = Directory.CreateTempSubdirectory("breakcard-web-test-");
        string[] args = ["--store", store ?? Path.Combine(folder.FullName, "web.db"), "--monitorFolder", Path.Combine(folder.FullName, "monitor"),
            "--credentials", Path.Combine(folder.FullName, "credentials.json"), "--demoFolder", Path.Combine(folder.FullName, "no-demo"),
            "--Logging:LogLevel:Default", "Warning", .. extra];
        if (demo)
        {
            args = [.. args, "--demo", "--demoPeople", "1000", "--demoDays", "7", "--demoWorldCache", SharedWorld];
        }

        if (kestrel)
        {
            args = [.. args, "--urls", "http://127.0.0.1:0"];
        }

        var app = await BreakcardWeb.BuildAsync(args, b =>
        {
            if (!kestrel)
            {
                b.WebHost.UseTestServer();
            }
        });
        if (demo)
        {
            await WorldGate.WaitAsync();
            try
            {
                await app.Services.GetRequiredService<DemoSeeder>().SeedIfAskedAsync(TextWriter.Null, CancellationToken.None);
            }
            finally
            {
                WorldGate.Release();
            }
        }
        else
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedDirectoryAsync(CancellationToken.None);
        }

        await app.StartAsync();
        var client = kestrel
            ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) }
            : app.GetTestClient();
        var server = new WebServer(app, folder, client);
        var credentials = app.Services.GetRequiredService<CredentialStore>();
        foreach (var (id, _, _) in DemoSeeder.Users)
        {
            server._keys[id] = await credentials.IssueApiKeyAsync(id, CancellationToken.None);
        }

        return server;
    }

    /// <summary>The small demo city the browser tests share (simulated once per test run).</summary>
    public static string SharedWorld { get; } = Path.Combine(Path.GetTempPath(), $"breakcard-web-tests-world-{Environment.ProcessId}");

    private static readonly SemaphoreSlim WorldGate = new(1, 1);

    public string BaseUrl => Client.BaseAddress!.ToString().TrimEnd('/');

    /// <summary>A request as a demo user (API key), with an optional JSON body.</summary>
    public async Task<HttpResponseMessage> SendAsync(string? user, HttpMethod method, string path, object? json = null, string? raw = null, string contentType = "application/json",
        Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _keys[user]);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json, options: Json);
        }
        else if (raw is not null)
        {
            request.Content = new StringContent(raw, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        configure?.Invoke(request);
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string user, string path) => SendAsync(user, HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string user, string path, object? json = null) => SendAsync(user, HttpMethod.Post, path, json ?? new { });

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder.
        }
    }
}
