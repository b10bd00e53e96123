using System.Runtime.InteropServices;
using Breakcard.Core.Events;

namespace Breakcard.Detection.Engine;

/// <summary>
/// One event as the engine sees it: 64 bytes, no references, every entity already interned to a
/// dense index (<see cref="Reference.ReferenceData"/>), so arrays of events cost the garbage
/// collector nothing and the hot path never touches a string.
/// </summary>
/// <remarks>
/// Field meaning by <see cref="Kind"/>:
/// <list type="table">
/// <item><term>Transaction</term><description>Source = debit account, Target = credit account, Value = fen (positive), Sub = <see cref="Channel"/>.</description></item>
/// <item><term>Call</term><description>Source = caller phone, Target = callee phone, Value = connected seconds, Device, Cell.</description></item>
/// <item><term>Sms</term><description>Source = receiving phone, Target = sending phone or service code, Sub = <see cref="SmsKind"/>, Device, Cell.</description></item>
/// <item><term>Login</term><description>Source = account, Target = device, Cell = IP address index (or -1).</description></item>
/// </list>
/// Entity indexes absent from the data are -1.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public struct EngineEvent
{
    /// <summary>Event time: Unix seconds (UTC instant).</summary>
    public long Time;

    /// <summary>Amount in fen (transactions) or connected seconds (calls); 0 otherwise.</summary>
    public long Value;

    /// <summary>64-bit hash of the event id (<see cref="EventIdHash"/>): the de-duplication key.</summary>
    public ulong IdHash;

    /// <summary>
    /// Order among events with the same time: the number at the end of the event id (so "T10" follows
    /// "T9"), or 0. With <see cref="IdHash"/> it makes the processing order a function of the events'
    /// content, never of their arrival order.
    /// </summary>
    public ulong Tiebreak;

    /// <summary>Position of the event in its input (0-based): how evidence names the event.</summary>
    public long Sequence;

    /// <summary>See the remarks for each kind.</summary>
    public int Source;

    /// <summary>See the remarks for each kind.</summary>
    public int Target;

    /// <summary>Device index (calls and SMS), or -1.</summary>
    public int Device;

    /// <summary>Cell index (calls and SMS) or IP index (logins), or -1.</summary>
    public int Cell;

    /// <summary>Kind of event.</summary>
    public EventKind Kind;

    /// <summary>Channel (transactions) or SMS kind (SMS), as the enum's byte value.</summary>
    public byte Sub;

    /// <summary>A transaction.</summary>
    public static EngineEvent Transaction(long time, int debit, int credit, long amountFen, Channel channel, ulong idHash, ulong tiebreak, long sequence) => new()
    {
        Time = time, Source = debit, Target = credit, Value = amountFen, Sub = (byte)channel, Kind = EventKind.Transaction,
        IdHash = idHash, Tiebreak = tiebreak, Sequence = sequence, Device = -1, Cell = -1,
    };

    /// <summary>A call.</summary>
    public static EngineEvent Call(long time, int caller, int callee, int durationSeconds, int device, int cell, ulong idHash, ulong tiebreak, long sequence) => new()
    {
        Time = time, Source = caller, Target = callee, Value = durationSeconds, Kind = EventKind.Call,
        IdHash = idHash, Tiebreak = tiebreak, Sequence = sequence, Device = device, Cell = cell,
    };

    /// <summary>An SMS received by <paramref name="receiver"/>.</summary>
    public static EngineEvent Sms(long time, int receiver, int sender, SmsKind kind, int device, int cell, ulong idHash, ulong tiebreak, long sequence) => new()
    {
        Time = time, Source = receiver, Target = sender, Sub = (byte)kind, Kind = EventKind.Sms,
        IdHash = idHash, Tiebreak = tiebreak, Sequence = sequence, Device = device, Cell = cell,
    };

    /// <summary>A login.</summary>
    public static EngineEvent Login(long time, int account, int device, int ip, ulong idHash, ulong tiebreak, long sequence) => new()
    {
        Time = time, Source = account, Target = device, Cell = ip, Kind = EventKind.Login,
        IdHash = idHash, Tiebreak = tiebreak, Sequence = sequence, Device = device,
    };

    /// <summary>
    /// Total order used by the reorder buffer: time, then <see cref="Tiebreak"/>, then
    /// <see cref="IdHash"/>. Two distinct events compare equal only on a 64-bit hash collision of ids
    /// with equal time and tiebreak.
    /// </summary>
    public static int CompareOrder(in EngineEvent a, in EngineEvent b)
    {
        if (a.Time != b.Time)
        {
            return a.Time < b.Time ? -1 : 1;
        }

        if (a.Tiebreak != b.Tiebreak)
        {
            return a.Tiebreak < b.Tiebreak ? -1 : 1;
        }

        return a.IdHash.CompareTo(b.IdHash);
    }
}
