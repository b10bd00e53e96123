using Breakcard.Cluster.Grains;
using Breakcard.Core.Errors;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cluster.Gateway;

/// <summary>
/// The gateway's input: the same files <c>breakcard monitor</c> and <c>breakcard ingest</c> read
/// (a world folder's events.jsonl or its CSV event files, or one event file), through the Ingest
/// readers, so every file-level check, field validation and quarantine applies unchanged. Events
/// are pulled one at a time: nothing is read ahead of what the cluster has accepted.
/// </summary>
public sealed class GatewayInput : IDisposable
{
    private readonly EventReader _reader;

    private GatewayInput(EventReader reader) => _reader = reader;

    /// <summary>What was read: records, accepted events, quarantined and skipped records.</summary>
    public IngestCounts Counts => _reader.Counts;

    /// <summary>The files read, as named in errors.</summary>
    public string Source => _reader.Source;

    /// <summary>
    /// Opens <paramref name="path"/> (a folder or a file). Throws <see cref="InvalidInputException"/>
    /// with the path when there is nothing to read; file-level problems throw from the reader with
    /// file, line and field.
    /// </summary>
    public static GatewayInput Open(string path, IQuarantineSink quarantine)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(quarantine);
        if (Directory.Exists(path))
        {
            var folder = EventFolder.Find(path);
            if (folder.Files.Count == 0)
            {
                throw new InvalidInputException(new InputError(path, null, null, "no event files (events.jsonl, transactions.csv, calls.csv, sms.csv, logins.csv)"));
            }

            var duplicates = new DuplicateTracker();
            var readers = new List<EventReader>();
            try
            {
                foreach (var (file, format) in folder.Files)
                {
                    readers.Add(EventReaders.Open(file, format, quarantine, null, duplicates));
                }
            }
            catch
            {
                readers.ForEach(r => r.Dispose());
                throw;
            }

            return new GatewayInput(readers.Count == 1 ? readers[0] : new MergedEventReader(readers));
        }

        if (!File.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such file or folder"));
        }

        var detected = EventReaders.Detect(path) ?? throw new InvalidInputException(new InputError(path, null, null, "not a recognised event file (events.jsonl or a Breakcard event CSV)"));
        return new GatewayInput(EventReaders.Open(path, detected, quarantine));
    }

    /// <summary>The accepted events in input order, pulled lazily.</summary>
    public IEnumerable<WireEvent> Events() => EventReaderFeed.Events(_reader);

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
