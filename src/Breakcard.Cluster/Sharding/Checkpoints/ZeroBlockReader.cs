namespace Breakcard.Cluster.Sharding.Checkpoints;

/// <summary>
/// A read-only stream giving back what was written to a <see cref="ZeroBlockWriter"/> (ADR 0276):
/// the zero blocks it left out come back as zeros. Damage (an unknown token, a stream that ends
/// inside a token's bytes) is an <see cref="InvalidDataException"/> or an
/// <see cref="EndOfStreamException"/>, never wrong bytes. Not thread safe.
/// </summary>
internal sealed class ZeroBlockReader : Stream
{
    private readonly Stream _inner;
    private long _zeros;
    private long _literal;
    private bool _ended;

    /// <summary>Reads the encoding from <paramref name="inner"/>, which is disposed with this stream.</summary>
    public ZeroBlockReader(Stream inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_zeros == 0 && _literal == 0)
        {
            if (_ended || !NextToken())
            {
                return 0;
            }
        }

        if (_zeros > 0)
        {
            var z = (int)Math.Min(buffer.Length, _zeros);
            buffer[..z].Clear();
            _zeros -= z;
            return z;
        }

        var n = _inner.Read(buffer[..(int)Math.Min(buffer.Length, _literal)]);
        if (n == 0)
        {
            throw new EndOfStreamException("the zero-block stream ends inside a block of bytes");
        }

        _literal -= n;
        return n;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the next token; false at the end of the stream (between tokens).</summary>
    private bool NextToken()
    {
        ulong v = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _inner.ReadByte();
            if (b < 0)
            {
                _ended = shift == 0 ? true : throw new EndOfStreamException("the zero-block stream ends inside a token");
                return false;
            }

            if (shift > 56)
            {
                throw new InvalidDataException("a zero-block token is too long");
            }

            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        var count = (long)(v >> 2);
        switch (v & 3)
        {
            case 0:
                _zeros = checked(count * ZeroBlockWriter.Block);
                break;
            case 1:
                _literal = checked(count * ZeroBlockWriter.Block);
                break;
            case 2 when count < ZeroBlockWriter.Block:
                _literal = count;
                _ended = true; // the partial block is the last token
                break;
            default:
                throw new InvalidDataException($"unknown zero-block token {v & 3} with count {count}");
        }

        return true;
    }
}
