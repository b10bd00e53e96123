using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Csv;

/// <summary>
/// Splits a CSV text stream into records and fields without allocating per record (RFC 4180:
/// quoted fields with doubled quotes, line breaks inside quotes, LF or CRLF line ends, optional
/// last line end; a UTF-8 BOM is skipped). Fields are spans into a pooled buffer, valid until the
/// next <see cref="ReadRecord"/>. A record whose quoting is broken is still returned, with
/// <see cref="Problem"/> set, so the caller can quarantine it and go on; the grammar here and in
/// <see cref="Validation.CsvStructureScanner"/> is the same, so the two agree on where records end.
/// <para>
/// Implementation note: records without quotes (nearly all) take a fast path of one vectorised
/// search for the line end and one per delimiter; the state machine runs only for records with
/// quotes. A record cut by the buffer end is parsed again after a refill, which costs one record
/// per 64 K characters.
/// </para>
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private const int InitialBuffer = 1 << 16;
    private readonly TextReader _text;
    private readonly string _source;
    private readonly char _delimiter;
    private readonly int _maxRecordChars;
    private readonly SearchValues<char> _unquotedStops;
    private readonly SearchValues<char> _garbageStops;
    private char[] _buf;
    private char[] _scratch = new char[256];
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private bool[] _fieldInScratch = new bool[32];
    private int _start;
    private int _rawLength;
    private int _pos;
    private int _end;
    private bool _eof;
    private long _nextLine;

    public CsvRecordReader(Stream stream, Encoding encoding, char delimiter, string source, int maxRecordChars, long firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: InitialBuffer, leaveOpen: true);
        _source = source;
        _delimiter = delimiter;
        _maxRecordChars = maxRecordChars + 2; // the line end after a record of the maximum length
        _unquotedStops = SearchValues.Create([delimiter, '\n', '"']);
        _garbageStops = SearchValues.Create([delimiter, '\n']);
        _buf = ArrayPool<char>.Shared.Rent(InitialBuffer);
        _nextLine = firstLine;
    }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>1-based line where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>What is wrong with the current record's quoting, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>True once a record has ended inside an unclosed quoted field (only the last record of a file can).</summary>
    public bool EndsInsideQuotes { get; private set; }

    /// <summary>0-based field the <see cref="Problem"/> is in.</summary>
    public int ProblemField { get; private set; }

    /// <summary>Blank lines skipped so far.</summary>
    public long BlankLines { get; private set; }

    /// <summary>The current record as it appears in the input, without its line end.</summary>
    public ReadOnlySpan<char> Raw => _buf.AsSpan(_start, _rawLength);

    /// <summary>Field <paramref name="index"/> of the current record, quotes removed.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if (index < 0 || index >= FieldCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _fieldInScratch[index]
                ? _scratch.AsSpan(_fieldStart[index], _fieldLength[index])
                : _buf.AsSpan(_start + _fieldStart[index], _fieldLength[index]);
        }
    }

    /// <summary>Moves to the next record; false at the end. Blank lines are skipped and counted.</summary>
    public bool ReadRecord()
    {
        while (true)
        {
            if (_pos >= _end)
            {
                if (_eof)
                {
                    FieldCount = 0;
                    return false;
                }

                Fill();
                continue;
            }

            if (!TryParse(_buf.AsSpan(_pos, _end - _pos), out var consumed, out var newlines))
            {
                Fill();
                continue;
            }

            _start = _pos;
            _pos += consumed;
            Line = _nextLine;
            _nextLine += 1 + newlines;
            if (_rawLength == 0)
            {
                BlankLines++;
                continue;
            }

            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _text.Dispose();
        if (_buf.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buf);
            _buf = [];
        }
    }

    /// <summary>Parses one record at the start of <paramref name="s"/>; false when more data is needed.</summary>
    private bool TryParse(ReadOnlySpan<char> s, out int consumed, out int newlines)
    {
        Problem = null;
        newlines = 0;
        switch (ScanUnquoted(s, out consumed))
        {
            case Scan.Complete:
                return true;
            case Scan.NeedMore:
                return false;
            default:
                FieldCount = 0;
                return TryParseQuoted(s, out consumed, out newlines);
        }
    }

    /// <summary>
    /// The fast path: splits a record that has no quotes in one pass, finding delimiters and the
    /// line end 16 characters at a time with a vector compare; gives up at the first quote.
    /// </summary>
    private Scan ScanUnquoted(ReadOnlySpan<char> s, out int consumed)
    {
        FieldCount = 0;
        consumed = 0;
        var fieldStart = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            var delimiters = Vector256.Create((ushort)_delimiter);
            var newlines = Vector256.Create((ushort)'\n');
            var quotes = Vector256.Create((ushort)'"');
            for (; i <= s.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var chars = Vector256.LoadUnsafe(ref first, (nuint)i);
                var mask = (Vector256.Equals(chars, delimiters) | Vector256.Equals(chars, newlines) | Vector256.Equals(chars, quotes)).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    if (Special(s, at, ref fieldStart, ref consumed) is { } done)
                    {
                        return done;
                    }
                }
            }
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if ((c == _delimiter || c == '\n' || c == '"') && Special(s, i, ref fieldStart, ref consumed) is { } done)
            {
                return done;
            }
        }

        if (!_eof)
        {
            return Scan.NeedMore;
        }

        var end = TrimCr(s, s.Length);
        AddField(fieldStart, Math.Max(end - fieldStart, 0), inScratch: false);
        _rawLength = end;
        consumed = s.Length;
        return Scan.Complete;
    }

    /// <summary>Handles a delimiter, line feed or quote at <paramref name="at"/>; null to keep scanning.</summary>
    private Scan? Special(ReadOnlySpan<char> s, int at, ref int fieldStart, ref int consumed)
    {
        var c = s[at];
        if (c == _delimiter)
        {
            AddField(fieldStart, at - fieldStart, inScratch: false);
            fieldStart = at + 1;
            return null;
        }

        if (c == '"')
        {
            return Scan.HasQuote;
        }

        var end = at > fieldStart && s[at - 1] == '\r' ? at - 1 : at;
        AddField(fieldStart, end - fieldStart, inScratch: false);
        _rawLength = end;
        consumed = at + 1;
        return Scan.Complete;
    }

    private bool TryParseQuoted(ReadOnlySpan<char> s, out int consumed, out int newlines)
    {
        consumed = 0;
        newlines = 0;
        var scratchUsed = 0;
        var i = 0;
        while (true)
        {
            if (i < s.Length && s[i] == '"')
            {
                var contentStart = i + 1;
                var j = contentStart;
                var escaped = false;
                var closed = false;
                while (true)
                {
                    var q = s[j..].IndexOf('"');
                    if (q < 0)
                    {
                        if (!_eof)
                        {
                            return false;
                        }

                        j = s.Length;
                        break;
                    }

                    j += q;
                    if (j + 1 < s.Length)
                    {
                        if (s[j + 1] == '"')
                        {
                            escaped = true;
                            j += 2;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (!_eof)
                    {
                        return false;
                    }

                    closed = true;
                    break;
                }

                var content = s[contentStart..j];
                newlines += content.Count('\n');
                if (escaped)
                {
                    scratchUsed = Unescape(content, scratchUsed);
                }
                else
                {
                    AddField(contentStart, content.Length, inScratch: false);
                }

                if (!closed)
                {
                    EndsInsideQuotes = true;
                    SetProblem("a quoted field is not closed before the end of the file", FieldCount - 1);
                    return Finish(s.Length, s.Length, out consumed);
                }

                i = j + 1;
                if (i >= s.Length)
                {
                    return _eof ? Finish(i, i, out consumed) : false;
                }

                var c = s[i];
                if (c == _delimiter)
                {
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    return Finish(i, i + 1, out consumed);
                }

                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    return Finish(i, i + 2, out consumed);
                }

                if (c == '\r' && i + 1 >= s.Length && !_eof)
                {
                    return false;
                }

                SetProblem($"text after the closing quote of field {FieldCount}", FieldCount - 1);
                var k = s[i..].IndexOfAny(_garbageStops);
                if (k < 0)
                {
                    return _eof ? Finish(s.Length, s.Length, out consumed) : false;
                }

                i += k;
                if (s[i] == _delimiter)
                {
                    i++;
                    continue;
                }

                return Finish(TrimCr(s, i), i + 1, out consumed);
            }

            var fieldStart = i;
            var stop = s[i..].IndexOfAny(_unquotedStops);
            while (stop >= 0 && s[i + stop] == '"')
            {
                SetProblem($"a quote inside unquoted field {FieldCount + 1} (RFC 4180: quote the field and double the quote)", FieldCount);
                i += stop + 1;
                stop = s[i..].IndexOfAny(_unquotedStops);
            }

            if (stop < 0)
            {
                if (!_eof)
                {
                    return false;
                }

                var end = TrimCr(s, s.Length);
                AddField(fieldStart, end - fieldStart, inScratch: false);
                return Finish(end, s.Length, out consumed);
            }

            var at = i + stop;
            if (s[at] == _delimiter)
            {
                AddField(fieldStart, at - fieldStart, inScratch: false);
                i = at + 1;
                continue;
            }

            var fieldEnd = TrimCr(s, at);
            AddField(fieldStart, fieldEnd - fieldStart, inScratch: false);
            return Finish(fieldEnd, at + 1, out consumed);
        }
    }

    private enum Scan
    {
        Complete,
        NeedMore,
        HasQuote,
    }

    private static int TrimCr(ReadOnlySpan<char> s, int end) => end > 0 && s[end - 1] == '\r' ? end - 1 : end;

    private bool Finish(int rawEnd, int consumedTo, out int consumed)
    {
        _rawLength = rawEnd;
        consumed = consumedTo;
        return true;
    }

    private void SetProblem(string problem, int field)
    {
        if (Problem is null)
        {
            Problem = problem;
            ProblemField = Math.Max(field, 0);
        }
    }

    private int Unescape(ReadOnlySpan<char> content, int scratchUsed)
    {
        if (_scratch.Length < scratchUsed + content.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, scratchUsed + content.Length));
        }

        var w = scratchUsed;
        for (var r = 0; r < content.Length; r++)
        {
            _scratch[w++] = content[r];
            if (content[r] == '"')
            {
                r++; // skip the second quote of a doubled pair
            }
        }

        AddField(scratchUsed, w - scratchUsed, inScratch: true);
        return w;
    }

    private void AddField(int start, int length, bool inScratch)
    {
        if (FieldCount == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, FieldCount * 2);
            Array.Resize(ref _fieldLength, FieldCount * 2);
            Array.Resize(ref _fieldInScratch, FieldCount * 2);
        }

        _fieldStart[FieldCount] = start;
        _fieldLength[FieldCount] = length;
        _fieldInScratch[FieldCount] = inScratch;
        FieldCount++;
    }

    private void Fill()
    {
        PooledBuffer.MakeRoom(ref _buf, ref _pos, ref _end, _maxRecordChars, _source, _nextLine, "a record is too long (an unclosed quote?)");
        int read;
        try
        {
            read = _text.Read(_buf, _end, _buf.Length - _end);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidInputException(new InputError(_source, _nextLine, null, "the text is not valid in the file's encoding"), ex);
        }

        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
