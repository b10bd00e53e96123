using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Cases;

/// <summary>A SQLite store in a temporary folder, set up through the CLI itself: a bank, a police organ, a procuratorate and their users.</summary>
internal sealed class CaseCliWorld : IDisposable
{
    // Valid synthetic identifiers (check digits computed by hand: GB 11643 and Luhn).
    public const string Identity = "510104200103050017";
    public const string Card = "6222020000000000018";
    public const string OtherCard = "6222020000000000026";
    public const string SoldCard = "6222020000000000034";

    private readonly CliRunner.TempFolder _folder = new();

    public string Folder => _folder.Path;

    public string Store => Path.Combine(_folder.Path, "cases.db");

    public static async Task<CaseCliWorld> CreateAsync()
    {
        var w = new CaseCliWorld();
        await w.OkAsync("admin", "init", "--id", "police-a", "--name", "Police A", "--kind", "police", "--admin", "admin@police-a");
        await w.OkAsync("admin", "institution", "add", "--id", "bank-a", "--name", "Bank A", "--kind", "bank", "--bank-code", "ICBC", "--as", "admin@police-a");
        await w.OkAsync("admin", "institution", "add", "--id", "proc-a", "--name", "Procuratorate A", "--kind", "procuratorate", "--as", "admin@police-a");
        foreach (var (id, role) in new[] { ("li@bank-a", "analyst"), ("wang@bank-a", "supervisor"), ("zhao@police-a", "investigator"), ("aud@police-a", "auditor"), ("qian@proc-a", "prosecutor") })
        {
            await w.OkAsync("admin", "user", "add", "--id", id, "--role", role, "--as", "admin@police-a");
        }

        return w;
    }

    /// <summary>Runs breakcard with --store set.</summary>
    public Task<CliRunner.Result> RunAsync(params string[] args) => CliRunner.RunAsync([.. args, "--store", Store]);

    /// <summary>Runs and asserts success.</summary>
    public async Task<CliRunner.Result> OkAsync(params string[] args)
    {
        var r = await RunAsync(args);
        Assert.True(r.ExitCode == ExitCodes.Ok, $"breakcard {string.Join(' ', args)} → {r.ExitCode}: {r.Error}{r.Output}");
        return r;
    }

    /// <summary>A confirmed case at bank-a with a card, a suspect and a transaction: "CS-000001".</summary>
    public async Task ConfirmedCaseAsync()
    {
        await OkAsync("clue", "add", "--as", "li@bank-a", "--subject", Card, "--holder-id", Identity, "--summary", "pass-through",
            "--alert", "A17", "--risk", "87", "--reason", "PASS_THROUGH:out within 20 minutes", "--evidence", "T1,T2");
        await OkAsync("case", "open", "--as", "li@bank-a", "--clue", "CL-000001");
        await OkAsync("case", "add-evidence", "CS-000001", "--as", "li@bank-a", "--transaction", "T1", "--time", "2025-03-01T23:30:00+08:00",
            "--from", OtherCard, "--to", Card, "--amount", "210000");
        await OkAsync("case", "verify", "CS-000001", "--as", "li@bank-a");
        await OkAsync("case", "confirm", "CS-000001", "--as", "wang@bank-a");
    }

    public void Dispose() => _folder.Dispose();
}
