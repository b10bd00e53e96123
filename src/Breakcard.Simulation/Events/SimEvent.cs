using System.Runtime.InteropServices;

namespace Breakcard.Simulation.Events;

/// <summary>The four event kinds of the schema.</summary>
internal enum EventKind : byte
{
    Transaction = 1,
    Call = 2,
    Sms = 3,
    Login = 4,
}

/// <summary>
/// One generated event in compact form (48 bytes, no references), so a day of a million-person
/// city is one flat array the garbage collector never scans. What the fields mean depends on
/// <see cref="Kind"/>:
/// <list type="table">
/// <item><term>Transaction</term><description>A = debit endpoint, B = credit endpoint (account index,
/// or a cash terminal encoded by <see cref="Endpoints.Cash"/>), Value = fen, Sub = channel, Memo.</description></item>
/// <item><term>Call</term><description>A = caller number, B = callee number, Value = seconds, Cell, Device.</description></item>
/// <item><term>Sms</term><description>A = sender number, B = receiver number, Sub = SMS kind, Cell, Device.</description></item>
/// <item><term>Login</term><description>A = account index, Device, Ip.</description></item>
/// </list>
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct SimEvent
{
    /// <summary>Seconds since the start of the period.</summary>
    public long Time;
    public long A;
    public long B;
    public long Value;
    public int Cell;
    public int Device;
    public uint Ip;

    /// <summary>Index into the day's label list, or -1 for normal life.</summary>
    public int Label;
    public EventKind Kind;
    public byte Sub;
    public short Memo;
}

/// <summary>Encoding of transaction endpoints: accounts are indices ≥ 0; cash terminals are negative.</summary>
internal static class Endpoints
{
    /// <summary>The endpoint of cash terminal <paramref name="terminal"/>.</summary>
    public static long Cash(int terminal) => -1L - terminal;

    /// <summary>True when <paramref name="endpoint"/> is a cash terminal.</summary>
    public static bool IsCash(long endpoint) => endpoint < 0;

    /// <summary>The terminal index of a cash endpoint.</summary>
    public static int Terminal(long endpoint) => (int)(-1L - endpoint);
}
