using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <content>Snapshots of the whole engine state, for checkpoints.</content>
public sealed partial class MonitoringEngine
{
    private const uint Magic = 0x45444342; // "BCDE"
    // 2: 216-byte account state and 32-byte evidence records (ADR 0160); 1: 232 and 44 bytes.
    private const int FormatVersion = 2;

    // 3: format 2 with each store's slot map (the entity index of every local slot) after its slots,
    // written only by an engine with local slots (ADR 0335), so a single process still writes 2.
    private const int LocalSlotsVersion = 3;

    /// <summary>
    /// A fingerprint of the options and model (<see cref="Scoring.IRiskModel.Identity"/>: a learned model by
    /// its file's content): a snapshot only restores into an engine with the same settings, because
    /// state written under other thresholds or another model would mean something else.
    /// </summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Options.ToJson() + "\n" + _model.Identity)))[..16];

    /// <summary>
    /// Writes every piece of state — entities, holders, reorder buffer, de-duplication memory,
    /// evidence log, counters and watermark — in a binary form. Raw struct bytes: a snapshot
    /// restores on a machine of the same byte order. Call between events only.
    /// </summary>
    public void WriteSnapshot(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        var local = _accounts.Slots == EntitySlots.Local;
        writer.Write(local ? LocalSlotsVersion : FormatVersion);
        // The model's identity follows the fingerprint, so a refusal can name the model the snapshot
        // was written under (ADR 0327); snapshots before it hold the fingerprint alone.
        writer.Write(Fingerprint + " " + _model.Identity);
        var c = _counters;
        foreach (var v in (long[])[c.Received, c.Applied, c.Duplicates, c.LateApplied, c.LateRejected, c.Expired, c.OutOfRange, c.Alerts, _maxSeen, _releasedBelow, _frontier])
        {
            writer.Write(v);
        }

        WriteStore(writer, _accounts, local);
        WriteStore(writer, _phones, local);
        WriteStore(writer, _devices, local);
        WriteStore(writer, _ips, local);
        WriteStore(writer, _cells, local);
        WriteArray<HolderState>(writer, _holders);
        WriteArray<ulong>(writer, _flaggedHolders);
        WriteArray<EngineEvent>(writer, _reorder.ToArray());
        _dedup.Write(writer);
        var (ring, written) = _evidence.Raw;
        writer.Write(written);
        WriteRing(writer, ring, _evidence.Capacity);
    }

    /// <summary>
    /// Replaces this engine's state with a snapshot written by <see cref="WriteSnapshot"/> from an
    /// engine over the same reference data and settings.
    /// </summary>
    /// <exception cref="InvalidDataException">The snapshot is not one, or was written with other settings.</exception>
    public void RestoreSnapshot(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a Breakcard engine snapshot");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion && version != LocalSlotsVersion)
        {
            throw new InvalidDataException(
                $"the engine snapshot has state format {version}; this version reads formats {FormatVersion} and {LocalSlotsVersion} only (the state layout changed): resume with the version that wrote it, or run again from the start of the input");
        }

        var mapped = version == LocalSlotsVersion;
        if (mapped && _accounts.Slots != EntitySlots.Local)
        {
            // A format-2 snapshot restores into local slots as the identity map; the reverse would
            // put each entity's state in another entity's slot.
            throw new InvalidDataException("the snapshot was written by a shard's engine, whose slots are its own entities' (ADR 0335): it restores into a shard only");
        }

        var settings = reader.ReadString();
        var space = settings.IndexOf(' ', StringComparison.Ordinal);
        var fingerprint = space < 0 ? settings : settings[..space];
        if (fingerprint != Fingerprint)
        {
            var model = space < 0 ? "not recorded" : settings[(space + 1)..];
            throw new InvalidDataException(
                $"the snapshot was written with other detection options or model ({fingerprint}, now {Fingerprint}; model {model}, now {_model.Identity})");
        }

        var v = new long[11];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = reader.ReadInt64();
        }

        _counters = new EngineCounters
        {
            Received = v[0], Applied = v[1], Duplicates = v[2], LateApplied = v[3], LateRejected = v[4],
            Expired = v[5], OutOfRange = v[6], Alerts = v[7],
        };
        (_maxSeen, _releasedBelow, _frontier) = (v[8], v[9], v[10]);
        ReadStore(reader, _accounts, mapped);
        ReadStore(reader, _phones, mapped);
        ReadStore(reader, _devices, mapped);
        ReadStore(reader, _ips, mapped);
        ReadStore(reader, _cells, mapped);
        var holders = ReadArray<HolderState>(reader);
        if (holders.Length != _holders.Length)
        {
            throw new InvalidDataException("the snapshot was written over other reference data (holder count differs)");
        }

        holders.CopyTo(_holders, 0);
        ReadArray<ulong>(reader).CopyTo(_flaggedHolders, 0);
        while (_reorder.Count > 0)
        {
            _reorder.PopHead();
        }

        foreach (var e in ReadArray<EngineEvent>(reader))
        {
            _reorder.Insert(in e);
        }

        _dedup.Read(reader);

        var written = reader.ReadInt64();
        _evidence.Restore(ReadArray<EvidenceRecord>(reader), written);
        _linkedHolders.Clear();
    }

    private static void WriteStore<T>(BinaryWriter writer, ShardedStore<T> store, bool mapped) where T : struct
    {
        writer.Write(store.Count);
        writer.Write(store.ShardCount);
        if (store.Slots == EntitySlots.Global)
        {
            for (var k = 0; k < store.ShardCount; k++)
            {
                WriteSpan<T>(writer, store.UsedRun(k));
            }
        }
        else
        {
            WriteGathered(writer, store);
        }

        if (mapped)
        {
            WriteSpan<int>(writer, store.Entities);
        }
    }

    /// <summary>
    /// A local-slot store's slots as the split arrays held them (slot mod S, in order): they live
    /// in pages (ADR 0436), so each shard's are gathered a chunk at a time into a pooled buffer —
    /// the snapshot's bytes are those of the split arrays, without a copy of them all.
    /// </summary>
    private static void WriteGathered<T>(BinaryWriter writer, ShardedStore<T> store) where T : struct
    {
        var chunk = System.Buffers.ArrayPool<T>.Shared.Rent(Math.Max(1, 16_384 / Unsafe.SizeOf<T>()));
        try
        {
            for (var k = 0; k < store.ShardCount; k++)
            {
                var used = store.UsedIn(k);
                writer.Write(used);
                for (var from = 0; from < used; from += chunk.Length)
                {
                    var part = chunk.AsSpan(0, Math.Min(chunk.Length, used - from));
                    store.CopyShard(k, from, part);
                    writer.Write(MemoryMarshal.AsBytes((ReadOnlySpan<T>)part));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<T>.Shared.Return(chunk);
        }
    }

    private static void ReadStore<T>(BinaryReader reader, ShardedStore<T> store, bool mapped) where T : struct
    {
        var count = reader.ReadInt32();
        if (reader.ReadInt32() != store.ShardCount)
        {
            throw new InvalidDataException("the snapshot has another shard count");
        }

        store.SetCount(count);
        for (var k = 0; k < store.ShardCount; k++)
        {
            store.FillShard(k, ReadArray<T>(reader));
        }

        if (mapped)
        {
            store.SetEntities(ReadArray<int>(reader));
        }
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] items) where T : struct => WriteSpan<T>(writer, items);

    /// <summary>
    /// The evidence ring as a full ring of <paramref name="capacity"/> slots, the slots not allocated
    /// yet as zeros (ADR 0286): the snapshot's bytes are those of a ring allocated whole, so the format
    /// is unchanged and a snapshot restores into any engine of the same capacity.
    /// </summary>
    private static void WriteRing(BinaryWriter writer, EvidenceRecord[] ring, int capacity)
    {
        writer.Write(capacity);
        writer.Write(MemoryMarshal.AsBytes(ring.AsSpan()));
        Span<byte> zeros = stackalloc byte[4096];
        zeros.Clear();
        for (var left = (long)(capacity - ring.Length) * Unsafe.SizeOf<EvidenceRecord>(); left > 0; left -= zeros.Length)
        {
            writer.Write(zeros[..(int)Math.Min(left, zeros.Length)]);
        }
    }

    private static void WriteSpan<T>(BinaryWriter writer, ReadOnlySpan<T> items) where T : struct
    {
        writer.Write(items.Length);
        writer.Write(MemoryMarshal.AsBytes(items));
    }

    private static T[] ReadArray<T>(BinaryReader reader) where T : struct
    {
        var n = reader.ReadInt32();
        if (n < 0)
        {
            throw new InvalidDataException("negative array length in snapshot");
        }

        var items = new T[n];
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        try
        {
            reader.BaseStream.ReadExactly(bytes);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the snapshot ends early", ex);
        }

        return items;
    }
}
