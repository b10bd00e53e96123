namespace Breakcard.Ingest.Validation;

/// <summary>
/// Finds where records end in raw bytes, with the same quoting grammar as
/// <see cref="Csv.CsvRecordReader"/>: a quote opens a quoted field only at the start of a field
/// (after a delimiter or a line end); inside, a doubled quote is a quote and a single one closes.
/// Works on the bytes of UTF-8, GBK and GB18030 alike, because in all three the bytes of quote,
/// delimiter and line feed never occur inside a multi-byte character. With no quote byte it
/// splits on line feeds only (JSON Lines).
/// <para>
/// Implementation note: a chunk without quotes in the unquoted state is handled with three
/// vectorised searches (first and last line feed, line count) whatever its size; only chunks that
/// contain quotes are walked quote by quote.
/// </para>
/// </summary>
internal sealed class CsvStructureScanner(byte? quote, byte delimiter, long maxRecordBytes)
{
    private State _state;
    private byte _prev = (byte)'\n';
    private long _quoteStartLine;

    private enum State
    {
        Unquoted,
        Quoted,
        QuotedSawQuote,
    }

    /// <summary>The longest record allowed, in bytes.</summary>
    public long MaxRecordBytes => maxRecordBytes;

    /// <summary>Byte offset where the last record started.</summary>
    public long RecordStart { get; private set; }

    /// <summary>1-based line where the last record started.</summary>
    public long RecordStartLine { get; private set; } = 1;

    /// <summary>A record longer than the limit, as (line, length), once found.</summary>
    public (long Line, long Length)? TooLong { get; private set; }

    /// <summary>Starts scanning at <paramref name="offset"/> (after a byte order mark).</summary>
    public void Start(long offset) => RecordStart = offset;

    /// <summary>Scans the next bytes; <paramref name="offset"/> is the file offset of <paramref name="chunk"/>[0] and <paramref name="line"/> its line.</summary>
    public void Scan(ReadOnlySpan<byte> chunk, long offset, long line)
    {
        if (chunk.IsEmpty)
        {
            return;
        }

        if (_state == State.Unquoted && (quote is not { } q || chunk.IndexOf(q) < 0))
        {
            var first = chunk.IndexOf((byte)'\n');
            if (first >= 0)
            {
                CheckLength(offset + first);
                var last = chunk.LastIndexOf((byte)'\n');
                RecordStart = offset + last + 1;
                RecordStartLine = line + chunk.Count((byte)'\n');
            }

            _prev = chunk[^1];
            CheckLength(offset + chunk.Length);
            return;
        }

        Walk(chunk, offset, line);
        CheckLength(offset + chunk.Length);
    }

    /// <summary>After the last chunk: the line where an unclosed quoted field started, or null.</summary>
    public long? UnclosedQuoteLine => _state == State.Quoted ? _quoteStartLine : null;

    private void Walk(ReadOnlySpan<byte> chunk, long offset, long line)
    {
        var q = quote!.Value;
        var i = 0;
        while (i < chunk.Length)
        {
            switch (_state)
            {
                case State.Quoted:
                {
                    var k = chunk[i..].IndexOf(q);
                    var upTo = k < 0 ? chunk.Length : i + k;
                    line += chunk[i..upTo].Count((byte)'\n');
                    if (k < 0)
                    {
                        _prev = chunk[^1];
                        return;
                    }

                    _state = State.QuotedSawQuote;
                    _prev = q;
                    i = upTo + 1;
                    break;
                }

                case State.QuotedSawQuote:
                    // A second quote is an escaped quote; anything else means the field closed and
                    // this byte is read in the unquoted state.
                    if (chunk[i] == q)
                    {
                        _state = State.Quoted;
                        _prev = q;
                        i++;
                    }
                    else
                    {
                        _state = State.Unquoted;
                    }

                    break;

                default:
                {
                    var k = chunk[i..].IndexOfAny(q, (byte)'\n');
                    if (k < 0)
                    {
                        _prev = chunk[^1];
                        return;
                    }

                    var at = i + k;
                    var previous = at > 0 ? chunk[at - 1] : _prev;
                    if (chunk[at] == '\n')
                    {
                        line++;
                        CheckLength(offset + at);
                        RecordStart = offset + at + 1;
                        RecordStartLine = line;
                    }
                    else if (previous == delimiter || previous == '\n')
                    {
                        _state = State.Quoted;
                        _quoteStartLine = line;
                    }

                    _prev = chunk[at];
                    i = at + 1;
                    break;
                }
            }
        }
    }

    private void CheckLength(long end)
    {
        if (TooLong is null && end - RecordStart > maxRecordBytes)
        {
            TooLong = (RecordStartLine, end - RecordStart);
        }
    }
}
