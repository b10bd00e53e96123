using System.CommandLine;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Views;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Breakcard.Legal.Discipline;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard blacklist …</c>: the joint disciplinary list (2024 Measures; Anti-Fraud Law Art.
/// 31): police list card dealers and courts the criminally punished (add), institutions ask before
/// providing a service (check), the deciding body lists, expires and decides objections.
/// </summary>
public static class BlacklistCommand
{
    /// <summary>Builds the <c>blacklist</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        return new Command("blacklist", "The joint disciplinary list: add, check, list, expire, object.")
        {
            store, user, Add(cli, store, user), Check(cli, store, user), List(cli, store, user), Expire(cli, store, user), Object(cli, store, user),
        };
    }

    private static Command Add(CliContext cli, Option<string> store, Option<string?> user)
    {
        var identity = new Option<string>("--identity") { Description = "Resident identity number.", Required = true };
        var name = new Option<string?>("--name") { Description = "Name." };
        var ground = new Option<string>("--ground")
        {
            Description = "identified_card_or_account_dealing (police), criminally_punished_for_telecom_fraud or criminally_punished_for_related_crime (courts).",
            Required = true,
        };
        var from = new Option<string>("--from") { Description = "Day the listing takes effect (yyyy-MM-dd, on or after 2024-12-01).", Required = true };
        var decision = new Option<string>("--decision") { Description = "The finding's or judgment's reference.", Required = true };
        var caseId = new Option<string?>("--case") { Description = "The case it comes from." };
        var command = new Command("add", "List an identity (police: card dealing; courts: criminal punishment).") { identity, name, ground, from, decision, caseId };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var draft = new ListingDraft(CaseCli.Id(IdentifierKind.IdentityNumber, parse.GetValue(identity), "--identity"),
                CaseCli.OptionalId(IdentifierKind.PersonName, parse.GetValue(name), "--name"), CaseCli.Code<ListingGround>(parse.GetValue(ground), "--ground"),
                CaseCli.Date(parse.GetValue(from), "--from")!.Value, parse.GetValue(decision)!, parse.GetValue(caseId));
            Render(s, await s.System.Listings.AddAsync(s.Caller, draft, ct));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Check(CliContext cli, Option<string> store, Option<string?> user)
    {
        var identity = new Option<string>("--identity") { Description = "Resident identity number.", Required = true };
        var service = new Option<string>("--service")
        {
            Description = "new_bank_account (default), new_payment_account, new_phone_card or non_counter_service.",
            DefaultValueFactory = _ => "new_bank_account",
        };
        var on = new Option<string?>("--on") { Description = "The day asked about (default today)." };
        var command = new Command("check", "May this identity be given this service on this day? (The check is audited.)") { identity, service, on };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var result = await s.System.Listings.CheckAsync(s.Caller, CaseCli.Id(IdentifierKind.IdentityNumber, parse.GetValue(identity), "--identity"),
                CaseCli.Code<OnboardingService>(parse.GetValue(service), "--service"), CaseCli.Date(parse.GetValue(on), "--on"), ct);
            var a = result.Answer;
            s.Cli.Console.MarkupLineInterpolated($"{result.IdentityNumber} · {CaseCli.Snake(result.Service)} on {CaseRender.Day(result.Date)}: [bold]{CaseCli.Snake(a.Decision)}[/]");
            s.Cli.Console.MarkupLineInterpolated($"  {a.Reason}");
            foreach (var source in a.Sources)
            {
                s.Cli.Console.MarkupLineInterpolated($"  source: {source}");
            }

            if (a.ObjectionPath is not null)
            {
                s.Cli.Console.MarkupLineInterpolated($"  objection: {a.ObjectionPath}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext cli, Option<string> store, Option<string?> user)
    {
        var expired = new Option<bool>("--include-expired") { Description = "Also listings marked expired." };
        var unmask = new Option<bool>("--unmask") { Description = "Show identities your institution listed in full; the read is audited." };
        var limit = new Option<int>("--limit") { Description = "Most listings.", DefaultValueFactory = _ => 100 }.InRange(1, 10_000);
        var command = new Command("list", "Listings, newest first.") { expired, unmask, limit };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var list = await s.System.Listings.ListAsync(s.Caller, parse.GetValue(expired), parse.GetValue(unmask), parse.GetValue(limit), ct);
            var table = new Table().Border(TableBorder.Simple).AddColumns("listing", "identity", "ground", "from", "last day", "lifted", "decided by", "objections");
            foreach (var l in list)
            {
                table.AddRow(Markup.Escape(l.Id), Markup.Escape(l.IdentityNumber), CaseCli.Snake(l.Ground), CaseRender.Day(l.ListedOn), CaseRender.Day(l.LastDay),
                    l.LiftedOn is { } d ? CaseRender.Day(d) : "", Markup.Escape(l.DecidedBy), string.Join(", ", l.Objections.Select(o => $"{o.Id} {CaseCli.Snake(o.Status)}")));
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{list.Count} listing(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Expire(CliContext cli, Option<string> store, Option<string?> user)
    {
        var on = new Option<string?>("--on") { Description = "Mark listings that ended before this day (default today)." };
        var command = new Command("expire", "Mark your institution's listings whose period has ended as expired.") { on };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var expired = await s.System.Listings.ExpireAsync(s.Caller, CaseCli.Date(parse.GetValue(on), "--on"), ct);
            foreach (var l in expired)
            {
                s.Cli.Console.MarkupLineInterpolated($"{l.Id} {l.IdentityNumber}: ended {CaseRender.Day(l.LastDay)}, expired from {CaseRender.Day(l.ExpiredOn!.Value)}");
            }

            s.Cli.Console.MarkupLineInterpolated($"{expired.Count} listing(s) expired");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Object(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("listing") { Description = "Listing id, for example DL-000001." };
        var grounds = new Option<string?>("--grounds") { Description = "Record an objection: what the person says." };
        var decide = new Option<string?>("--decide") { Description = "Decide the pending objection: upheld (the listing is lifted) or rejected." };
        var reason = new Option<string?>("--reason") { Description = "Why it was decided so." };
        var on = new Option<string?>("--on") { Description = "Day filed or decided (default today)." };
        var command = new Command("object", "Record an objection to a listing your institution decided (--grounds), or decide it (--decide).") { id, grounds, decide, reason, on };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var listing = parse.GetValue(id)!;
            var day = CaseCli.Date(parse.GetValue(on), "--on");
            ListingView view;
            if (parse.GetValue(decide) is { } d)
            {
                var upheld = d.Trim().ToLowerInvariant() switch
                {
                    "upheld" => true,
                    "rejected" => false,
                    _ => throw CaseCli.Invalid("--decide", $"unknown value '{d}'; expected upheld or rejected"),
                };
                view = await s.System.Listings.DecideObjectionAsync(s.Caller, listing, upheld,
                    parse.GetValue(reason) ?? throw CaseCli.Invalid("--reason", "deciding an objection needs the reason"), day, ct);
            }
            else
            {
                view = await s.System.Listings.ObjectAsync(s.Caller, listing,
                    parse.GetValue(grounds) ?? throw CaseCli.Invalid("--grounds", "give --grounds to record an objection, or --decide to decide one"), day, ct);
            }

            Render(s, view);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(CaseSession s, ListingView l)
    {
        s.Cli.Console.MarkupLineInterpolated($"[bold]{l.Id}[/] {l.IdentityNumber} · {CaseCli.Snake(l.Ground)} · {CaseRender.Day(l.ListedOn)} through {CaseRender.Day(l.LastDay)}{(l.LiftedOn is { } d ? $" (lifted {CaseRender.Day(d)})" : "")} · decided by {l.DecidedBy} ({l.DecisionRef})");
        foreach (var o in l.Objections)
        {
            s.Cli.Console.MarkupLineInterpolated($"  objection {o.Id} filed {CaseRender.Day(o.FiledOn)}: {CaseCli.Snake(o.Status)}{(o.DecisionReason is null ? "" : " — " + o.DecisionReason)}");
        }
    }
}
