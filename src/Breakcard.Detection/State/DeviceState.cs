using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Breakcard.Detection.State;

/// <summary>The last <see cref="Count"/> distinct entities seen in a device, oldest overwritten first.</summary>
[InlineArray(Count)]
public struct RecentEntities
{
    /// <summary>Slots.</summary>
    public const int Count = 8;

    private int _first;
}

/// <summary>
/// A device or an IP address: which SIMs were seen in it and which holders' accounts were used
/// from it, over two half windows (24 bytes of bitmaps each). Mutable; not thread safe.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct DeviceState
{
    /// <summary>Index of the current half window.</summary>
    public int Half;

    /// <summary>Distinct SIMs (phone numbers) seen, current half window.</summary>
    public ulong SimsNow;

    /// <summary>Distinct SIMs seen, previous half window.</summary>
    public ulong SimsPrev;

    /// <summary>Distinct holders of accounts used from here, current half window.</summary>
    public ulong HoldersNow;

    /// <summary>Distinct holders, previous half window.</summary>
    public ulong HoldersPrev;

    /// <summary>The last distinct SIMs (phone indexes) seen here, so a device found to be a SIM box can flag SIMs seen before.</summary>
    public RecentEntities RecentSims;

    /// <summary>The last distinct accounts used from here, so a device found to be shared can flag accounts seen before.</summary>
    public RecentEntities RecentAccounts;

    /// <summary>Next slot of <see cref="RecentSims"/>.</summary>
    public byte NextSim;

    /// <summary>Next slot of <see cref="RecentAccounts"/>.</summary>
    public byte NextAccount;

    /// <summary>Reserved.</summary>
    public ushort Reserved;

    /// <summary>An unseen device.</summary>
    public static DeviceState Empty
    {
        get
        {
            var d = new DeviceState { Half = int.MinValue };
            ((Span<int>)d.RecentSims).Fill(-1);
            ((Span<int>)d.RecentAccounts).Fill(-1);
            return d;
        }
    }

    /// <summary>Remembers a newly seen entity in a ring.</summary>
    public static void Remember(ref RecentEntities ring, ref byte next, int entity)
    {
        ring[next] = entity;
        next = (byte)((next + 1) % RecentEntities.Count);
    }
}

/// <summary>A cell site: the heavy outbound SIMs seen in it today (SIM-box farms). Mutable.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CellState
{
    /// <summary>Local day of <see cref="HeavySims"/>.</summary>
    public int Day;

    /// <summary>Distinct SIMs that crossed the heavy-caller mark in this cell today (bitmap).</summary>
    public ulong HeavySims;

    /// <summary>An unseen cell.</summary>
    public static CellState Empty => new() { Day = int.MinValue };
}

/// <summary>
/// A holder (person or company) across all their accounts and phone numbers: the highest risk on
/// the bank side and on the telecom side, and which entity carries it. This is how a phone
/// flagged by an operator and a card flagged by a bank raise each other's risk. Mutable.
/// </summary>
/// <remarks>Ten bytes: packed to two so the two risks do not pad the indexes (ADR 0160).</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public struct HolderState
{
    /// <summary>Highest current risk among the holder's accounts.</summary>
    public byte AccountRisk;

    /// <summary>Highest current risk among the holder's phone numbers.</summary>
    public byte PhoneRisk;

    /// <summary>The account with <see cref="AccountRisk"/>, or -1.</summary>
    public int RiskiestAccount;

    /// <summary>The phone with <see cref="PhoneRisk"/>, or -1.</summary>
    public int RiskiestPhone;

    /// <summary>A holder with nothing flagged.</summary>
    public static HolderState Empty => new() { RiskiestAccount = -1, RiskiestPhone = -1 };
}
