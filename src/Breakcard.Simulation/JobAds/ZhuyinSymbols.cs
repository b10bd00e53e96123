using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 13's held-out disguise <see cref="Evasion.ZhuyinSymbols"/>, development since round 14: characters of contact, money and
/// card words across the text written in zhuyin (注音, bopomofo, U+3105–U+3129) — ㄨㄟ信 for 微信,
/// 银行ㄎㄚ for 银行卡, ㄕㄡ款 for 收款 — as 注音文 posts write a word past a keyword filter. Each
/// character becomes two or three symbols of another script, not a Latin spelling (pinyin), an
/// initial letter or a look-alike character.
/// </summary>
internal static class ZhuyinSymbols
{
    // Posts write a word or two in zhuyin, not the whole ad: about a third of the characters that have a form change.
    private const double Share = 0.35;

    /// <summary>
    /// <paramref name="text"/> with each character of <see cref="EvasionTables.ZhuyinForms"/> written in
    /// zhuyin with probability <see cref="Share"/>, one of them always; unchanged when it has none.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var sites = Enumerable.Range(0, text.Length).Where(i => EvasionTables.ZhuyinForms.ContainsKey(text[i])).ToArray();
        if (sites.Length == 0)
        {
            return text;
        }

        var forced = random.Pick(sites);
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var swap = EvasionTables.ZhuyinForms.TryGetValue(text[i], out var form) && (i == forced || random.Chance(Share));
            sb.Append(swap ? form : text[i].ToString());
        }

        return sb.ToString();
    }
}
