namespace Breakcard.Ingest.Quarantine;

/// <summary>
/// Where readers put records they cannot accept. Readers count every quarantined record in
/// <see cref="IngestCounts"/> whatever the sink does, so nothing is dropped without a trace.
/// </summary>
public interface IQuarantineSink
{
    /// <summary>Stores one rejected record.</summary>
    void Add(QuarantinedRecord record);
}
