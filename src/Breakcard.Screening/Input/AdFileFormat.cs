namespace Breakcard.Screening.Input;

/// <summary>Formats of a file of ads to screen.</summary>
public enum AdFileFormat
{
    /// <summary>One ad per line; the id is the line number; blank lines are skipped (and counted).</summary>
    Text,

    /// <summary>JSON Lines: one object per line with <c>text</c> (required) and <c>id</c> (optional, string or number).</summary>
    Jsonl,

    /// <summary>CSV (RFC 4180) with a header naming a <c>text</c> column and optionally an <c>id</c> column.</summary>
    Csv,
}

/// <summary>Helpers for <see cref="AdFileFormat"/>.</summary>
public static class AdFileFormats
{
    /// <summary>The format a file name suggests: <c>.jsonl</c>/<c>.ndjson</c> → JSON Lines, <c>.csv</c> → CSV, anything else → text.</summary>
    public static AdFileFormat FromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".jsonl" or ".ndjson" => AdFileFormat.Jsonl,
            ".csv" => AdFileFormat.Csv,
            _ => AdFileFormat.Text,
        };
    }
}
