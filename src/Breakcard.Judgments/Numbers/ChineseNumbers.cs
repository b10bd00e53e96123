using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Numbers;

/// <summary>
/// Parses numbers, amounts, durations and dates written the way Chinese judgments write them.
/// Every method accepts the whole of its input (after trimming) or returns false; none throws on
/// bad input. Thread safe (no state).
/// </summary>
/// <example>
/// <code>
/// ChineseNumbers.TryParseAmount("1100余万元", out var a);  // ≥ ¥11,000,000.00
/// ChineseNumbers.TryParseAmount("壹万元整", out a);        // ¥10,000.00
/// ChineseNumbers.TryParseMonths("一年二个月", out var m);   // 14
/// ChineseNumbers.TryParseDate("二〇二二年五月十八日", out var d); // 2022-05-18
/// </code>
/// </example>
public static class ChineseNumbers
{
    /// <summary>
    /// A number without unit: Arabic (5,190,000; 3.22), Chinese (一万二千, 十一), financial
    /// capitals (壹万), mixed (3.22万, 1100余万). The result is whole units; fails on a fraction.
    /// </summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value, out bool atLeast)
    {
        value = 0;
        atLeast = false;
        var s = text.Trim();
        if (!NumberScanner.TryRead(s, 0, out var n) || n.Length != s.Length || !n.IsWhole)
        {
            return false;
        }

        value = n.Whole;
        atLeast = n.AtLeast;
        return true;
    }

    /// <summary>
    /// An amount of money in yuan: 一万二千元, 人民币壹万元整, 3.22万元, 1100余万元, 5,190,000元,
    /// 三万多元, 10万元以上, 5190000.50元, 叁佰元伍角. 余/多/以上 make it a lower bound.
    /// </summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out Amount amount)
    {
        var s = text.Trim();
        if (s.IsEmpty)
        {
            amount = default;
            return false;
        }

        return QuantityReader.TryReadMoney(s, 0, out amount, out var length) && length == s.Length;
    }

    /// <summary>A count with its measure word: 4张, 二十余张, 36套, 3个.</summary>
    public static bool TryParseCount(ReadOnlySpan<char> text, out Quantity quantity)
    {
        var s = text.Trim();
        if (s.IsEmpty)
        {
            quantity = default;
            return false;
        }

        return QuantityReader.TryReadCount(s, 0, "张套个份组部台条", out quantity, out var length) && length == s.Length;
    }

    /// <summary>A duration in months: 八个月, 十一个月, 一年, 一年二个月, 一年零二个月, 1年2个月, 一年半.</summary>
    public static bool TryParseMonths(ReadOnlySpan<char> text, out int months)
    {
        var s = text.Trim();
        months = 0;
        return !s.IsEmpty && QuantityReader.TryReadMonths(s, 0, out months, out var length) && length == s.Length;
    }

    /// <summary>
    /// A full date: 2022年5月18日, 二〇二二年五月十八日 (〇, 零, ○ or O for zero), or a database form
    /// (2022-05-18, 2022/5/18, 2022.05.18, 20220518).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) => DateReader.TryParseExact(text, out date);

    /// <summary>A date that may lack its day or month: 2021年5月, 2021年.</summary>
    public static bool TryParsePartialDate(ReadOnlySpan<char> text, out PartialDate date)
    {
        var s = text.Trim();
        date = default;
        return !s.IsEmpty && DateReader.TryRead(s, 0, out date, out var length) && length == s.Length;
    }
}
