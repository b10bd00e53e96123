using System.CommandLine;
using Breakcard.Cli.Commands.Serve;
using Breakcard.Cli.Infrastructure;
using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard serve</c>: the web API and the analysts' dashboard (<c>src/Breakcard.Web</c>,
/// docs/web.md) on the embedded SQLite store or on PostgreSQL; <c>--demo</c> seeds the demo users
/// and loads the city of <c>breakcard demo</c>'s folder.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var store = new Option<string?>("--store") { Description = "SQLite file (default breakcard.db or $BREAKCARD_STORE) or a PostgreSQL connection string." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Seed demo institutions and users (password 'demo') and load the demo city." };
        var folder = new Option<string?>("--demo-folder") { Description = "The folder `breakcard demo --out` wrote (default breakcard-demo)." };
        var settings = new Option<string?>("--settings") { Description = "Settings file (default breakcard.web.json when present)." };
        var world = new Option<string?>("--world") { Description = "A world folder whose entity files (people, companies, accounts, phones, devices, links) are the live monitor's reference data and link analysis's entities." };
        var worldInstitution = new Option<string?>("--world-institution") { Description = "The institution whose monitor --world belongs to (default bank-a, the demo bank)." };
        var screeningModel = new Option<string?>("--screening-model") { Description = "A job-ad screening model file (`breakcard screen train --out FILE`); without it the screening API and page use the patterns alone." };
        var cluster = new ServeClusterOptions();
        var command = new Command("serve", "Run the web API and the analysts' dashboard.") { store, urls, demo, folder, settings, world, worldInstitution, screeningModel };
        cluster.AddTo(command);
        command.SetBody(cli, async (parse, ct) =>
        {
            List<string> args = ["--urls", parse.GetValue(urls)!];
            Add(args, "--store", parse.GetValue(store));
            Add(args, "--demoFolder", parse.GetValue(folder));
            Add(args, "--settings", parse.GetValue(settings));
            Add(args, "--world", parse.GetValue(world));
            Add(args, "--worldInstitution", parse.GetValue(worldInstitution));
            Add(args, "--screeningModel", parse.GetValue(screeningModel));
            if (parse.GetValue(demo))
            {
                args.Add("--demo=true");
            }

            // With --cluster, each institution's live monitor is a stream on the monitoring cluster
            // (ADR 0180); the client is started first and stopped after the web host.
            using var client = await cluster.StartClientAsync(parse, cli, ct).ConfigureAwait(false);
            await using var app = await BreakcardWeb.BuildAsync([.. args], b => cluster.Register(b, client, cli.Time)).ConfigureAwait(false);
            await app.Services.GetRequiredService<DemoSeeder>().SeedIfAskedAsync(cli.Error, ct).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"serving {parse.GetValue(urls)} (dashboard at /, OpenAPI at /openapi/v1.json); Ctrl+C stops").ConfigureAwait(false);
            await app.StartAsync(ct).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Add(List<string> args, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            args.Add(name);
            args.Add(value);
        }
    }
}
