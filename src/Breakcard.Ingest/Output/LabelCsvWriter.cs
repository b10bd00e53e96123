using System.Text;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Output;

/// <summary>
/// Writes the source's own labels (<see cref="EventLabel"/>) next to normalised events, as CSV
/// with the columns <see cref="Columns"/>: event id, "true"/"false" (empty when the source has no
/// flag), and the source's case or alert id. Kept out of events.jsonl so detection never sees it;
/// evaluation joins it by id.
/// </summary>
public sealed class LabelCsvWriter : IDisposable
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns = ["id", "suspicious", "case_id"];

    private readonly TextWriter _writer;

    /// <summary>Writes to <paramref name="writer"/>, which this object disposes.</summary>
    public LabelCsvWriter(TextWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _writer.Write(string.Join(',', Columns));
        _writer.Write('\n');
    }

    /// <summary>Labels written.</summary>
    public long Count { get; private set; }

    /// <summary>Creates (or replaces) a file.</summary>
    public static LabelCsvWriter Create(string path) =>
        new(new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16));

    /// <summary>Writes one label.</summary>
    public void Write(string id, EventLabel label)
    {
        ArgumentNullException.ThrowIfNull(id);
        CsvText.WriteField(_writer, id);
        _writer.Write(',');
        _writer.Write(label.Suspicious switch { true => "true", false => "false", null => "" });
        _writer.Write(',');
        CsvText.WriteField(_writer, label.CaseId);
        _writer.Write('\n');
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
