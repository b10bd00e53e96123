using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Breakcard.Web.Load;

// `dotnet run --project src/Breakcard.Web -- [--demo] [--store …] [--urls http://127.0.0.1:5080]`
// or `… -- loadtest [--seconds 10] [--connections 32]` (decision endpoint, loopback only).
if (args.Length > 0 && args[0] == "loadtest")
{
    return await DecisionLoadTest.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
}

var app = await BreakcardWeb.BuildAsync(args).ConfigureAwait(false);
await app.Services.GetRequiredService<DemoSeeder>().SeedIfAskedAsync(Console.Out, CancellationToken.None).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The entry point, named for WebApplicationFactory.</summary>
public partial class Program;
