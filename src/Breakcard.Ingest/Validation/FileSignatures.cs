namespace Breakcard.Ingest.Validation;

/// <summary>
/// Recognises from its first bytes a file that is not text at all, or text in an encoding the
/// readers do not take, so the error can say what the file is instead of "invalid byte at 1".
/// </summary>
internal static class FileSignatures
{
    /// <summary>What the file looks like, or null when nothing is recognised.</summary>
    public static string? Describe(ReadOnlySpan<byte> head) => head switch
    {
        [0x1F, 0x8B, ..] => "a gzip archive; decompress it first",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (an .xlsx workbook?); export the sheet as CSV",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document (.xls?); export the sheet as CSV",
        [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
        [0x37, 0x7A, 0xBC, 0xAF, ..] => "a 7-Zip archive",
        [0x52, 0x61, 0x72, 0x21, ..] => "a RAR archive",
        [0x00, 0x00, 0xFE, 0xFF, ..] or [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 text; save it as UTF-8",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16 text; save it as UTF-8",
        _ => null,
    };

    /// <summary>True when <paramref name="head"/> starts with the UTF-8 byte order mark.</summary>
    public static bool HasUtf8Bom(ReadOnlySpan<byte> head) => head is [0xEF, 0xBB, 0xBF, ..];
}
