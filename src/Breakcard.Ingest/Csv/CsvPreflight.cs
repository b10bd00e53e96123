using System.Globalization;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Validation;

namespace Breakcard.Ingest.Csv;

/// <summary>
/// File-level checks of a CSV file before any record is read (ADR 30): the byte-level pass of
/// <see cref="TextPreflight"/>, then the header (it must parse and bind to the mapping), then the
/// last record: one without a line end and with fewer fields than the header is a file cut off
/// mid-record.
/// </summary>
internal static class CsvPreflight
{
    /// <summary>Validates; returns an upper bound on the records in the file.</summary>
    public static long Check(Stream stream, string source, ColumnMapping mapping, IngestOptions options)
    {
        var scanner = new CsvStructureScanner((byte)'"', (byte)mapping.Delimiter, options.MaxRecordBytes);
        var layout = TextPreflight.Scan(stream, source, mapping.Encoding, scanner);
        if (layout.IsEmpty && mapping.HasHeader)
        {
            throw new InvalidInputException(new InputError(source, 1, null, "the file is empty: there is no header row"));
        }

        stream.Position = 0;
        int expected;
        long firstRecordStart;
        using (var csv = new CsvRecordReader(stream, mapping.Encoding, mapping.Delimiter, source, options.MaxRecordBytes))
        {
            var binder = MappedCsvReader.Bind(csv, mapping, source, out _);

            // Building the row mapper resolves every column the mapping names, so a mapping
            // that does not fit the header fails here, in the validation pass.
            _ = mapping.Kind switch
            {
                IngestEventKind.Transaction => (RowMapper)new TransactionRowMapper(mapping, binder),
                IngestEventKind.Call => new CallRowMapper(mapping, binder),
                IngestEventKind.Sms => new SmsRowMapper(mapping, binder),
                _ => new LoginRowMapper(mapping, binder),
            };
            expected = binder.FieldCount;
            firstRecordStart = csv.Line;
        }

        var records = layout.LineFeeds + 1;
        if (!layout.HasUnterminatedLastRecord || layout.LastRecordLine <= firstRecordStart)
        {
            return records;
        }

        stream.Position = layout.LastRecordStart;
        using var last = new CsvRecordReader(stream, mapping.Encoding, mapping.Delimiter, source, options.MaxRecordBytes, layout.LastRecordLine);
        if (last.ReadRecord() && last.FieldCount < expected)
        {
            throw new InvalidInputException(new InputError(source, last.Line, null, string.Create(CultureInfo.InvariantCulture,
                $"the file is truncated: its last record has {last.FieldCount} of {expected} fields and no line end")));
        }

        return records;
    }
}
