using System.Globalization;
using System.Text;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Quarantine;

/// <summary>
/// Writes rejected records to a CSV file with the columns <see cref="Columns"/>: the input file,
/// the 1-based line where the record starts, the field at fault, the reason (snake_case, see
/// <see cref="RejectReasons"/>), a detail a person can act on, and the raw record. UTF-8 without
/// BOM, <c>\n</c> line ends, RFC 4180 quoting. The file is as sensitive as the input it came from.
/// </summary>
public sealed class QuarantineCsvWriter : IQuarantineSink, IDisposable
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns = ["file", "line", "field", "reason", "detail", "record"];

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    /// <summary>Writes to <paramref name="writer"/> (not disposed by this object).</summary>
    public QuarantineCsvWriter(TextWriter writer)
        : this(writer, ownsWriter: false)
    {
    }

    private QuarantineCsvWriter(TextWriter writer, bool ownsWriter)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _ownsWriter = ownsWriter;
        _writer.Write(string.Join(',', Columns));
        _writer.Write('\n');
    }

    /// <summary>Records written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Creates (or replaces) a quarantine file at <paramref name="path"/>.</summary>
    public static QuarantineCsvWriter Create(string path)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        return new QuarantineCsvWriter(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16), ownsWriter: true);
    }

    /// <inheritdoc />
    public void Add(QuarantinedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var e = record.Error;
        CsvText.WriteField(_writer, e.Source);
        _writer.Write(',');
        if (e.Line is { } line)
        {
            _writer.Write(line.ToString(CultureInfo.InvariantCulture));
        }

        _writer.Write(',');
        CsvText.WriteField(_writer, e.Field);
        _writer.Write(',');
        _writer.Write(RejectReasons.ToText(record.Reason));
        _writer.Write(',');
        CsvText.WriteField(_writer, e.Reason);
        _writer.Write(',');
        CsvText.WriteField(_writer, record.RawRecord);
        _writer.Write('\n');
        Count++;
    }

    /// <summary>Flushes buffered rows.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
        else
        {
            _writer.Flush();
        }
    }
}
