using System.Buffers.Binary;
using System.Text;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Writes <see cref="ShardWire"/>'s encoding into a growing array: the bytes
/// <see cref="BinaryWriter"/> writes (7-bit integers, UTF-8 strings with a 7-bit byte length,
/// little-endian fixed-size integers), without a stream under it. ADR 0247's profile found the
/// stream's per-byte virtual calls most of the encoding's cost. Not thread safe.
/// </summary>
internal sealed class WireWriter
{
    // Implementation note (ADR 0313): a message is written into a buffer the thread keeps between
    // messages and copied out once, at its exact length; the gateway packs every shard's items and
    // place round of every batch, and a fresh buffer per message (sized for the worst item) was
    // most of the encoding's allocation. Buffers beyond this size are not kept.
    private const int KeptBytes = 1 << 20;

    [ThreadStatic]
    private static byte[]? t_spare;

    private byte[] _buffer;
    private int _length;

    /// <summary>A writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public WireWriter(int capacity)
    {
        var spare = t_spare;
        t_spare = null;
        _buffer = spare is not null && spare.Length >= capacity ? spare : new byte[Math.Max(capacity, 16)];
    }

    /// <summary>The bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written; the writer's buffer goes back to the thread, so nothing may be written after.</summary>
    public byte[] ToArray()
    {
        var bytes = _buffer.AsSpan(0, _length).ToArray();
        if (_buffer.Length <= KeptBytes && (t_spare is null || t_spare.Length < _buffer.Length))
        {
            t_spare = _buffer;
        }

        _buffer = [];
        _length = 0;
        return bytes;
    }

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
        // Locals, not the fields, in the loop (ADR 0313): the fields were read again for every byte
        // and the array's bounds checked each time; most integers here take one to five bytes.
        var buffer = _buffer;
        var at = _length;
        var v = unchecked((ulong)value);
        while (v >= 0x80)
        {
            buffer[at++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }

        buffer[at++] = unchecked((byte)v);
        _length = at;
    }

    /// <summary>A string: its UTF-8 byte count (7-bit), then the bytes.</summary>
    public void Write(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        Write7BitEncodedInt(bytes);
        Reserve(bytes);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>
    /// Room for at least <paramref name="bytes"/> more bytes, written by a <see cref="WireSpan"/> over
    /// it and committed by <see cref="Advance"/> (ADR 0427: one capacity check for a batch's items).
    /// </summary>
    public Span<byte> Room(int bytes)
    {
        Reserve(bytes);
        return _buffer.AsSpan(_length);
    }

    /// <summary>Commits <paramref name="bytes"/> written to <see cref="Room"/>.</summary>
    public void Advance(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, _buffer.Length - _length);
        _length += bytes;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
