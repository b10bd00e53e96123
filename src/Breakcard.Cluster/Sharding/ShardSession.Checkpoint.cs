using System.IO.Compression;
using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding.Checkpoints;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// Checkpoints of a shard (ADR 0178): the identifiers interned beyond the reference data (so
/// indexes come back the same), the retained event ids in the order they were taken, the owned
/// alerts so far with their fact devices, and the engine snapshot (with the place stores, ADR 0188)
/// — taken between batches only, never with a batch part-applied (ADR 0185, 0201) —
/// the pieces <c>MonitorSession</c> checkpoints for a whole stream. Compressed: the engine
/// snapshot carries the whole evidence ring, mostly zeros on a shard's share of a stream; its
/// all-zero blocks are left out before compression (<see cref="ZeroBlockWriter"/>, ADR 0276), and
/// a checkpoint written before that (compressed only) is still read.
/// </content>
public sealed partial class ShardSession
{
    private const uint Magic = 0x53484342; // "BCHS"
    // 2: order keys by release position, no counters or rejections (the gateway sequences; ADR 0185).
    // 3: each alert's fact device (ADR 0188, 0201); the place stores are in the engine snapshot.
    // 4: of the stream's identifiers, the count per kind and only the texts this shard holds, each
    //    with its index, then the cash accounts among those it does not (ADR 0358).
    // 5: 4, and an alert's step is a long, not a byte (ADR 0361). 3 and 4 are still read (both were
    //    written by main between the two merges).
    private const int FormatVersion = 5;
    private const int FormatWithEveryKey = 3;
    private const int FormatWithByteSteps = 4;

    // Before the compressed bytes when the zero blocks were left out (ADR 0276). A checkpoint
    // without it starts with the zlib header (0x78), as every one written before did.
    private static ReadOnlySpan<byte> ZeroBlocksMark => "BCZB"u8;

    /// <summary>Writes the shard's whole state, compressed, between events.</summary>
    public byte[] Snapshot()
    {
        if (Holding)
        {
            throw new InvalidOperationException("a shard checkpoints between batches only, never with a batch part-applied");
        }

        using var buffer = new MemoryStream();
        buffer.Write(ZeroBlocksMark);
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(new ZeroBlockWriter(zip)))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            var interners = EntityFingerprint.Interners(_reference);
            for (var i = 0; i < interners.Length; i++)
            {
                writer.Write(_baseCounts[i]);
                writer.Write(interners[i].Count);
                var held = interners[i].HeldFrom(_baseCounts[i]).ToList();
                writer.Write(held.Count);
                foreach (var (index, key) in held)
                {
                    writer.Write(index);
                    writer.Write(key);
                }
            }

            var cash = _reference.StreamCash.ToArray();
            writer.Write(cash.Length);
            foreach (var a in cash)
            {
                writer.Write(a);
            }

            writer.Write(_ids.Count);
            foreach (var (sequence, id, release) in _ids.InOrder())
            {
                writer.Write(sequence);
                writer.Write(id);
                writer.Write(release);
            }

            var alerts = Alerts;
            writer.Write(alerts.Count);
            foreach (var a in alerts)
            {
                writer.Write(a.Release);
                writer.Write(a.Step);
                writer.Write(a.Ordinal);
                writer.Write(a.Json);
                writer.Write(a.Device is not null);
                if (a.Device is not null)
                {
                    writer.Write(a.Device);
                }
            }

            Engine.WriteSnapshot(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Replaces this fresh session's state (made over the same reference data, options and model as
    /// the one that wrote it) with <paramref name="snapshot"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The snapshot is damaged or was written over other reference data or settings.</exception>
    public void Restore(byte[] snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_ids.Count > 0 || _alertKeys.Count > 0)
        {
            throw new InvalidOperationException("a shard restores into a fresh session only");
        }

        var marked = snapshot.AsSpan().StartsWith(ZeroBlocksMark);
        var skip = marked ? ZeroBlocksMark.Length : 0;
        Stream zip = new ZLibStream(new MemoryStream(snapshot, skip, snapshot.Length - skip, writable: false), CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(marked ? new ZeroBlockReader(zip) : zip, 1 << 16));
        try
        {
            Read(reader);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the shard checkpoint ends early", ex);
        }
    }

    private void Read(BinaryReader reader)
    {
        var version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : -1;
        if (version is not (FormatVersion or FormatWithByteSteps or FormatWithEveryKey))
        {
            throw new InvalidDataException("not a Breakcard shard checkpoint of this version");
        }

        if (version == FormatWithEveryKey)
        {
            ReadEveryKey(reader);
        }
        else
        {
            ReadHeldKeys(reader);
        }

        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var sequence = reader.ReadInt64();
            var id = reader.ReadString();
            var release = reader.ReadInt64();
            // Written from the ids kept, each sequence once; the last release taken is among them.
            _ids.Add(sequence, id, release);
            _begun = Math.Max(_begun, release);
        }

        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var a = new ShardAlert(reader.ReadInt64(), version < FormatVersion ? reader.ReadByte() : reader.ReadInt64(), reader.ReadInt32(), reader.ReadString());
            a = a with { Device = reader.ReadBoolean() ? reader.ReadString() : null };
            _alerts.Add(a);
            _alertKeys.Add(new AlertKey(a.Release, a.Step, a.Device));
            _owned.Add(JsonSerializer.Deserialize<Alert>(a.Json, MonitorGrain.LineJson) ?? throw new InvalidDataException("an empty alert in the shard checkpoint"));
        }

        // The alerts of the batch before the checkpoint were reported before it was taken (the grain keeps their facts).
        _batchAlerts = _alertKeys.Count;
        Engine.RestoreSnapshot(reader);
    }

    /// <summary>Format 3 (before ADR 0358): every identifier's text, numbered here as a batch's are (<see cref="InternKey"/>).</summary>
    private void ReadEveryKey(BinaryReader reader)
    {
        var interners = EntityFingerprint.Interners(_reference);
        for (var i = 0; i < interners.Length; i++)
        {
            var count = BaseChecked(reader, interners[i], i);
            for (var k = _baseCounts[i]; k < count; k++)
            {
                if (InternKey((WireKeyKind)(i + 1), reader.ReadString()) != k)
                {
                    throw new InvalidDataException("the shard checkpoint's entity keys repeat");
                }
            }
        }
    }

    /// <summary>Format 4: the counts, the texts held with their indexes, the cash accounts.</summary>
    private void ReadHeldKeys(BinaryReader reader)
    {
        var interners = EntityFingerprint.Interners(_reference);
        var held = new List<(int Kind, int Index, string Key)>();
        var counts = new int[interners.Length];
        for (var i = 0; i < interners.Length; i++)
        {
            counts[i] = BaseChecked(reader, interners[i], i);
            var last = _baseCounts[i] - 1;
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var index = reader.ReadInt32();
                if (index <= last || index >= counts[i])
                {
                    throw new InvalidDataException("the shard checkpoint's held identifiers are out of order");
                }

                held.Add((i, last = index, reader.ReadString()));
            }
        }

        var cash = new HashSet<int>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            cash.Add(reader.ReadInt32());
        }

        for (var i = 0; i < interners.Length; i++)
        {
            foreach (var (_, index, key) in held.Where(h => h.Kind == i))
            {
                while (interners[i].Count < index)
                {
                    Number(interners[i], i == 0 && cash.Contains(interners[i].Count));
                }

                if (interners[i].Intern(key) != index)
                {
                    throw new InvalidDataException("the shard checkpoint's entity keys repeat");
                }

                if (i == 0 && cash.Contains(index))
                {
                    _reference.MarkStreamCash(index);
                }
            }

            while (interners[i].Count < counts[i])
            {
                Number(interners[i], i == 0 && cash.Contains(interners[i].Count));
            }
        }
    }

    private int BaseChecked(BinaryReader reader, StringInterner interner, int kind)
    {
        var baseCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (baseCount != _baseCounts[kind] || interner.Count != baseCount || count < baseCount)
        {
            throw new InvalidDataException("the shard checkpoint was written over other reference data (entity counts differ)");
        }

        return count;
    }

    /// <summary>Numbers the next identifier of <paramref name="interner"/> without its text (a restored one this shard does not hold).</summary>
    private void Number(StringInterner interner, bool cash)
    {
        var index = interner.Skip();
        if (cash)
        {
            _reference.MarkStreamCash(index);
        }
    }

    /// <summary>
    /// Numbers <paramref name="key"/> as the next identifier of <paramref name="kind"/>, keeping its
    /// text only when this shard owns it (ADR 0358): accounts and phones by the shard of their
    /// identifier (one first seen in the stream has no holder), devices, IPs and cells never — the
    /// place items carry their indexes, and an alert naming one is named by the gateway. Returns the index.
    /// </summary>
    private int InternKey(WireKeyKind kind, string key) =>
        kind switch
        {
            WireKeyKind.Account => _reference.AddAccount(key, hold: _owners.OfAccount(key) == _shard),
            WireKeyKind.Phone => _reference.AddPhone(key, hold: _owners.OfPhone(key) == _shard),
            WireKeyKind.Device => _reference.Devices.Skip(),
            WireKeyKind.Ip => _reference.Ips.Skip(),
            _ => _reference.Cells.Skip(),
        };
}
