using System.Globalization;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Quarantine;
using Breakcard.Ingest.Validation;

namespace Breakcard.Ingest.Tables;

/// <summary>
/// A UTF-8 CSV file with a header row whose columns are named, such as the entity and ground-truth
/// files of a world folder (docs/data-format.md). <see cref="Open"/> runs the whole file-level
/// validation pass first (binary, encoding, unclosed quotes, over-long records, ADR 30) and checks
/// that every required column is in the header, so a file that is not what it claims stops before
/// any row is used. <see cref="Read"/> then returns well-formed rows only: a row with broken quoting
/// or the wrong number of fields is quarantined with its line and reading goes on. Columns may
/// come in any order; extra columns are ignored. Not thread safe.
/// </summary>
public sealed class SchemaCsvFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly CsvRecordReader _csv;
    private readonly IQuarantineSink _quarantine;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly int _fieldCount;

    private SchemaCsvFile(string path, IReadOnlyList<string> required, IQuarantineSink quarantine, int maxRecordBytes)
    {
        Path = path;
        _quarantine = quarantine;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var layout = TextPreflight.Scan(_stream, path, EncodingCatalog.Utf8, new CsvStructureScanner((byte)'"', (byte)',', maxRecordBytes));
            if (layout.IsEmpty)
            {
                throw new InvalidInputException(new InputError(path, 1, null, "the file is empty: there is no header row"));
            }

            _stream.Position = 0;
            _csv = new CsvRecordReader(_stream, EncodingCatalog.Utf8, ',', path, maxRecordBytes);
            if (!_csv.ReadRecord() || _csv.Problem is not null)
            {
                throw new InvalidInputException(new InputError(path, 1, null, "the header row is malformed" + (_csv.Problem is { } p ? ": " + p : "")));
            }

            _fieldCount = _csv.FieldCount;
            for (var i = 0; i < _csv.FieldCount; i++)
            {
                _columns.TryAdd(_csv[i].Trim().ToString(), i);
            }

            var missing = required.Where(c => !_columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidInputException(new InputError(path, 1, missing[0],
                    $"the header lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} (expected {string.Join(",", required)})"));
            }

            CheckTruncatedLastRecord(layout, maxRecordBytes);
        }
        catch
        {
            _csv?.Dispose();
            _stream.Dispose();
            throw;
        }
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>1-based line where the current row starts.</summary>
    public long Line => _csv.Line;

    /// <summary>Rows returned by <see cref="Read"/> so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Rows quarantined by <see cref="Read"/> (broken quoting, wrong field count) or by <see cref="Reject"/>.</summary>
    public long Quarantined { get; private set; }

    /// <summary>
    /// Opens and validates <paramref name="path"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">The file is not valid UTF-8 CSV text, is empty, is cut off, or lacks a required column.</exception>
    public static SchemaCsvFile Open(string path, IReadOnlyList<string> requiredColumns, IQuarantineSink quarantine, int maxRecordBytes = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        ArgumentNullException.ThrowIfNull(quarantine);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, null, null, "the file does not exist"));
        }

        return new SchemaCsvFile(path, requiredColumns, quarantine, maxRecordBytes);
    }

    /// <summary>Index of a column named in the header (required columns always have one); -1 when absent.</summary>
    public int Column(string name) => _columns.GetValueOrDefault(name, -1);

    /// <summary>Moves to the next well-formed row; false at the end.</summary>
    public bool Read()
    {
        while (_csv.ReadRecord())
        {
            if (_csv.Problem is { } problem)
            {
                Quarantine(_csv.ProblemField < _fieldCount && _csv.ProblemField >= 0 ? HeaderName(_csv.ProblemField) : null, RejectReason.Malformed, problem);
                continue;
            }

            if (_csv.FieldCount != _fieldCount)
            {
                Quarantine(null, RejectReason.FieldCount, string.Create(CultureInfo.InvariantCulture, $"{_csv.FieldCount} fields where the header has {_fieldCount}"));
                continue;
            }

            Rows++;
            return true;
        }

        return false;
    }

    /// <summary>The current row's value in <paramref name="column"/> (from <see cref="Column"/>), trimmed; empty when the column is absent.</summary>
    public ReadOnlySpan<char> Field(int column) => column < 0 ? default : _csv[column].Trim();

    /// <summary>The current row's value in the named column, as a string (empty when absent or empty).</summary>
    public string Text(string column)
    {
        var field = Field(Column(column));
        return field.IsEmpty ? string.Empty : field.ToString();
    }

    /// <summary>Quarantines the current row (a field that did not validate) and counts it.</summary>
    public void Reject(string field, RejectReason reason, string detail)
    {
        Quarantine(field, reason, detail);
        Rows--;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }

    private string HeaderName(int index) => _columns.First(kv => kv.Value == index).Key;

    private void Quarantine(string? field, RejectReason reason, string detail)
    {
        Quarantined++;
        _quarantine.Add(new QuarantinedRecord(new InputError(Path, _csv.Line, field, detail), reason, _csv.Raw.ToString()));
    }

    private void CheckTruncatedLastRecord(TextLayout layout, int maxRecordBytes)
    {
        if (!layout.HasUnterminatedLastRecord || layout.LastRecordLine <= 1)
        {
            return;
        }

        var position = _stream.Position;
        _stream.Position = layout.LastRecordStart;
        using (var last = new CsvRecordReader(_stream, EncodingCatalog.Utf8, ',', Path, maxRecordBytes, layout.LastRecordLine))
        {
            if (last.ReadRecord() && last.FieldCount < _fieldCount)
            {
                throw new InvalidInputException(new InputError(Path, last.Line, null, string.Create(CultureInfo.InvariantCulture,
                    $"the file is truncated: its last record has {last.FieldCount} of {_fieldCount} fields and no line end")));
            }
        }

        _stream.Position = position;
    }
}
