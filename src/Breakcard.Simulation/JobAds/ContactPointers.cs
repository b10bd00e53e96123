using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 15's held-out disguise <see cref="Evasion.ContactPointers"/>, development since round 16: every contact in the text — a mobile number, an
/// e-mail address, a handle after @, a handle or number after a contact word (微信, V信, vx, 加v, QQ, TG, 飞机号, 私聊, 联系,
/// WeChat, Telegram, WhatsApp) — taken out and replaced by a pointer to where the reader finds it: the poster's profile page,
/// avatar or pinned comment (微信：看我主页, 电话：头像上有; in English "link in my bio"), as posts keep the contact off the
/// text a filter reads. The number and word disguises rewrite a contact so that a careful reader can still read it from the
/// text; here it is not in the text at all. Every contact goes: one left behind would be what the filter finds.
/// </summary>
internal static partial class ContactPointers
{
    /// <summary><paramref name="text"/> with each contact replaced by a pointer; unchanged when it holds none.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var pointers = TextLanguage.IsChinese(text) ? EvasionTables.ContactPointers : EvasionTables.EnglishContactPointers;
        return Contact().Replace(text, m => m.Groups["label"].Value + random.Pick(pointers));
    }

    // A handle or number after a contact word, an e-mail address, an @handle, or an 11-digit mobile number standing alone.
    [GeneratedRegex(
        @"(?<label>(?:微信|V信|v信|vx|VX|加v|加V|QQ|qq|TG|飞机号|纸飞机|私聊|详聊|联系|WeChat|Telegram|WhatsApp)[：:]?\s?)@?(?=[A-Za-z0-9_]*\d)[A-Za-z0-9_]{4,}(?![A-Za-z0-9_@.])"
        + @"|[A-Za-z0-9._]+@[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)+"
        + @"|(?<![A-Za-z0-9_])@[A-Za-z0-9_]{3,}"
        + @"|(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Contact();
}
