using System.Buffers.Binary;
using System.Text;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Writes <see cref="ShardWire"/>'s encoding into a growing array: the bytes
/// <see cref="BinaryWriter"/> writes (7-bit integers, UTF-8 strings with a 7-bit byte length,
/// little-endian fixed-size integers), without a stream under it. ADR 0247's profile found the
/// stream's per-byte virtual calls most of the encoding's cost. Not thread safe.
/// </summary>
internal sealed class WireWriter(int capacity)
{
    private byte[] _buffer = new byte[Math.Max(capacity, 16)];
    private int _length;

    /// <summary>The bytes written.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>One byte.</summary>
    public void Write(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    /// <summary>A little-endian 8-byte integer.</summary>
    public void Write(ulong value)
    {
        Reserve(8);
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    /// <summary>A 32-bit integer, 7 bits per byte (a negative one takes 5 bytes).</summary>
    public void Write7BitEncodedInt(int value) => Write7BitEncodedInt64(unchecked((uint)value));

    /// <summary>A 64-bit integer, 7 bits per byte (a negative one takes 10 bytes).</summary>
    public void Write7BitEncodedInt64(long value)
    {
        Reserve(10);
        var v = unchecked((ulong)value);
        while (v >= 0x80)
        {
            _buffer[_length++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }

        _buffer[_length++] = unchecked((byte)v);
    }

    /// <summary>A string: its UTF-8 byte count (7-bit), then the bytes.</summary>
    public void Write(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        Write7BitEncodedInt(bytes);
        Reserve(bytes);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
