using System.Globalization;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 25's held-out disguise, development since round 26, <see cref="Evasion.EarningsShare"/>: the poster's own ad framed as a first-person share of what the
/// poster says it earned — an opening line with a payout (晒一下这周的收入：到手2360元，不用坐班。; in English "Got paid again — $640
/// this week. Sharing because people keep asking:") and, now and then, a closing line that offers to bring the reader in (想一起做的评论区扣1，
/// 我拉你。; "Comment IN and I'll show you how I started.") — the 晒收益 posts that dress recruitment as a personal success story, so that
/// a post reads as the poster's own experience rather than an offer. No character of the ad changes and no added line holds a key word.
/// Unlike everyday chatter (other topics of the poster's life), a quoted offer (someone else's offer under a warning or a question),
/// compliance boilerplate (lines vouching the post is lawful) or a marketplace listing (the fields of a sale), the added lines claim the
/// poster did the job and was paid for it.
/// </summary>
internal static class EarningsShare
{
    /// <summary>The Chinese opening lines: the text before the amount (a test checks no template writes one) and after it.</summary>
    internal static readonly (string Before, string After)[] Openers =
    [
        ("晒一下这周的收入：到手", "元，不用坐班。"), ("做了半个月，已经到账", "块了，说一下我在做的这个👇"),
        ("真实分享，上个月靠这个多赚了", "元，截图都在相册里。"), ("宝妈一枚，在家做这个，昨天又到账", "元。"),
        ("不吹不黑，这周结了", "元，下面是我做的："), ("打卡第七天，今天提现", "元，分享给需要的人："),
    ];

    /// <summary>The Chinese closing lines.</summary>
    internal static readonly string[] Closers =
    [
        "想一起做的评论区扣1，我拉你。", "名额不多，先到先得，我带你上手。", "我能做你也能，不懂的问我。", "已经带了十几个姐妹一起做了。",
    ];

    /// <summary>The English opening lines, around the amount.</summary>
    internal static readonly (string Before, string After)[] EnglishOpeners =
    [
        ("Got paid again — $", " this week. Sharing because people keep asking:"), ("Third week in: $", " paid out so far. Here's what I do:"),
        ("Honest share: this covered my bills last month ($", "). Details below"), ("Made an extra $", " last week from my couch, no boss 👇"),
    ];

    /// <summary>The English closing lines.</summary>
    internal static readonly string[] EnglishClosers =
    [
        "Comment IN and I'll show you how I started.", "Spots are limited, I'll walk you through it.", "If I can do it, so can you.",
        "Already helped a dozen friends get started.",
    ];

    private const double CloserShare = 0.6;

    /// <summary>
    /// <paramref name="text"/> after a line of its own language (Chinese when it holds any Chinese) that claims a payout of 300–4,990
    /// (a multiple of ten), and with probability 0.6 before a line that offers to bring the reader in.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var (before, after) = random.Pick(chinese ? Openers : EnglishOpeners);
        var amount = (random.NextInt(30, 500) * 10).ToString(chinese ? "D" : "#,0", CultureInfo.InvariantCulture);
        var opened = before + amount + after + "\n" + text;
        return random.Chance(CloserShare) ? opened + "\n" + random.Pick(chinese ? Closers : EnglishClosers) : opened;
    }
}
