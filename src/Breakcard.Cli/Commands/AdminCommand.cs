using System.CommandLine;
using Breakcard.Cases.Identity;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard admin …</c>: set up a store (its first institution and administrator), register
/// institutions and manage users. Administrators never see case data.
/// </summary>
public static class AdminCommand
{
    /// <summary>Builds the <c>admin</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        return new Command("admin", "Set up the store; register institutions; manage users.")
        {
            store, user, Init(cli, store),
            new Command("institution", "Institutions.") { AddInstitution(cli, store, user), ListInstitutions(cli, store, user) },
            new Command("user", "Users.") { AddUser(cli, store, user), ListUsers(cli, store, user), Deactivate(cli, store, user) },
        };
    }

    private static (Option<string> Id, Option<string> Name, Option<string> Kind, Option<string?> BankCode) InstitutionOptions() => (
        new Option<string>("--id") { Description = "Institution id: a-z, 0-9 and '-' (for example icbc-chengdu).", Required = true },
        new Option<string>("--name") { Description = "Display name.", Required = true },
        new Option<string>("--kind") { Description = "bank, payment_institution, telecom, platform, police, procuratorate or court.", Required = true },
        new Option<string?>("--bank-code") { Description = "For banks and payment institutions: the bank code of its customers' accounts (for example ICBC)." });

    private static Command Init(CliContext cli, Option<string> store)
    {
        var (id, name, kind, bank) = InstitutionOptions();
        var admin = new Option<string>("--admin") { Description = "The first administrator's user id (name@institution).", Required = true };
        var adminName = new Option<string?>("--admin-name") { Description = "Its display name." };
        var command = new Command("init", "Set up an empty store: its first institution and administrator (refused once users exist).") { id, name, kind, bank, admin, adminName };
        command.SetStoreBody(cli, store, async (sys, parse, ct) =>
        {
            var institution = new Institution(parse.GetValue(id)!, parse.GetValue(name)!, CaseCli.Code<InstitutionKind>(parse.GetValue(kind), "--kind"), parse.GetValue(bank));
            var adminId = parse.GetValue(admin)!;
            var created = await sys.Administration.InitializeAsync(institution,
                new User(adminId, parse.GetValue(adminName) ?? adminId, Role.Administrator, institution.Id), ct);
            cli.Console.MarkupLineInterpolated($"store initialised in {sys.Store.Description}: institution {institution.Id}, administrator {created.Id}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command AddInstitution(CliContext cli, Option<string> store, Option<string?> user)
    {
        var (id, name, kind, bank) = InstitutionOptions();
        var command = new Command("add", "Register an institution.") { id, name, kind, bank };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var i = await s.System.Administration.AddInstitutionAsync(s.Caller,
                new Institution(parse.GetValue(id)!, parse.GetValue(name)!, CaseCli.Code<InstitutionKind>(parse.GetValue(kind), "--kind"), parse.GetValue(bank)), ct);
            s.Cli.Console.MarkupLineInterpolated($"registered {i.Id} ({CaseCli.Snake(i.Kind)})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListInstitutions(CliContext cli, Option<string> store, Option<string?> user)
    {
        var command = new Command("list", "Every institution.");
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "kind", "bank code", "name");
            foreach (var i in await s.System.Administration.ListInstitutionsAsync(s.Caller, ct))
            {
                table.AddRow(Markup.Escape(i.Id), CaseCli.Snake(i.Kind), Markup.Escape(i.BankCode ?? ""), Markup.Escape(i.Name));
            }

            s.Cli.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command AddUser(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Option<string>("--id") { Description = "User id, name@institution.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var role = new Option<string>("--role") { Description = "analyst, supervisor, investigator, prosecutor, judge, auditor or administrator.", Required = true };
        var command = new Command("add", "Add a user; the institution is the part after '@'.") { id, name, role };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var userId = parse.GetValue(id)!;
            var at = userId.IndexOf('@', StringComparison.Ordinal);
            var added = await s.System.Administration.AddUserAsync(s.Caller,
                new User(userId, parse.GetValue(name) ?? userId, CaseCli.Code<Role>(parse.GetValue(role), "--role"), at < 0 ? "" : userId[(at + 1)..]), ct);
            s.Cli.Console.MarkupLineInterpolated($"added {added.Id} ({CaseCli.Snake(added.Role)})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListUsers(CliContext cli, Option<string> store, Option<string?> user)
    {
        var institution = new Option<string?>("--institution") { Description = "Only this institution's users." };
        var command = new Command("list", "Users.") { institution };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "role", "active", "name");
            foreach (var u in await s.System.Administration.ListUsersAsync(s.Caller, parse.GetValue(institution), ct))
            {
                table.AddRow(Markup.Escape(u.Id), CaseCli.Snake(u.Role), u.Active ? "yes" : "no", Markup.Escape(u.DisplayName));
            }

            s.Cli.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Deactivate(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("user") { Description = "User id." };
        var command = new Command("deactivate", "Deactivate a user; its past actions stay attributed to it.") { id };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var u = await s.System.Administration.DeactivateUserAsync(s.Caller, parse.GetValue(id)!, ct);
            s.Cli.Console.MarkupLineInterpolated($"{u.Id} deactivated");
            return ExitCodes.Ok;
        });
        return command;
    }
}
