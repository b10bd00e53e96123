using System.IO.Compression;
using Breakcard.Cluster.Sharding.Checkpoints;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// Writes a shard checkpoint as a shard wrote it in an earlier format, from a current (format 5)
/// one and the gateway's numbering, so the tests can show that such a checkpoint is still read.
/// Format 3 (ADR 0335): every identifier of the stream's text in index order, no cash list, an
/// alert's step a byte. Format 4 (ADR 0358): the held texts as now, an alert's step a byte. The
/// rest (event ids, the other alert fields, the engine snapshot) is the same in all three.
/// </summary>
internal static class OlderShardCheckpoint
{
    public static byte[] From(byte[] current, ReferenceData gateway, int format)
    {
        Assert.True(format is 3 or 4, "only formats 3 and 4 are written here");
        using var source = new BinaryReader(new ZeroBlockReader(new ZLibStream(new MemoryStream(current, 4, current.Length - 4), CompressionMode.Decompress)));
        using var buffer = new MemoryStream();
        buffer.Write("BCZB"u8);
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(new ZeroBlockWriter(zip)))
        {
            writer.Write(source.ReadUInt32());
            Assert.Equal(5, source.ReadInt32());
            writer.Write(format);
            CopyKeys(source, writer, gateway, everyKey: format == 3);
            CopyEventIds(source, writer);
            CopyAlertsWithByteSteps(source, writer);
            source.BaseStream.CopyTo(writer.BaseStream);
        }

        return buffer.ToArray();
    }

    private static void CopyKeys(BinaryReader source, BinaryWriter writer, ReferenceData gateway, bool everyKey)
    {
        StringInterner[] kinds = [gateway.Accounts, gateway.Phones, gateway.Devices, gateway.Ips, gateway.Cells];
        foreach (var kind in kinds)
        {
            var (loaded, count) = (source.ReadInt32(), source.ReadInt32());
            writer.Write(loaded);
            writer.Write(count);
            var held = source.ReadInt32();
            if (!everyKey)
            {
                writer.Write(held);
            }

            for (var n = held; n > 0; n--)
            {
                var (index, key) = (source.ReadInt32(), source.ReadString());
                if (!everyKey)
                {
                    writer.Write(index);
                    writer.Write(key);
                }
            }

            for (var k = loaded; everyKey && k < count; k++)
            {
                writer.Write(kind.KeyOf(k));
            }
        }

        var cash = source.ReadInt32();
        if (!everyKey)
        {
            writer.Write(cash);
        }

        for (var n = cash; n > 0; n--)
        {
            var index = source.ReadInt32();
            if (!everyKey)
            {
                writer.Write(index);
            }
        }
    }

    private static void CopyEventIds(BinaryReader source, BinaryWriter writer)
    {
        var n = source.ReadInt32();
        writer.Write(n);
        for (; n > 0; n--)
        {
            writer.Write(source.ReadInt64());
            writer.Write(source.ReadString());
            writer.Write(source.ReadInt64());
        }
    }

    private static void CopyAlertsWithByteSteps(BinaryReader source, BinaryWriter writer)
    {
        var n = source.ReadInt32();
        writer.Write(n);
        for (; n > 0; n--)
        {
            writer.Write(source.ReadInt64());
            var step = source.ReadInt64();
            Assert.InRange(step, 0, byte.MaxValue);
            writer.Write((byte)step);
            writer.Write(source.ReadInt32());
            writer.Write(source.ReadString());
            var hasDevice = source.ReadBoolean();
            writer.Write(hasDevice);
            if (hasDevice)
            {
                writer.Write(source.ReadString());
            }
        }
    }
}
