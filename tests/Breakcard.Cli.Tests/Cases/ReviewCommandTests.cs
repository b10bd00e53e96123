using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Cases;

/// <summary><c>breakcard review …</c> on a small world folder, scoped to the acting bank.</summary>
public sealed class ReviewCommandTests
{
    private static async Task<string> WorldAsync(CaseCliWorld w, string? accounts = null)
    {
        var folder = Path.Combine(w.Folder, "world");
        Directory.CreateDirectory(folder);
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(folder, "accounts.csv"), accounts ?? """
            account_number,bank,class,holder_kind,holder_id,opened,status,card_number
            6222020000000000018,ICBC,class_i,personal,P1,2023-01-10,active,6222020000000000018
            6222020000000000026,CCB,class_i,personal,P2,2020-01-01,active,
            51050100000002,ICBC,class_i,corporate,C002,2023-02-01,active,
            """, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "companies.csv"), """
            id,credit_code,name,registered_address,legal_representative_id,business_scope,registered,status
            C001,91510104MA0000001E,Shell One,Addr 1,P7,trade,2023-09-01,not_operating
            C002,91510104MA0000002H,Shell Two,Addr 1,P7,trade,2020-01-01,abnormal
            """, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "transactions.csv"), "id,time,debit,credit,amount_fen,channel,memo\nT1,2024-06-30T12:00:00+08:00,6222020000000000026,CASH:A,100,atm_cash,\n", ct);
        return folder;
    }

    [Fact]
    public async Task Dormant_OnlyTheActingBanksCards_MaskedUnlessUnmasked()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var world = await WorldAsync(w);
        var r = await w.OkAsync("review", "dormant", "--world", world, "--as", "li@bank-a", "--idle-days", "30");
        Assert.Contains("622202*********0018", r.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0026", r.Output, StringComparison.Ordinal); // the CCB card is another bank's customer
        Assert.Contains("1 dormant card(s), 1 never used", r.Output, StringComparison.Ordinal);
        var unmasked = await w.OkAsync("review", "dormant", "--world", world, "--as", "li@bank-a", "--idle-days", "30", "--unmask");
        Assert.Contains(CaseCliWorld.Card, unmasked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corporate_RankedWithReasons()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await w.OkAsync("review", "corporate", "--world", await WorldAsync(w), "--as", "wang@bank-a");
        Assert.Contains("company listed for abnormal operation (+30)", r.Output, StringComparison.Ordinal);
        Assert.Contains("1 corporate account(s)", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_ListsSharedAddress()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await w.OkAsync("review", "addresses", "--world", await WorldAsync(w), "--as", "zhao@police-a", "--min-companies", "2");
        Assert.Contains("Addr 1", r.Output, StringComparison.Ordinal);
        Assert.Contains("1 address(es) with at least 2 companies", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dormant_ByPolice_PermissionDenied()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var r = await w.RunAsync("review", "dormant", "--world", await WorldAsync(w), "--as", "zhao@police-a");
        Assert.Equal(ExitCodes.PermissionDenied, r.ExitCode);
        Assert.Contains("review dormant cards by an investigator at a police organ is not allowed", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadWorldFiles_MissingColumnFailsWithLocation_BadRowQuarantinedAndReported()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var broken = await WorldAsync(w, "account_number,bank\n1,ICBC\n");
        var r = await w.RunAsync("review", "dormant", "--world", broken, "--as", "li@bank-a");
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Contains("accounts.csv:1: field 'class': required column missing", r.Error, StringComparison.Ordinal);

        var oneBad = await WorldAsync(w, "account_number,bank,class,holder_kind,holder_id,opened,status\n6222020000000000018,ICBC,class_i,personal,P1,2023-01-10,active\n6222020000000000026,ICBC,class_i,personal,P2,2023-01-xx,active\n");
        var q = await w.OkAsync("review", "dormant", "--world", oneBad, "--as", "li@bank-a");
        Assert.Contains("1 record(s) could not be read and were left out (quarantined)", q.Error, StringComparison.Ordinal);
        Assert.Contains("accounts.csv:3: field 'opened': not a date of the form yyyy-MM-dd", q.Error, StringComparison.Ordinal);
        Assert.Contains("1 dormant card(s)", q.Output, StringComparison.Ordinal);

        var missing = await w.RunAsync("review", "dormant", "--world", Path.Combine(w.Folder, "nope"), "--as", "li@bank-a");
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
    }
}
