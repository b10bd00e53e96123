using System.Buffers;

namespace Breakcard.Ingest.Internal;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF; the last line end optional), skipping a UTF-8
/// byte order mark, without allocating per line: each line is a span into a pooled buffer, valid
/// until the next <see cref="ReadLine"/>.
/// </summary>
internal sealed class ByteLineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly string _source;
    private readonly int _maxLineBytes;
    private byte[] _buf = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _length;
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _started;

    public ByteLineReader(Stream stream, string source, int maxLineBytes)
    {
        _stream = stream;
        _source = source;
        _maxLineBytes = maxLineBytes + 2;
    }

    /// <summary>1-based number of the current line.</summary>
    public long Line { get; private set; }

    /// <summary>The current line without its line end.</summary>
    public ReadOnlySpan<byte> Current => _buf.AsSpan(_start, _length);

    public bool ReadLine()
    {
        while (true)
        {
            var nl = _buf.AsSpan(_pos, _end - _pos).IndexOf((byte)'\n');
            if (nl >= 0 || (_eof && _pos < _end))
            {
                var lineEnd = nl >= 0 ? _pos + nl : _end;
                _start = _pos;
                _length = lineEnd - _pos;
                if (_length > 0 && _buf[lineEnd - 1] == '\r')
                {
                    _length--;
                }

                _pos = nl >= 0 ? lineEnd + 1 : _end;
                Line++;
                return true;
            }

            if (_eof)
            {
                return false;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        if (_buf.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buf);
            _buf = [];
        }
    }

    private void Fill()
    {
        PooledBuffer.MakeRoom(ref _buf, ref _pos, ref _end, _maxLineBytes, _source, Line + 1, "a line is too long");
        var read = _stream.Read(_buf, _end, _buf.Length - _end);
        _eof = read == 0;
        _end += read;
        if (!_started)
        {
            // The first fill: read at least three bytes (or all there is) to see a byte order mark.
            while (!_eof && _end < 3)
            {
                read = _stream.Read(_buf, _end, _buf.Length - _end);
                _eof = read == 0;
                _end += read;
            }

            _started = true;
            if (_end >= 3 && _buf[0] == 0xEF && _buf[1] == 0xBB && _buf[2] == 0xBF)
            {
                _pos = 3;
            }
        }
    }
}
