using Breakcard.Core.Errors;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Csv;

/// <summary>
/// Reads a CSV file through a <see cref="ColumnMapping"/> — Breakcard's own event files through
/// the built-in schema mappings, anything else through a mapping file. Each record is checked for
/// quoting and field count, then mapped and validated field by field; a record that fails is
/// quarantined with its line, field and reason, and reading goes on.
/// </summary>
internal sealed class MappedCsvReader : EventReader
{
    private readonly Stream _stream;
    private readonly CsvRecordReader _csv;
    private readonly HeaderBinder _binder;
    private readonly RowMapper _mapper;
    private readonly TransactionRowMapper? _transactions;
    private readonly CallRowMapper? _calls;
    private readonly SmsRowMapper? _sms;
    private readonly LoginRowMapper? _logins;
    private readonly IngestEventKind _kind;
    private bool _peeked;
    private bool _secondPending;

    public MappedCsvReader(Stream stream, string source, ColumnMapping mapping, IQuarantineSink quarantine, DuplicateTracker? duplicates, IngestOptions options)
        : base(source, quarantine, duplicates)
    {
        _stream = stream;
        stream.Position = 0;
        _csv = new CsvRecordReader(stream, mapping.Encoding, mapping.Delimiter, source, options.MaxRecordBytes);
        try
        {
            _binder = Bind(_csv, mapping, source, out _peeked);
            _kind = mapping.Kind;
            _mapper = mapping.Kind switch
            {
                IngestEventKind.Transaction => _transactions = new TransactionRowMapper(mapping, _binder),
                IngestEventKind.Call => _calls = new CallRowMapper(mapping, _binder),
                IngestEventKind.Sms => _sms = new SmsRowMapper(mapping, _binder),
                _ => _logins = new LoginRowMapper(mapping, _binder),
            };
        }
        catch
        {
            _csv.Dispose();
            throw;
        }
    }

    /// <summary>Reads the header (or, without one, peeks at the first record) and binds the mapping to it.</summary>
    internal static HeaderBinder Bind(CsvRecordReader csv, ColumnMapping mapping, string source, out bool peeked)
    {
        peeked = false;
        if (!csv.ReadRecord())
        {
            if (mapping.HasHeader)
            {
                throw new InvalidInputException(new InputError(source, 1, null, "the file is empty: there is no header row"));
            }

            return new HeaderBinder(mapping, null, -1, source);
        }

        if (csv.Problem is { } problem)
        {
            throw new InvalidInputException(new InputError(source, csv.Line, null, (mapping.HasHeader ? "the header row is malformed: " : "the first record is malformed: ") + problem));
        }

        if (!mapping.HasHeader)
        {
            peeked = true;
            return new HeaderBinder(mapping, null, csv.FieldCount, source);
        }

        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = mapping.Trim ? csv[i].Trim().ToString() : csv[i].ToString();
        }

        return new HeaderBinder(mapping, header, header.Length, source);
    }

    protected override bool ReadCore()
    {
        if (_secondPending)
        {
            _secondPending = false;
            Emit(_transactions!.Second, _mapper.Label, Line, _mapper.DateOnly);
            return true;
        }

        while (_peeked || _csv.ReadRecord())
        {
            _peeked = false;
            var counts = Counts;
            counts.RecordsRead++;
            var line = _csv.Line;
            if (_csv.Problem is { } problem)
            {
                Reject(line, _binder.NameOf(_csv.ProblemField), RejectReason.Malformed, problem, _csv.Raw.ToString());
                continue;
            }

            if (_csv.FieldCount != _binder.FieldCount)
            {
                Reject(line, null, RejectReason.FieldCount, $"the record has {_csv.FieldCount} fields; the header has {_binder.FieldCount}", _csv.Raw.ToString());
                continue;
            }

            Anticipate(_kind, _mapper.PeekId(_csv));
            switch (_mapper.Map(_csv))
            {
                case RowOutcome.Accepted:
                    counts.RecordsAccepted++;
                    EmitMapped(line);
                    return true;
                case RowOutcome.Skipped:
                    Skip(_mapper.SkipRule!);
                    continue;
                default:
                    var p = _mapper.Problem;
                    Reject(line, p.Field, p.Reason, p.Detail, _csv.Raw.ToString());
                    continue;
            }
        }

        Counts.BlankLines = _csv.BlankLines;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _csv.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void EmitMapped(long line)
    {
        var label = _mapper.Label;
        var dateOnly = _mapper.DateOnly;
        if (_transactions is not null)
        {
            Emit(_transactions.Event, label, line, dateOnly);
            _secondPending = _transactions.HasSecond;
        }
        else if (_calls is not null)
        {
            Emit(_calls.Event, label, line, dateOnly);
        }
        else if (_sms is not null)
        {
            Emit(_sms.Event, label, line, dateOnly);
        }
        else
        {
            Emit(_logins!.Event, label, line, dateOnly);
        }
    }
}
