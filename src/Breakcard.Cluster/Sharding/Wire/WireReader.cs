using System.Buffers.Binary;
using System.Text;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Reads what <see cref="WireWriter"/> wrote, straight from the message's bytes (ADR 0247). A
/// message that ends early or holds an integer longer than its type is refused as damaged.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    /// <summary>One byte.</summary>
    public byte ReadByte() => _at < _bytes.Length ? _bytes[_at++] : throw Short();

    /// <summary>A little-endian 8-byte integer.</summary>
    public ulong ReadUInt64()
    {
        if (_at + 8 > _bytes.Length)
        {
            throw Short();
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_bytes[_at..]);
        _at += 8;
        return value;
    }

    /// <summary>A 32-bit integer written 7 bits per byte.</summary>
    public int Read7BitEncodedInt()
    {
        var value = Read7BitEncodedInt64(5);
        return value <= uint.MaxValue ? unchecked((int)(uint)value) : throw new InvalidDataException("a shard message holds a 32-bit integer of more than 32 bits");
    }

    /// <summary>A 64-bit integer written 7 bits per byte.</summary>
    public long Read7BitEncodedInt64() => unchecked((long)Read7BitEncodedInt64(10));

    /// <summary>A string: its UTF-8 byte count (7-bit), then the bytes.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadStringBytes());

    /// <summary>A string's UTF-8 bytes, in the message (its byte count, 7-bit, then the bytes).</summary>
    public ReadOnlySpan<byte> ReadStringBytes()
    {
        var length = Read7BitEncodedInt();
        if (length < 0 || _at + length > _bytes.Length)
        {
            throw Short();
        }

        var bytes = _bytes.Slice(_at, length);
        _at += length;
        return bytes;
    }

    private ulong Read7BitEncodedInt64(int maxBytes)
    {
        // Most integers of a message (indexes, sides, counts) take one byte: read it without the
        // loop (ADR 0313).
        if ((uint)_at < (uint)_bytes.Length && _bytes[_at] < 0x80)
        {
            return _bytes[_at++];
        }

        ulong value = 0;
        for (var shift = 0; shift < maxBytes * 7; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a shard message holds a 7-bit integer longer than its type");
    }

    private static InvalidDataException Short() => new("a shard message ends early");
}
