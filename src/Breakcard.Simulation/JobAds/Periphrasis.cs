using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 20's held-out disguise <see cref="Evasion.Periphrasis"/>: one or two key words replaced by a plain description of what the
/// thing is or does (出租银行卡 → 出租能去ATM取钱的那张; 加微信 → 加平时聊天发朋友圈的那个; "Rent your card" → "Rent your plastic in
/// your wallet") — the posts that say what they want without the word for it, as a poster who knows which words a platform
/// blocks writes around them. Unlike a nickname (one fixed name a reader must know) or a knowing wink (the same for every
/// word), a description is different for each word and plain to any reader.
/// </summary>
internal static class Periphrasis
{
    /// <summary>
    /// What a key word of <see cref="EvasionTables.RiskyWords"/> or <see cref="EvasionTables.OrdinaryWords"/> is described as.
    /// No description holds a key word of either list or a digit, nor a nickname of <see cref="EvasionTables.Nicknames"/>.
    /// Words with no description (出租, 银行, 账户, transfer …) are left to the other disguises: a description of an act as
    /// general as renting, or of a word that mostly stands inside a name (<c>&lt;bank&gt;银行</c>), would not read as one.
    /// </summary>
    internal static readonly Dictionary<string, string[]> Descriptions = new(StringComparer.Ordinal)
    {
        ["银行卡"] = ["能去ATM取钱的那张", "发工资进去的那张", "存钱取钱用的那张"],
        ["储蓄卡"] = ["能去ATM取钱的那张", "存钱取钱用的那张"],
        ["借记卡"] = ["能去ATM取钱的那张", "发工资进去的那张"],
        ["一类卡"] = ["柜台开的、转钱不限额的那种", "能大额转出去的那种（柜台开的）"],
        ["手机卡"] = ["插在手机里、能打能收短信的那个小芯片", "你名下那个能收短信的号"],
        ["电话卡"] = ["插在手机里、能打能收短信的那个小芯片", "你名下那个能收短信的号"],
        ["短信验证码"] = ["短信里发来的那几位数", "手机上刚收到的那几个数"],
        ["验证码"] = ["短信里发来的那几位数", "手机上刚收到的那几个数"],
        ["支付宝"] = ["淘宝付钱用的那个软件", "扫码付钱、存余额的那个软件"],
        ["微信"] = ["平时聊天发朋友圈的那个", "发朋友圈的那个软件"],
        ["收款码"] = ["让人扫了付钱给你的那个方块图", "贴在店里给人扫的那个二维码"],
        ["身份证"] = ["派出所办的、有你照片和住址的那张", "坐高铁要刷的那张证件"],
        ["对公账户"] = ["公司收货款用的那个户头", "拿营业执照开的那个户头"],
        ["对公户"] = ["公司收货款用的那个户头", "拿营业执照开的那个户头"],
        ["公户"] = ["公司收货款用的那个户头", "拿营业执照开的那个户头"],
        ["U盾"] = ["插电脑上确认打款的那个小东西", "网上打款要插的那个小钥匙"],
        ["网银"] = ["在电脑上查余额、打款的那个", "手机上登录看余额、打款的那个"],
        ["四件套"] = ["开户时拿到的那一整套东西", "开户给的一整套（连同密码器）"],
        ["跑分"] = ["让钱从你那儿过一道", "帮忙把钱过一下手"],
        ["走账"] = ["让钱从你名下过一道", "帮忙过一下钱"],
        ["刷单"] = ["帮店铺拍单冲销量", "下单不要货、给店里冲量"],
        ["刷脸"] = ["对着镜头眨眨眼、转转头", "对着手机摇摇头眨眨眼"],
        ["接码"] = ["帮人收个短信再告诉他们", "替人收那几位数"],
        ["代收代付"] = ["钱先落到你这儿、再替人付出去", "帮人接一笔再付出去"],
        ["代收"] = ["钱先落到你这儿", "帮人接一笔"],
        ["兼职"] = ["下班后做的零活", "空闲时间做的活"],
        ["bank card"] = ["plastic your wages go to", "thing you use at the cash machine"],
        ["bank account"] = ["place your salary lands", "place your wages sit"],
        ["WeChat"] = ["the chat app everyone back home uses", "the messaging app with Moments"],
        ["Alipay"] = ["the app you scan to pay with", "the pay-by-QR app"],
        ["Telegram"] = ["the messaging app with secret chats", "the chat app the crypto groups use"],
        ["card"] = ["plastic in your wallet", "thing you tap at the till"],
        ["account"] = ["place your money sits", "place your savings sit"],
    };

    /// <summary><paramref name="text"/> with one or two occurrences of <paramref name="words"/> described instead of named; unchanged when none can be.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        // Longest words first, so 银行卡 is described whole rather than its 银行; a whole English word only (card, not cardboard's card).
        var sites = KeyWordSites.Disjoint(text, words.Where(Descriptions.ContainsKey));
        return sites.Count == 0 ? text : KeyWordSites.ReplaceOneOrTwo(text, sites, random, word => random.Pick(Descriptions[word]));
    }
}
