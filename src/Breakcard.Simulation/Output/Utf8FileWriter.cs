using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Breakcard.Simulation.Output;

/// <summary>
/// A buffered UTF-8 writer for one output file that hashes (SHA-256) what it writes, so the
/// manifest needs no second pass over multi-gigabyte files. Formatting methods write invariant
/// text straight into the buffer without allocating. Not thread safe: one writer per thread.
/// </summary>
internal sealed class Utf8FileWriter : IDisposable
{
    private const int DefaultBufferSize = 1 << 20;
    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer;
    private int _position;
    private bool _finished;

    /// <summary>Creates (or truncates) <paramref name="path"/>.</summary>
    public Utf8FileWriter(string path, int bufferSize = DefaultBufferSize)
        : this(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1, FileOptions.SequentialScan), bufferSize)
    {
        Path = path;
    }

    /// <summary>Writes to <paramref name="stream"/> (tests use a memory stream).</summary>
    public Utf8FileWriter(Stream stream, int bufferSize = DefaultBufferSize)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, 256)];
        Path = "";
    }

    /// <summary>The file path, or "" for a stream.</summary>
    public string Path { get; }

    /// <summary>Bytes written so far (including buffered bytes).</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Lines (records) written so far, counted by <see cref="EndLine"/>.</summary>
    public long Lines { get; private set; }

    /// <summary>A span of at least <paramref name="size"/> free bytes; call <see cref="Advance"/> after writing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _position < size)
        {
            Flush();
            if (_buffer.Length < size)
            {
                throw new ArgumentOutOfRangeException(nameof(size), size, "Larger than the writer's buffer.");
            }
        }

        return _buffer.AsSpan(_position);
    }

    /// <summary>Commits <paramref name="count"/> bytes written into the last <see cref="GetSpan"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count)
    {
        _position += count;
        BytesWritten += count;
    }

    /// <summary>Writes raw bytes (already UTF-8).</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_position == _buffer.Length)
            {
                Flush();
            }

            var n = Math.Min(bytes.Length, _buffer.Length - _position);
            bytes[..n].CopyTo(_buffer.AsSpan(_position));
            _position += n;
            BytesWritten += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>Writes one ASCII byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte b)
    {
        if (_position == _buffer.Length)
        {
            Flush();
        }

        _buffer[_position++] = b;
        BytesWritten++;
    }

    /// <summary>Ends a record with '\n'.</summary>
    public void EndLine()
    {
        WriteByte((byte)'\n');
        Lines++;
    }

    /// <summary>Counts a line whose '\n' was written directly into the buffer.</summary>
    public void CountLine() => Lines++;

    /// <summary>Writes an integer in invariant decimal form.</summary>
    public void WriteInt64(long value)
    {
        var span = GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var n);
        Advance(n);
    }

    /// <summary>Writes a non-negative integer left-padded with zeros to <paramref name="width"/> digits (more if needed).</summary>
    public void WriteDigits(ulong value, int width)
    {
        var row = new Row(GetSpan(Math.Max(width, 20)));
        row.Digits(value, width);
        Advance(row.Length);
    }

    /// <summary>Writes an amount of fen as yuan with exactly two decimals ("1234.50").</summary>
    public void WriteYuan(long fen)
    {
        if (fen < 0)
        {
            WriteByte((byte)'-');
            fen = -fen;
        }

        WriteInt64(fen / 100);
        WriteByte((byte)'.');
        WriteDigits((ulong)(fen % 100), 2);
    }

    /// <summary>Writes text as UTF-8 without any quoting.</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= _buffer.Length)
        {
            var span = GetSpan(max);
            Advance(Encoding.UTF8.GetBytes(text, span));
            return;
        }

        Write(Encoding.UTF8.GetBytes(text.ToArray()));
    }

    /// <summary>Writes a CSV field (RFC 4180): quoted only when it holds a comma, quote, CR or LF.</summary>
    public void WriteCsvField(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(",\"\r\n") < 0)
        {
            WriteText(text);
            return;
        }

        WriteByte((byte)'"');
        var rest = text;
        int q;
        while ((q = rest.IndexOf('"')) >= 0)
        {
            WriteText(rest[..(q + 1)]);
            WriteByte((byte)'"');
            rest = rest[(q + 1)..];
        }

        WriteText(rest);
        WriteByte((byte)'"');
    }

    /// <summary>Flushes, closes the file and returns the SHA-256 of everything written, lower-case hex.</summary>
    public string Finish()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The writer is already finished.");
        }

        Flush();
        _stream.Flush();
        _finished = true;
        var hash = Convert.ToHexStringLower(_hash.GetHashAndReset());
        _stream.Dispose();
        return hash;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _stream.Dispose();
        }

        _hash.Dispose();
    }

    private void Flush()
    {
        if (_position == 0)
        {
            return;
        }

        _hash.AppendData(_buffer, 0, _position);
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }
}
