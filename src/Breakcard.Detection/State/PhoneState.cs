using System.Runtime.InteropServices;

namespace Breakcard.Detection.State;

/// <summary>
/// What the engine remembers about one phone number: 112 bytes, no references. Counters are for
/// the local day <see cref="Day"/>. Mutable, updated in place; not thread safe.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct PhoneState
{
    /// <summary>First event seen, or <see cref="Engine.EngineTime.Never"/>.</summary>
    public int FirstSeen;

    /// <summary>Last event seen, or <see cref="Engine.EngineTime.Never"/>.</summary>
    public int LastSeen;

    /// <summary>Local day of the counters.</summary>
    public int Day;

    /// <summary>Outbound calls today.</summary>
    public ushort OutCalls;

    /// <summary>Outbound calls today that were unanswered or short.</summary>
    public ushort ShortCalls;

    /// <summary>Inbound calls today.</summary>
    public ushort InCalls;

    /// <summary>Verification-code SMS received today.</summary>
    public ushort CodeSms;

    /// <summary>Distinct callees today (bitmap).</summary>
    public ulong Callees;

    /// <summary>Distinct verification-code senders today (bitmap).</summary>
    public ulong CodeSenders;

    /// <summary>Device the number was last seen in, or -1.</summary>
    public int LastDevice;

    /// <summary>Cell the number was last seen in, or -1.</summary>
    public int LastCell;

    /// <summary>Exponentially weighted mean of outbound calls per day before today.</summary>
    public float BaseOut;

    /// <summary>Calendar days of history behind <see cref="BaseOut"/> (saturating).</summary>
    public ushort HistoryDays;

    /// <summary>Set once the number counted as a heavy caller in its cell today.</summary>
    public byte HeavyToday;

    /// <summary>Reserved.</summary>
    public byte Reserved;

    /// <summary>When an account bound to this number was last logged into from a device its holder does not own, or <see cref="Engine.EngineTime.Never"/>.</summary>
    public int ForeignLoginAt;

    /// <summary>That account, or -1.</summary>
    public int ForeignLoginAccount;

    /// <summary>Verification codes received right after such a login (saturating).</summary>
    public byte CodeRelays;

    /// <summary>Reserved.</summary>
    public byte Reserved2;

    /// <summary>Reserved.</summary>
    public ushort Reserved3;

    /// <summary>Strengths, risk, alert state and evidence chain.</summary>
    public ScoreState Score;

    /// <summary>A never-seen number.</summary>
    public static PhoneState Empty => new()
    {
        FirstSeen = Engine.EngineTime.Never, LastSeen = Engine.EngineTime.Never, Day = int.MinValue,
        LastDevice = -1, LastCell = -1, ForeignLoginAt = Engine.EngineTime.Never, ForeignLoginAccount = -1, Score = ScoreState.Empty,
    };
}
