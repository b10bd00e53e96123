using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 24's held-out disguise <see cref="Evasion.TopicTags"/>, development since round 25 (ADR 422): the post tagged with four to seven trending topics that have nothing
/// to do with it — a last line of tags as short-video and note apps show them (#打工人日常 #今日穿搭 #周末去哪儿; in English #ootd
/// #foodie #selfcare), or, in a Chinese post, two Weibo-style topics before it (#生活碎片##城市漫步#) — as posters ride popular topics
/// for reach and so that a post reads as lifestyle content to a feed's classifier. No character of the ad changes and no tag holds a
/// key word. Unlike everyday chatter (sentences of the poster's life around the ad), a marketplace listing (the fields of a sale) or
/// emoji decoration (symbols around phrases), the added text is a row of the platform's own topic labels.
/// </summary>
internal static class TopicTags
{
    /// <summary>The topics of a Chinese post (a test checks that no template writes one).</summary>
    internal static readonly string[] Tags =
        ["#打工人日常", "#今日穿搭", "#减脂餐", "#周末去哪儿", "#大学生活", "#宝妈日常", "#好物分享", "#治愈系", "#生活碎片", "#一人食", "#城市漫步",
         "#下班后的生活", "#今日份快乐", "#露营", "#追剧日常"];

    /// <summary>The topics of an English post.</summary>
    internal static readonly string[] EnglishTags =
        ["#ootd", "#foodie", "#mondaymotivation", "#selfcare", "#studentlife", "#momlife", "#weekendvibes", "#travelgram", "#dailyvlog",
         "#fitnessjourney", "#coffeetime", "#healthyeating"];

    private const double WeiboShare = 0.3;

    /// <summary><paramref name="text"/> tagged with topics of its own language (Chinese when it holds any Chinese).</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var pool = (chinese ? Tags : EnglishTags).ToArray();
        random.Shuffle(pool.AsSpan());
        if (chinese && random.Chance(WeiboShare))
        {
            // Weibo closes a topic with a second #, and a post opens with its topics.
            return string.Concat(pool.Take(2).Select(t => t + "#")) + text;
        }

        return text + (random.Chance(0.5) ? "\n" : " ") + string.Join(' ', pool.Take(random.NextInt(4, 8)));
    }
}
