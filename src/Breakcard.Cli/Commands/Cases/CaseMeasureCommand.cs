using System.CommandLine;
using Breakcard.Cases.Views;
using Breakcard.Cli.Infrastructure;
using Breakcard.Legal.Control;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary><c>breakcard case measure apply|complain|release</c>: control measures of Anti-Fraud Law Arts. 11 and 18 with their remedy path.</summary>
internal static class CaseMeasureCommand
{
    public static Command Create(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var item = new Option<string>("--item") { Description = "The card, account or phone item to apply it to (your institution's customer).", Required = true };
        var kind = new Option<string>("--kind") { Description = "verify_transaction, re_verify_identity, delay_settlement, restrict or suspend.", Required = true };
        var finding = new Option<string[]>("--finding")
        {
            Description = "A finding established: abnormal_account_or_suspicious_transaction (banks), abnormal_phone_card or re_verification_not_passed (operators). Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var on = new Option<string?>("--on") { Description = "Day it takes effect (default today)." };
        var apply = new Command("apply", "Apply a measure the law allows on the findings established; the customer must be told the reason and how to complain.") { id, item, kind, finding, on };
        apply.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var findings = (parse.GetValue(finding) ?? []).Select(f => CaseCli.Code<MeasureTrigger>(f, "--finding")).ToHashSet();
            var m = await s.System.Measures.ApplyAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(item)!, CaseCli.Code<ControlMeasureKind>(parse.GetValue(kind), "--kind"),
                findings, CaseCli.Date(parse.GetValue(on), "--on"), ct);
            Render(s, m);
            return ExitCodes.Ok;
        });

        var measure = new Argument<string>("measure") { Description = "Measure id, for example CM-000001." };
        var text = new Option<string>("--text") { Description = "The customer's complaint as received.", Required = true };
        var complain = new Command("complain", "Record the customer's complaint against a measure.") { measure, text, on };
        complain.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            Render(s, await s.System.Measures.RecordComplaintAsync(s.Caller, parse.GetValue(measure)!, parse.GetValue(text)!, CaseCli.Date(parse.GetValue(on), "--on"), ct));
            return ExitCodes.Ok;
        });

        var measure2 = new Argument<string>("measure") { Description = "Measure id." };
        var reason = new Option<string>("--reason") { Description = "Why it is lifted (verification passed, no longer needed).", Required = true };
        var release = new Command("release", "Lift a measure.") { measure2, reason, on };
        release.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            Render(s, await s.System.Measures.ReleaseAsync(s.Caller, parse.GetValue(measure2)!, parse.GetValue(reason)!, CaseCli.Date(parse.GetValue(on), "--on"), ct));
            return ExitCodes.Ok;
        });

        return new Command("measure", "Control measures on a customer's card, account or phone (Anti-Fraud Law Arts. 11, 18) and their remedy path.") { apply, complain, release };
    }

    private static void Render(CaseSession s, MeasureView m)
    {
        var (t, p) = (m.Terms, m.Progress);
        s.Cli.Console.MarkupLineInterpolated($"[bold]{m.Id}[/] {CaseCli.Snake(t.Kind)} on {m.Target}, {CaseCli.Snake(p.Status)} (from {CaseRender.Day(t.AppliedOn)}, version {m.Version})");
        s.Cli.Console.MarkupLineInterpolated($"  basis: {t.Basis}");
        s.Cli.Console.MarkupLineInterpolated($"  reason: {t.Reason}");
        s.Cli.Console.MarkupLineInterpolated($"  remedy ({t.RemedySource}): {string.Join("; ", t.RemedySteps)}");
        if (p.Complaint is not null)
        {
            s.Cli.Console.MarkupLineInterpolated($"  complaint on {(p.ComplainedOn is { } d ? CaseRender.Day(d) : "?")}: {p.Complaint}");
        }

        if (p.ReleasedOn is { } r)
        {
            s.Cli.Console.MarkupLineInterpolated($"  released on {CaseRender.Day(r)}: {p.ReleaseReason}");
        }
    }
}
