using System.Text;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Writes <see cref="WireWriter"/>'s encoding into room reserved once for a whole run of fields
/// (<see cref="WireWriter.Room"/>), checking no capacity per field: the caller reserved an upper
/// bound of what it writes (ADR 0427). The bytes are the same as <see cref="WireWriter"/>'s.
/// </summary>
/// <remarks>
/// Its 7-bit loop is <see cref="WireWriter"/>'s, kept twice on purpose: routing the writer's loop
/// through this type would put a room check and a span per call on the place rounds' packing, which
/// this change did not measure.
/// </remarks>
internal ref struct WireSpan(Span<byte> room)
{
    // The longest string whose UTF-8 bytes (at most three per UTF-16 unit) surely fit a one-byte length.
    private const int ShortChars = 127 / 3;

    private readonly Span<byte> _room = room;

    /// <summary>The bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>One byte.</summary>
    public void Write(byte value) => _room[Length++] = value;

    /// <summary>A 32-bit integer, 7 bits per byte (a negative one takes 5 bytes).</summary>
    public void Write7BitEncodedInt(int value) => Write7BitEncodedInt64(unchecked((uint)value));

    /// <summary>A 64-bit integer, 7 bits per byte (a negative one takes 10 bytes).</summary>
    public void Write7BitEncodedInt64(long value)
    {
        var room = _room;
        var at = Length;
        var v = unchecked((ulong)value);
        while (v >= 0x80)
        {
            room[at++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }

        room[at++] = unchecked((byte)v);
        Length = at;
    }

    /// <summary>A string: its UTF-8 byte count (7-bit), then the bytes; at most 5 + 3 × its length bytes.</summary>
    public void Write(string value)
    {
        if (value.Length <= ShortChars)
        {
            // The count fits one byte whatever the text: encode once, behind the count's byte, and
            // write the count after (an event id is short; the count pass read every id twice).
            var written = Encoding.UTF8.GetBytes(value, _room[(Length + 1)..]);
            _room[Length] = (byte)written;
            Length += 1 + written;
            return;
        }

        Write7BitEncodedInt(Encoding.UTF8.GetByteCount(value));
        Length += Encoding.UTF8.GetBytes(value, _room[Length..]);
    }
}
