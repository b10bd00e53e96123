using System.Globalization;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Cli.Commands;
using Breakcard.Cli.Demo.Stages.Cases;
using Breakcard.Cli.Reporting;
using Breakcard.Core.Events;
using Breakcard.Core.Time;
using Breakcard.Legal.Control;
using Breakcard.Legal.Discipline;
using Breakcard.Legal.Evaluation;
using Breakcard.Storage;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// The case system in the demo, on an embedded SQLite store in <c>&lt;work&gt;/cases</c>: the bank
/// raises clues from monitoring's alerts (or, without them, from its corporate-account inspection)
/// and from the tracing stage's fund chain (tracing/trace.json, when present), opens cases on the riskiest, adds its customer records and ledger evidence, verifies, confirms,
/// applies the proposed control measure and reports to police; police evaluate each case under the
/// rules in force on its conduct date and put the holders on the disciplinary list; the audit chain
/// is verified at the end.
/// </summary>
/// <param name="caseCount">Cases opened from the riskiest clues.</param>
public sealed class CasesStage(int caseCount = CasesStage.DefaultCaseCount) : IDemoStage
{
    /// <summary>Default number of cases.</summary>
    public const int DefaultCaseCount = 6;

    /// <inheritdoc />
    public string Name => "cases";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var world = context.World ?? throw new InvalidOperationException("the cases stage needs the simulated world; run the simulate stage first");
        var console = context.Cli.Console;
        var ct = cancellationToken;
        var storePath = PrepareStore(context.PathOf("cases"));
        await using var store = await CaseStores.OpenAsync(StoreLocation.Parse("sqlite:" + storePath), context.Cli.Time, ct).ConfigureAwait(false);
        var system = new CaseSystem(store, context.Cli.Time);
        var people = await DemoInstitutions.CreateAsync(system, ct).ConfigureAwait(false);
        var records = await Task.Run(() => CustomerRecords.Read(world.Folder), ct).ConfigureAwait(false);

        // 1. Clues.
        var alertsPath = context.PathOf("monitor", "alerts.jsonl");
        var fromAlerts = File.Exists(alertsPath);
        AlertFileRead? read = null;
        IReadOnlyList<AlertClue> drafts;
        if (fromAlerts)
        {
            (read, drafts) = DemoClues.FromAlerts(alertsPath, ct);
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"monitor/alerts.jsonl: {read.Alerts.Count:N0} alerts read, {read.Problems.Count:N0} lines rejected; the {drafts.Count:N0} riskiest subjects become clues");
            foreach (var p in read.Problems.Take(5))
            {
                console.MarkupLineInterpolated($"[yellow]rejected: {p}[/]");
            }
        }
        else
        {
            drafts = DemoClues.FromInspection(records);
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]No monitoring alerts at monitor/alerts.jsonl (the monitoring stage has not run).[/] Clues come instead from the bank's annual inspection of corporate accounts over the world's own registers (accounts.csv, companies.csv; not the ground truth): {drafts.Count:N0} accounts scoring {DemoClues.MinInspectionScore} or more.");
        }

        records.LoadPeople(world.Folder, DemoClues.People(drafts, records));
        drafts = [.. drafts.Select(d => DemoClues.WithHolder(d, records))];
        IReadOnlyList<Clue> clues = fromAlerts
            ? (await system.Clues.ImportAlertsAsync(people.Analyst, drafts, ct).ConfigureAwait(false)).Created
            : await CreateEachAsync(system, people, drafts, ct).ConfigureAwait(false);
        var traced = await DemoTraceClues.ImportAsync(context.PathOf("tracing", "trace.json"), system, people.Analyst, console, ct).ConfigureAwait(false);

        // 2. Cases on the riskiest clues about accounts the bank holds.
        var chosen = clues.Where(c => records.Account(c.Content.Subject.Reveal()) is not null).Take(caseCount).ToList();
        var evidence = await Task.Run(() => EvidenceScan.Collect(world.Folder, chosen.Select(c => c.Content.Subject.Reveal()).ToHashSet(StringComparer.Ordinal), ct), ct).ConfigureAwait(false);
        var rows = new List<CaseRow>();
        var today = ChinaTime.DateOf(context.Cli.Time.GetUtcNow());
        var listedAlready = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clue in chosen)
        {
            rows.Add(await WorkCaseAsync(system, people, records, clue, evidence.BySubject[clue.Content.Subject.Reveal()], today, listedAlready, ct).ConfigureAwait(false));
        }

        // 3. The disciplinary list, checked as a bank would at onboarding.
        var listed = rows.Where(r => r.Listing is not null).ToList();
        ListingCheckRow? check = null;
        if (listed.FirstOrDefault() is { } first)
        {
            var answer = await system.Listings.CheckAsync(people.Analyst, first.Identity!.Value, OnboardingService.NewBankAccount, null, ct).ConfigureAwait(false);
            check = new ListingCheckRow(first.Identity.Value.Masked, answer.Answer);
        }

        // 4. The audit chain.
        var verification = await system.Audit.VerifyAsync(people.Auditor, null, ct).ConfigureAwait(false);
        context.Cases = new CasesStageResult(storePath, fromAlerts, clues.Count, [.. rows.Select(r => r.CaseId)], listed.Count, verification.EntriesChecked, traced.Created);

        Print(console, clues.Count, rows, check, verification.Valid, verification.EntriesChecked, storePath);
        Report(context.Report, fromAlerts, read, clues.Count, traced, rows, check, verification.Valid, verification.EntriesChecked, evidence.Quarantined);
    }

    private static string PrepareStore(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "cases.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file); // each demo run starts a fresh store; the audit chain is the run's own
        }

        return path;
    }

    private static async Task<IReadOnlyList<Clue>> CreateEachAsync(CaseSystem system, DemoInstitutions people, IReadOnlyList<AlertClue> drafts, CancellationToken ct)
    {
        var created = new List<Clue>();
        foreach (var d in drafts)
        {
            created.Add(await system.Clues.CreateAsync(people.Analyst, d.Draft, ct).ConfigureAwait(false));
        }

        return created;
    }

    private static async Task<CaseRow> WorkCaseAsync(CaseSystem system, DemoInstitutions people, CustomerRecords records, Clue clue,
        IReadOnlyList<TransactionEvent> transactions, DateOnly today, HashSet<string> listedAlready, CancellationToken ct)
    {
        var account = records.Account(clue.Content.Subject.Reveal())!;
        var record = await system.Cases.OpenFromClueAsync(people.Analyst, clue.Id, null, ct).ConfigureAwait(false);
        var view = await system.Cases.GetAsync(people.Analyst, record.Id, reveal: false, ct).ConfigureAwait(false);
        var cardItem = view.Items.First(i => i.Kind == CaseItemKind.Card).Id;

        // The bank's own records: who answers for the account (the holder, or the holding company's legal representative).
        var personId = records.ResponsiblePerson(account);
        var person = records.Person(personId);
        if (person is { } p && clue.Content.HolderIdentity is null)
        {
            await system.Cases.AddItemAsync(people.Analyst, record.Id, new SuspectContent(p.Identity, p.Name, personId,
                $"legal representative of account holder {account.HolderId}"), null, ct).ConfigureAwait(false);
        }

        foreach (var t in transactions)
        {
            if (Party.TryParse(t.Debit, out var debit, out _) && Party.TryParse(t.Credit, out var credit, out _))
            {
                await system.Cases.AddItemAsync(people.Analyst, record.Id, new TransactionContent(t.Id, t.Time, debit, credit, t.Amount, EventSchema.Snake(t.Channel)), null, ct)
                    .ConfigureAwait(false);
            }
        }

        await system.Cases.TransitionAsync(people.Analyst, record.Id, CaseAction.StartVerification, new(), null, ct).ConfigureAwait(false);
        await system.Cases.TransitionAsync(people.Supervisor, record.Id, CaseAction.Confirm, new(), null, ct).ConfigureAwait(false);
        var kind = MeasureKind(clue.Content.ProposedMeasure?.Code);
        var measure = await system.Measures.ApplyAsync(people.Supervisor, record.Id, cardItem, kind,
            new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalAccountOrSuspiciousTransaction }, null, ct).ConfigureAwait(false);
        await system.Cases.TransitionAsync(people.Supervisor, record.Id, CaseAction.TransferToPolice,
            new(Reason: "Anti-Fraud Law Art. 18: suspicious account reported to the public-security organs", ToInstitutionId: DemoInstitutions.Police), null, ct).ConfigureAwait(false);

        // Police: legal evaluation on the evidence shared with them, then the disciplinary list.
        var (_, evaluation) = await system.Cases.EvaluateAsync(people.Investigator, record.Id, null, null, ct).ConfigureAwait(false);
        var identity = clue.Content.HolderIdentity ?? person?.Identity;
        Breakcard.Cases.Views.ListingView? listing = null;
        // One listing per person and ground: a legal representative of several flagged companies is listed once.
        if (identity is { } id && listedAlready.Add(id.Reveal()))
        {
            listing = await system.Listings.AddAsync(people.Investigator, new ListingDraft(id, clue.Content.HolderName ?? person?.Name,
                ListingGround.IdentifiedCardOrAccountDealing, today, $"demo-{record.Id}", record.Id), ct)
                .ConfigureAwait(false);
        }

        return new CaseRow(record.Id, clue.Id, clue.Content.Subject.Masked, transactions.Count, evaluation, measure.Terms.Kind, listing?.Id, identity);
    }

    // The measure monitoring proposed, as the Anti-Fraud Law's kinds for a bank (Art. 18); without
    // a proposal (inspection clues) the bank re-verifies, the mildest measure.
    private static ControlMeasureKind MeasureKind(string? proposed) => proposed switch
    {
        "delay_settlement" => ControlMeasureKind.DelaySettlement,
        "restrict_non_counter" => ControlMeasureKind.Restrict,
        "suspend" => ControlMeasureKind.Suspend,
        _ => ControlMeasureKind.ReVerifyIdentity,
    };

    private static void Print(IAnsiConsole console, int clues, List<CaseRow> rows, ListingCheckRow? check, bool auditValid, long auditEntries, string storePath)
    {
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{clues:N0} clues raised; {rows.Count} cases opened on the riskiest, worked through to police (store: {storePath})");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("case", "clue", "subject", "holder", "evidence", "inflow (¥)", "measure", "legal evaluation", "listed");
        foreach (var r in Rows(rows))
        {
            table.AddRow(r.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        if (Shown(rows) is { } shown)
        {
            LegalEvaluationView.Render(console, shown.Evaluation, "derived from the case evidence shared with police");
        }

        if (check is not null)
        {
            console.MarkupLineInterpolated($"Onboarding check at the bank for {check.Identity} (new bank account): [bold]{check.Answer.Decision}[/] — {check.Answer.Reason}");
        }

        if (auditValid)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Audit chain: [green]{auditEntries:N0} entries verified[/] (hash chain and head intact)");
        }
        else
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Audit chain: [red]verification failed after {auditEntries:N0} entries[/]");
        }
    }

    // The evaluation shown in full: the first case where a criterion is met, else the first case.
    private static CaseRow? Shown(List<CaseRow> rows) => rows.FirstOrDefault(r => Met(r.Evaluation).Count > 0) ?? rows.FirstOrDefault();

    // Criteria met beyond the preconditions (statute in force, age), which nearly every case meets.
    private static List<string> Met(LegalEvaluation e) =>
        [.. e.Criteria.Where(c => c.Status == CriterionStatus.Met && c.Info.Group != CriterionGroup.Applicability).Select(c => c.Id)];

    private static List<string[]> Rows(List<CaseRow> rows) => rows.Select(r => new[]
    {
        r.CaseId, r.ClueId, r.Subject, r.Identity?.Masked ?? "(unknown)", r.Transactions.ToString(CultureInfo.InvariantCulture),
        (r.Evaluation.Facts.Act.Settlement?.Fen / 100 ?? 0).ToString("N0", CultureInfo.InvariantCulture),
        EventSchema.Snake(r.Measure), Outcome(r.Evaluation), r.Listing ?? "-",
    }).ToList();

    private static string Outcome(LegalEvaluation e)
    {
        var met = Met(e);
        return EventSchema.Snake(e.Conclusion.Outcome) + (met.Count > 0 ? " (met: " + string.Join(", ", met) + ")" : "");
    }

    private static void Report(HtmlReport report, bool fromAlerts, AlertFileRead? read, int clues, DemoTraceClues.Outcome traced, List<CaseRow> rows, ListingCheckRow? check,
        bool auditValid, long auditEntries, int quarantined)
    {
        var section = report.Add("cases", "Clues, cases, control measures and the disciplinary list");
        section.Lead = (fromAlerts
                ? "The bank imported monitoring's alerts (monitor/alerts.jsonl) as clues, one per card or account with the alerts' explanation and proposed control measure. "
                : "No monitoring alerts were available, so the bank's clues come from its annual inspection of corporate accounts over the world's own registers (not the ground truth). ")
            + "It opened cases on the riskiest, added its customer records and ledger evidence, confirmed them, applied the control measure and reported them to police, "
            + "who evaluated each under the statutory thresholds in force on its conduct date and put the holders on the disciplinary list. Store: cases/cases.db (SQLite).";
        section.Figure("clue source", fromAlerts ? "monitoring alerts" : "corporate inspection")
            .Figure("clues", clues.ToString("N0", CultureInfo.InvariantCulture))
            .Figure("clues from the traced chain", traced.Created.ToString("N0", CultureInfo.InvariantCulture))
            .Figure("cases", rows.Count.ToString(CultureInfo.InvariantCulture))
            .Figure("listed", rows.Count(r => r.Listing is not null).ToString(CultureInfo.InvariantCulture))
            .Figure("audit entries verified", auditValid ? auditEntries.ToString("N0", CultureInfo.InvariantCulture) : "FAILED");
        section.Tables.Add(new ReportTable("Cases (identifiers masked)", ["case", "clue", "subject", "holder", "evidence", "inflow (¥)", "measure", "legal evaluation", "listed"],
            Rows(rows).Select(r => (IReadOnlyList<string>)r).ToArray()));
        if (Shown(rows) is { } shown)
        {
            section.Tables.Add(new ReportTable($"Legal evaluation of {shown.CaseId} (conduct {shown.Evaluation.Facts.ConductDate:yyyy-MM-dd}): {EventSchema.Snake(shown.Evaluation.Conclusion.Outcome)}",
                ["criterion", "source", "from", "status", "decisive numbers"],
                shown.Evaluation.Criteria.Select(c => (IReadOnlyList<string>)[c.Id, c.Info.Source.Citation, c.Info.Source.EffectiveFromText, EventSchema.Snake(c.Status), c.Decisive]).ToArray()));
        }

        section.Notes.Add(traced.Message);
        if (read is { Problems.Count: > 0 })
        {
            section.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{read.Problems.Count:N0} alert lines were rejected, for example: {read.Problems[0]}"));
        }

        if (check is not null)
        {
            section.Notes.Add($"Onboarding check for {check.Identity} (new bank account): {check.Answer.Decision} — {check.Answer.Reason}");
        }

        section.Notes.Add("Derived facts fill in only what the evidence shows (conduct date, money through the card, the holder's age); knowledge, gains and whether the helped crime "
            + "was verified stay unknown, so criteria that need them read \"insufficient facts\". Listing here stands in for the police's own finding of card dealing (2024 Measures).");
        if (quarantined > 0)
        {
            section.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{quarantined:N0} transaction records of the world could not be read and were left out of the evidence."));
        }
    }

    private sealed record CaseRow(string CaseId, string ClueId, string Subject, int Transactions, LegalEvaluation Evaluation, ControlMeasureKind Measure,
        string? Listing, Identifier? Identity);

    private sealed record ListingCheckRow(string Identity, OnboardingAnswer Answer);
}
