using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 26's held-out disguise, development since round 27, <see cref="Evasion.ProductReview"/>: the ad posted inside a shopping review — a buyer's star rating and a
/// few words on an item bought (★★★★★ 宝贝收到了，包装很严实，物流也快，和描述的一样。; in English "★★★★★ Arrived two days early, well packed
/// and exactly as pictured.") before it and, with probability 0.6, the buyer's verdict after it (总体很满意，会回购的。; "Would buy again.") —
/// as recruiters post offers in the review sections of shopping, takeaway and app-store pages, where a text is read as a review of goods
/// and a review is seldom read as an offer. No character of the ad changes and no added line holds a key word. Unlike everyday chatter (the
/// poster's own day), a quoted offer (someone else's offer under a warning), compliance boilerplate (lines vouching the post), a marketplace
/// listing (the poster selling an item) or topic tags (a row of labels), the added lines review an item the poster says it bought.
/// </summary>
internal static class ProductReview
{
    /// <summary>The Chinese opening lines: a rating and a few words on the item. No template writes any of them (a test checks).</summary>
    internal static readonly string[] Openers =
    [
        "★★★★★ 宝贝收到了，包装很严实，物流也快，和描述的一样。", "五星好评！颜色分类：米白色；尺码：M。上身很显瘦，面料也舒服。",
        "追评：用了一个星期了，充电很快，续航也不错。", "好评，老板人很好，发货速度快，孩子很喜欢。", "★★★★☆ 味道不错，分量足，送餐小哥也很准时。",
        "已购买 | 第二次回购了，质量跟上次一样好，包装也精致。",
    ];

    /// <summary>The Chinese verdicts after the ad.</summary>
    internal static readonly string[] Closers = ["总体很满意，会回购的。", "性价比很高，推荐购买。", "店家服务态度好，点个赞。", "好评送给用心的店家。"];

    /// <summary>The English opening lines.</summary>
    internal static readonly string[] EnglishOpeners =
    [
        "★★★★★ Arrived two days early, well packed and exactly as pictured.", "5.0 out of 5 stars. Color: Black, Size: M. Fits true to size, soft fabric.",
        "Verified Purchase. Works perfectly, the battery lasts all day.", "★★★★☆ Tasty and hot, big portions, the driver was on time.",
    ];

    /// <summary>The English verdicts after the ad.</summary>
    internal static readonly string[] EnglishClosers = ["Would buy again.", "Highly recommend this seller.", "Five stars from me.", "Great value for the price."];

    private const double CloserShare = 0.6;

    /// <summary>
    /// <paramref name="text"/> after a review line of its own language (Chinese when it holds any Chinese), and with probability 0.6 before
    /// the buyer's verdict.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var opened = random.Pick(chinese ? Openers : EnglishOpeners) + "\n" + text;
        return random.Chance(CloserShare) ? opened + "\n" + random.Pick(chinese ? Closers : EnglishClosers) : opened;
    }
}
