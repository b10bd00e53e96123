using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 23's held-out disguise <see cref="Evasion.MarketplaceListing"/>, development since round 24: the ad posted as a second-hand marketplace listing of a
/// cheap "virtual item" — a title (副业资料一份, "Side hustle starter guide"), a price of a yuan or a dollar or so, a line naming the
/// description, the ad itself as the description, and the seller's closing rule (虚拟商品，拍下自动发货，不退不换。) — as recruiters
/// post on 闲鱼-style apps and classifieds, where a listing is reviewed as goods for sale, not as a job. No character of the ad
/// changes. Unlike every earlier wrapper — everyday chatter (the poster's life), a quoted offer (a warning about the ad), a comment
/// thread (replies), a job digest (other jobs) or compliance boilerplate (lawfulness statements) — the added lines are the fields
/// of a sale: the post presents itself as an item with a price.
/// </summary>
internal static class MarketplaceListing
{
    /// <summary>The titles of a Chinese listing.</summary>
    internal static readonly string[] Titles = ["【转】副业资料一份（新手可做）", "【出】日结项目名额，低价转", "手机兼职教程 自用转让", "居家副业渠道 便宜出", "学生党兼职资源 转给有缘人"];

    /// <summary>The price and delivery lines of a Chinese listing.</summary>
    internal static readonly string[] PriceLines = ["¥1.00　虚拟商品 无需邮寄", "¥9.90　包邮", "¥0.99　全新", "¥19.90　自动发货"];

    /// <summary>The lines that name the description.</summary>
    internal static readonly string[] DescriptionLines = ["宝贝描述：", "商品详情："];

    /// <summary>The seller's closing rules of a Chinese listing. No template writes any of them (a test checks).</summary>
    internal static readonly string[] Closers = ["虚拟商品，拍下自动发货，不退不换。", "拍前先聊，确认再拍，非诚勿扰。", "想要直接拍，拍下后私聊发资料。"];

    /// <summary>The titles of an English listing.</summary>
    internal static readonly string[] EnglishTitles = ["Side hustle starter guide (digital)", "Work-from-home info pack", "Remote job spot, transfer", "Easy income method PDF"];

    /// <summary>The price and condition lines of an English listing.</summary>
    internal static readonly string[] EnglishPriceLines = ["$1 · Condition: New", "$5 · Digital item", "$2 · Ships free"];

    /// <summary>The lines that name the description in English.</summary>
    internal static readonly string[] EnglishDescriptionLines = ["Details:", "Description:"];

    /// <summary>The seller's closing rules of an English listing.</summary>
    internal static readonly string[] EnglishClosers = ["Digital item, sent after purchase. No refunds.", "Message before you buy. Serious buyers only.", "Still available, message me to reserve."];

    /// <summary><paramref name="text"/> as the description of a listing in its own language (Chinese when it holds any Chinese).</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var title = random.Pick(chinese ? Titles : EnglishTitles);
        var price = random.Pick(chinese ? PriceLines : EnglishPriceLines);
        var description = random.Pick(chinese ? DescriptionLines : EnglishDescriptionLines);
        var closer = random.Pick(chinese ? Closers : EnglishClosers);
        return string.Join("\n", title, price, description, text, closer);
    }
}
