using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 17's readings (ADR 334), on hand-written sentences that come from no simulator template: counter and escrow
/// work in the offence's words — a phone taken in at a repair counter (收机), the two parties of a sale an agent checks
/// (买卖双方), the resident ID card (二代证) and a holder at the counter in person (本人到厅). Each honest reading comes
/// with its risky twin in the same words.
/// </summary>
public sealed class RoundSeventeenReadingTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- 收机: a phone taken in at the counter, not the card before it bought

    [Fact]
    public void PhoneTakenIn_DoesNotBuyTheCard() =>
        Assert.DoesNotContain("phone-card-trade", Live("维修登记：屏幕碎裂，手机卡收机时请客人自己取出带走，修好电话通知取机。"));

    [Fact]
    public void CardsBoughtAtTheSameCounter_StayTheTrade() =>
        Assert.Contains("phone-card-trade", Live("门店收机，实名手机卡也收，一张给你150元，当场结。"));

    // --- 买卖双方: the parties of a sale, not a trade in their documents

    [Fact]
    public void PartiesOfASale_AreNotATrade()
    {
        var live = Live("房产经纪招权证专员：核对买卖双方身份证和银行账户，房款只进监管账户，月薪5000元。");
        Assert.DoesNotContain("card-trade", live);
        Assert.DoesNotContain("identity-lending", live);
    }

    [Fact]
    public void AccountsTradedBetweenTheParties_StayTheTrade() =>
        Assert.Contains("card-trade", Live("群里买卖银行账户，买卖双方的押金先打到你的卡上，一套给你300元。"));

    // --- 二代证 and a holder at the counter in person

    [Fact]
    public void ResidentIdCard_IsNoOneActingOnAnothersBehalf() =>
        Assert.DoesNotContain("identity-lending", Live("受理单：补办手机卡，二代证读卡，人脸核验通过。"));

    [Fact]
    public void HolderAtTheCounter_PassesTheirOwnFaceCheck() =>
        Assert.DoesNotContain("identity-lending", Live("受理单：机主王女士（本人到厅）\n补办手机卡\n核验：身份证已读，刷脸已通过，号码仅限本人使用。"));

    [Fact]
    public void ReaderAtTheCounter_StaysTheReadersCheck() =>
        Assert.Contains("identity-lending", Live("你本人到厅刷脸开卡，开好把卡交给我们，一张给你200元。"));

    [Fact]
    public void HolderAtTheCounter_WithTheCheckHandedOn_StaysLending() =>
        Assert.Contains("identity-lending", Live("客户本人到厅后，你帮他刷脸，再把刷脸结果发给我们，一次100元。"));
}
