using System.Text;

namespace Breakcard.Ingest.Internal;

/// <summary>
/// The text encodings inputs may declare: UTF-8 (the default), and the Chinese national
/// encodings GBK (code page 936) and GB18030 that older bank and operator systems still export.
/// Every encoding is strict: an invalid byte throws instead of becoming U+FFFD, because a silently
/// replaced character in an account id makes a different account.
/// </summary>
internal static class EncodingCatalog
{
    static EncodingCatalog() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Strict UTF-8 that skips a byte order mark when reading.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>The names a mapping may use.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "gbk", "gb18030"];

    /// <summary>Finds an encoding by name (case-insensitive; "utf8", "cp936" and "gb2312" are accepted as aliases).</summary>
    public static bool TryGet(string name, out Encoding? encoding)
    {
        encoding = name.ToUpperInvariant() switch
        {
            "UTF-8" or "UTF8" => Utf8,
            "GBK" or "CP936" or "GB2312" => Strict(Encoding.GetEncoding(936)),
            "GB18030" => Strict(Encoding.GetEncoding(54936)),
            _ => null,
        };
        return encoding is not null;
    }

    /// <summary>The name a mapping uses for <paramref name="encoding"/> ("gbk" rather than the BCL's "gb2312" for code page 936).</summary>
    public static string NameOf(Encoding encoding) => encoding?.CodePage switch
    {
        936 => "gbk",
        54936 => "gb18030",
        65001 => "utf-8",
        _ => encoding?.WebName ?? "unknown",
    };

    /// <summary>The same encoding with exception fallbacks.</summary>
    public static Encoding Strict(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8;
        }

        return Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
