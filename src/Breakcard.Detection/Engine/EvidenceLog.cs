using System.Runtime.InteropServices;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <summary>Which way an evidence event touched its entity.</summary>
public enum EvidenceDirection : byte
{
    /// <summary>Money in, a call received, an SMS received.</summary>
    In = 1,

    /// <summary>Money out, a call made.</summary>
    Out = 2,

    /// <summary>A login.</summary>
    Login = 3,

    /// <summary>Another entity's event that revealed this one (a SIM box seen through another SIM, a shared device through another card, a relayed code).</summary>
    Related = 4,
}

/// <summary>One event kept as evidence for an entity: 32 bytes.</summary>
/// <remarks>
/// Implementation note (ADR 0160): the three kind bytes live in the top byte of the sequence word
/// (sequences are 56-bit signed, ±3.6 × 10^16 — far beyond any input), and the chain link is the
/// distance back, in writes, to the entity's previous record rather than a slot plus a 64-bit write
/// number: the log knows every record's write number from its slot, so the distance says exactly
/// whether the previous record is still in the ring.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct EvidenceRecord
{
    /// <summary>Largest sequence a record holds (2^55 − 1).</summary>
    public const long MaxSequence = (1L << 55) - 1;

    /// <summary>Smallest sequence a record holds (−2^55).</summary>
    public const long MinSequence = -(1L << 55);

    private const int KindShift = 56;
    private const long SequenceMask = (1L << KindShift) - 1;

    // Bits 0–55: sequence (two's complement, 56 bits); 56–57: entity kind; 58–60: event kind; 61–63: direction.
    private long _sequenceAndKinds;

    /// <summary>Amount in fen (transactions) or seconds (calls).</summary>
    public long Value;

    /// <summary>Event time (stored seconds).</summary>
    public int Time;

    /// <summary>The entity the record belongs to.</summary>
    public int Entity;

    /// <summary>The counterparty (account, number, device), or -1.</summary>
    public int Counterparty;

    /// <summary>Writes between the entity's previous record and this one, or 0 when there is none.</summary>
    public int Back;

    /// <summary>Input sequence of the event (<see cref="MinSequence"/>–<see cref="MaxSequence"/>).</summary>
    public long Sequence
    {
        readonly get => (_sequenceAndKinds << 8) >> 8; // arithmetic shift restores the sign
        set
        {
            if (value is < MinSequence or > MaxSequence)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "An evidence sequence lies within ±2^55.");
            }

            _sequenceAndKinds = (_sequenceAndKinds & ~SequenceMask) | (value & SequenceMask);
        }
    }

    /// <summary>Entity kind.</summary>
    public ScoredKind Kind
    {
        readonly get => (ScoredKind)Bits(KindShift, 0x3);
        set => SetBits(KindShift, 0x3, (byte)value);
    }

    /// <summary>Event kind.</summary>
    public EventKind EventKind
    {
        readonly get => (EventKind)Bits(KindShift + 2, 0x7);
        set => SetBits(KindShift + 2, 0x7, (byte)value);
    }

    /// <summary>Direction.</summary>
    public EvidenceDirection Direction
    {
        readonly get => (EvidenceDirection)Bits(KindShift + 5, 0x7);
        set => SetBits(KindShift + 5, 0x7, (byte)value);
    }

    // Unchecked: the word is a bit field, its sign bit is the direction's top bit.
    private readonly byte Bits(int shift, int mask) => unchecked((byte)(((ulong)_sequenceAndKinds >> shift) & (ulong)mask));

    private void SetBits(int shift, int mask, byte value)
    {
        if ((value & ~mask) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The kind does not fit its evidence bits.");
        }

        _sequenceAndKinds = unchecked((long)(((ulong)_sequenceAndKinds & ~((ulong)mask << shift)) | ((ulong)value << shift)));
    }
}

/// <summary>
/// A bounded, shared evidence buffer: a ring of records, each entity's records chained from its
/// newest backwards (the chain head is four bytes in the entity's state). When the ring wraps the
/// oldest evidence is overwritten and chains simply end there. No allocation after construction.
/// Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: record number <c>w</c> (counting every write) lives in slot
/// <c>w mod capacity</c>, and the records still in the ring are the last <c>capacity</c> written.
/// A head slot is the entity's while the record there carries the entity (a later writer would be
/// another entity: the entity's own later record would have moved its head); its write number is
/// then the latest one of that slot, and each link back is exact arithmetic on write numbers.
/// </remarks>
public sealed class EvidenceLog
{
    private readonly EvidenceRecord[] _ring;
    private long _written;

    /// <summary>Creates a log of <paramref name="capacity"/> records.</summary>
    public EvidenceLog(int capacity) => _ring = new EvidenceRecord[capacity];

    /// <summary>Records written so far (including overwritten ones).</summary>
    public long Written => _written;

    /// <summary>Capacity.</summary>
    public int Capacity => _ring.Length;

    /// <summary>Appends a record to the entity's chain whose head is <paramref name="head"/>, and moves the head.</summary>
    public void Append(ref int head, ScoredKind kind, int entity, in EngineEvent e, int time, int counterparty, EvidenceDirection direction)
    {
        var slot = (int)(_written % _ring.Length);
        var back = 0;
        if (head >= 0 && IsHead(head, kind, entity))
        {
            // Within one capacity of writes, so it fits an int (capacity ≤ 2^28).
            back = (int)(_written - WriteOf(head));
        }

        ref var r = ref _ring[slot];
        r = default;
        r.Sequence = e.Sequence;
        r.Kind = kind;
        r.EventKind = e.Kind;
        r.Direction = direction;
        r.Value = e.Value;
        r.Time = time;
        r.Entity = entity;
        r.Counterparty = counterparty;
        r.Back = back;
        head = slot;
        _written++;
    }

    /// <summary>Up to <paramref name="max"/> of the entity's records, newest first.</summary>
    public List<EvidenceRecord> Chain(ScoredKind kind, int entity, int head, int max)
    {
        var list = new List<EvidenceRecord>();
        if (head < 0 || head >= _ring.Length || !IsHead(head, kind, entity))
        {
            return list;
        }

        var write = WriteOf(head);
        var oldest = _written - _ring.Length;
        while (list.Count < max)
        {
            ref readonly var r = ref _ring[(int)(write % _ring.Length)];
            list.Add(r);
            if (r.Back <= 0 || write - r.Back < oldest)
            {
                break;
            }

            write -= r.Back;
        }

        return list;
    }

    /// <summary>True when the record in <paramref name="slot"/> was written (and not overwritten) for the entity.</summary>
    private bool IsHead(int slot, ScoredKind kind, int entity)
    {
        ref readonly var r = ref _ring[slot];
        return slot < _written && r.Entity == entity && r.Kind == kind;
    }

    /// <summary>The write number of the latest record in <paramref name="slot"/> (the ring holds the last <see cref="Capacity"/> writes).</summary>
    private long WriteOf(int slot)
    {
        var last = _written - 1;
        return last - ((last - slot) % _ring.Length);
    }

    /// <summary>The raw ring and write count (for checkpoints).</summary>
    internal (EvidenceRecord[] Ring, long Written) Raw => (_ring, _written);

    /// <summary>Restores the ring (for checkpoints).</summary>
    internal void Restore(ReadOnlySpan<EvidenceRecord> ring, long written)
    {
        ring.CopyTo(_ring);
        _written = written;
    }
}
