using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Commands.Tracing;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Graph.Export;
using Breakcard.Graph.Links;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard links</c>: link analysis over persons, companies, accounts, phone cards, devices,
/// IPs and addresses — rings of mule accounts, card dealers, shell factories and each account's
/// distance to a confirmed mule; <c>links export</c> writes the data as FollowTheMoney entities.
/// </summary>
public static class LinksCommand
{
    /// <summary>Builds the command and its <c>export</c> subcommand.</summary>
    public static Command Create(CliContext cli)
    {
        var inputs = new InvestigationOptions();
        var top = new Option<int>("--top") { Description = "Rings, dealers and shell factories printed (all are written to --out).", DefaultValueFactory = _ => 10 }.InRange(1, 100_000);
        var accounts = new Option<string[]>("--account") { Description = "Print this account's distance to a confirmed mule (repeatable).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for links.json (rings, dealers, shell factories, distances; identifiers in full)." };
        var command = new Command("links", "Find rings of mule accounts (shared devices, phones, IPs, addresses; money among suspects), card dealers, shell factories, and distances to confirmed mules.");
        foreach (var o in inputs.All.Append(top).Append(accounts).Append(output))
        {
            command.Options.Add(o);
        }

        command.Subcommands.Add(CreateExport(cli));
        command.SetBody(cli, async (parse, ct) =>
        {
            var world = WorldLoader.Load(inputs.Read(parse), keepEvents: false, ct);
            var analysis = LinkAnalysis.Run(world);
            Print(cli, world, analysis, parse.GetValue(top), parse.GetValue(accounts) ?? []);
            var folder = parse.GetValue(output);
            await InvestigationOutput.ReportQuarantineAsync(cli, "links", world, folder).ConfigureAwait(false);
            if (folder is not null)
            {
                folder.Create();
                InvestigationOutput.WriteFile(Path.Combine(folder.FullName, LinkAnalysis.FileName), s => analysis.WriteJson(s));
                cli.Console.WriteLine($"Wrote {LinkAnalysis.FileName} to {folder.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateExport(CliContext cli)
    {
        var inputs = new InvestigationOptions();
        var output = new Option<FileInfo>("--out") { Description = "The JSON Lines file to write (FollowTheMoney entities).", Required = true };
        var command = new Command("export", "Write persons, companies, accounts, ownership, online banking, payments and calls as FollowTheMoney entities (JSON Lines) for other investigation tools.");
        foreach (var o in inputs.All.Append(output))
        {
            command.Options.Add(o);
        }

        command.SetBody(cli, async (parse, ct) =>
        {
            var world = WorldLoader.Load(inputs.Read(parse), keepEvents: true, ct);
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            var data = new FtmData
            {
                People = world.Reference.People, Companies = world.Reference.Companies, Accounts = world.Reference.Accounts, Phones = world.Reference.Phones,
                OnlineAccounts = [.. world.OnlineAccounts], Transactions = world.KeptTransactions, Calls = world.KeptCalls,
            };
            var written = 0;
            InvestigationOutput.WriteFile(file.FullName, s => written = FollowTheMoneyWriter.Write(s, data));
            await InvestigationOutput.ReportQuarantineAsync(cli, "links export", world, null).ConfigureAwait(false);
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written:N0} FollowTheMoney entities to {file.FullName}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliContext cli, LoadedWorld world, LinkAnalysis analysis, int top, IReadOnlyList<string> accounts)
    {
        var console = cli.Console;
        console.MarkupLineInterpolated(
            $"{world.Events:N0} events, {world.Entities.NodeCount:N0} entities, {world.Entities.LinkCount:N0} links; {analysis.Rings.Rings.Count:N0} rings, {analysis.Dealers.Count:N0} card dealers, {analysis.Shells.Count:N0} shell factories");
        if (analysis.Rings.HubsSkipped.Count > 0)
        {
            console.WriteLine("Shared entities too common to link (hubs, skipped): " + string.Join(", ", analysis.Rings.HubsSkipped.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Value:N0} {EntityKindText(h.Key)}"))));
        }

        var rings = new Table().Border(TableBorder.Rounded).Title("Rings, by mule density then money received");
        rings.AddColumns("#", "accounts", "holders", "suspected", "density", "received", "moved inside", "linked by");
        foreach (var r in analysis.Rings.Rings.Take(top))
        {
            rings.AddRow(r.Rank.ToString(CultureInfo.InvariantCulture), r.Accounts.Count.ToString(CultureInfo.InvariantCulture), r.HolderIds.Count.ToString(CultureInfo.InvariantCulture),
                r.SuspectedMules.ToString(CultureInfo.InvariantCulture), TracePrinter.Percent(r.MuleDensity), TracePrinter.Yuan(r.Inflow.Fen), TracePrinter.Yuan(r.InternalFlow.Fen),
                Markup.Escape(string.Join("; ", r.Shared.Take(3).Select(s => $"{EntityText.Masked(s.Entity)} ({s.Accounts})")) + (r.Shared.Count == 0 ? "money among suspects" : "")));
        }

        console.Write(rings);
        var dealers = new Table().Border(TableBorder.Rounded).Title("Card dealers: one person or device operating many holders' accounts");
        dealers.AddColumns("#", "controller", "holders", "accounts", "through");
        foreach (var d in analysis.Dealers.Take(top))
        {
            dealers.AddRow(d.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(EntityText.Masked(d.Controller)), d.Holders.ToString(CultureInfo.InvariantCulture),
                d.Accounts.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", d.Instruments.Take(3).Select(EntityText.Masked))));
        }

        console.Write(dealers);
        var shells = new Table().Border(TableBorder.Rounded).Title("Shell factories: many companies at one address");
        shells.AddColumns("#", "address", "companies", "people behind them", "accounts", "not operating / abnormal");
        foreach (var s in analysis.Shells.Take(top))
        {
            var bad = s.Statuses.Where(x => x.Key is Core.Companies.CompanyStatus.NotOperating or Core.Companies.CompanyStatus.Abnormal).Sum(x => x.Value);
            shells.AddRow(s.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(EntityText.Masked(EntityKind.Address, s.Address)), s.CompanyIds.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", s.PeopleIds.Take(4))), s.AccountIds.Count.ToString(CultureInfo.InvariantCulture), bad.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(shells);
        if (analysis.Distances is { } distances)
        {
            var histogram = string.Join(", ", distances.Histogram.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Key} hop(s): {h.Value:N0}")));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Distance to a confirmed mule ({distances.Sources:N0} confirmed): {histogram}"));
            foreach (var a in accounts)
            {
                console.WriteLine($"  {Masking.KeepEnds(a, 4, 4)}: {(distances.DistanceOf(a) is { } d ? d.ToString(CultureInfo.InvariantCulture) + " hop(s)" : "unreachable within " + analysis.Options.MaxMuleDistance)}");
            }
        }
        else if (accounts.Count > 0)
        {
            console.WriteLine("Distances need confirmed mules: give --confirmed.");
        }
    }

    private static string EntityKindText(EntityKind kind) => kind switch
    {
        EntityKind.Ip => "IPs",
        EntityKind.Address => "addresses",
        EntityKind.Device => "devices",
        EntityKind.Phone => "phones",
        _ => kind.ToString(),
    };
}
