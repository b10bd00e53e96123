using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using CsCheck;

namespace Breakcard.Ingest.Tests;

/// <summary>CsCheck generators of valid events, covering the awkward values the schema allows.</summary>
internal static class Generators
{
    private const string KeyChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/#";

    public static readonly Gen<string> Key = Gen.String[Gen.Char[KeyChars], 1, 30].Where(k => !k.StartsWith("CASH:", StringComparison.Ordinal));

    public static readonly Gen<string> CashPoint = Gen.String[Gen.Char[KeyChars], 1, 20].Select(t => CashPoints.For(t));

    /// <summary>Memos with the characters CSV must quote: commas, quotes, line breaks, and Chinese text.</summary>
    public static readonly Gen<string?> Memo = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.String[Gen.Char["ab ,\"\n\r\t房租工资押金¥#"], 1, 40].Select(s => (string?)s));

    public static readonly Gen<DateTimeOffset> Time =
        Gen.Select(Gen.Long[new DateTime(1971, 1, 1).Ticks / TimeSpan.TicksPerSecond, new DateTime(2098, 1, 1).Ticks / TimeSpan.TicksPerSecond], Gen.Int[-48, 56],
            (seconds, quarters) => new DateTimeOffset(new DateTime(seconds * TimeSpan.TicksPerSecond), TimeSpan.FromMinutes(15 * quarters)));

    public static readonly Gen<string> Phone = Gen.Select(Gen.Bool, Gen.String[Gen.Char["0123456789"], 3, 20], (plus, digits) => plus ? "+" + digits : digits);

    public static readonly Gen<DeviceId> Device = Gen.OneOf(
        Gen.Select(Gen.Int[10_000_000, 99_999_999], Gen.Int[0, 999_999], (tac, serial) => DeviceId.CreateImei(tac.ToString(System.Globalization.CultureInfo.InvariantCulture), serial)),
        Gen.String[Gen.Char["abcdef0123456789:-"], 4, 64].Where(s => !(s.Length == 15 && s.All(char.IsAsciiDigit))).Select(DeviceId.Parse));

    public static readonly Gen<TransactionEvent> Transaction =
        Gen.Select(Key, Time, Key, Key, Gen.Long[1, long.MaxValue / 2], Gen.Int[0, 5], Memo, CashPoint)
            .Where((_, _, debit, credit, _, _, _, _) => debit != credit)
            .Select((id, time, debit, credit, fen, shape, memo, cash) => shape switch
            {
                0 => new TransactionEvent(id, time, debit, cash, Money.FromFen(fen), Channel.AtmCash, memo),
                1 => new TransactionEvent(id, time, cash, credit, Money.FromFen(fen), Channel.Counter, memo),
                2 => new TransactionEvent(id, time, debit, credit, Money.FromFen(fen), Channel.Pos, memo),
                3 => new TransactionEvent(id, time, debit, credit, Money.FromFen(fen), Channel.ThirdPartyPayment, memo),
                _ => new TransactionEvent(id, time, debit, credit, Money.FromFen(fen), Channel.Transfer, memo),
            });

    public static readonly Gen<CallEvent> Call = Gen.Select(Key, Time, Phone, Phone, Gen.Int[0, 86_400], Key.Null(), Device.Nullable())
        .Select((id, time, caller, callee, seconds, cell, device) => new CallEvent(id, time, caller, callee, seconds, cell, device));

    public static readonly Gen<SmsEvent> Sms = Gen.Select(Key, Time, Phone, Phone, Gen.Enum<SmsKind>(), Key.Null(), Device.Nullable())
        .Select((id, time, sender, receiver, kind, cell, device) => new SmsEvent(id, time, sender, receiver, kind, cell, device));

    public static readonly Gen<LoginEvent> Login = Gen.Select(Key, Time, Key, Device, Gen.Byte.Array[4].Null())
        .Select((id, time, account, device, ip) => new LoginEvent(id, time, account, device, ip is null ? null : IpAddress.FromIPv4(ip[0], ip[1], ip[2], ip[3])));
}
