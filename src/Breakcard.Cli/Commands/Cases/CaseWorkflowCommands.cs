using System.CommandLine;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>The workflow steps of <c>breakcard case</c>: verify, confirm, transfer (to police, to a procuratorate, to a court) and close (dismiss or judge).</summary>
internal static class CaseWorkflowCommands
{
    public static Option<long?> ExpectVersion() => new("--expect-version")
    {
        Description = "Fail with a conflict unless the case is still at this version (what you read with 'case show').",
    };

    public static Command Step(CliContext cli, Option<string> store, Option<string?> user, string name, string description, CaseAction action)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the timeline." };
        var version = ExpectVersion();
        var command = new Command(name, description) { id, reason, version };
        command.SetCaseBody(cli, store, user, (s, parse, ct) =>
            RunAsync(s, parse.GetValue(id)!, action, new TransitionRequest(Reason: parse.GetValue(reason)), parse.GetValue(version), ct));
        return command;
    }

    public static Command Transfer(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var to = new Option<string?>("--to") { Description = "The receiving police organ (from a bank, operator or platform), procuratorate (from police) or court (from a procuratorate)." };
        var share = new Option<string?>("--share") { Description = "Exactly which items to hand over, comma separated (default: people, cards, phones, companies, transactions and chains to police; the whole file onwards)." };
        var reason = new Option<string?>("--reason") { Description = "Purpose or basis, recorded with the share." };
        var version = ExpectVersion();
        var command = new Command("transfer", "Hand the case on: to police (confirmed case), for prosecution (police), to court (procuratorate: prosecuted).") { id, to, share, reason, version };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var view = await s.System.Cases.GetAsync(s.Caller, parse.GetValue(id)!, false, ct);
            var action = view.Header.State switch
            {
                CaseState.Confirmed => CaseAction.TransferToPolice,
                CaseState.TransferredToPolice when s.Caller.InstitutionKind == Breakcard.Cases.Identity.InstitutionKind.Procuratorate => CaseAction.Prosecute,
                CaseState.TransferredToPolice => CaseAction.ReferForProsecution,
                _ => CaseAction.TransferToPolice, // the workflow names the states it is allowed from
            };
            var items = parse.GetValue(share)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return await RunAsync(s, view.Header.Id, action, new TransitionRequest(parse.GetValue(reason), parse.GetValue(to), items), parse.GetValue(version), ct);
        });
        return command;
    }

    public static Command Close(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var reason = new Option<string?>("--reason") { Description = "Dismiss the case for this reason." };
        var verdict = new Option<string?>("--verdict") { Description = "Judge the case (court): convicted, exempted_from_punishment or acquitted." };
        var judgedOn = new Option<string?>("--judged-on") { Description = "Date of the judgment (yyyy-MM-dd; default today)." };
        var crime = new Option<string?>("--crime") { Description = "Crime convicted of, for example 帮助信息网络犯罪活动罪." };
        var sentence = new Option<string?>("--sentence") { Description = "The sentence in words." };
        var fine = new Option<string?>("--fine") { Description = "Fine in yuan." };
        var reference = new Option<string?>("--reference") { Description = "Judgment number." };
        var version = ExpectVersion();
        var command = new Command("close", "Close the case: dismiss it (--reason) or, at a court, judge it (--verdict …).") { id, reason, verdict, judgedOn, crime, sentence, fine, reference, version };
        command.SetCaseBody(cli, store, user, (s, parse, ct) =>
        {
            var caseId = parse.GetValue(id)!;
            if (parse.GetValue(verdict) is { } v)
            {
                var judgment = new JudgmentContent(CaseCli.Date(parse.GetValue(judgedOn), "--judged-on") ?? Breakcard.Core.Time.ChinaTime.DateOf(s.Cli.Time.GetUtcNow()),
                    CaseCli.Code<JudgmentVerdict>(v, "--verdict"), parse.GetValue(crime), parse.GetValue(sentence),
                    parse.GetValue(fine) is { } f ? CaseCli.Yuan(f, "--fine") : null, parse.GetValue(reference));
                return RunAsync(s, caseId, CaseAction.Judge, new TransitionRequest(parse.GetValue(reason), Judgment: judgment), parse.GetValue(version), ct);
            }

            return parse.GetValue(reason) is { } why
                ? RunAsync(s, caseId, CaseAction.Dismiss, new TransitionRequest(why), parse.GetValue(version), ct)
                : throw CaseCli.Invalid("--reason", "give --reason to dismiss, or --verdict to judge");
        });
        return command;
    }

    private static async Task<int> RunAsync(CaseSession s, string caseId, CaseAction action, TransitionRequest request, long? version, CancellationToken ct)
    {
        var before = (await s.System.Cases.GetAsync(s.Caller, caseId, false, ct)).Header;
        var after = await s.System.Cases.TransitionAsync(s.Caller, caseId, action, request, version, ct);
        var custody = after.CustodianInstitutionId != before.CustodianInstitutionId ? $", now held by {after.CustodianInstitutionId}" : "";
        s.Cli.Console.MarkupLineInterpolated($"{after.Id}: {CaseCli.Snake(before.State)} → [bold]{CaseCli.Snake(after.State)}[/]{custody}, version {after.Version}");
        return ExitCodes.Ok;
    }
}
