using System.IO.Compression;
using Breakcard.Cluster.Sharding.Checkpoints;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// Writes a shard checkpoint as a shard wrote it before ADR 0358 (format 3: every identifier of
/// the stream's text in index order, no cash list) from a format-4 one and the gateway's numbering,
/// so the tests can show that such a checkpoint is still read. The rest of the checkpoint (event
/// ids, alerts, engine snapshot) is the same in both formats and is copied as it is.
/// </summary>
internal static class ShardCheckpointFormat3
{
    public static byte[] From(byte[] format4, ReferenceData gateway)
    {
        using var source = new BinaryReader(new ZeroBlockReader(new ZLibStream(new MemoryStream(format4, 4, format4.Length - 4), CompressionMode.Decompress)));
        using var buffer = new MemoryStream();
        buffer.Write("BCZB"u8);
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(new ZeroBlockWriter(zip)))
        {
            writer.Write(source.ReadUInt32());
            Assert.Equal(4, source.ReadInt32());
            writer.Write(3);
            StringInterner[] kinds = [gateway.Accounts, gateway.Phones, gateway.Devices, gateway.Ips, gateway.Cells];
            foreach (var kind in kinds)
            {
                var (loaded, count) = (source.ReadInt32(), source.ReadInt32());
                for (var n = source.ReadInt32(); n > 0; n--)
                {
                    source.ReadInt32();
                    source.ReadString();
                }

                writer.Write(loaded);
                writer.Write(count);
                for (var k = loaded; k < count; k++)
                {
                    writer.Write(kind.KeyOf(k));
                }
            }

            for (var n = source.ReadInt32(); n > 0; n--)
            {
                source.ReadInt32();
            }

            source.BaseStream.CopyTo(writer.BaseStream);
        }

        return buffer.ToArray();
    }
}
