namespace Breakcard.Ingest.Quarantine;

/// <summary>An in-memory quarantine, for tests, small uploads and APIs that return the rejects.</summary>
public sealed class QuarantineList : IQuarantineSink
{
    private readonly List<QuarantinedRecord> _records = [];

    /// <summary>The records, in the order they were rejected.</summary>
    public IReadOnlyList<QuarantinedRecord> Records => _records;

    /// <inheritdoc />
    public void Add(QuarantinedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records.Add(record);
    }
}
