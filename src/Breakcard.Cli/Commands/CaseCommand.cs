using System.CommandLine;
using Breakcard.Cases.Workflow;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard case …</c>: the case workflow of source paper 4.3 ("case verification, cause
/// investigation and management") on the store, acting as a named user: open, list, show,
/// add-evidence, evaluate, verify, confirm, transfer, close, assign, measure, file.
/// </summary>
public static class CaseCommand
{
    /// <summary>Builds the <c>case</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        var command = new Command("case", "Cases: open, gather evidence, verify, evaluate under the law, transfer to police, close.")
        {
            store, user,
            Open(cli, store, user), List(cli, store, user), Show(cli, store, user),
            CaseEvidenceCommand.Create(cli, store, user),
            CaseEvaluateCommand.Create(cli, store, user),
            CaseWorkflowCommands.Step(cli, store, user, "verify", "Start verification (new → verifying).", CaseAction.StartVerification),
            CaseWorkflowCommands.Step(cli, store, user, "confirm", "Confirm after verification (verifying → confirmed).", CaseAction.Confirm),
            CaseWorkflowCommands.Transfer(cli, store, user),
            CaseWorkflowCommands.Close(cli, store, user),
            Assign(cli, store, user),
            CaseMeasureCommand.Create(cli, store, user),
            CaseEvidenceCommand.File(cli, store, user),
        };
        return command;
    }

    private static Command Open(CliContext cli, Option<string> store, Option<string?> user)
    {
        var title = new Option<string?>("--title") { Description = "Short title (free text; identifiers go in evidence, where they are masked)." };
        var clue = new Option<string?>("--clue") { Description = "Open from this clue (own, or shared with your institution); the case starts with what you may see of it." };
        var command = new Command("open", "Open a case by hand or from a clue.") { title, clue };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var clueId = parse.GetValue(clue);
            var record = clueId is null
                ? await s.System.Cases.OpenAsync(s.Caller, parse.GetValue(title) ?? throw CaseCli.Invalid("--title", "give a title, or --clue to open from a clue"), ct)
                : await s.System.Cases.OpenFromClueAsync(s.Caller, clueId, parse.GetValue(title), ct);
            s.Cli.Console.MarkupLineInterpolated($"opened [bold]{record.Id}[/] ({record.Title}), state {CaseCli.Snake(record.State)}, version {record.Version}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext cli, Option<string> store, Option<string?> user)
    {
        var state = new Option<string?>("--state") { Description = "Only cases in this state (new, verifying, confirmed, dismissed, transferred_to_police, prosecuted, judged)." };
        var limit = new Option<int>("--limit") { Description = "Most cases to list.", DefaultValueFactory = _ => 50 }.InRange(1, 10_000);
        var command = new Command("list", "Cases your institution opened, holds or received.") { state, limit };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            CaseState? filter = parse.GetValue(state) is { } text ? CaseCli.Code<CaseState>(text, "--state") : null;
            var cases = await s.System.Cases.ListAsync(s.Caller, filter, parse.GetValue(limit), ct);
            var table = new Table().Border(TableBorder.Simple).AddColumns("case", "state", "title", "opened by", "held by", "assigned", "updated", "version");
            foreach (var c in cases)
            {
                var h = c.Header;
                table.AddRow(Markup.Escape(h.Id), CaseCli.Snake(h.State), Markup.Escape(h.Title), Markup.Escape(h.OwnerInstitutionId), Markup.Escape(h.CustodianInstitutionId),
                    Markup.Escape(h.AssignedTo ?? ""), CaseRender.Time(h.UpdatedAt), h.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{cases.Count} case(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id, for example CS-000001." };
        var unmask = new Option<bool>("--unmask") { Description = "Show identifiers your role may see in full; the read is audited." };
        var command = new Command("show", "Show a case as your institution may see it.") { id, unmask };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var view = await s.System.Cases.GetAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(unmask), ct);
            CaseRender.Case(s.Cli.Console, view, parse.GetValue(unmask));
            foreach (var m in await s.System.Measures.ListForCaseAsync(s.Caller, view.Header.Id, ct))
            {
                s.Cli.Console.MarkupLineInterpolated($"measure {m.Id}: {CaseCli.Snake(m.Terms.Kind)} on {m.Target} from {CaseRender.Day(m.Terms.AppliedOn)}, {CaseCli.Snake(m.Progress.Status)} ({m.Terms.Basis})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Assign(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var to = new Option<string>("--to") { Description = "User to assign (of the institution holding the case).", Required = true };
        var version = CaseWorkflowCommands.ExpectVersion();
        var command = new Command("assign", "Assign the case to a user.") { id, to, version };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var r = await s.System.Cases.AssignAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(to)!, parse.GetValue(version), ct);
            s.Cli.Console.MarkupLineInterpolated($"{r.Id} assigned to {r.AssignedTo}, version {r.Version}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
