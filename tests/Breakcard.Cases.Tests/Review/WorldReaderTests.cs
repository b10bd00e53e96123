using Breakcard.Cases.Review.Import;
using Breakcard.Core.Errors;

namespace Breakcard.Cases.Tests.Review;

/// <summary>Bad input to the review importer: a file that is not what it claims throws with file, line and field; a bad record is quarantined and counted.</summary>
public sealed class WorldReaderTests
{
    [Fact]
    public void Read_MissingRequiredColumn_ThrowsNamingFileLineAndColumn()
    {
        var ex = Assert.Throws<InvalidInputException>(() => WorldFiles.Read(accounts: "account_number,bank,class,holder_kind,holder_id,opened\n1,ICBC,class_i,personal,P,2024-01-01\n"));
        Assert.Equal("accounts.csv:1: field 'status': required column missing; the header has account_number,bank,class,holder_kind,holder_id,opened", ex.Message);
    }

    [Fact]
    public void Read_BadRecords_QuarantinedWithLocationAndTheRestKept()
    {
        var accounts = WorldFiles.Accounts.Replace("P2,2022-05-01", "P2,2022-13-01", StringComparison.Ordinal)
            .Replace("P3,2021-01-01,active", "P3,2021-01-01,sleeping", StringComparison.Ordinal)
            + "\n123,ICBC,class_i\n";
        var world = WorldFiles.Read(accounts: accounts);
        Assert.Equal(7, world.Accounts.Length);
        Assert.Equal(3, world.ProblemCount);
        Assert.Equal("accounts.csv:3: field 'opened': not a date of the form yyyy-MM-dd", world.Problems[0].ToString());
        Assert.StartsWith("accounts.csv:4: field 'status': unknown value; expected one of active, dormant, restricted, suspended, closed", world.Problems[1].ToString(), StringComparison.Ordinal);
        Assert.Equal("accounts.csv:11: has 3 fields; the header has 9", world.Problems[2].ToString());
    }

    [Fact]
    public void Read_BadCreditCode_QuarantinedWithoutEchoingIt()
    {
        var world = WorldFiles.Read(companies: WorldFiles.Companies.Replace("91510104MA0000004P", "91510104MA0000004Q", StringComparison.Ordinal));
        var problem = Assert.Single(world.Problems);
        Assert.Equal("companies.csv:5: field 'credit_code': not a valid unified social credit code: the check character does not match", problem.ToString());
        Assert.Equal(3, world.Companies.Length);
    }

    [Fact]
    public void Read_UnclosedQuote_ThrowsWithLine()
    {
        var ex = Assert.Throws<InvalidInputException>(() => WorldFiles.Read(transactions: "id,time,debit,credit\nT1,\"2024-01-01T00:00:00+08:00,a,b\n"));
        Assert.Equal("transactions.csv:3: a quoted field is not closed before the end of the file", ex.Message);
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasAndLineBreaks_AreOneField()
    {
        var companies = WorldFiles.Companies + "\nC005,91510104MA0000004P,\"Name, with comma\",\"Line one\nline two\",P9,x,2020-01-01,operating\n";
        var world = WorldFiles.Read(companies: companies);
        Assert.Equal(0, world.ProblemCount);
        Assert.Equal("Line one\nline two", world.Companies[^1].RegisteredAddress);
    }

    [Fact]
    public void Read_BadAlertLines_QuarantinedByLine()
    {
        var world = WorldFiles.Read(alerts: "{\"entity\":\"x\",\"risk\":101}\nnot json\n{\"risk\":5}\n\n{\"entity\":\"y\",\"risk\":7}\n");
        Assert.Equal(["alerts.jsonl:1: field 'risk': must be an integer 0 to 100", "alerts.jsonl:3: field 'entity': each line is an alert object with a string 'entity'"],
            world.Problems.Where(p => p.Line != 2).Select(p => p.ToString()));
        Assert.StartsWith("alerts.jsonl:2: not JSON", world.Problems.Single(p => p.Line == 2).ToString(), StringComparison.Ordinal);
        Assert.Equal(7, world.MonitoringRisk["y"]);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        var ex = Assert.Throws<InvalidInputException>(() => WorldFiles.Read(companies: ""));
        Assert.Equal("companies.csv:1: the file is empty; expected a header row", ex.Message);
    }
}
