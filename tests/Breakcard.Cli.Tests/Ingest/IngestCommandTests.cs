using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Ingest;

public sealed class IngestCommandTests
{
    private const string AmlWorld = """
        Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
        2022/09/01 00:20,010,8000EBD30,010,8000EBD30,3697.34,US Dollar,3697.34,US Dollar,Reinvestment,0
        2022/09/01 00:21,3208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,0
        2022/09/01 02:00,010,8000EBD30,012,80011F990,500.00,US Dollar,500.00,US Dollar,ACH,1
        2022/09/03 12:17,021,800104D71,022,800104D72,100.00,Yuan,100.00,Yuan,Cash,1
        2022/09/03 12:19,001,8000F5340,002,8000F5AD0,10.00,Zloty,10.00,Zloty,ACH,0

        """;

    private const string Transactions = "id,time,debit,credit,amount_fen,channel,memo\n"
        + "T1,2024-03-01T08:00:00+08:00,A1,B1,100,transfer,\n"
        + "T2,2024-03-01T08:10:00+08:00,A1,CASH:ATM-1,5000,atm_cash,\n";

    private const string Calls = "id,time,caller,callee,duration_s,cell_id,device_id\n"
        + "C1,2024-03-01T08:05:00+08:00,13812345678,13998765432,35,,\n";

    private static string[] Lines(string path) => File.ReadAllLines(path);

    [Fact]
    public async Task Ingest_AmlWorldWithShippedMapping_WritesEventsQuarantineLabelsAndCounts()
    {
        using var dir = new CliRunner.TempFolder();
        var input = Path.Combine(dir.Path, "HI-Small_Trans.csv");
        await File.WriteAllTextAsync(input, AmlWorld, TestContext.Current.CancellationToken);
        var output = Path.Combine(dir.Path, "out");

        var result = await CliRunner.RunAsync("ingest", "--input", input, "--mapping", "amlworld", "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var events = Lines(Path.Combine(output, "events.jsonl"));
        Assert.Equal(4, events.Length);
        Assert.Equal("""{"type":"transaction","id":"AMLW-3","time":"2022-09-01T00:21:00+08:00","debit":"3208/8000F4580","credit":"001/8000F5340","amount_fen":7,"channel":"counter","memo":null}""", events[0]);
        Assert.Contains("\"credit\":\"CASH:021\"", events[2], StringComparison.Ordinal);
        var quarantine = Lines(Path.Combine(output, "quarantine.csv"));
        Assert.Equal("file,line,field,reason,detail,record", quarantine[0]);
        Assert.StartsWith($"{input},6,Payment Currency,unsupported_currency,", quarantine[1], StringComparison.Ordinal);
        Assert.Equal(["id,suspicious,case_id", "AMLW-3,false,", "AMLW-4,true,", "AMLW-5.out,true,", "AMLW-5.in,true,"], Lines(Path.Combine(output, "labels.csv")));
        Assert.Matches(@"records read\s+5", result.Output);
        Assert.Matches(@"unsupported_currency\s+1", result.Output);
        Assert.Matches(@"events written\s+4", result.Output);
        Assert.Contains("\"records_read\": 5", await File.ReadAllTextAsync(Path.Combine(output, "ingest.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Ingest_WorldFolderOfCsvFiles_MergesInTimeOrder()
    {
        using var dir = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "transactions.csv"), Transactions, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "calls.csv"), Calls, TestContext.Current.CancellationToken);
        var output = Path.Combine(dir.Path, "out");

        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["T1", "C1", "T2"], Lines(Path.Combine(output, "events.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.False(File.Exists(Path.Combine(output, "labels.csv")));
    }

    [Fact]
    public async Task Ingest_ItsOwnOutput_GivesTheSameEventsAgain()
    {
        using var dir = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "transactions.csv"), Transactions, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "calls.csv"), Calls, TestContext.Current.CancellationToken);
        var first = Path.Combine(dir.Path, "first");
        var second = Path.Combine(dir.Path, "second");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", first)).ExitCode);

        var again = await CliRunner.RunAsync("ingest", "--input", Path.Combine(first, "events.jsonl"), "--out", second);

        Assert.Equal(ExitCodes.Ok, again.ExitCode);
        Assert.Equal(Lines(Path.Combine(first, "events.jsonl")), Lines(Path.Combine(second, "events.jsonl")));
    }

    [Fact]
    public async Task Ingest_FolderWithJsonlAndCsv_ReadsJsonlAndSaysSo()
    {
        using var dir = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "transactions.csv"), Transactions, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "events.jsonl"),
            """{"type":"call","id":"C1","time":"2024-03-01T08:05:00+08:00","caller":"13812345678","callee":"13998765432","duration_s":35,"cell_id":null,"device_id":null}""" + "\n",
            TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("note: events.jsonl holds every event, so transactions.csv were not read", result.Error, StringComparison.Ordinal);
        Assert.Single(Lines(Path.Combine(dir.Path, "out", "events.jsonl")));
    }

    [Fact]
    public async Task Ingest_TruncatedFile_FailsInOneLineAndLeavesOutputsAlone()
    {
        using var dir = new CliRunner.TempFolder();
        var input = Path.Combine(dir.Path, "transactions.csv");
        await File.WriteAllTextAsync(input, Transactions + "T3,2024-03-01T08:20:00+08:00,A1", TestContext.Current.CancellationToken);
        var output = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "events.jsonl"), "previous run\n", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("ingest", "--input", input, "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"breakcard ingest: {input}:4: the file is truncated: its last record has 3 of 7 fields and no line end", result.Error.Trim());
        Assert.Equal(["previous run"], Lines(Path.Combine(output, "events.jsonl")));
        Assert.Equal(["events.jsonl"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Ingest_OneBadFileInAFolder_WritesNothing()
    {
        using var dir = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "transactions.csv"), Transactions, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(dir.Path, "calls.csv"), [.. System.Text.Encoding.UTF8.GetBytes(Calls), 0, 1, 2], TestContext.Current.CancellationToken);
        var output = Path.Combine(dir.Path, "out");

        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("calls.csv:3: binary content", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("bank.csv", "cannot tell what this file is")]
    [InlineData("transactions.csv", "mapping reads transactions, but --kind says calls")]
    public async Task Ingest_UnclearInput_ExplainsWhatToGive(string name, string message)
    {
        using var dir = new CliRunner.TempFolder();
        var input = Path.Combine(dir.Path, name);
        await File.WriteAllTextAsync(input, "a,b\n1,2\n", TestContext.Current.CancellationToken);
        string[] args = name == "bank.csv"
            ? ["ingest", "--input", input, "--out", Path.Combine(dir.Path, "out")]
            : ["ingest", "--input", input, "--mapping", "amlsim", "--kind", "calls", "--out", Path.Combine(dir.Path, "out")];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MappingWithUnknownColumn_NamesMappingFileAndJsonPath()
    {
        using var dir = new CliRunner.TempFolder();
        var input = Path.Combine(dir.Path, "export.csv");
        var mapping = Path.Combine(dir.Path, "bank.json");
        await File.WriteAllTextAsync(input, "ref,when,from,to,yuan\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(mapping, """
            { "kind": "transactions", "fields": { "id": { "column": "ref" }, "time": { "column": "when", "timeZone": "+08:00" },
              "debit": { "column": "from" }, "credit": { "column": "too" }, "amount": { "column": "yuan", "currency": { "fixed": "CNY" } },
              "channel": { "fixed": "transfer" } } }
            """, TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("ingest", "--input", input, "--mapping", mapping, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{mapping}: field '$.fields.credit.column': no column named \"too\" in the header of {input}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OutIsTheInputFolder_IsRefused()
    {
        using var dir = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "transactions.csv"), Transactions, TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", dir.Path);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--out would overwrite the input", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MappingWithFolder_IsRefused()
    {
        using var dir = new CliRunner.TempFolder();
        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--mapping", "amlsim", "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--mapping reads one CSV file", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "payments", "payments")]
    [InlineData("--rate", "USD:7", "not CODE=RATE")]
    [InlineData("--rate", "USD=-7", "positive decimal")]
    [InlineData("--time-zone", "Moon/Base", "unknown time zone")]
    public async Task Ingest_BadOption_IsAUsageError(string option, string value, string message)
    {
        using var dir = new CliRunner.TempFolder();
        var result = await CliRunner.RunAsync("ingest", "--input", dir.Path, "--out", Path.Combine(dir.Path, "out"), option, value);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingInput_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("ingest", "--input", "/no/such/place.csv", "--out", "/tmp/x");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Pacs008WithRate_ConvertsAndCounts()
    {
        using var dir = new CliRunner.TempFolder();
        var input = Path.Combine(dir.Path, "msg.xml");
        await File.WriteAllTextAsync(input, """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
              <GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-03-01T09:30:00+08:00</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
              <CdtTrfTxInf><PmtId><TxId>TX-1</TxId></PmtId><IntrBkSttlmAmt Ccy="USD">10.00</IntrBkSttlmAmt><AccptncDtTm>2024-03-01T09:00:00</AccptncDtTm>
                <DbtrAcct><Id><Othr><Id>6222021001234567894</Id></Othr></Id></DbtrAcct><CdtrAcct><Id><Othr><Id>6217001234567890123</Id></Othr></Id></CdtrAcct></CdtTrfTxInf>
              <CdtTrfTxInf><PmtId><TxId>TX-2</TxId></PmtId><IntrBkSttlmAmt Ccy="JPY">1000</IntrBkSttlmAmt><AccptncDtTm>2024-03-01T09:01:00</AccptncDtTm>
                <DbtrAcct><Id><Othr><Id>6222021001234567894</Id></Othr></Id></DbtrAcct><CdtrAcct><Id><Othr><Id>6217001234567890123</Id></Othr></Id></CdtrAcct></CdtTrfTxInf>
            </FIToFICstmrCdtTrf></Document>
            """, TestContext.Current.CancellationToken);
        var output = Path.Combine(dir.Path, "out");

        var result = await CliRunner.RunAsync("ingest", "--input", input, "--out", output, "--rate", "USD=7.1", "--time-zone", "+08:00");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var line = Assert.Single(Lines(Path.Combine(output, "events.jsonl")));
        Assert.Contains("\"time\":\"2024-03-01T09:00:00+08:00\"", line, StringComparison.Ordinal);
        Assert.Contains("\"amount_fen\":7100", line, StringComparison.Ordinal);
        Assert.Matches(@"unsupported_currency\s+1", result.Output);
    }
}
