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

/// <summary>One event kept as evidence for an entity.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct EvidenceRecord
{
    /// <summary>Input sequence of the event.</summary>
    public long Sequence;

    /// <summary>Amount in fen (transactions) or seconds (calls).</summary>
    public long Value;

    /// <summary>Global write number of this record (validates chains after the ring wraps).</summary>
    public long Write;

    /// <summary>Event time (stored seconds).</summary>
    public int Time;

    /// <summary>The entity the record belongs to.</summary>
    public int Entity;

    /// <summary>The counterparty (account, number, device), or -1.</summary>
    public int Counterparty;

    /// <summary>Slot of the entity's previous record, or -1.</summary>
    public int Previous;

    /// <summary>Entity kind.</summary>
    public ScoredKind Kind;

    /// <summary>Event kind.</summary>
    public EventKind EventKind;

    /// <summary>Direction.</summary>
    public EvidenceDirection Direction;
}

/// <summary>
/// A bounded, shared evidence buffer: a ring of records, each entity's records chained from its
/// newest backwards (the chain head is four bytes in the entity's state). When the ring wraps the
/// oldest evidence is overwritten and chains simply end there. No allocation after construction.
/// Not thread safe.
/// </summary>
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
        ref var r = ref _ring[slot];
        r.Sequence = e.Sequence;
        r.Value = e.Value;
        r.Write = _written;
        r.Time = time;
        r.Entity = entity;
        r.Counterparty = counterparty;
        r.Previous = head;
        r.Kind = kind;
        r.EventKind = e.Kind;
        r.Direction = direction;
        head = slot;
        _written++;
    }

    /// <summary>Up to <paramref name="max"/> of the entity's records, newest first.</summary>
    public List<EvidenceRecord> Chain(ScoredKind kind, int entity, int head, int max)
    {
        var list = new List<EvidenceRecord>();
        var lastWrite = long.MaxValue;
        var slot = head;
        while (slot >= 0 && list.Count < max)
        {
            ref readonly var r = ref _ring[slot];
            if (r.Write >= lastWrite || r.Entity != entity || r.Kind != kind || r.Write >= _written)
            {
                break;
            }

            list.Add(r);
            lastWrite = r.Write;
            slot = r.Previous;
        }

        return list;
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
