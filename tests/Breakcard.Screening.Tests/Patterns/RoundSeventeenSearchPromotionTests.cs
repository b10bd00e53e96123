using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 344: promotion through search engines (Art. 287-2's advertising promotion) — pages or links that send searchers
/// on to another's site, for pay, where to being left unasked. Hand-written sentences from no simulator template; each
/// honest one beside its risky twin.
/// </summary>
public sealed class RoundSeventeenSearchPromotionTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Fact]
    public void RedirectWithTheDestinationUnasked_IsPromotion() =>
        Assert.Contains("promotion", Live("兼职：帮忙在论坛发帖，帖子点开自动跳转到指定网站，每帖20元，跳去哪里别问。"));

    [Fact]
    public void IndexedPagesForAClientNotToBeAskedAbout_ArePromotion() =>
        Assert.Contains("promotion", Live("日结兼职：把我们给的页面弄进搜索收录，收录一条给你3元，客户是做什么的不用管。"));

    [Fact]
    public void EditorRankingTheEmployersOwnSite_IsNotPromotion() =>
        Assert.DoesNotContain("promotion", Live("网站编辑兼职：更新公司官网文章，跟进收录和关键词排名，每篇稿费80元。"));

    [Fact]
    public void RedirectExplained_IsNotPromotion() =>
        Assert.DoesNotContain("promotion", Live("兼职运营：旧域名统一跳转到新官网，跳转到哪里、为什么跳转都写在交接文档里，时薪30元。"));
}
