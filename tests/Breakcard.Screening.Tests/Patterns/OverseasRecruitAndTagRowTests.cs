using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 430, on hand-written texts that come from no simulator template: others recruited per head for an unnamed employer abroad
/// with the work kept from them (not a licensed referral, not a warning that describes the scheme); a row of tags keeps the tags
/// that carry the offer's words and drops the labels that say nothing of it; and pay "to your own account" names a legitimate
/// reason beside lures only.
/// </summary>
public sealed class OverseasRecruitAndTagRowTests
{
    private const string Pattern = "recruited-abroad-per-head";

    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("有门路的老乡看过来：带人去西港上班，拉一个给两万人头钱，机票那边报销，到了那边具体干嘛别跟人讲，就说去工地搬砖。")]
    [InlineData("谁有年轻朋友想出国的？介绍去柬埔寨做客服，按人头算，一个八千，机票公司出，到那边干什么别跟他们说太细。")]
    [InlineData("【推荐表】推荐人：你　去向：缅北“公司”　报酬：每人五千，到了结；家属问起就说在海外上班")]
    [InlineData("Side hustle: refer young people for \"customer support\" jobs with a company in Cambodia, $500 per head once they arrive. Don't tell them too much about the job.")]
    public void RecruitedAbroadPerHead_WorkKeptFromThem_IsRead(string text) => Assert.True(Live(Match(text), Pattern));

    [Theory]
    [InlineData("有门路的老乡看过来：带人去新加坡工地上班，公司有对外劳务合作经营资格证书，介绍一个给两千推荐费，合同本人签、护照自己保管，具体干嘛合同上都写清楚了，也跟家里讲清楚。")]
    [InlineData("【领事保护提醒】近期有不法中介以“海外客服”招人，包机票，把年轻人送去东南亚诈骗园区；给这种中介推荐人收人头费，是帮信。别跟他们说太细的工作一律不要去。")]
    [InlineData("Side hustle: refer nurses for care jobs with a licensed hospital group in Singapore, $500 per head once they sign. Tell them everything about the job.")]
    [InlineData("介绍朋友来我们本地餐厅上班，一个人头费五百，工作内容面试时都会讲清楚。")] // per head, nothing abroad, nothing kept
    public void RecruitedAbroadPerHead_LicensedToldOrWarned_IsNotRead(string text) => Assert.False(Live(Match(text), Pattern));

    [Theory]
    [InlineData("下班路上的晚霞～有需要的\n#出租银行卡 #收卡 #日结 #下班日常 #晚霞", "下班路上的晚霞有需要的出租银行卡收卡日结")] // (有需要的私我 alone on a line is a call to join: ADR 432 drops it)
    [InlineData("周末的咖啡☕ 懂的来\n#收U盾##出租对公账户##生活碎片#", "周末的咖啡懂的来收u盾出租对公账户")]
    [InlineData("下班路上的晚霞\n#日结 #下班日常 #晚霞", "下班路上的晚霞")] // a lure's tag without the offer's beside it goes with the row
    [InlineData("new fit\n#cardigan #ootd #fallvibes", "newfit")] // "card" inside a word is no card
    public void Normalise_RowOfTags_KeepsOnlyTheOffersWords(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void OwnPay_PaidToYourOwnAccountBesideLuresOnly_NamesALegitimateReason()
    {
        var m = Match("Easy money 4 students, pls dm: £300 a month 4 posting about a language app on ur own socials, paid to ur own bank acct");
        Assert.True((m.LiveConcepts & Concept.OwnPay) != 0);
        Assert.True(AdScreener.OnlyLures(m));
    }

    [Fact]
    public void OnlyLures_ConductLive_IsFalse() =>
        Assert.False(AdScreener.OnlyLures(Match("Easy money 4 students: we pay u £300 a week to rent ur bank account")));
}
