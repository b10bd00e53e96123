using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Breakcard.Core.Judgments;

/// <summary>
/// A Chinese court case number (案号) such as （2022）川0106刑初123号: the year the case was filed,
/// the court's code (a province abbreviation and up to four digits: 川0106 is Chengdu Jinniu
/// District; 川01 the Chengdu Intermediate Court; 川 alone the Sichuan High Court), the case type
/// (刑初 first-instance criminal, 刑终 second-instance, 刑再 retrial, …) and the sequence number.
/// Immutable; thread safe.
/// </summary>
/// <param name="Year">Year the case was filed (立案年度).</param>
/// <param name="Court">Court code, for example "川0106".</param>
/// <param name="Kind">Case type code, for example "刑初".</param>
/// <param name="Sequence">Sequence number within the year.</param>
public readonly record struct CaseNumber(int Year, string Court, string Kind, int Sequence)
{
    /// <summary>True for a first-instance criminal case (刑初).</summary>
    public bool IsFirstInstanceCriminal => Kind == "刑初";

    /// <summary>The canonical form with full-width parentheses: （2022）川0106刑初123号.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"（{Year}）{Court}{Kind}{Sequence}号");

    /// <summary>Parses a case number; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CaseNumber Parse(string text) =>
        TryParse(text, out var n, out var error) ? n : throw new FormatException($"Not a case number: {error}.");

    /// <summary>Parses a case number without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CaseNumber caseNumber) => TryParse(text, out caseNumber, out _);

    /// <summary>
    /// Parses a case number written as courts and databases write it: full- or half-width
    /// parentheses or 〔〕/[] around the year, optional spaces, and a trailing 号. On failure
    /// <paramref name="error"/> says why.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CaseNumber caseNumber, [NotNullWhen(false)] out string? error)
    {
        caseNumber = default;
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                error = "too long";
                return false;
            }

            // Full-width digits are common in scanned or typeset texts.
            buffer[n++] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
        }

        var s = buffer[..n];
        if (s.IsEmpty || !IsOpen(s[0]))
        {
            error = "does not start with the year in parentheses";
            return false;
        }

        var i = 1;
        var year = 0;
        var yearDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            year = (year * 10) + (s[i] - '0');
            yearDigits++;
            i++;
        }

        if (yearDigits != 4 || i >= s.Length || !IsClose(s[i]))
        {
            error = "the year is not four digits in parentheses";
            return false;
        }

        i++;
        var courtStart = i;
        if (i >= s.Length || !IsCjk(s[i]))
        {
            error = "the court code does not start with a province abbreviation";
            return false;
        }

        i++;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var court = s[courtStart..i];
        if (court.Length > 5)
        {
            error = "the court code has more than four digits";
            return false;
        }

        var kindStart = i;
        while (i < s.Length && IsCjk(s[i]) && s[i] != '号')
        {
            i++;
        }

        var kind = s[kindStart..i];
        if (kind.IsEmpty || kind.Length > 4)
        {
            error = "the case type (for example 刑初) is missing";
            return false;
        }

        var sequence = 0;
        var sequenceDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (sequenceDigits == 9)
            {
                error = "the sequence number is too long";
                return false;
            }

            sequence = (sequence * 10) + (s[i] - '0');
            sequenceDigits++;
            i++;
        }

        if (sequenceDigits == 0)
        {
            error = "the sequence number is missing";
            return false;
        }

        if (i < s.Length && s[i] == '号')
        {
            i++;
        }

        if (i != s.Length)
        {
            error = "unexpected text after the sequence number";
            return false;
        }

        caseNumber = new CaseNumber(year, court.ToString(), kind.ToString(), sequence);
        error = null;
        return true;
    }

    private static bool IsOpen(char c) => c is '（' or '(' or '〔' or '[' or '［' or '【';

    private static bool IsClose(char c) => c is '）' or ')' or '〕' or ']' or '］' or '】';

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
