using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Cases;

/// <summary><c>breakcard case …</c> end to end on a SQLite store, acting as named users.</summary>
public sealed class CaseCommandTests
{
    [Fact]
    public async Task Transfer_BankToPolice_PoliceSeeTheSharedItemsUnmaskedAndTheBankNoteNot()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.ConfirmedCaseAsync();
        var transfer = await w.OkAsync("case", "transfer", "CS-000001", "--as", "wang@bank-a", "--to", "police-a", "--reason", "Art. 18 report");
        Assert.Contains("confirmed → transferred_to_police, now held by police-a", transfer.Output, StringComparison.Ordinal);

        var police = await w.OkAsync("case", "show", "CS-000001", "--as", "zhao@police-a", "--unmask");
        Assert.Contains(CaseCliWorld.Card, police.Output, StringComparison.Ordinal);
        Assert.Contains(CaseCliWorld.Identity, police.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("From clue CL-000001", police.Output, StringComparison.Ordinal); // the bank's note stays with the bank
        Assert.Contains("recorded in the audit log", police.Output, StringComparison.Ordinal);

        var bank = await w.OkAsync("case", "show", "CS-000001", "--as", "li@bank-a");
        Assert.DoesNotContain(CaseCliWorld.Card, bank.Output, StringComparison.Ordinal);
        Assert.Contains("622202*********0018", bank.Output, StringComparison.Ordinal);
        Assert.Contains("shared with you", bank.Output, StringComparison.Ordinal);

        var log = await w.OkAsync("audit", "log", "--as", "aud@police-a", "--limit", "1000");
        Assert.Contains("data.reveal", log.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseCliWorld.Card, log.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DerivedFacts_StoresEvaluationAndWritesFactsFile()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.ConfirmedCaseAsync();
        await w.OkAsync("case", "transfer", "CS-000001", "--as", "wang@bank-a", "--to", "police-a");
        var facts = Path.Combine(w.Folder, "facts.json");
        await w.OkAsync("case", "evaluate", "CS-000001", "--as", "zhao@police-a", "--write-facts", facts);
        var text = await File.ReadAllTextAsync(facts, TestContext.Current.CancellationToken);
        Assert.Contains("\"settlement_fen\": 21000000", text, StringComparison.Ordinal);
        Assert.Contains("\"conduct_date\": \"2025-03-01\"", text, StringComparison.Ordinal);

        var evaluated = await w.OkAsync("case", "evaluate", "CS-000001", "--as", "zhao@police-a", "--json");
        Assert.Contains("\"settlement_fen\"", evaluated.Output, StringComparison.Ordinal);
        Assert.Contains("settlement ¥210,000 ≥ ¥200,000", evaluated.Output, StringComparison.Ordinal);
        var shown = await w.OkAsync("case", "show", "CS-000001", "--as", "zhao@police-a");
        Assert.Contains("rules_version=", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_ByAnalyst_PermissionDeniedNamingOperationAndRole()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.ConfirmedCaseAsync();
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "second");
        await w.OkAsync("case", "verify", "CS-000002", "--as", "li@bank-a");
        var r = await w.RunAsync("case", "confirm", "CS-000002", "--as", "li@bank-a");
        Assert.Equal(ExitCodes.PermissionDenied, r.ExitCode);
        Assert.Equal("breakcard case confirm: permission denied: confirm case for li@bank-a: confirm case by an analyst at a bank is not allowed", r.Error.Trim());
    }

    [Fact]
    public async Task Confirm_NewCase_IllegalTransitionSaysFromWhere()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "t");
        var r = await w.RunAsync("case", "confirm", "CS-000001", "--as", "wang@bank-a");
        Assert.Equal(ExitCodes.Conflict, r.ExitCode);
        Assert.Contains("illegal transition: the case is new; 'confirm' is allowed only from verifying", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEvidence_StaleExpectedVersion_ConflictAndNothingAdded()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "t");
        await w.OkAsync("case", "add-evidence", "CS-000001", "--as", "li@bank-a", "--note", "first", "--expect-version", "1");
        var r = await w.RunAsync("case", "add-evidence", "CS-000001", "--as", "li@bank-a", "--note", "stale", "--expect-version", "1");
        Assert.Equal(ExitCodes.Conflict, r.ExitCode);
        Assert.Contains("you have version 1, the store has version 2", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", (await w.OkAsync("case", "show", "CS-000001", "--as", "li@bank-a")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_AttachedAndReadBack_VerifiedByHash()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "t");
        var source = Path.Combine(w.Folder, "statement.txt");
        await File.WriteAllTextAsync(source, "账户流水 statement", TestContext.Current.CancellationToken);
        await w.OkAsync("case", "add-evidence", "CS-000001", "--as", "li@bank-a", "--file", source);
        var copy = Path.Combine(w.Folder, "copy.txt");
        var read = await w.OkAsync("case", "file", "CS-000001", "--as", "li@bank-a", "--item", "IT-000001", "--out", copy);
        Assert.Equal("账户流水 statement", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken));
        Assert.Contains("verified", read.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_Dismiss_ThenNoMoreEvidence()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "t");
        await w.OkAsync("case", "close", "CS-000001", "--as", "wang@bank-a", "--reason", "customer explained the payments");
        var r = await w.RunAsync("case", "add-evidence", "CS-000001", "--as", "li@bank-a", "--note", "late");
        Assert.Equal(ExitCodes.Conflict, r.ExitCode);
        Assert.Contains("case 'CS-000001' is dismissed; a closed case takes no new items", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_ApplyComplainRelease_RecordsTheRemedyPath()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.ConfirmedCaseAsync();
        var denied = await w.RunAsync("case", "measure", "apply", "CS-000001", "--as", "li@bank-a", "--item", "IT-000001", "--kind", "suspend",
            "--finding", "abnormal_account_or_suspicious_transaction");
        Assert.Equal(ExitCodes.PermissionDenied, denied.ExitCode);
        var noFinding = await w.RunAsync("case", "measure", "apply", "CS-000001", "--as", "wang@bank-a", "--item", "IT-000001", "--kind", "suspend");
        Assert.Equal(ExitCodes.InvalidInput, noFinding.ExitCode);
        Assert.Contains("requires the finding \"abnormal account or suspicious transaction identified\" first", noFinding.Error, StringComparison.Ordinal);
        var applied = await w.OkAsync("case", "measure", "apply", "CS-000001", "--as", "wang@bank-a", "--item", "IT-000001", "--kind", "suspend",
            "--finding", "abnormal_account_or_suspicious_transaction", "--on", "2026-11-01");
        Assert.Contains("Anti-Fraud Law Art. 18", applied.Output, StringComparison.Ordinal);
        Assert.Contains("tell the customer the reason", applied.Output, StringComparison.Ordinal);
        await w.OkAsync("case", "measure", "complain", "CM-000001", "--as", "li@bank-a", "--text", "salary account", "--on", "2026-11-03");
        var released = await w.OkAsync("case", "measure", "release", "CM-000001", "--as", "wang@bank-a", "--reason", "payroll verified", "--on", "2026-11-04");
        Assert.Contains("released on 2026-11-04: payroll verified", released.Output, StringComparison.Ordinal);
    }
}
