using System.Globalization;
using System.Text;
using Breakcard.Core.Identifiers;

namespace Breakcard.Tests.Shared;

/// <summary>
/// A fund-chain trace written by hand in <c>breakcard trace</c>'s format (breakcard-trace/1), with
/// known cards and known answers. The victim V sends ¥100,000 as T1 (¥60,000 to A) and T2
/// (¥40,000 to B). A passes ¥39,500 to C (an external account, T3), withdraws ¥20,000 at an ATM
/// (T4) and pays ¥500 to a merchant M (T5, normal business); B keeps its ¥40,000. The line of
/// every account is fixed (see the constants), so errors can be checked to the line.
/// Linked into Breakcard.Storage.Tests as well.
/// </summary>
internal static class HandBuiltTrace
{
    public const int LineOfDirection = 3;
    public const int LineOfB = 15;
    public const int LineOfC = 18;

    public static readonly string V = Card(1);
    public static readonly string A = Card(2);
    public static readonly string B = Card(3);
    public static readonly string C = Card(4);
    public static readonly string M = Card(5);

    public static string Card(int n) => BankCardNumber.FromPayload("622202" + n.ToString("000000000000", CultureInfo.InvariantCulture)).Reveal();

    public static string Text => $$"""
{
  "format": "breakcard-trace/1",
  "direction": "forward",
  "rule": "fifo",
  "limits": { "max_hops": 6, "max_span_hours": 720, "min_amount_fen": 100 },
  "start": { "account": "{{V}}", "transactions": [ "T1", "T2" ] },
  "total_fen": 10000000,
  "outcomes": { "cash": { "amount_fen": 2000000, "share": 0.2 } },
  "layers": [
    { "layer": 0, "amount_fen": 10000000, "accounts": [
      { "account": "{{V}}", "holders": [ { "id": "P7", "kind": "person", "name": "王五" } ], "amount_fen": 10000000, "passed_fen": 10000000, "share": 1, "first_time": "2025-03-01 10:00:00+08:00", "last_time": "2025-03-01 10:01:00+08:00", "stop": null, "outcomes": {}, "flags": [] }
    ] },
    { "layer": 1, "amount_fen": 10000000, "accounts": [
      { "account": "{{A}}", "holders": [ { "id": "P1", "kind": "person", "name": "张三" } ], "amount_fen": 6000000, "passed_fen": 6000000, "share": 0.6, "first_time": "2025-03-01 10:00:00+08:00", "last_time": "2025-03-01 10:40:00+08:00", "stop": null, "outcomes": {}, "flags": [] },
      { "account": "{{B}}", "holders": [ { "id": "C9", "kind": "company", "name": "成都某某科技有限公司" } ], "amount_fen": 4000000, "passed_fen": 0, "share": 0.4, "first_time": "2025-03-01 10:01:00+08:00", "last_time": "2025-03-01 10:01:00+08:00", "stop": "held", "outcomes": { "held": 4000000 }, "flags": [] }
    ] },
    { "layer": 2, "amount_fen": 6000000, "accounts": [
      { "account": "{{C}}", "holders": [], "amount_fen": 3950000, "passed_fen": 0, "share": 0.395, "first_time": "2025-03-01 10:20:00+08:00", "last_time": "2025-03-01 10:20:00+08:00", "stop": "external", "outcomes": { "external": 3950000 }, "flags": [ "external" ] },
      { "account": "CASH:ATM-0001", "holders": [], "amount_fen": 2000000, "passed_fen": 0, "share": 0.2, "first_time": "2025-03-01 10:30:00+08:00", "last_time": "2025-03-01 10:30:00+08:00", "stop": "cash", "outcomes": { "cash": 2000000 }, "flags": [ "cash" ] },
      { "account": "{{M}}", "holders": [], "amount_fen": 50000, "passed_fen": 0, "share": 0.005, "first_time": "2025-03-01 10:40:00+08:00", "last_time": "2025-03-01 10:40:00+08:00", "stop": "normal_behaviour", "outcomes": { "normal_behaviour": 50000 }, "flags": [] }
    ] }
  ],
  "cash_points": [ { "account": "CASH:ATM-0001", "amount_fen": 2000000, "share": 0.2, "first_time": "2025-03-01 10:30:00+08:00" } ],
  "transfers": [
    { "from": "{{V}}", "to": "{{A}}", "transaction": "T1", "time": "2025-03-01 10:00:00+08:00", "amount_fen": 6000000, "traced_fen": 6000000, "layer": 1, "channel": "mobile" },
    { "from": "{{V}}", "to": "{{B}}", "transaction": "T2", "time": "2025-03-01 10:01:00+08:00", "amount_fen": 4000000, "traced_fen": 4000000, "layer": 1, "channel": "mobile" },
    { "from": "{{A}}", "to": "{{C}}", "transaction": "T3", "time": "2025-03-01 10:20:00+08:00", "amount_fen": 3950000, "traced_fen": 3950000, "layer": 2, "channel": "online" },
    { "from": "{{A}}", "to": "CASH:ATM-0001", "transaction": "T4", "time": "2025-03-01 10:30:00+08:00", "amount_fen": 2000000, "traced_fen": 2000000, "layer": 2, "channel": "atm_cash" },
    { "from": "{{A}}", "to": "{{M}}", "transaction": "T5", "time": "2025-03-01 10:40:00+08:00", "amount_fen": 50000, "traced_fen": 50000, "layer": 2, "channel": "pos" }
  ]
}
""";

    public static byte[] Bytes(string? text = null) => Encoding.UTF8.GetBytes(text ?? Text);
}
