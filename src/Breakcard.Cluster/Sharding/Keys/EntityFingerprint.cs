using System.Security.Cryptography;
using System.Text;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// A fingerprint of the identifiers the entity files gave a <see cref="ReferenceData"/> (every
/// account, phone, device, IP and cell key in index order; ADR 0247). The gateway sends engine
/// indexes instead of identifiers, so the gateway and every silo must number the files' entities
/// alike: equal counts are not enough (two files of the same size number different accounts), the
/// keys themselves are compared. Taken once per stream at the gateway and once per shard activation.
/// </summary>
public static class EntityFingerprint
{
    /// <summary>The fingerprint (first 8 bytes of a SHA-256) of the keys <paramref name="reference"/> holds now.</summary>
    public static ulong Of(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> count = stackalloc byte[4];
        // Each key encoded into one buffer (ADR 0418): an array per key was ≈ 43 B for every entity
        // of the files, at the gateway and at every shard's start (≈ a quarter of a shard's start).
        Span<byte> text = stackalloc byte[256];
        foreach (var interner in Interners(reference))
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(count, interner.Count);
            hash.AppendData(count);
            foreach (var key in interner.Keys)
            {
                // Length-prefixed, so that no two key lists hash alike by where they split.
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(count, key.Length);
                hash.AppendData(count);
                if (Encoding.UTF8.GetMaxByteCount(key.Length) > text.Length)
                {
                    text = new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
                }

                hash.AppendData(text[..Encoding.UTF8.GetBytes(key, text)]);
            }
        }

        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash.GetHashAndReset());
    }

    /// <summary>The interners in <see cref="WireKeyKind"/> order (kind k at k − 1).</summary>
    internal static StringInterner[] Interners(ReferenceData r) => [r.Accounts, r.Phones, r.Devices, r.Ips, r.Cells];
}
