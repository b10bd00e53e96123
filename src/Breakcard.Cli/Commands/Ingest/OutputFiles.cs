using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Ingest;
using Breakcard.Ingest.Output;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Ingest;

/// <summary>
/// The files <c>breakcard ingest</c> writes, each first under a ".partial" name: only
/// <see cref="Commit"/> renames them into place, and disposing without committing deletes them.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private const string Partial = ".partial";
    private readonly string _events;
    private readonly string _quarantine;
    private readonly string _labels;
    private readonly string _summary;
    private JsonlEventWriter? _eventWriter;
    private QuarantineCsvWriter? _quarantineWriter;
    private LabelCsvWriter? _labelWriter;
    private bool _committed;

    public OutputFiles(DirectoryInfo folder)
    {
        Folder = folder;
        _events = Path.Combine(folder.FullName, EventSchema.EventsJsonl);
        _quarantine = Path.Combine(folder.FullName, IngestRun.QuarantineCsv);
        _labels = Path.Combine(folder.FullName, IngestRun.LabelsCsv);
        _summary = Path.Combine(folder.FullName, IngestRun.SummaryJson);
    }

    public DirectoryInfo Folder { get; }

    public IEnumerable<string> Paths => [_events, _quarantine, _labels, _summary];

    /// <summary>Copies every event of <paramref name="reader"/> into the partial files; returns the labels written.</summary>
    public long Write(EventReader reader, DeferredQuarantine quarantine, CancellationToken cancellationToken)
    {
        Folder.Create();
        _eventWriter = JsonlEventWriter.Create(_events + Partial);
        _quarantineWriter = QuarantineCsvWriter.Create(_quarantine + Partial);
        quarantine.Attach(_quarantineWriter);
        long n = 0;
        while (reader.Read())
        {
            if ((++n & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            _eventWriter.Write(reader);
            if (reader.Label.HasValue)
            {
                _labelWriter ??= LabelCsvWriter.Create(_labels + Partial);
                _labelWriter.Write(reader.Id, reader.Label);
            }
        }

        return _labelWriter?.Count ?? 0;
    }

    /// <summary>Closes the partial files and moves them into place, with a summary of the run.</summary>
    public void Commit(IngestCounts counts, string source)
    {
        CloseWriters();
        WriteSummary(_summary + Partial, counts, source, _labelWriter is not null);
        File.Move(_events + Partial, _events, overwrite: true);
        File.Move(_quarantine + Partial, _quarantine, overwrite: true);
        if (_labelWriter is not null)
        {
            File.Move(_labels + Partial, _labels, overwrite: true);
        }
        else if (File.Exists(_labels))
        {
            File.Delete(_labels); // a previous run's labels would not match these events
        }

        File.Move(_summary + Partial, _summary, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        CloseWriters();
        if (!_committed)
        {
            foreach (var path in Paths)
            {
                File.Delete(path + Partial);
            }
        }
    }

    private void CloseWriters()
    {
        _eventWriter?.Dispose();
        _quarantineWriter?.Dispose();
        _labelWriter?.Dispose();
        _eventWriter = null;
        _quarantineWriter = null;
    }

    private static void WriteSummary(string path, IngestCounts counts, string source, bool hasLabels)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("input", source);
        json.WriteNumber("records_read", counts.RecordsRead);
        json.WriteNumber("records_accepted", counts.RecordsAccepted);
        json.WriteNumber("events", counts.Events);
        json.WriteNumber("quarantined", counts.Quarantined);
        json.WriteStartObject("quarantined_by_reason");
        foreach (var (reason, n) in counts.QuarantinedByReason)
        {
            json.WriteNumber(RejectReasons.ToText(reason), n);
        }

        json.WriteEndObject();
        json.WriteNumber("skipped", counts.Skipped);
        json.WriteStartObject("skipped_by_rule");
        foreach (var (rule, n) in counts.SkippedByRule)
        {
            json.WriteNumber(rule, n);
        }

        json.WriteEndObject();
        json.WriteNumber("duplicate_ids", counts.Duplicates);
        json.WriteNumber("out_of_order", counts.OutOfOrder);
        json.WriteNumber("date_only_times", counts.DateOnlyTimes);
        json.WriteBoolean("labels", hasLabels);
        json.WriteEndObject();
    }
}
