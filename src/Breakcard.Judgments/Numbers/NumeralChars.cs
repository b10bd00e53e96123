using System.Runtime.CompilerServices;

namespace Breakcard.Judgments.Numbers;

/// <summary>
/// Character classes of numbers as Chinese courts write them: Arabic digits, Chinese numerals
/// (一二三, 〇 and 零, 两), financial capitals (壹贰叁, 拾佰仟) and the traditional forms that
/// appear in older or Hong Kong-typeset texts (貳, 參, 萬, 億).
/// </summary>
internal static class NumeralChars
{
    /// <summary>Value 0–9 of a digit character, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Digit(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        return c switch
        {
            '〇' or '零' or '○' => 0,
            '一' or '壹' or '弌' => 1,
            '二' or '两' or '贰' or '貳' or '兩' => 2,
            '三' or '叁' or '參' or '叄' => 3,
            '四' or '肆' => 4,
            '五' or '伍' => 5,
            '六' or '陆' or '陸' => 6,
            '七' or '柒' => 7,
            '八' or '捌' => 8,
            '九' or '玖' => 9,
            _ => -1,
        };
    }

    /// <summary>Power of ten of a unit character (十 1, 百 2, 千 3, 万 4, 亿 8), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Unit(char c) => c switch
    {
        '十' or '拾' => 1,
        '百' or '佰' => 2,
        '千' or '仟' => 3,
        '万' or '萬' => 4,
        '亿' or '億' => 8,
        _ => 0,
    };

    /// <summary>True for a digit or unit that can start a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsNumber(char c) => Digit(c) >= 0 || Unit(c) is > 0 and < 4;

    /// <summary>True for "余", "多" or "许": the number is a lower bound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApproximate(char c) => c is '余' or '多' or '餘' or '许';

    /// <summary>True for a Chinese digit character that is never an Arabic digit.</summary>
    public static bool IsChineseDigit(char c) => c is not (>= '0' and <= '9') && Digit(c) >= 0;
}
