using System.CommandLine;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Identifiers;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard clue …</c>: clues raised by hand (or from an alert's numbers), read, listed,
/// dismissed, and shared with another institution with only the parts it needs.
/// </summary>
public static class ClueCommand
{
    /// <summary>Builds the <c>clue</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        return new Command("clue", "Clues: raise, import from monitoring alerts, show, list, share with another institution, dismiss.")
        {
            store, user, Add(cli, store, user), ClueImportCommand.Create(cli, store, user), Show(cli, store, user), List(cli, store, user), Share(cli, store, user), Dismiss(cli, store, user),
        };
    }

    private static Command Add(CliContext cli, Option<string> store, Option<string?> user)
    {
        var subject = new Option<string>("--subject") { Description = "The card, account or mobile number the clue is about.", Required = true };
        var holderId = new Option<string?>("--holder-id") { Description = "Holder's resident identity number." };
        var holderName = new Option<string?>("--holder-name") { Description = "Holder's name." };
        var holderRef = new Option<string?>("--holder-ref") { Description = "Holder's id in the source data." };
        var summary = new Option<string>("--summary") { Description = "What was seen (free text; no identifiers).", Required = true };
        var alert = new Option<string?>("--alert") { Description = "The monitoring alert id this clue comes from." };
        var risk = new Option<int?>("--risk") { Description = "The alert's risk, 0–100." };
        var reason = new Option<string[]>("--reason") { Description = "Reason as CODE:description (repeatable).", AllowMultipleArgumentsPerToken = true };
        var evidence = new Option<string?>("--evidence") { Description = "Evidence event ids, comma separated." };
        var command = new Command("add", "Raise a clue by hand, or from an alert's numbers (--alert, --risk, --reason, --evidence).")
        {
            subject, holderId, holderName, holderRef, summary, alert, risk, reason, evidence,
        };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var text = parse.GetValue(subject)!;
            var subjectId = Identifier.TryParse(IdentifierKind.Phone, text, out var phone, out _) ? phone
                : Identifier.TryParseAccount(text, out var account, out var error) ? account
                : throw CaseCli.Invalid("--subject", $"not a mobile, card or account number: {error}");
            var reasons = (parse.GetValue(reason) ?? []).Select(r =>
            {
                var colon = r.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 ? new ClueReason(r[..colon].Trim(), r[(colon + 1)..].Trim()) : throw CaseCli.Invalid("--reason", "write each reason as CODE:description");
            }).ToList();
            var events = parse.GetValue(evidence)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var draft = parse.GetValue(alert) is { } alertId
                ? ClueDraft.FromAlert(alertId, subjectId, parse.GetValue(holderRef), parse.GetValue(risk) ?? throw CaseCli.Invalid("--risk", "a clue from an alert carries its risk"), reasons, events, parse.GetValue(summary)!)
                    with { HolderIdentity = CaseCli.OptionalId(IdentifierKind.IdentityNumber, parse.GetValue(holderId), "--holder-id"), HolderName = CaseCli.OptionalId(IdentifierKind.PersonName, parse.GetValue(holderName), "--holder-name") }
                : ClueDraft.Manual(subjectId, CaseCli.OptionalId(IdentifierKind.IdentityNumber, parse.GetValue(holderId), "--holder-id"),
                    CaseCli.OptionalId(IdentifierKind.PersonName, parse.GetValue(holderName), "--holder-name"), parse.GetValue(holderRef), parse.GetValue(summary)!)
                    with { Reasons = [.. reasons], EvidenceEventIds = [.. events], Risk = parse.GetValue(risk) };
            var clue = await s.System.Clues.CreateAsync(s.Caller, draft, ct);
            s.Cli.Console.MarkupLineInterpolated($"raised clue [bold]{clue.Id}[/] about {clue.Content.Subject.Masked}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("clue") { Description = "Clue id, for example CL-000001." };
        var unmask = new Option<bool>("--unmask") { Description = "Show identifiers your role may see in full; the read is audited." };
        var command = new Command("show", "Show a clue (another institution's: only the parts shared with yours).") { id, unmask };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            CaseRender.Clue(s.Cli.Console, await s.System.Clues.GetAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(unmask), ct), parse.GetValue(unmask));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext cli, Option<string> store, Option<string?> user)
    {
        var status = new Option<string?>("--status") { Description = "Only own clues with this status: open, promoted, dismissed." };
        var limit = new Option<int>("--limit") { Description = "Most clues to list.", DefaultValueFactory = _ => 50 }.InRange(1, 10_000);
        var command = new Command("list", "Your institution's clues and those shared with it, masked.") { status, limit };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            ClueStatus? filter = parse.GetValue(status) is { } t ? CaseCli.Code<ClueStatus>(t, "--status") : null;
            var clues = await s.System.Clues.ListAsync(s.Caller, filter, parse.GetValue(limit), ct);
            var table = new Table().Border(TableBorder.Simple).AddColumns("clue", "from", "source", "subject", "risk", "status", "summary");
            foreach (var c in clues)
            {
                table.AddRow(Markup.Escape(c.Id), Markup.Escape(c.InstitutionId), CaseCli.Snake(c.Source), Markup.Escape(c.Subject ?? "(not shared)"),
                    c.Risk?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", c.Status is { } st ? CaseCli.Snake(st) : "shared", Markup.Escape(c.Summary ?? ""));
            }

            s.Cli.Console.Write(table);
            s.Cli.Console.MarkupLineInterpolated($"{clues.Count} clue(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Share(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("clue") { Description = "Clue id." };
        var to = new Option<string>("--to") { Description = "The receiving institution.", Required = true };
        var fields = new Option<string?>("--fields") { Description = "Parts to share, comma separated: subject, holder, risk, reasons, evidence, chain, summary (default subject,holder,reasons,evidence,chain)." };
        var purpose = new Option<string>("--purpose") { Description = "Why (legal basis or request).", Required = true };
        var command = new Command("share", "Share parts of a clue with another institution; it will see exactly these parts.") { id, to, fields, purpose };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var parts = (parse.GetValue(fields)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
                .Select(f => CaseCli.Code<ClueField>(f, "--fields")).ToList();
            var share = await s.System.Clues.ShareAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(to)!, parts, parse.GetValue(purpose)!, ct);
            s.Cli.Console.MarkupLineInterpolated($"shared {share.SubjectId} with {share.ToInstitutionId} as {share.Id}: {string.Join(", ", share.ClueFields.Select(CaseCli.Snake))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Dismiss(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("clue") { Description = "Clue id." };
        var reason = new Option<string>("--reason") { Description = "Why it is not worth a case.", Required = true };
        var command = new Command("dismiss", "Dismiss an open clue.") { id, reason };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var clue = await s.System.Clues.DismissAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(reason)!, ct);
            s.Cli.Console.MarkupLineInterpolated($"{clue.Id} dismissed");
            return ExitCodes.Ok;
        });
        return command;
    }
}
