namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 474: the characters a disguised Base64 clause is written in besides its own alphabet. A post's other disguises reach the
/// encoded clause too — full-width forms (５ＬｉＮ), Cyrillic and Greek letters that look Latin (5раw), circled, dingbat and squared
/// digits and letters (⑤ ➎ 🅥), Chinese numerals for digits (伍 陆) — and a reader who copies the clause still recognises each one as the
/// Base64 character it stands for. This maps such a character to that character; <see cref="Base64Text"/> uses it only inside a run that
/// also holds the alphabet itself and decodes to text.
/// </summary>
internal static class Base64Lookalikes
{
    /// <summary>
    /// The Base64 character the character at <paramref name="at"/> stands for and how many UTF-16 units it takes (2 for a squared or
    /// circled capital beyond the BMP), or ('\0', 0) when it stands for none. The alphabet itself maps to itself.
    /// </summary>
    public static (char Char, int Length) At(string text, int at)
    {
        var c = text[at];
        if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
        {
            return (c, 1);
        }

        if (c < 0x80)
        {
            return ('\0', 0);
        }

        if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
        {
            var value = char.ConvertToUtf32(c, text[at + 1]);
            var letter = value switch
            {
                >= 0x1F130 and <= 0x1F149 => value - 0x1F130, // squared Latin capitals 🄰
                >= 0x1F150 and <= 0x1F169 => value - 0x1F150, // negative circled capitals 🅐
                >= 0x1F170 and <= 0x1F189 => value - 0x1F170, // negative squared capitals 🅰
                _ => -1,
            };
            return letter < 0 ? ('\0', 0) : ((char)('A' + letter), 2);
        }

        var mapped = c switch
        {
            >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
            '\uFF0B' => '+',
            '\uFF0F' => '/',
            >= '\u2460' and <= '\u2468' => (char)('1' + (c - 0x2460)), // ①
            >= '\u2776' and <= '\u277E' => (char)('1' + (c - 0x2776)), // ❶
            >= '\u2780' and <= '\u2788' => (char)('1' + (c - 0x2780)), // ➀
            >= '\u278A' and <= '\u2792' => (char)('1' + (c - 0x278A)), // ➊
            '\u24EA' or '\u24FF' => '0', // ⓪ ⓿
            >= '\u24B6' and <= '\u24CF' => (char)('A' + (c - 0x24B6)), // Ⓐ
            >= '\u24D0' and <= '\u24E9' => (char)('a' + (c - 0x24D0)), // ⓐ
            _ => Lookalike(c),
        };
        return mapped == '\0' ? ('\0', 0) : (mapped, 1);
    }

    /// <summary>Whether <paramref name="c"/> is a keycap's mark (U+FE0F, U+20E3): it belongs to the digit before it.</summary>
    public static bool IsKeycapMark(char c) => c is '\uFE0F' or '\u20E3';

    // Cyrillic and Greek letters drawn like Latin ones, and Chinese numerals read as digits.
    private static char Lookalike(char c) => c switch
    {
        'А' or 'Α' => 'A', 'В' or 'Β' => 'B', 'С' => 'C', 'Е' or 'Ε' => 'E', 'Н' or 'Η' => 'H', 'І' or 'Ι' => 'I', 'Ј' => 'J',
        'К' or 'Κ' => 'K', 'М' or 'Μ' => 'M', 'Ν' => 'N', 'О' or 'Ο' => 'O', 'Р' or 'Ρ' => 'P', 'Ѕ' => 'S', 'Т' or 'Τ' => 'T',
        'Х' or 'Χ' => 'X', 'У' or 'Υ' => 'Y', 'Ζ' => 'Z',
        'а' => 'a', 'ԁ' => 'd', 'е' => 'e', 'һ' => 'h', 'і' => 'i', 'ј' => 'j', 'о' or 'ο' => 'o', 'р' or 'ρ' => 'p', 'ԛ' => 'q',
        'ѕ' => 's', 'с' => 'c', 'ν' => 'v', 'ԝ' => 'w', 'х' => 'x', 'у' => 'y',
        '零' or '〇' => '0', '一' or '壹' => '1', '二' or '贰' or '貳' => '2', '三' or '叁' or '參' => '3', '四' or '肆' => '4',
        '五' or '伍' => '5', '六' or '陆' or '陸' => '6', '七' or '柒' => '7', '八' or '捌' => '8', '九' or '玖' => '9',
        _ => '\0',
    };
}
