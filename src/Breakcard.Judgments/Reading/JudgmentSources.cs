using System.Text;
using System.Text.Unicode;
using Breakcard.Core.Errors;

namespace Breakcard.Judgments.Reading;

/// <summary>
/// Turns the bytes of one input file into judgments: detects the encoding (UTF-8 with or without
/// byte-order mark, UTF-16 with a mark, otherwise GBK/GB18030, which China Judgments Online
/// downloads and older court systems use), detects the format (plain text, HTML, JSON records or
/// JSON Lines) from the file name and the content, and splits files of several judgments. Pure:
/// file access is <see cref="JudgmentFileReader"/>'s job.
/// </summary>
public static class JudgmentSources
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The input format of a file.</summary>
    public enum Format
    {
        /// <summary>Decide from the file name and content.</summary>
        Auto,

        /// <summary>Plain text, one or several judgments.</summary>
        Text,

        /// <summary>A web page (or a concatenation of pages).</summary>
        Html,

        /// <summary>JSON records or JSON Lines.</summary>
        Json,
    }

    /// <summary>Every judgment in a file's bytes, or located problems.</summary>
    public static IReadOnlyList<ReadResult> FromBytes(string source, ReadOnlySpan<byte> bytes, Format format = Format.Auto)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (bytes.IsEmpty || bytes.Trim((byte)' ').IsEmpty)
        {
            return [ReadResult.Failed(new InputError(source, null, null, "the file is empty"))];
        }

        if (!TryDecode(bytes, out var text, out var encodingProblem))
        {
            return [ReadResult.Failed(new InputError(source, null, null, encodingProblem))];
        }

        return FromString(source, text, format);
    }

    /// <summary>Every judgment in already decoded text, or located problems.</summary>
    public static IReadOnlyList<ReadResult> FromString(string source, string text, Format format = Format.Auto)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadResult.Failed(new InputError(source, null, null, "the file is empty"))];
        }

        if (format == Format.Auto)
        {
            format = Detect(source, text);
        }

        return format switch
        {
            Format.Json => [.. JsonJudgmentRecords.Read(source, text)],
            Format.Html => [.. DocumentSplitter.Split(source, HtmlText.ToText(text)).Select(ReadResult.Of)],
            _ => [.. DocumentSplitter.Split(source, text).Select(ReadResult.Of)],
        };
    }

    /// <summary>Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark), falling back to GB18030.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string problem)
    {
        problem = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            text = "";
            problem = "binary content (NUL bytes): not a text, HTML or JSON file";
            return false;
        }

        if (Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }

        // Implementation note: GB18030 is a superset of GBK and GB2312, so one decoder covers all
        // three; the code-page provider ships with .NET but must be asked for explicitly.
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)
            ?? throw new InvalidOperationException("The GB18030 encoding is not available on this runtime.");
        text = gb.GetString(bytes);
        if (text.Contains('\uFFFD', StringComparison.Ordinal) && CjkShare(text) < 0.2)
        {
            problem = "the bytes are neither UTF-8 nor GBK/GB18030 text";
            return false;
        }

        return true;
    }

    private static Format Detect(string source, string text)
    {
        var name = source.ToLowerInvariant();
        if (name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            return Format.Json;
        }

        if (name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal))
        {
            return Format.Html;
        }

        var t = text.AsSpan().TrimStart();
        if (t.StartsWith("{") || t.StartsWith("["))
        {
            return Format.Json;
        }

        return HtmlText.LooksLikeHtml(t) ? Format.Html : Format.Text;
    }

    private static double CjkShare(string text)
    {
        var cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                cjk++;
            }
        }

        return text.Length == 0 ? 0 : (double)cjk / text.Length;
    }
}
