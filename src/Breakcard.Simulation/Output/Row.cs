using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace Breakcard.Simulation.Output;

/// <summary>
/// One output line being assembled in the writer's buffer: a span taken once per event (large
/// enough for any event), filled without per-field bounds or flush checks, then committed.
/// </summary>
internal ref struct Row(Span<byte> span)
{
    /// <summary>Room every event line fits in (the longest, a JSON transaction, is under 300 bytes).</summary>
    public const int MaxLength = 512;

    private readonly Span<byte> _span = span;
    private int _length;

    public readonly int Length => _length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(byte b) => _span[_length++] = b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Bytes(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_span[_length..]);
        _length += bytes.Length;
    }

    public void Int64(long value)
    {
        Utf8Formatter.TryFormat(value, _span[_length..], out var n);
        _length += n;
    }

    /// <summary>Two decimal digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Two(int value)
    {
        _span[_length] = (byte)('0' + (value / 10));
        _span[_length + 1] = (byte)('0' + (value % 10));
        _length += 2;
    }

    public void Digits(ulong value, int width)
    {
        Span<byte> digits = stackalloc byte[20];
        var i = digits.Length;
        do
        {
            var next = value / 10;
            digits[--i] = (byte)('0' + (int)(value - (next * 10)));
            value = next;
        }
        while (value != 0);

        for (var pad = width - (digits.Length - i); pad > 0; pad--)
        {
            _span[_length++] = (byte)'0';
        }

        Bytes(digits[i..]);
    }

    public void IPv4(uint ip)
    {
        Int64(ip >> 24);
        Byte((byte)'.');
        Int64((ip >> 16) & 0xFF);
        Byte((byte)'.');
        Int64((ip >> 8) & 0xFF);
        Byte((byte)'.');
        Int64(ip & 0xFF);
    }
}
