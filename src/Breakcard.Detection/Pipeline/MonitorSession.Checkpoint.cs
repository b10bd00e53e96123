using System.Text.Json;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Pipeline;

/// <content>Checkpoints: snapshot and resume.</content>
public sealed partial class MonitorSession
{
    /// <summary>File name of the snapshot inside a checkpoint directory.</summary>
    public const string SnapshotFile = "monitor.snapshot";

    private const uint Magic = 0x53434342; // "BCCS"
    private const int FormatVersion = 1;

    /// <summary>True when <paramref name="checkpointDirectory"/> holds a snapshot to resume from.</summary>
    public static bool HasCheckpoint(string checkpointDirectory) => File.Exists(Path.Combine(checkpointDirectory, SnapshotFile));

    /// <summary>
    /// Writes a snapshot of the whole run — engine state, retained event ids, entities learned from
    /// events, input position, committed lengths of the output files — to
    /// <paramref name="checkpointDirectory"/>, atomically (a temporary file renamed over the old one),
    /// after flushing the outputs to disk.
    /// </summary>
    public void Checkpoint(string checkpointDirectory)
    {
        ArgumentNullException.ThrowIfNull(checkpointDirectory);
        Directory.CreateDirectory(checkpointDirectory);
        var alertsLength = _alertsFile.Commit();
        var rejectedLength = _rejectedFile.Commit();
        var final = Path.Combine(checkpointDirectory, SnapshotFile);
        var temp = final + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            WriteInterners(writer);
            writer.Write(InputPosition);
            writer.Write(_rejected);
            writer.Write(_invalid);
            writer.Write(_alerts.Count);
            writer.Write(alertsLength);
            writer.Write(rejectedLength);
            _ids.Write(writer);
            Engine.WriteSnapshot(writer);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, final, overwrite: true);
    }

    /// <summary>
    /// Resumes a run from the snapshot in <paramref name="checkpointDirectory"/>: the reference data,
    /// options and model must be the ones the run started with. The caller then skips
    /// <see cref="InputPosition"/> input records and continues; the output files are cut back to
    /// what the snapshot committed, so the replay neither loses nor repeats an alert.
    /// </summary>
    /// <exception cref="InvalidDataException">The snapshot is damaged or belongs to another run's settings.</exception>
    public static MonitorSession Resume(string checkpointDirectory, ReferenceData reference, DetectionOptions options, IRiskModel model, string outputDirectory, int retainedEventIds = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(checkpointDirectory);
        return new MonitorSession(reference, options, model, outputDirectory, retainedEventIds, session =>
        {
            using var stream = new FileStream(Path.Combine(checkpointDirectory, SnapshotFile), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(stream);
            try
            {
                return session.ReadSnapshot(reader);
            }
            catch (EndOfStreamException ex)
            {
                throw new InvalidDataException("the checkpoint snapshot ends early", ex);
            }
        });
    }

    private (long Alerts, long Rejected) ReadSnapshot(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a Breakcard monitor checkpoint of this version");
        }

        ReadInterners(reader);
        InputPosition = reader.ReadInt64();
        _rejected = reader.ReadInt64();
        _invalid = reader.ReadInt64();
        _expectedAlerts = reader.ReadInt32();
        var alertsLength = reader.ReadInt64();
        var rejectedLength = reader.ReadInt64();
        _ids.Read(reader);
        Engine.RestoreSnapshot(reader);
        return (alertsLength, rejectedLength);
    }

    private int _expectedAlerts;

    /// <summary>Reads back the alerts of the (already truncated) alerts file.</summary>
    private void ReloadAlerts()
    {
        using var stream = new FileStream(Path.Combine(OutputDirectory, AlertsFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(stream);
        string? line;
        while ((line = text.ReadLine()) is not null)
        {
            if (line.Length > 0)
            {
                _alerts.Add(JsonSerializer.Deserialize<Alert>(line, LineJson) ?? throw new InvalidDataException("an empty alert line in " + AlertsFile));
            }
        }

        if (_alerts.Count != _expectedAlerts)
        {
            throw new InvalidDataException($"{AlertsFile} holds {_alerts.Count} alerts where the checkpoint committed {_expectedAlerts}");
        }
    }

    private void WriteInterners(BinaryWriter writer)
    {
        var interners = Interners(_reference);
        writer.Write(interners.Length);
        for (var i = 0; i < interners.Length; i++)
        {
            writer.Write(_baseCounts[i]);
            writer.Write(interners[i].Count);
            for (var k = _baseCounts[i]; k < interners[i].Count; k++)
            {
                writer.Write(interners[i].KeyOf(k));
            }
        }
    }

    private void ReadInterners(BinaryReader reader)
    {
        var interners = Interners(_reference);
        if (reader.ReadInt32() != interners.Length)
        {
            throw new InvalidDataException("the checkpoint was written by another version");
        }

        for (var i = 0; i < interners.Length; i++)
        {
            var baseCount = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (baseCount != _baseCounts[i] || interners[i].Count != baseCount)
            {
                throw new InvalidDataException("the checkpoint was written over other reference data (entity counts differ)");
            }

            for (var k = baseCount; k < count; k++)
            {
                var key = reader.ReadString();
                var index = i switch
                {
                    0 => _reference.InternAccount(key),
                    1 => _reference.InternPhone(key),
                    _ => interners[i].Intern(key),
                };
                if (index != k)
                {
                    throw new InvalidDataException("the checkpoint's entity keys repeat");
                }
            }
        }
    }

    private static StringInterner[] Interners(ReferenceData r) => [r.Accounts, r.Phones, r.Devices, r.Ips, r.Cells];
}
