using Breakcard.Cli.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Breakcard.Cli.Tests.Cases;

/// <summary>Bad input to every case-system command gives one clear line saying what and where, and a distinct exit code.</summary>
public sealed class CaseCliErrorTests
{
    private static async Task<CliRunner.Result> Fails(CaseCliWorld w, int code, params string[] args)
    {
        var r = await w.RunAsync(args);
        Assert.True(r.ExitCode == code, $"expected exit {code}, got {r.ExitCode}: {r.Error}");
        Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal); // never a stack trace
        return r;
    }

    [Theory]
    [InlineData("case show CS-999999", "no case 'CS-999999'")]
    [InlineData("clue show CL-999999", "no clue 'CL-999999'")]
    [InlineData("case open --clue CL-000404", "no clue 'CL-000404'")]
    [InlineData("case measure complain CM-000404 --text x", "no measure 'CM-000404'")]
    [InlineData("blacklist object DL-000404 --grounds x", "no listing 'DL-000404'")]
    public async Task UnknownRecord_SaysWhichOne(string command, string message)
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await Fails(w, ExitCodes.InvalidInput, [.. command.Split(' '), "--as", "zhao@police-a"]);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blacklist check --identity 510104200103050011", "field '--identity': not a valid resident identity number: the check character does not match")]
    [InlineData("blacklist check --identity 510104200103050017 --on 2026-02-30", "field '--on': not a date of the form yyyy-MM-dd")]
    [InlineData("blacklist check --identity 510104200103050017 --service loan", "field '--service': unknown value 'loan'; expected one of new_bank_account, new_payment_account, new_phone_card, non_counter_service")]
    [InlineData("clue add --subject 123 --summary x", "field '--subject': not a mobile, card or account number")]
    [InlineData("clue add --subject 6222020000000000018 --summary x --reason nocolon", "field '--reason': write each reason as CODE:description")]
    [InlineData("clue share CL-000001 --to police-a --fields subject,secrets --purpose p", "field '--fields': unknown value 'secrets'")]
    [InlineData("case list --state lost", "field '--state': unknown value 'lost'")]
    [InlineData("case open", "field '--title': give a title, or --clue to open from a clue")]
    [InlineData("case close CS-000001", "field '--reason': give --reason to dismiss, or --verdict to judge")]
    [InlineData("case add-evidence CS-000001", "give one piece of evidence: --suspect-id, --card, --account, --phone, --company, --transaction, --note, --cause or --file")]
    [InlineData("case add-evidence CS-000001 --note a --cause campus", "give one piece of evidence per call, not --note and --cause")]
    [InlineData("case add-evidence CS-000001 --card 6222020000000000019", "field '--card': not a valid bank card number: the Luhn check digit does not match")]
    [InlineData("case add-evidence CS-000001 --account 5105-01", "field '--account': not a valid account number: may contain only digits and upper-case letters")]
    [InlineData("case add-evidence CS-000001 --transaction T9 --time yesterday --from 6222020000000000018 --to 6222020000000000026 --amount 5", "field '--time'")]
    [InlineData("case add-evidence CS-000001 --transaction T9 --time 2025-01-01T00:00:00+08:00 --from 6222020000000000018 --to 6222020000000000026 --amount 5.123", "field '--amount': not an amount in yuan: more than two decimals")]
    [InlineData("case add-evidence CS-000001 --cause gossip", "field '--cause': unknown value 'gossip'; expected one of recruitment_ad, campus, fellow_villager, employer, insider, other")]
    [InlineData("case add-evidence CS-000001 --cause other", "field 'cause': category 'other' needs a detail")]
    [InlineData("case measure apply CS-000001 --item IT-000001 --kind freeze --finding abnormal_phone_card", "field '--kind': unknown value 'freeze'")]
    public async Task BadOptionValue_NamesTheOptionAndWhy(string command, string message)
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("clue", "add", "--as", "li@bank-a", "--subject", CaseCliWorld.Card, "--summary", "s");
        await w.OkAsync("case", "open", "--as", "li@bank-a", "--title", "t");
        var user = command.StartsWith("blacklist", StringComparison.Ordinal) ? "zhao@police-a" : command.Contains("measure", StringComparison.Ordinal) ? "wang@bank-a" : "li@bank-a";
        var r = await Fails(w, ExitCodes.InvalidInput, [.. command.Split(' '), "--as", user]);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoActingUser_SaysHowToGiveOne()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await Fails(w, ExitCodes.InvalidInput, "case", "list");
        Assert.Contains("no acting user: give --as name@institution or set BREAKCARD_USER", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOrDeactivatedUser_Refused()
    {
        using var w = await CaseCliWorld.CreateAsync();
        Assert.Contains("no user 'ghost@bank-a'", (await Fails(w, ExitCodes.InvalidInput, "case", "list", "--as", "ghost@bank-a")).Error, StringComparison.Ordinal);
        await w.OkAsync("admin", "user", "deactivate", "li@bank-a", "--as", "admin@police-a");
        Assert.Contains("the user is deactivated", (await Fails(w, ExitCodes.PermissionDenied, "case", "list", "--as", "li@bank-a")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreInMissingFolder_IoErrorNamingIt()
    {
        var r = await CliRunner.RunAsync("case", "list", "--as", "x@y", "--store", "/nonexistent-breakcard/cases.db");
        Assert.Equal(ExitCodes.IoError, r.ExitCode);
        Assert.Contains("the folder /nonexistent-breakcard does not exist", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadPostgresConnectionString_SaysSo()
    {
        var r = await CliRunner.RunAsync("case", "list", "--as", "x@y", "--store", "Host=127.0.0.1;Port=notanumber");
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Contains("field '--store': not a valid PostgreSQL connection string or URI", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitTwice_Conflict()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await Fails(w, ExitCodes.Conflict, "admin", "init", "--id", "bank-z", "--name", "Z", "--kind", "bank", "--admin", "root@bank-z");
        Assert.Contains("the store is already initialised", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminBadInput_NamesTheField()
    {
        using var w = await CaseCliWorld.CreateAsync();
        Assert.Contains("field '--kind': unknown value 'bureau'",
            (await Fails(w, ExitCodes.InvalidInput, "admin", "institution", "add", "--id", "x1", "--name", "X", "--kind", "bureau", "--as", "admin@police-a")).Error, StringComparison.Ordinal);
        Assert.Contains("field 'institution': institution id must be 2 to 40 characters",
            (await Fails(w, ExitCodes.InvalidInput, "admin", "institution", "add", "--id", "Bad Id", "--name", "X", "--kind", "bank", "--as", "admin@police-a")).Error, StringComparison.Ordinal);
        Assert.Contains("field 'user': role judge cannot be held at a bank",
            (await Fails(w, ExitCodes.InvalidInput, "admin", "user", "add", "--id", "j@bank-a", "--role", "judge", "--as", "admin@police-a")).Error, StringComparison.Ordinal);
        Assert.Contains("field 'institution': no institution 'nowhere'",
            (await Fails(w, ExitCodes.InvalidInput, "admin", "user", "add", "--id", "j@nowhere", "--role", "judge", "--as", "admin@police-a")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateWithBadFactsFile_ListsEveryErrorWithFileLineAndField()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "zhao@police-a", "--title", "t");
        var facts = Path.Combine(w.Folder, "bad.json");
        await File.WriteAllTextAsync(facts, "{\n  \"conduct_date\": \"2024-02-30\",\n  \"help_kinds\": [\"payment_settlement\"],\n  \"settlement_fen\": -5,\n  \"colour\": 1\n}\n", TestContext.Current.CancellationToken);
        var r = await Fails(w, ExitCodes.InvalidInput, "case", "evaluate", "CS-000001", "--as", "zhao@police-a", "--facts", facts);
        Assert.Contains("bad.json:2: field 'conduct_date'", r.Error, StringComparison.Ordinal);
        Assert.Contains("bad.json:5: field 'colour'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateWithoutTransactions_SaysWhatIsMissing()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("case", "open", "--as", "zhao@police-a", "--title", "t");
        var r = await Fails(w, ExitCodes.InvalidInput, "case", "evaluate", "CS-000001", "--as", "zhao@police-a");
        Assert.Contains("the case has no evidence transactions to date the conduct", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlacklistAddByBank_PermissionDenied_AndPoliceCannotListCourtGrounds()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var bank = await Fails(w, ExitCodes.PermissionDenied, "blacklist", "add", "--identity", CaseCliWorld.Identity, "--ground", "identified_card_or_account_dealing",
            "--from", "2025-01-10", "--decision", "d", "--as", "wang@bank-a");
        Assert.Contains("add listing by a supervisor at a bank is not allowed", bank.Error, StringComparison.Ordinal);
        var ground = await Fails(w, ExitCodes.PermissionDenied, "blacklist", "add", "--identity", CaseCliWorld.Identity, "--ground", "criminally_punished_for_telecom_fraud",
            "--from", "2025-01-10", "--decision", "d", "--as", "zhao@police-a");
        Assert.Contains("rests on a court judgment, not on a police organ's decision", ground.Error, StringComparison.Ordinal);
        var early = await Fails(w, ExitCodes.InvalidInput, "blacklist", "add", "--identity", CaseCliWorld.Identity, "--ground", "identified_card_or_account_dealing",
            "--from", "2024-11-30", "--decision", "d", "--as", "zhao@police-a");
        Assert.Contains("field 'listed_on': A listing under the", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlacklistObjectDecideWithoutPending_Conflict()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await w.OkAsync("blacklist", "add", "--identity", CaseCliWorld.Identity, "--ground", "identified_card_or_account_dealing", "--from", "2025-01-10", "--decision", "d", "--as", "zhao@police-a");
        var r = await Fails(w, ExitCodes.Conflict, "blacklist", "object", "DL-000001", "--decide", "upheld", "--reason", "x", "--as", "zhao@police-a");
        Assert.Contains("listing 'DL-000001' has no pending objection", r.Error, StringComparison.Ordinal);
        Assert.Contains("field '--decide': unknown value 'maybe'",
            (await Fails(w, ExitCodes.InvalidInput, "blacklist", "object", "DL-000001", "--decide", "maybe", "--as", "zhao@police-a")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_TamperedStore_ExitsWithIntegrityFailureNamingTheEntry()
    {
        using var w = await CaseCliWorld.CreateAsync();
        await using (var c = new SqliteConnection($"Data Source={w.Store};Pooling=False"))
        {
            await c.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'nobody@police-a' WHERE sequence = 4";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var r = await w.RunAsync("audit", "verify", "--as", "aud@police-a");
        Assert.Equal(ExitCodes.IntegrityFailure, r.ExitCode);
        Assert.Contains("first bad entry: 4 (edited): entry 4 was edited: its content does not match its hash", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_BadCheckpointFile_NamesTheField()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var cp = Path.Combine(w.Folder, "cp.json");
        await File.WriteAllTextAsync(cp, "{\"schema\":\"breakcard.audit.checkpoint/1\",\"count\":3,\"last_hash\":\"xyz\"}", TestContext.Current.CancellationToken);
        var r = await Fails(w, ExitCodes.InvalidInput, "audit", "verify", "--as", "aud@police-a", "--checkpoint", cp);
        Assert.Contains("cp.json: field 'last_hash': must be 64 lower-case hex digits", r.Error, StringComparison.Ordinal);
        await File.WriteAllTextAsync(cp, "{\n\"schema\": ", TestContext.Current.CancellationToken);
        Assert.Contains("cp.json:2: not JSON", (await Fails(w, ExitCodes.InvalidInput, "audit", "verify", "--as", "aud@police-a", "--checkpoint", cp)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_AgainstCheckpoint_ValidThenCatchesTruncation()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var cp = Path.Combine(w.Folder, "cp.json");
        await w.OkAsync("audit", "checkpoint", "--out", cp, "--as", "aud@police-a");
        Assert.Contains("audit log intact", (await w.OkAsync("audit", "verify", "--as", "aud@police-a", "--checkpoint", cp)).Output, StringComparison.Ordinal);
        await using (var c = new SqliteConnection($"Data Source={w.Store};Pooling=False"))
        {
            await c.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                DROP TRIGGER audit_log_no_delete;
                DELETE FROM audit_log WHERE sequence >= 8;
                UPDATE audit_head SET count = 7, last_hash = (SELECT hash FROM audit_log WHERE sequence = 7);
                """;
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var r = await w.RunAsync("audit", "verify", "--as", "aud@police-a", "--checkpoint", cp);
        Assert.Equal(ExitCodes.IntegrityFailure, r.ExitCode);
        Assert.Contains("first bad entry: 8 (truncated)", r.Output, StringComparison.Ordinal);
    }
}
