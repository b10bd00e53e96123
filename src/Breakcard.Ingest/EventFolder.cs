using Breakcard.Core.Events;

namespace Breakcard.Ingest;

/// <summary>
/// The event files of a Breakcard world folder (docs/data-format.md): events.jsonl, or the CSV
/// event files transactions.csv, calls.csv, sms.csv and logins.csv. A simulator run with
/// <c>--format both</c> writes the same events both ways; then events.jsonl is read and the CSV
/// files are named in <see cref="Ignored"/>, so nothing is read twice and the choice is visible.
/// </summary>
public sealed class EventFolder
{
    private EventFolder(IReadOnlyList<(string Path, InputFormat Format)> files, IReadOnlyList<string> ignored)
    {
        Files = files;
        Ignored = ignored;
    }

    /// <summary>The files to read, in a fixed order (transactions, calls, sms, logins).</summary>
    public IReadOnlyList<(string Path, InputFormat Format)> Files { get; }

    /// <summary>Event files present but not read because events.jsonl holds the same events.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Finds the event files in <paramref name="folder"/>, optionally only those of <paramref name="only"/>.</summary>
    public static EventFolder Find(string folder, InputFormat? only = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        (string Name, InputFormat Format)[] csv =
        [
            (EventSchema.TransactionsCsv, InputFormat.Transactions),
            (EventSchema.CallsCsv, InputFormat.Calls),
            (EventSchema.SmsCsv, InputFormat.Sms),
            (EventSchema.LoginsCsv, InputFormat.Logins),
        ];
        var present = csv.Select(f => (Path: Path.Combine(folder, f.Name), f.Format)).Where(f => File.Exists(f.Path)).ToList();
        var jsonl = Path.Combine(folder, EventSchema.EventsJsonl);
        if (only is { } format)
        {
            var file = format == InputFormat.Jsonl ? (jsonl, InputFormat.Jsonl) : present.FirstOrDefault(f => f.Format == format);
            return new EventFolder(file.Item1 is not null && File.Exists(file.Item1) ? [file] : [], []);
        }

        return File.Exists(jsonl)
            ? new EventFolder([(jsonl, InputFormat.Jsonl)], [.. present.Select(f => f.Path)])
            : new EventFolder(present, []);
    }
}
