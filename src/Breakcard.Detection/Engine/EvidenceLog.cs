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

/// <summary>One event kept as evidence for an entity: 28 bytes.</summary>
/// <remarks>
/// Implementation note (ADR 0160): the three kind bytes live in the top byte of the sequence word
/// (sequences are 56-bit signed, ±3.6 × 10^16 — far beyond any input), and the chain link is the
/// distance back, in writes, to the entity's previous record: the log knows every record's write
/// number from its slot, so the distance says exactly whether that record is still in the ring.
/// The record does not name its entity: the entity's head is a write-number tag that says, with
/// the same arithmetic, whether its newest record is still in the ring (see <see cref="EvidenceLog"/>).
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

    /// <summary>The counterparty (account, number, device), or -1.</summary>
    public int Counterparty;

    /// <summary>Writes between the entity's previous record and this one, or 0 when there is none.</summary>
    public int Back;

    /// <summary>Input sequence of the event (<see cref="MinSequence"/>–<see cref="MaxSequence"/>).</summary>
    public long Sequence
    {
        readonly get => (_sequenceAndKinds << 8) >> 8; // the arithmetic shift restores the sign
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
/// oldest evidence is overwritten and chains simply end there. No allocation after construction, or,
/// for a <see cref="EvidenceRing.Growing"/> ring, once it has grown to its capacity. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: record number <c>w</c> (counting every write) lives in slot
/// <c>w mod capacity</c>, and the records still in the ring are the last <c>capacity</c> written.
/// An entity's head is the tag <c>w mod 2^31</c> of its newest record; the newest write with that
/// tag is the record as long as the true one is less than 2^31 writes old. The owner keeps that so:
/// when <see cref="SweepDue"/> (every 2^30 writes) it passes every head to <see cref="Sweep"/>, which
/// clears heads whose record has left the ring — so no surviving head is ever more than
/// 2^30 + capacity writes old. Each link back is then exact arithmetic on write numbers.
/// Implementation note (ADR 0286): a growing ring starts small and doubles while it has never
/// wrapped, so record <c>w</c> stays in slot <c>w</c> through every growth. A full ring is 29 MB at
/// the default capacity; each of a sharded stream's shards built one up front, the largest allocation
/// of a sharded run of a short stream. The single engine keeps the whole ring: there the growth's
/// copies cost full collections (measured +0.4 µs per event on a 120,580-event stream).
/// </remarks>
public sealed class EvidenceLog
{
    private const int FirstSize = 4096;
    private readonly int _capacity;
    private readonly long _tagModulus;
    private EvidenceRecord[] _ring;
    private long _written;
    private long _nextSweep;

    /// <summary>Creates a log of <paramref name="capacity"/> records (at most 2^30), allocated whole or as it fills (<paramref name="ring"/>).</summary>
    public EvidenceLog(int capacity, EvidenceRing ring = EvidenceRing.Whole)
        : this(capacity, 31, ring)
    {
    }

    /// <summary>Creates a log whose head tags have <paramref name="tagBits"/> bits (tests use few, to reach the sweeps).</summary>
    internal EvidenceLog(int capacity, int tagBits, EvidenceRing ring = EvidenceRing.Whole)
    {
        _tagModulus = 1L << tagBits;
        if (capacity < 1 || capacity > SweepPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"The capacity lies between 1 and {SweepPeriod}.");
        }

        _capacity = capacity;
        _ring = new EvidenceRecord[ring == EvidenceRing.Growing ? Math.Min(FirstSize, capacity) : capacity];
        _nextSweep = SweepPeriod;
    }

    /// <summary>Records written so far (including overwritten ones).</summary>
    public long Written => _written;

    /// <summary>Capacity.</summary>
    public int Capacity => _capacity;

    /// <summary>True when the owner must pass every head to <see cref="Sweep"/>, then call <see cref="Swept"/>.</summary>
    public bool SweepDue => _written >= _nextSweep;

    private long SweepPeriod => _tagModulus / 2;

    /// <summary>Appends a record to the chain whose head is <paramref name="head"/>, and moves the head.</summary>
    public void Append(ref int head, ScoredKind kind, in EngineEvent e, int time, int counterparty, EvidenceDirection direction)
    {
        if (_written == _ring.Length && _ring.Length < _capacity)
        {
            // Never wrapped yet (it wraps only at its full size), so every record stays in its slot.
            Array.Resize(ref _ring, (int)Math.Min((long)_ring.Length * 2, _capacity));
        }

        var slot = (int)(_written % _ring.Length);
        var back = 0;
        if (IsLive(head))
        {
            // Within one capacity of writes, so it fits an int.
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
        r.Counterparty = counterparty;
        r.Back = back;
        head = (int)(_written % _tagModulus);
        _written++;
    }

    /// <summary>Up to <paramref name="max"/> records of the chain whose head is <paramref name="head"/>, newest first.</summary>
    public List<EvidenceRecord> Chain(ScoredKind kind, int head, int max)
    {
        var list = new List<EvidenceRecord>();
        if (!IsLive(head))
        {
            return list;
        }

        var write = WriteOf(head);
        var oldest = _written - _capacity;
        while (list.Count < max)
        {
            ref readonly var r = ref _ring[(int)(write % _ring.Length)];
            if (r.Kind != kind)
            {
                break;
            }

            list.Add(r);
            if (r.Back <= 0 || write - r.Back < oldest)
            {
                break;
            }

            write -= r.Back;
        }

        return list;
    }

    /// <summary>Clears <paramref name="head"/> when its record has left the ring (see the remarks).</summary>
    public void Sweep(ref int head)
    {
        if (head >= 0 && !IsLive(head))
        {
            head = -1;
        }
    }

    /// <summary>Marks the sweep done; the next is due <c>2^30</c> writes later.</summary>
    public void Swept() => _nextSweep += SweepPeriod;

    /// <summary>True when the record tagged <paramref name="head"/> is still in the ring.</summary>
    private bool IsLive(int head)
    {
        if (head < 0 || _written == 0)
        {
            return false;
        }

        var write = WriteOf(head);
        return write >= 0 && write >= _written - _capacity;
    }

    /// <summary>The latest write number below <see cref="Written"/> whose tag is <paramref name="head"/>.</summary>
    private long WriteOf(int head)
    {
        var last = _written - 1;
        return last - ((last - head) & (_tagModulus - 1));
    }

    /// <summary>
    /// The raw ring and write count (for checkpoints): the slots allocated so far, which may be fewer
    /// than <see cref="Capacity"/>; the slots beyond them hold nothing yet (all zero).
    /// </summary>
    internal (EvidenceRecord[] Ring, long Written) Raw => (_ring, _written);

    /// <summary>Restores the ring (for checkpoints) from <paramref name="ring"/> of <see cref="Capacity"/> slots, which the log keeps; the sweep schedule follows from the write count.</summary>
    internal void Restore(EvidenceRecord[] ring, long written)
    {
        if (ring.Length != _capacity)
        {
            throw new InvalidDataException("the snapshot's evidence log has another capacity");
        }

        _ring = ring;
        _written = written;
        _nextSweep = ((written / SweepPeriod) + 1) * SweepPeriod;
    }
}
