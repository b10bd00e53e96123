using System.Globalization;
using System.Text;
using Breakcard.Core.Identifiers;

namespace Breakcard.Web.Tests.Infrastructure;

/// <summary>
/// A world folder written by hand, small enough to work out the link analysis on paper: a card
/// dealer (person P0000010, owning device <see cref="Device"/>) logs in to the accounts of three
/// other people (<see cref="A1"/>–<see cref="A3"/>), each of which passes 10,000 yuan through
/// within the hour; and a chain <see cref="A4"/> → <see cref="A5"/> → <see cref="A6"/> unrelated to it.
/// </summary>
public static class HandWorld
{
    public const string Device = "864527045926794";

    public static string A1 => Alerts.Card(101);

    public static string A2 => Alerts.Card(102);

    public static string A3 => Alerts.Card(103);

    public static string A4 => Alerts.Card(104);

    public static string A5 => Alerts.Card(105);

    public static string A6 => Alerts.Card(106);

    public static string Identity(int n)
    {
        var payload = "5101041990010" + n.ToString("D4", CultureInfo.InvariantCulture);
        return payload + Checksums.ResidentIdCheck(payload);
    }

    /// <summary>Writes the entity files into <paramref name="folder"/> and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var people = new StringBuilder("id,identity_number,name,gender,birth_date,education,occupation,home_region,address\n");
        foreach (var n in new[] { 10, 1, 2, 3 })
        {
            people.Append(CultureInfo.InvariantCulture, $"P00000{n:D2},{Identity(n)},测试{n},male,1990-01-01,junior_high,employee,510104,成都市锦江区测试路{n}号\n");
        }

        File.WriteAllText(Path.Combine(folder, "people.csv"), people.ToString());
        var accounts = new StringBuilder("account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch,opened_by,last_activity\n");
        foreach (var (account, holder) in new[] { (A1, "P0000001"), (A2, "P0000002"), (A3, "P0000003") })
        {
            accounts.Append(CultureInfo.InvariantCulture, $"{account},ICBC,class_i,personal,{holder},2020-01-01,active,,,,\n");
        }

        File.WriteAllText(Path.Combine(folder, "accounts.csv"), accounts.ToString());
        File.WriteAllText(Path.Combine(folder, "devices.csv"), $"device_id,kind,owner_id\n{Device},phone,P0000010\n");
        return folder;
    }

    /// <summary>The events as a JSON array: three logins from the dealer's device, the pass-through money, and the unrelated chain.</summary>
    public static string Events()
    {
        var events = new List<string>();
        var n = 0;
        foreach (var a in new[] { A1, A2, A3 })
        {
            n++;
            events.Add($$"""{"type":"login","id":"L{{n}}","time":"2025-03-0{{n}}T09:00:00+08:00","account":"{{a}}","device_id":"{{Device}}","ip":"171.88.12.34"}""");
            events.Add($$"""{"type":"transaction","id":"TI{{n}}","time":"2025-03-0{{n}}T10:00:00+08:00","debit":"{{Alerts.Card(900 + n)}}","credit":"{{a}}","amount_fen":1000000,"channel":"transfer"}""");
            events.Add($$"""{"type":"transaction","id":"TO{{n}}","time":"2025-03-0{{n}}T10:30:00+08:00","debit":"{{a}}","credit":"{{Alerts.Card(950 + n)}}","amount_fen":990000,"channel":"transfer"}""");
        }

        events.Add($$"""{"type":"transaction","id":"TC1","time":"2025-03-05T10:00:00+08:00","debit":"{{A4}}","credit":"{{A5}}","amount_fen":500000,"channel":"transfer"}""");
        events.Add($$"""{"type":"transaction","id":"TC2","time":"2025-03-05T11:00:00+08:00","debit":"{{A5}}","credit":"{{A6}}","amount_fen":500000,"channel":"transfer"}""");
        return "[" + string.Join(",\n", events) + "]";
    }
}
