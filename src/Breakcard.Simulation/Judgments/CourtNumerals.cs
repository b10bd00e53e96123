using System.Globalization;
using System.Text;
using Breakcard.Core;
using Breakcard.Core.Judgments;

namespace Breakcard.Simulation.Judgments;

/// <summary>How an amount of money is written.</summary>
public enum MoneyForm
{
    /// <summary>32200元.</summary>
    Arabic,

    /// <summary>32,200元.</summary>
    Thousands,

    /// <summary>3.22万元 (falls back to Arabic when 万 would need more than four decimals).</summary>
    Wan,

    /// <summary>三万二千二百元.</summary>
    Chinese,

    /// <summary>叁万贰仟贰佰元 (financial capitals).</summary>
    Capitals,

    /// <summary>3万余元 / 1123万余元: a lower bound in 万.</summary>
    WanAtLeast,

    /// <summary>三万余元: a lower bound in Chinese numerals.</summary>
    ChineseAtLeast,

    /// <summary>32000余元: a lower bound rounded down to thousands.</summary>
    ArabicAtLeast,
}

/// <summary>
/// Writes numbers, amounts, durations and dates as Chinese courts write them, and returns for
/// each amount the value a faithful reader must recover (the gold label): exact forms give the
/// amount, "余" forms give the rounded-down lower bound.
/// </summary>
public static class CourtNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private const string CapitalDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>An amount of whole yuan in <paramref name="form"/>, with its gold value.</summary>
    public static (string Text, Amount Gold) Money(long yuan, MoneyForm form)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yuan);
        switch (form)
        {
            case MoneyForm.Thousands:
                return (yuan.ToString("N0", CultureInfo.InvariantCulture) + "元", Amount.Yuan(yuan));
            case MoneyForm.Wan when yuan >= 10_000:
                var wan = WanDecimal(yuan);
                return wan is null ? (Arabic(yuan) + "元", Amount.Yuan(yuan)) : (wan + "万元", Amount.Yuan(yuan));
            case MoneyForm.Chinese:
                return (Chinese(yuan) + "元", Amount.Yuan(yuan));
            case MoneyForm.Capitals:
                return (Capitals(yuan) + "元", Amount.Yuan(yuan));
            case MoneyForm.WanAtLeast when yuan >= 20_000:
                {
                    var floor = yuan / 10_000;
                    return floor * 10_000 == yuan
                        ? (Arabic(floor) + "万元", Amount.Yuan(yuan))
                        : (Arabic(floor) + "万余元", Amount.AtLeastYuan(floor * 10_000));
                }

            case MoneyForm.ChineseAtLeast when yuan >= 2_000:
                {
                    var unit = yuan >= 100_000 ? 10_000L : 1_000L;
                    var floor = yuan / unit * unit;
                    if (floor == yuan)
                    {
                        return (Chinese(yuan) + "元", Amount.Yuan(yuan));
                    }

                    // 三万余元, 二十一万余元, 五千余元: the 余 comes after the last unit.
                    return (Chinese(floor) + "余元", Amount.AtLeastYuan(floor));
                }

            case MoneyForm.ArabicAtLeast when yuan >= 2_000:
                {
                    var floor = yuan / 1_000 * 1_000;
                    return floor == yuan ? (Arabic(yuan) + "元", Amount.Yuan(yuan)) : (Arabic(floor) + "余元", Amount.AtLeastYuan(floor));
                }

            default:
                return (Arabic(yuan) + "元", Amount.Yuan(yuan));
        }
    }

    /// <summary>A count: 4张 or 四张 (两张 for two).</summary>
    public static string Count(int n, string measure, bool chinese) =>
        (chinese ? (n == 2 ? "两" : Chinese(n)) : Arabic(n)) + measure;

    /// <summary>A duration as courts write terms: 八个月, 一年, 一年二个月 (or 1年2个月 when <paramref name="arabic"/>).</summary>
    public static string Months(int months, bool arabic = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var years = months / 12;
        var rest = months % 12;
        string N(int v) => arabic ? Arabic(v) : Chinese(v);
        if (years == 0)
        {
            return N(rest) + "个月";
        }

        return rest == 0 ? N(years) + "年" : N(years) + "年" + N(rest) + "个月";
    }

    /// <summary>A date in Arabic digits: 2022年5月18日.</summary>
    public static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    /// <summary>A year and month: 2021年5月.</summary>
    public static string YearMonth(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月");

    /// <summary>The signature date in Chinese numerals, with <paramref name="zero"/> for 0 (〇, ○, 零 or O).</summary>
    public static string SignatureDate(DateOnly d, char zero = '〇')
    {
        var sb = new StringBuilder();
        foreach (var c in d.Year.ToString(CultureInfo.InvariantCulture))
        {
            sb.Append(c == '0' ? zero : Digits[c - '0']);
        }

        return sb.Append('年').Append(Chinese(d.Month)).Append('月').Append(Chinese(d.Day)).Append('日').ToString();
    }

    /// <summary>Arabic digits without separators.</summary>
    public static string Arabic(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Chinese numerals as courts write amounts: 三万二千二百, 一万零五百, 十一, 二十.</summary>
    public static string Chinese(long n) => Write(n, Digits, "十百千", "万", "亿", compactTens: true);

    /// <summary>Financial capitals: 叁万贰仟贰佰, 壹拾万.</summary>
    public static string Capitals(long n) => Write(n, CapitalDigits, "拾佰仟", "万", "亿", compactTens: false);

    private static string? WanDecimal(long yuan)
    {
        // 32200 → "3.22"; needs at most four decimals to be exact.
        var whole = yuan / 10_000;
        var frac = yuan % 10_000;
        if (frac == 0)
        {
            return Arabic(whole);
        }

        // Courts write at most two decimals of 万 (170.73万元); finer amounts are written in full.
        var digits = frac.ToString("0000", CultureInfo.InvariantCulture).TrimEnd('0');
        return digits.Length > 2 ? null : Arabic(whole) + "." + digits;
    }

    private static string Write(long n, string digits, string smallUnits, string wan, string yi, bool compactTens)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return digits[0].ToString();
        }

        var sb = new StringBuilder();
        var sections = new List<int>();
        for (var v = n; v > 0; v /= 10_000)
        {
            sections.Add((int)(v % 10_000));
        }

        var needZero = false;
        for (var s = sections.Count - 1; s >= 0; s--)
        {
            var section = sections[s];
            if (section == 0)
            {
                needZero = sb.Length > 0;
                continue;
            }

            if (needZero || (sb.Length > 0 && section < 1000))
            {
                sb.Append(digits[0]);
            }

            WriteSection(sb, section, digits, smallUnits, compactTens && sb.Length == 0);
            if (s == 1)
            {
                sb.Append(wan);
            }
            else if (s == 2)
            {
                sb.Append(yi);
            }
            else if (s > 2)
            {
                throw new ArgumentOutOfRangeException(nameof(n), "Too large for court numerals.");
            }

            needZero = false;
        }

        return sb.ToString();
    }

    private static void WriteSection(StringBuilder sb, int section, string digits, string units, bool leading)
    {
        var thousands = section / 1000;
        var hundreds = section / 100 % 10;
        var tens = section / 10 % 10;
        var ones = section % 10;
        var zero = false;
        var started = false;
        void Place(int d, char unit)
        {
            if (d == 0)
            {
                zero = started;
                return;
            }

            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            sb.Append(digits[d]).Append(unit);
            started = true;
        }

        Place(thousands, units[2]);
        Place(hundreds, units[1]);
        if (tens != 0)
        {
            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            // 十一 rather than 一十一 at the start of a number; 一百一十 inside it.
            if (!(leading && !started && tens == 1))
            {
                sb.Append(digits[tens]);
            }

            sb.Append(units[0]);
            started = true;
        }
        else
        {
            zero = started;
        }

        if (ones != 0)
        {
            if (zero)
            {
                sb.Append(digits[0]);
            }

            sb.Append(digits[ones]);
        }
    }
}
