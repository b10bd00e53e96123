namespace Breakcard.Ingest.Validation;

/// <summary>What the validation pass learned about a line-oriented text file.</summary>
/// <param name="Length">File length in bytes.</param>
/// <param name="BomLength">Length of the byte order mark skipped at the start (0 or 3).</param>
/// <param name="LastRecordStart">Byte offset where the last record starts (equals <paramref name="Length"/> when the file ends with a line end).</param>
/// <param name="LastRecordLine">1-based line of the last record.</param>
/// <param name="EndsWithNewline">True when the last byte is a line feed.</param>
/// <param name="LineFeeds">Line feeds in the file: an upper bound on its records, used to size tables once.</param>
internal sealed record TextLayout(long Length, int BomLength, long LastRecordStart, long LastRecordLine, bool EndsWithNewline, long LineFeeds)
{
    /// <summary>True when the file has no content after the byte order mark.</summary>
    public bool IsEmpty => Length == BomLength;

    /// <summary>True when the file ends with a record that has no line end (allowed by RFC 4180, but also how truncation looks).</summary>
    public bool HasUnterminatedLastRecord => !EndsWithNewline && LastRecordStart < Length;
}
