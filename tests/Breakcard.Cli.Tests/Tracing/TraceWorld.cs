using Breakcard.Core.Identifiers;
using Breakcard.Core.People;

namespace Breakcard.Cli.Tests.Tracing;

/// <summary>
/// A hand-built world folder with the worked example of docs/tracing.md: X pays A ¥1,000, the
/// victim V pays A ¥10,000 (T2, the start), A pays B ¥6,000 and C ¥4,500, B withdraws ¥5,000 and
/// C ¥4,500 at ATM1. Plus a dealer D whose handset logs in to A, B and C (held by three other
/// people), and extra rows a test can append to any file.
/// </summary>
internal sealed class TraceWorld : IDisposable
{
    public const string X = "6222020000000001", V = "6222020000000002", A = "6222020000000003", B = "6222020000000004", C = "6222020000000005", AD = "6222020000000006";

    private readonly CliRunner.TempFolder _folder = new();

    public TraceWorld(Dictionary<string, string>? extraRows = null)
    {
        var devices = new[] { DeviceId.CreateImei("86891403", 1), DeviceId.CreateImei("86891403", 2) };
        HandsetOfDealer = devices[0].Reveal();
        var people = new[] { ("P0000001", "张三丰", "PX"), ("P0000002", "李四", "PV"), ("P0000003", "王五", "PA"), ("P0000004", "赵六", "PB"), ("P0000005", "钱七", "PC"), ("P0000006", "孙八", "PD") };
        Write("people.csv", "id,identity_number,name,gender,birth_date,education,occupation,home_region,address",
            people.Select((p, i) => $"{p.Item1},{ResidentId.Create("510104", new DateOnly(1990, 1, 1 + i), 10 + i, Gender.Male).Reveal()},{p.Item2},male,1990-01-{1 + i:D2},bachelor,employee,510104,成都市锦江区{i}号"), extraRows);
        Write("companies.csv", "id,credit_code,name,registered_address,legal_representative_id,business_scope,registered,status", [], extraRows);
        var accounts = new[] { X, V, A, B, C, AD };
        Write("accounts.csv", "account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch,opened_by,last_activity",
            accounts.Select((a, i) => $"{a},ICBC,class_i,personal,P000000{i + 1},2020-01-01,active,,ICBC-510104-01,,"), extraRows);
        Write("phones.csv", "number,operator,kind,holder_id,activated,outlet,opened_by", [], extraRows);
        Write("devices.csv", "device_id,kind,owner_id", [$"{HandsetOfDealer},phone,P0000006"], extraRows);
        Write("links.csv", "from_kind,from_id,kind,to_kind,to_id,since",
            [$"person,P0000006,owns_device,device,{HandsetOfDealer},2024-01-01"], extraRows);
        Write("transactions.csv", "id,time,debit,credit,amount_fen,channel,memo",
        [
            $"T1,2024-03-01T08:00:00+08:00,{X},{A},100000,transfer,",
            $"T2,2024-03-01T10:00:00+08:00,{V},{A},1000000,transfer,",
            $"T3,2024-03-01T11:00:00+08:00,{A},{B},600000,transfer,",
            $"T4,2024-03-01T12:00:00+08:00,{A},{C},450000,transfer,",
            $"T5,2024-03-01T13:00:00+08:00,{B},CASH:ATM1,500000,atm_cash,",
            $"T6,2024-03-01T14:00:00+08:00,{C},CASH:ATM1,450000,atm_cash,",
        ], extraRows);
        Write("logins.csv", "id,time,account,device_id,ip",
            new[] { A, B, C, AD }.Select((a, i) => $"L{i + 1},2024-03-01T09:0{i}:00+08:00,{a},{HandsetOfDealer},171.88.1.{i + 1}"), extraRows);
    }

    public string Folder => _folder.Path;

    public string HandsetOfDealer { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => _folder.Dispose();

    private void Write(string name, string header, IEnumerable<string> rows, Dictionary<string, string>? extra)
    {
        var lines = new List<string> { header };
        lines.AddRange(rows);
        if (extra is not null && extra.TryGetValue(name, out var more))
        {
            lines.Add(more);
        }

        File.WriteAllText(PathOf(name), string.Join('\n', lines) + "\n");
    }
}
