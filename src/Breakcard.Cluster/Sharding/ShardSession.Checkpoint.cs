using System.IO.Compression;
using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// Checkpoints of a shard (ADR 0178): the identifiers interned beyond the reference data (so
/// indexes come back the same), the counters of its primary events, the retained event ids in
/// the order they were taken, the owned alerts and rejected lines so far, the place counts of events
/// taken but not yet applied (ADR 0188), and the engine snapshot —
/// the pieces <c>MonitorSession</c> checkpoints for a whole stream. Compressed: the engine
/// snapshot carries the whole evidence ring, mostly zeros on a shard's share of a stream.
/// </content>
public sealed partial class ShardSession
{
    private const uint Magic = 0x53484342; // "BCHS"
    private const int FormatVersion = 2;

    /// <summary>Writes the shard's whole state, compressed, between events.</summary>
    public byte[] Snapshot()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zip))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            var interners = Interners(_reference);
            for (var i = 0; i < interners.Length; i++)
            {
                writer.Write(_baseCounts[i]);
                writer.Write(interners[i].Count);
                for (var k = _baseCounts[i]; k < interners[i].Count; k++)
                {
                    writer.Write(interners[i].KeyOf(k));
                }
            }

            foreach (var v in (long[])[_received, _duplicates, _lateApplied, _lateRejected, _expired, _outOfRange, _invalid])
            {
                writer.Write(v);
            }

            writer.Write(_seenOrder.Count);
            foreach (var sequence in _seenOrder)
            {
                var s = _seen[sequence];
                writer.Write(sequence);
                writer.Write(s.Id);
                writer.Write(s.Time);
                writer.Write(s.Tiebreak);
                writer.Write(s.IdHash);
                writer.Write(s.Source);
                writer.Write(s.Primary);
            }

            writer.Write(_alerts.Count);
            foreach (var a in _alerts)
            {
                writer.Write(a.Time);
                writer.Write(a.Tiebreak);
                writer.Write(a.IdHash);
                writer.Write(a.Role);
                writer.Write(a.Ordinal);
                writer.Write(a.Json);
                writer.Write(a.Device is not null);
                if (a.Device is not null)
                {
                    writer.Write(a.Device);
                }
            }

            writer.Write(_rejected.Count);
            foreach (var r in _rejected)
            {
                writer.Write(r.Sequence);
                writer.Write(r.Line);
            }

            WritePlaces(writer);
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
        if (_seenOrder.Count > 0 || _alerts.Count > 0 || _received > 0)
        {
            throw new InvalidOperationException("a shard restores into a fresh session only");
        }

        using var zip = new ZLibStream(new MemoryStream(snapshot, writable: false), CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
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
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a Breakcard shard checkpoint of this version");
        }

        var interners = Interners(_reference);
        for (var i = 0; i < interners.Length; i++)
        {
            var baseCount = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (baseCount != _baseCounts[i] || interners[i].Count != baseCount)
            {
                throw new InvalidDataException("the shard checkpoint was written over other reference data (entity counts differ)");
            }

            for (var k = baseCount; k < count; k++)
            {
                Intern((WireKeyKind)(i + 1), reader.ReadString());
            }
        }

        var c = new long[7];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = reader.ReadInt64();
        }

        (_received, _duplicates, _lateApplied, _lateRejected, _expired, _outOfRange, _invalid) = (c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var sequence = reader.ReadInt64();
            Remember(sequence, new Seen(reader.ReadString(), reader.ReadInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadInt32(), reader.ReadBoolean()));
        }

        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var a = new ShardAlert(reader.ReadInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadByte(), reader.ReadInt32(), reader.ReadString());
            a = a with { Device = reader.ReadBoolean() ? reader.ReadString() : null };
            _alerts.Add(a);
            _owned.Add(JsonSerializer.Deserialize<Alert>(a.Json, MonitorGrain.LineJson) ?? throw new InvalidDataException("an empty alert in the shard checkpoint"));
        }

        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            _rejected.Add(new ShardRejected(reader.ReadInt64(), reader.ReadString()));
        }

        ReadPlaces(reader);
        Engine.RestoreSnapshot(reader);
    }

    private void Intern(WireKeyKind kind, string key)
    {
        var expected = Interners(_reference)[(int)kind - 1].Count;
        var index = kind switch
        {
            WireKeyKind.Account => _reference.InternAccount(key),
            WireKeyKind.Phone => _reference.InternPhone(key),
            WireKeyKind.Device => _reference.Devices.Intern(key),
            WireKeyKind.Ip => _reference.Ips.Intern(key),
            _ => _reference.Cells.Intern(key),
        };
        if (index != expected)
        {
            throw new InvalidDataException("the shard checkpoint's entity keys repeat");
        }
    }

    /// <summary>The interners in <see cref="WireKeyKind"/> order (kind k at k − 1).</summary>
    private static StringInterner[] Interners(ReferenceData r) => [r.Accounts, r.Phones, r.Devices, r.Ips, r.Cells];
}
