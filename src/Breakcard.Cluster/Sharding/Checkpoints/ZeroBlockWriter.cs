namespace Breakcard.Cluster.Sharding.Checkpoints;

/// <summary>
/// A write-only stream that leaves out the all-zero 64-byte blocks of what is written to it before
/// passing it on (ADR 0276): a shard's checkpoint is its engine's snapshot, which carries whole
/// state arrays and the whole evidence ring (32 MB at the default capacity), mostly zeros on a
/// shard's share of a stream. Compressing those zeros cost most of a checkpoint's CPU; a block
/// check is a few vector compares. Read back with <see cref="ZeroBlockReader"/>. Not thread safe.
/// </summary>
/// <remarks>
/// Layout: a sequence of tokens, each a 7-bit encoded number <c>count × 4 + kind</c>: kind 0,
/// <c>count</c> zero blocks (nothing follows); kind 1, <c>count</c> blocks of bytes follow; kind 2,
/// <c>count</c> (&lt; 64) bytes follow, only as the last token. Blocks are counted from the start
/// of the stream, so a run split over several writes is found all the same.
/// </remarks>
internal sealed class ZeroBlockWriter : Stream
{
    /// <summary>Bytes per block.</summary>
    public const int Block = 64;

    private const int LiteralBlocks = 1024;
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _stage = new byte[Block];
    private readonly byte[] _literal = new byte[LiteralBlocks * Block];
    private int _staged;
    private int _literalLength;
    private long _zeroBlocks;
    private bool _finished;

    /// <summary>Writes the encoding to <paramref name="inner"/>, which is disposed with this stream unless <paramref name="leaveOpen"/>.</summary>
    public ZeroBlockWriter(Stream inner, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => !_finished;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_staged > 0)
        {
            var n = Math.Min(Block - _staged, buffer.Length);
            buffer[..n].CopyTo(_stage.AsSpan(_staged));
            _staged += n;
            buffer = buffer[n..];
            if (_staged < Block)
            {
                return;
            }

            Take(_stage);
            _staged = 0;
        }

        while (buffer.Length >= Block)
        {
            // One vector scan over a whole run of zeros (the evidence ring's empty slots), then
            // the blocks of bytes one by one: a scan per block cost as much as compressing the zeros.
            var firstByte = buffer.IndexOfAnyExcept((byte)0);
            var zeroBlocks = (firstByte < 0 ? buffer.Length : firstByte) / Block;
            if (zeroBlocks > 0)
            {
                PassLiteral();
                _zeroBlocks += zeroBlocks;
                buffer = buffer[(zeroBlocks * Block)..];
                continue;
            }

            Take(buffer[..Block]);
            buffer = buffer[Block..];
        }

        buffer.CopyTo(_stage);
        _staged = buffer.Length;
    }

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Does nothing: blocks are passed on as they complete, the rest when the stream is disposed.</summary>
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            // The pending run, then the partial last block: the encoding is complete only here.
            PassZeros();
            PassLiteral();
            if (_staged > 0)
            {
                Token(_staged, 2);
                _inner.Write(_stage, 0, _staged);
            }

            _finished = true;
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Take(ReadOnlySpan<byte> block)
    {
        if (!block.ContainsAnyExcept((byte)0))
        {
            PassLiteral();
            _zeroBlocks++;
            return;
        }

        PassZeros();
        block.CopyTo(_literal.AsSpan(_literalLength));
        _literalLength += Block;
        if (_literalLength == _literal.Length)
        {
            PassLiteral();
        }
    }

    private void PassZeros()
    {
        if (_zeroBlocks > 0)
        {
            Token(_zeroBlocks, 0);
            _zeroBlocks = 0;
        }
    }

    private void PassLiteral()
    {
        if (_literalLength > 0)
        {
            Token(_literalLength / Block, 1);
            _inner.Write(_literal, 0, _literalLength);
            _literalLength = 0;
        }
    }

    private void Token(long count, int kind)
    {
        Span<byte> bytes = stackalloc byte[10];
        var n = 0;
        var v = ((ulong)count << 2) | (uint)kind;
        while (v >= 0x80)
        {
            bytes[n++] = (byte)((v & 0x7F) | 0x80);
            v >>= 7;
        }

        bytes[n++] = (byte)v;
        _inner.Write(bytes[..n]);
    }
}
