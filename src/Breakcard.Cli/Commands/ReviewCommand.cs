using System.CommandLine;
using System.Text;
using Breakcard.Cases.Review;
using Breakcard.Cases.Review.Import;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard review dormant|corporate|addresses --world DIR</c>: the review lists of source
/// paper 4.4 over a world folder (docs/data-format.md) — your bank's dormant cards for suspension
/// review, its corporate accounts ranked for annual inspection, and addresses hosting many companies.
/// </summary>
public static class ReviewCommand
{
    /// <summary>Shown quarantined records at most (all are counted).</summary>
    private const int ShownProblems = 10;

    /// <summary>Builds the <c>review</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        var world = new Option<DirectoryInfo>("--world") { Description = "World folder with accounts.csv, companies.csv and (optional) transactions.csv.", Required = true, Recursive = true };
        world.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { Exists: false } d)
            {
                result.AddError($"Option '--world': folder '{d.FullName}' does not exist.");
            }
        });
        var asOf = new Option<string?>("--as-of") { Description = "Review day (default: the last day the data covers).", Recursive = true };
        var limit = new Option<int>("--limit") { Description = "Most rows to print.", DefaultValueFactory = _ => 50, Recursive = true }.InRange(1, 1_000_000);
        var unmask = new Option<bool>("--unmask") { Description = "Show your customers' account and card numbers in full; the read is audited.", Recursive = true };
        return new Command("review", "Review lists: dormant cards, corporate accounts for annual inspection, addresses hosting many companies.")
        {
            store, user, world, asOf, limit, unmask,
            Dormant(cli, store, user, world, asOf, limit, unmask), Corporate(cli, store, user, world, asOf, limit, unmask), AddressesCommand(cli, store, user, world, limit),
        };
    }

    private static Command Dormant(CliContext cli, Option<string> store, Option<string?> user, Option<DirectoryInfo> world, Option<string?> asOf, Option<int> limit, Option<bool> unmask)
    {
        var idle = new Option<int>("--idle-days") { Description = "Days without any transaction.", DefaultValueFactory = _ => DormantCardReview.DefaultIdleDays }.InRange(1, 36_500);
        var command = new Command("dormant", "Your bank's personal cards idle for the period (never-used 'blank' cards first), for suspension review.") { idle };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var data = await LoadAsync(s, parse.GetValue(world)!, null, ct);
            var rows = await s.System.Reviews.DormantAsync(s.Caller, data, CaseCli.Date(parse.GetValue(asOf), "--as-of"), parse.GetValue(idle), parse.GetValue(unmask), ct);
            var table = new Table().Border(TableBorder.Simple).AddColumns("account", "card", "class", "holder", "opened", "last activity", "idle days", "status");
            foreach (var r in rows.Take(parse.GetValue(limit)))
            {
                table.AddRow(Markup.Escape(r.Account), Markup.Escape(r.Card ?? ""), r.Class, Markup.Escape(r.HolderRef), CaseRender.Day(r.Opened),
                    r.LastActivity is { } d ? CaseRender.Day(d) : "never", r.IdleDays.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.Status);
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{rows.Count} dormant card(s), {rows.Count(r => r.NeverUsed)} never used, idle ≥ {parse.GetValue(idle)} days on {CaseRender.Day(CaseCli.Date(parse.GetValue(asOf), "--as-of") ?? data.DataEnd)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Corporate(CliContext cli, Option<string> store, Option<string?> user, Option<DirectoryInfo> world, Option<string?> asOf, Option<int> limit, Option<bool> unmask)
    {
        var alerts = new Option<FileInfo?>("--alerts") { Description = "Monitoring alerts (JSON Lines with entity and risk), to add monitoring risk." };
        var command = new Command("corporate", "Your bank's corporate accounts ranked for annual inspection, each score explained.") { alerts };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var data = await LoadAsync(s, parse.GetValue(world)!, parse.GetValue(alerts), ct);
            var rows = await s.System.Reviews.CorporateAsync(s.Caller, data, CaseCli.Date(parse.GetValue(asOf), "--as-of"), parse.GetValue(unmask), ct);
            var table = new Table().Border(TableBorder.Simple).AddColumns("rank", "account", "company", "status", "score", "reasons");
            foreach (var r in rows.Take(parse.GetValue(limit)))
            {
                table.AddRow(r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.Account), Markup.Escape($"{r.CompanyId} {r.CompanyName}"),
                    r.CompanyStatus ?? "not registered", r.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", r.Reasons)));
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{rows.Count} corporate account(s); scores are a triage heuristic (docs/cases.md), not a probability");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command AddressesCommand(CliContext cli, Option<string> store, Option<string?> user, Option<DirectoryInfo> world, Option<int> limit)
    {
        var min = new Option<int>("--min-companies") { Description = "Companies at one address to list it.", DefaultValueFactory = _ => AddressConcentration.DefaultMinimum }.InRange(2, 1_000_000);
        var command = new Command("addresses", "Registered addresses hosting many companies (shell-company signal).") { min };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var data = await LoadAsync(s, parse.GetValue(world)!, null, ct);
            var rows = s.System.Reviews.Addresses(s.Caller, data, parse.GetValue(min));
            var table = new Table().Border(TableBorder.Simple).AddColumns("address", "companies", "operating", "not operating", "abnormal", "deregistered", "representatives", "corporate accounts");
            foreach (var r in rows.Take(parse.GetValue(limit)))
            {
                table.AddRow(Markup.Escape(r.Address), N(r.CompanyIds.Length), N(r.Operating), N(r.NotOperating), N(r.Abnormal), N(r.Deregistered), N(r.LegalRepresentatives), N(r.CorporateAccounts));
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{rows.Count} address(es) with at least {parse.GetValue(min)} companies");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads the world folder's files, reporting quarantined records on standard error.</summary>
    internal static async Task<ReviewWorld> LoadAsync(CaseSession s, DirectoryInfo folder, FileInfo? alerts, CancellationToken ct)
    {
        string Path(string name) => System.IO.Path.Combine(folder.FullName, name);
        foreach (var required in new[] { "accounts.csv", "companies.csv" })
        {
            if (!File.Exists(Path(required)))
            {
                throw new InvalidInputException(new InputError(folder.FullName, null, null, $"the world folder has no {required}"));
            }
        }

        using var accounts = new StreamReader(Path("accounts.csv"), Encoding.UTF8);
        using var companies = new StreamReader(Path("companies.csv"), Encoding.UTF8);
        using var transactions = File.Exists(Path("transactions.csv")) ? new StreamReader(Path("transactions.csv"), Encoding.UTF8) : null;
        using var alertReader = alerts is null ? null : new StreamReader(alerts.FullName, Encoding.UTF8);
        var world = await Task.Run(() => WorldReader.Read((accounts, Path("accounts.csv")), (companies, Path("companies.csv")),
            transactions is null ? null : (transactions, Path("transactions.csv")), alertReader is null ? null : (alertReader, alerts!.FullName)), ct);
        if (world.ProblemCount > 0)
        {
            await s.Cli.Error.WriteLineAsync($"breakcard review: {world.ProblemCount:N0} record(s) could not be read and were left out (quarantined):");
            foreach (var p in world.Problems.Take(ShownProblems))
            {
                await s.Cli.Error.WriteLineAsync($"  {p}");
            }
        }

        return world;
    }

    private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
