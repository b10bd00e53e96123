using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Jsonl;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Pacs008;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest;

/// <summary>
/// Opens readers. Every Open first runs the whole file-level validation pass (ADR 30) and throws
/// <see cref="InvalidInputException"/> — naming the file and, where it can, the line — for a file
/// that is not what it claims: binary, wrongly encoded, truncated, hostile XML, a header that does
/// not fit the mapping. Only then is a reader returned, so a consumer that opens all its inputs
/// before reading any has applied nothing when an input is bad. Validation reads the file once
/// more, which is why inputs must be files or seekable streams.
/// </summary>
public static class EventReaders
{
    /// <summary>Opens Breakcard's own file, JSON Lines or pacs.008 at <paramref name="path"/>.</summary>
    public static EventReader Open(string path, InputFormat format, IQuarantineSink quarantine, IngestOptions? options = null, DuplicateTracker? duplicates = null) =>
        Open(OpenFile(path), path, format, quarantine, options, duplicates);

    /// <summary>Opens the CSV file at <paramref name="path"/> through <paramref name="mapping"/>.</summary>
    public static EventReader Open(string path, ColumnMapping mapping, IQuarantineSink quarantine, IngestOptions? options = null, DuplicateTracker? duplicates = null) =>
        Open(OpenFile(path), path, mapping, quarantine, options, duplicates);

    /// <summary>Opens a seekable stream (owned by the reader from now on); <paramref name="source"/> names it in errors.</summary>
    public static EventReader Open(Stream stream, string source, InputFormat format, IQuarantineSink quarantine, IngestOptions? options = null, DuplicateTracker? duplicates = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= IngestOptions.Default;
        return format switch
        {
            InputFormat.Transactions => Open(stream, source, ColumnMapping.ForSchema(IngestEventKind.Transaction), quarantine, options, duplicates),
            InputFormat.Calls => Open(stream, source, ColumnMapping.ForSchema(IngestEventKind.Call), quarantine, options, duplicates),
            InputFormat.Sms => Open(stream, source, ColumnMapping.ForSchema(IngestEventKind.Sms), quarantine, options, duplicates),
            InputFormat.Logins => Open(stream, source, ColumnMapping.ForSchema(IngestEventKind.Login), quarantine, options, duplicates),
            InputFormat.Jsonl => Validated(stream, () => JsonlPreflight.Check(stream, source, options), () => new JsonlEventReader(stream, source, quarantine, duplicates, options)),
            InputFormat.Pacs008 => Validated(stream, () => Pacs008Preflight.Check(stream, source, options), () => new Pacs008Reader(stream, source, quarantine, duplicates, options)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>Opens a seekable CSV stream (owned by the reader from now on) through <paramref name="mapping"/>.</summary>
    public static EventReader Open(Stream stream, string source, ColumnMapping mapping, IQuarantineSink quarantine, IngestOptions? options = null, DuplicateTracker? duplicates = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        options ??= IngestOptions.Default;
        return Validated(stream, () => CsvPreflight.Check(stream, source, mapping, options), () => new MappedCsvReader(stream, source, mapping, quarantine, duplicates, options));
    }

    /// <summary>
    /// The format of Breakcard's files from their names (transactions.csv, calls.csv, sms.csv,
    /// logins.csv, *.jsonl) and of pacs.008 from the extension .xml; null when the name does not say.
    /// </summary>
    public static InputFormat? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name switch
        {
            EventSchema.TransactionsCsv => InputFormat.Transactions,
            EventSchema.CallsCsv => InputFormat.Calls,
            EventSchema.SmsCsv => InputFormat.Sms,
            EventSchema.LoginsCsv => InputFormat.Logins,
            _ when name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) => InputFormat.Jsonl,
            _ when name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) => InputFormat.Pacs008,
            _ => null,
        };
    }

    /// <summary>
    /// The format of a file whose name does not say, from its first bytes: XML ('&lt;') is taken
    /// for pacs.008 and a JSON object ('{') for JSON Lines; null otherwise (a CSV needs a mapping
    /// or a Breakcard file name).
    /// </summary>
    public static InputFormat? Sniff(string path)
    {
        using var stream = OpenFile(path);
        Span<byte> head = stackalloc byte[512];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head[..n];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n"u8);
        return text.IsEmpty ? null : text[0] switch
        {
            (byte)'<' => InputFormat.Pacs008,
            (byte)'{' => InputFormat.Jsonl,
            _ => null,
        };
    }

    private static FileStream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // FileShare.Read: other processes may read but not write while both passes run.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such file"), ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such folder"), ex);
        }
    }

    private static EventReader Validated(Stream stream, Func<long> validate, Func<EventReader> open)
    {
        try
        {
            if (!stream.CanSeek || !stream.CanRead)
            {
                throw new ArgumentException("The stream must be readable and seekable: it is validated before it is read.", nameof(stream));
            }

            var records = validate();
            var reader = open();
            reader.ExpectRecords(records);
            return reader;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
