using System.Globalization;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 16's held-out disguise <see cref="Evasion.NumberPuzzles"/>, development since round 17: each contact — an 11-digit mobile number standing alone,
/// or a number or handle with three or more digits after a contact word (微信, vx, QQ, TG, 飞机号, 电话, 联系, call, text,
/// WhatsApp …) — written as a puzzle with the rule to undo it stated in words: reversed (76540000831（倒着输）, 4321kk（反着看）),
/// or each digit written one up (24911115678（每位减一）, kk2345（每个数字减1）) or one down (02799993456（每位加一）), as posts keep
/// a contact past a platform's number and contact filters.
/// Implementation note: the earlier number disguises (number forms, full width, keycaps, digit letters, spoken digits, split
/// numbers, bidi reversal) all keep each digit's value in the order a reader sees it, so a character map or a join recovers the
/// number; here the digits in the text are not the contact's, and only the stated rule gives it back.
/// </summary>
internal static partial class NumberPuzzles
{
    /// <summary><paramref name="text"/> with each contact written as a puzzle; unchanged when it holds none.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var notes = TextLanguage.IsChinese(text) ? EvasionTables.NumberPuzzleNotes : EvasionTables.EnglishNumberPuzzleNotes;
        return Contact().Replace(text, m =>
        {
            var contact = m.Groups["contact"];
            var kind = random.NextInt(notes.Length);
            return string.Concat(m.Value.AsSpan(0, contact.Index - m.Index), Write(contact.Value, kind), random.Pick(notes[kind]));
        });
    }

    /// <summary>
    /// The contact as the puzzle writes it: reversed whole (kind 0), or each digit one up (1) or one down (2), wrapping 9 and 0,
    /// letters kept.
    /// </summary>
    internal static string Write(string contact, int kind) => kind switch
    {
        0 => new string([.. contact.Reverse()]),
        1 => string.Concat(contact.Select(c => char.IsAsciiDigit(c) ? ((c - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture) : c.ToString())),
        _ => string.Concat(contact.Select(c => char.IsAsciiDigit(c) ? ((c - '0' + 9) % 10).ToString(CultureInfo.InvariantCulture) : c.ToString())),
    };

    // A number or handle with three or more digits after a contact word (its @ kept), or an 11-digit mobile number standing
    // alone; never part of an e-mail address, a decimal or a longer run.
    [GeneratedRegex(
        @"(?<![A-Za-z])(?:微信|V信|v信|vx|VX|加v|加V|QQ|qq|TG|飞机号|纸飞机|电话|手机|联系|热线|call|text|WhatsApp|Telegram|phone)[：:]?\s?@?(?<contact>(?=(?:[A-Za-z_]*\d){3})[A-Za-z0-9_]{4,20})(?![A-Za-z0-9_@.])"
        + @"|(?<![0-9A-Za-z_@.])(?<contact>1[3-9]\d{9})(?![0-9A-Za-z_.])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Contact();
}
