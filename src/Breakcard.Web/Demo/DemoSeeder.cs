using Breakcard.Cases.Discipline;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Core.Identifiers;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;
using Breakcard.Legal.Discipline;
using Breakcard.Simulation;
using Breakcard.Web.Dashboard;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Demo;

/// <summary>
/// <c>serve --demo</c>: institutions and users of every role (password <c>demo</c>), the demo
/// city's alerts (from <c>breakcard demo</c>'s folder when present, else a small city simulated
/// now and run through the live monitor), a few clues, a case and a listing. Idempotent.
/// </summary>
public sealed class DemoSeeder(WebSettings settings, CaseSystem system, CredentialStore credentials, MonitorHub monitors, CallerResolver callers, ReviewWorldSource review, AlertTriage triage, TimeProvider time)
{
    /// <summary>The demo password of every demo user.</summary>
    public const string Password = "demo";

    /// <summary>The demo API key of the bank analyst.</summary>
    public const string AnalystKey = "demo-key-li-bank-a";

    /// <summary>Demo users: id, display name, role.</summary>
    public static readonly (string Id, string Name, Role Role)[] Users =
    [
        ("admin@police-a", "Administrator", Role.Administrator),
        ("li@bank-a", "Li (bank analyst)", Role.Analyst),
        ("wang@bank-a", "Wang (bank supervisor)", Role.Supervisor),
        ("aud@bank-a", "Auditor of Bank A", Role.Auditor),
        ("chen@telecom-a", "Chen (telecom analyst)", Role.Analyst),
        ("zhao@police-a", "Zhao (investigator)", Role.Investigator),
        ("qian@procuratorate-a", "Qian (prosecutor)", Role.Prosecutor),
        ("sun@court-a", "Sun (judge)", Role.Judge),
    ];

    /// <summary>Demo institutions.</summary>
    public static readonly Institution[] Institutions =
    [
        new("police-a", "Chengdu Public Security Bureau (demo)", InstitutionKind.Police, null),
        new("bank-a", "Bank A (demo)", InstitutionKind.Bank, "ICBC"),
        new("telecom-a", "Telecom A (demo)", InstitutionKind.Telecom, null),
        new("procuratorate-a", "Procuratorate A (demo)", InstitutionKind.Procuratorate, null),
        new("court-a", "Court A (demo)", InstitutionKind.Court, null),
    ];

    /// <summary>Seeds when <see cref="WebSettings.Demo"/> is set, telling <paramref name="output"/> what it did.</summary>
    public async Task SeedIfAskedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!settings.Demo)
        {
            return;
        }

        await SeedDirectoryAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"demo users (password '{Password}'): {string.Join(", ", Users.Select(u => u.Id))}; API key of li@bank-a: {AnalystKey}").ConfigureAwait(false);
        var source = await LoadEventsAsync(output, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"demo data: {monitors.Alerts.Count:N0} alerts ({source})").ConfigureAwait(false);
        await SeedCasesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Institutions, users and credentials (each only when missing).</summary>
    public async Task SeedDirectoryAsync(CancellationToken cancellationToken)
    {
        var admin = Users[0];
        try
        {
            await system.Administration.InitializeAsync(Institutions[0], new User(admin.Id, admin.Name, admin.Role, "police-a"), cancellationToken).ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            // Already initialised: the rest is added only where missing.
        }

        var caller = await system.Administration.ResolveCallerAsync(admin.Id, cancellationToken).ConfigureAwait(false);
        var known = (await system.Administration.ListInstitutionsAsync(caller, cancellationToken).ConfigureAwait(false)).Select(i => i.Id).ToHashSet();
        foreach (var i in Institutions.Where(i => !known.Contains(i.Id)))
        {
            await system.Administration.AddInstitutionAsync(caller, i, cancellationToken).ConfigureAwait(false);
        }

        var users = (await system.Administration.ListUsersAsync(caller, null, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToHashSet();
        foreach (var (id, name, role) in Users.Where(u => !users.Contains(u.Id)))
        {
            await system.Administration.AddUserAsync(caller, new User(id, name, role, id[(id.IndexOf('@', StringComparison.Ordinal) + 1)..]), cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, _, _) in Users)
        {
            if (!await credentials.CheckPasswordAsync(id, Password, cancellationToken).ConfigureAwait(false))
            {
                await credentials.SetPasswordAsync(id, Password, cancellationToken).ConfigureAwait(false);
            }
        }

        await credentials.AddApiKeyAsync("li@bank-a", AnalystKey, cancellationToken).ConfigureAwait(false);
        callers.Clear();
    }

    private async Task<string> LoadEventsAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var alertsFile = Path.Combine(settings.DemoFolder, "monitor", "alerts.jsonl");
        var world = Path.Combine(settings.DemoFolder, "world");
        if (monitors.Alerts.Count > 0)
        {
            return "already loaded";
        }

        if (File.Exists(alertsFile) && Directory.Exists(world))
        {
            var monitor = await MonitorWithReferenceAsync(world, cancellationToken).ConfigureAwait(false);
            monitors.Alerts.Load(alertsFile, settings.DemoBank);
            review.Folder = world;
            await ApplyWorldAsync(world, monitor, detect: false, cancellationToken).ConfigureAwait(false);
            return $"alerts from {alertsFile}, transactions and logins from {world}";
        }

        if (!Directory.Exists(world))
        {
            world = settings.DemoWorldCache ?? Path.Combine(Path.GetTempPath(), $"breakcard-web-demo-world-{settings.DemoPeople}x{settings.DemoDays}");
            if (!File.Exists(Path.Combine(world, "manifest.json")))
            {
                await output.WriteLineAsync($"{alertsFile} not found (run `breakcard demo` first for the full city); simulating a small city into {world}").ConfigureAwait(false);
                WorldFolder.Prepare(world, "web demo world");
                await WorldSimulator.RunAsync(new SimulationOptions(settings.DemoPeople, settings.DemoDays, 7, SimulationOptions.DefaultStart, OutputFormat.Csv), world, null, cancellationToken).ConfigureAwait(false);
            }
        }

        await ApplyWorldAsync(world, await MonitorWithReferenceAsync(world, cancellationToken).ConfigureAwait(false), detect: true, cancellationToken).ConfigureAwait(false);
        review.Folder = world;
        return $"live monitor over {world}";
    }

    // The demo world's entity files become the demo bank's reference data, unless `world` was set
    // (then BreakcardWeb already gave it to the monitor).
    private Task<InstitutionMonitor> MonitorWithReferenceAsync(string world, CancellationToken cancellationToken)
    {
        if (settings.World is null && monitors.Find(settings.DemoBank) is null && Ingest.Entities.EntityFiles.Present(world).Count > 0)
        {
            monitors.SetWorld(settings.DemoBank, Links.ReferenceWorld.Read(world, time));
        }

        return monitors.ForAsync(settings.DemoBank, cancellationToken);
    }

    /// <summary>Feeds a world folder's events to a monitor (with detection, or only into the trace graph when alerts come from a file).</summary>
    public static async Task ApplyWorldAsync(string world, InstitutionMonitor monitor, bool detect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var quarantine = new QuarantineList();
        var readers = EventFolder.Find(world).Files.Where(f => detect || f.Format is InputFormat.Transactions or InputFormat.Logins)
            .Select(f => EventReaders.Open(f.Path, f.Format, quarantine)).ToList();
        using var merged = new MergedEventReader(readers);
        if (detect)
        {
            await monitor.ApplyAsync(merged, cancellationToken).ConfigureAwait(false);
            await monitor.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            monitor.ApplyGraphOnly(merged);
        }
    }

    // The alert's transactions become the case's evidence, so a legal evaluation has a conduct date and amounts.
    private async Task AddEvidenceAsync(Caller analyst, string caseId, Detection.Alerts.Alert alert, CancellationToken cancellationToken)
    {
        foreach (var e in alert.Evidence.Where(e => e is { Type: "transaction", AmountFen: > 0, EventId: not null, Counterparty: not null }).Take(5))
        {
            var own = Cases.CaseFiles.Party.TryParse(alert.Entity, out var o, out _) ? o : null;
            var other = Cases.CaseFiles.Party.TryParse(e.Counterparty, out var c, out _) ? c : null;
            if (own is null || other is null || !DateTimeOffset.TryParse(e.Time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
            {
                continue;
            }

            var (debit, credit) = e.Direction == "out" ? (own, other) : (other, own);
            await system.Cases.AddItemAsync(analyst, caseId, new Cases.CaseFiles.TransactionContent(e.EventId!, time, debit, credit, new Core.Money(e.AmountFen!.Value), "transfer"),
                null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SeedCasesAsync(CancellationToken cancellationToken)
    {
        var analyst = await system.Administration.ResolveCallerAsync("li@bank-a", cancellationToken).ConfigureAwait(false);
        if ((await system.Clues.ListAsync(analyst, null, 1, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        var top = monitors.Alerts.Query(settings.DemoBank, a => a.Alert.EntityKind == "account").OrderByDescending(a => a.Alert.Risk).Take(3).ToList();
        foreach (var record in top)
        {
            var a = record.Alert;
            if (!Identifier.TryParseAccount(a.Entity, out var subject, out _))
            {
                continue;
            }

            await triage.EscalateAsync(analyst, record, Cases.Clues.ClueDraft.FromAlert(a.AlertId, subject, a.Holder, a.Risk,
                a.Reasons.Select(r => new Cases.Clues.ClueReason(r.Code, r.Name)), a.Evidence.Where(e => e.EventId is not null).Select(e => e.EventId!).Take(100),
                $"{a.ControlMeasure.Code}: risk {a.Risk}"), system.Clues, cancellationToken).ConfigureAwait(false);
        }

        if (top.FirstOrDefault(t => t.ClueId is not null) is { ClueId: { } first } escalated)
        {
            var header = await system.Cases.OpenFromClueAsync(analyst, first, "Suspected rented card (demo)", cancellationToken).ConfigureAwait(false);
            await AddEvidenceAsync(analyst, header.Id, escalated.Alert, cancellationToken).ConfigureAwait(false);
        }

        var police = await system.Administration.ResolveCallerAsync("zhao@police-a", cancellationToken).ConfigureAwait(false);
        var payload = "51010419900101123";
        var identity = Identifier.Parse(IdentifierKind.IdentityNumber, payload + Checksums.ResidentIdCheck(payload));
        await system.Listings.AddAsync(police, new ListingDraft(identity, null, ListingGround.IdentifiedCardOrAccountDealing, new DateOnly(2025, 3, 10), "CDPSB-2025-0042 (demo)"),
            cancellationToken).ConfigureAwait(false);
    }
}
