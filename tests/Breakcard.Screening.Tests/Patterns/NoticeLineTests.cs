using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 407, on hand-written texts: a stock anti-fraud line (a platform's footer, a group's rules, a slogan) pasted beside the
/// poster's own offer makes no warning notice of the text; a notice that describes the scheme as others' conduct and tells the
/// reader to refuse stays one, on one line or several, with the scheme's words quoted, introduced by a colon or named as
/// someone else's.
/// </summary>
public sealed class NoticeLineTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    [Theory]
    // A marketplace's safety footer under a card-rental offer with a price and a contact.
    [InlineData("闲置手机卡别浪费：把卡插在我们寄给你的小盒子上，放家里通电就行，一张卡每月给你300，盒子里跑什么不用管。\n加我：vx hz6621\n"
        + "【闲鱼安全提醒】谨防网络诈骗，涉及转账汇款请提高警惕，如遇诈骗请及时举报。")]
    // A chat group's rules notice above a home-hosting offer with a cover story.
    [InlineData("群公告：本群禁止发布刷单、跑分、出租出借银行卡等违法信息，发现即踢，全民反诈。\n"
        + "【在家挂机】家里有宽带的朋友，帮我们放一台小主机，插上网线开着就行，一个月给你800，主机上跑什么不用管，家里人问就说是路由器。")]
    // The generator's slogan, but the offer in other words: daily pay and secrecy, no amount.
    [InlineData("【反诈提醒】凡是先让你交钱的都是诈骗，认准官方渠道。\n跑腿：去地铁站寄存柜取个信封再存到另一个柜子，当天结，信封里是什么别问，也别告诉家人。")]
    // English: "we … your" with a cut, under a marketplace's safety line.
    [InlineData("Side income: rent us your bank account for a month, we move our customers' payments through it and you keep 5%.\n"
        + "Watch out for scams: never send money to someone you haven't met. Report fraud to the police.")]
    public void AStockLineBesideAnOffer_IsNoNotice(string text) => Assert.False(Match(text).IsWarningNotice);

    [Theory]
    // One line: the notice and what it quotes are one text (read whole, as before).
    [InlineData("【农业银行温馨提示】最近不少客户收到陌生账户转入的0.01元，转账附言写着“日结兼职进群”。这是骗子雇人用自己的账户批量打款发广告，"
        + "如有人出钱请你用你的卡替他转一分钱，那是帮诈骗，请拒绝。")]
    // Several lines, the offer quoted as someone else's post.
    [InlineData("【闲鱼安全提醒】近期有人在平台发帖“出你名下闲置的一类卡给我们走账，一张卡一个月给你1500”，卡和U盾寄给对方后被用于诈骗洗钱。\n"
        + "出借银行卡涉嫌帮信罪，请勿出租、出借银行卡，看到此类帖子请及时举报。")]
    // A colon introduces the scheme's lines; they are the notice's, unquoted.
    [InlineData("反诈中心提醒，不法分子常用话术：\n1. 日结300元，在家躺赚\n2. 只需提供你的银行卡，我们帮你走流水\n\n以上都是诈骗，请勿参与。")]
    // A line of others' approach, named by who makes it (对方称…).
    [InlineData("警方提醒：帮信罪案件高发。\n对方称每天给你200元，让你把银行卡借给他用。\n这是诈骗，请拒绝并拨打96110。")]
    // English: the scheme described as others' conduct on its own line.
    [InlineData("Scam alert from your bank:\nScammers promise you $200 a day to let them move money through your account.\nThat is money laundering. Report it to us.")]
    public void ANoticeDescribingOthersConduct_StaysANotice(string text) => Assert.True(Match(text).IsWarningNotice);

    [Fact]
    public void TheLinesANoticeQuotesAsScammers_AreNotOffered_BesideAnHonestFee()
    {
        // An anti-fraud team commissions scripts (an honest fee on its own line): the quoted lines scammers use are named, not offered.
        var m = Match("【反诈提醒】凡是先让你交钱的都是诈骗，认准官方渠道。\nWe need scripts for calls when a transfer looks like fraud. Each one should name the lines "
            + "scammers use — \"rent us your bank card\", \"turn on screen sharing\" — and tell the customer to hang up.\nFee: $400 per script, paid to your own account.");
        Assert.False(m.IsWarningNotice);
        Assert.DoesNotContain(m.Hits, h => h.Pattern.Id == "card-trade" && !h.Negated);
    }
}
