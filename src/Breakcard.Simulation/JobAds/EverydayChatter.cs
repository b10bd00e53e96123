using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 15's held-out disguise <see cref="Evasion.EverydayChatter"/>, development since round 16: the ad wrapped in sentences of everyday life — one or
/// two before it, one or two after (今天带孩子去公园转了一圈，银杏叶全黄了。… 晚饭做了番茄炒蛋，孩子吃了两碗。) — as soft posts
/// on lifestyle platforms write an offer into a "daily share", so that it is a small part of an ordinary post. No character of
/// the ad changes, unlike every earlier disguise; emoji decoration adds emoji, not words, and the sentences hold no key word.
/// </summary>
internal static class EverydayChatter
{
    /// <summary><paramref name="text"/> between chatter in its own language (Chinese when it holds any Chinese).</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var table = TextLanguage.IsChinese(text) ? EvasionTables.EverydayChatter : EvasionTables.EnglishEverydayChatter;
        var picks = table.ToArray();
        random.Shuffle(picks.AsSpan());
        var before = random.NextInt(1, 3);
        var after = random.NextInt(1, 3);
        var separator = table == EvasionTables.EverydayChatter ? "" : " ";
        return string.Concat(
            string.Join(separator, picks.Take(before)), "\n", text, "\n", string.Join(separator, picks.Skip(before).Take(after)));
    }
}
