namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: a link pasted from a browser's address bar carries its query percent-encoded (…?q=%E9%93%B6%E8%A1%8C%E5%8D%A1), which a
/// reader who opens it sees as 银行卡. Read as the characters: a run of %XX bytes that is whole UTF-8 with a character beyond ASCII
/// is decoded (<see cref="EscapedBytes"/>); "50%提成" or "9%20天" is no such run and stays as written.
/// </summary>
internal static class PercentEncoding
{
    /// <summary>The text with its percent-encoded characters decoded, or null when it holds none.</summary>
    public static ShownText? Read(string source) => EscapedBytes.Read(source, '%', softBreak: false);
}
