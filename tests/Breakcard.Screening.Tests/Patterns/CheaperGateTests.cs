using System.Buffers;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 435: the tests made cheaper must answer as before. `surface-code-unasked`'s gate and `paid-out-for-others`' sellers'
/// words are now <see cref="AnchoredWords"/> scanners (the English words one vectorised search, the Chinese by their first
/// characters): each word is found at the text's start and end, after a line break and written in full-width letters, and
/// nothing where no word is. The text folded for the wider forms is computed once per context and is what each reading folded
/// for itself. The distinct-term count that replaced LINQ's Where–Select–Distinct–Count agrees with it on simulated ads.
/// </summary>
public sealed class CheaperGateTests
{
    private static PatternContext Context(string text) => new(TextNormaliser.Default.Normalise(text));

    [Theory]
    [InlineData("二维码印在小票底部，每月给你四百，不用跟顾客解释", true)] // a code word at the text's start
    [InlineData("每月给你四百，不用跟顾客解释，小票上印我们的二维码", true)] // at its end
    [InlineData("每月给你四百\n顾客问起就说是活动\n小票加印链接", true)] // after line breaks
    [InlineData("Print our QR code on your receipts, $300 a month, don't tell the customer", true)] // English words only
    [InlineData("Print our ＱＲ code on your receipts, $300 a month, don't tell the ｃｕｓｔｏｍｅｒ", true)] // full-width letters
    [InlineData("Print our menu on your receipts, $300 a month, don't tell the customer", false)] // whom, but no code word
    [InlineData("小票底部印二维码，每月四百", false)] // a code word, but no one uninformed and nothing unasked
    [InlineData("每月给你四百，不用跟顾客解释", false)] // whom, but no code word
    public void TheSurfaceCodeGate_FindsItsWordsWhereverTheyStand(string text, bool expected) =>
        Assert.Equal(expected, SurfaceCodeReadings.Mentions(Context(text)));

    [Theory]
    [InlineData("农户的货款先打你卡上，每万返50", true)] // a seller at the text's start
    [InlineData("每万返50，收到就转给农户", true)] // at its end
    [InlineData("每万返50\n收到后\n当场转给摊主", true)] // after line breaks
    [InlineData("Keep 2% of every transfer and pay it on to the sellers", true)] // the one English word
    [InlineData("Keep 2% of every transfer and ＰＡＹ it on to the sellers", true)] // in full-width letters
    [InlineData("每万返50，收到后转回公司账户", false)] // a sign of pay per sum, but no seller
    [InlineData("农户的货款先打你卡上", false)] // a seller, but no sign of pay per sum or a hidden source
    public void ThePayoutGate_FindsTheSellersWordsWhereverTheyStand(string text, bool expected) =>
        Assert.Equal(expected, MoneyPaidOutReadings.MentionsPayoutTerms(Context(text)));

    [Fact]
    public void TheWiderFoldedText_IsFoldedOncePerContext_AsEachReadingFoldedIt()
    {
        var c = Context("用你的鉲僦行，唔使問，佢哋每月畀你300");
        Assert.Equal(RegistrationLentReadings.Fold(FraudHelpReadings.Plain(c)), c.FoldedText);
        Assert.Equal(c.Text.Text.Length, c.FoldedText.Length);
        Assert.Contains("卡就", c.FoldedText, StringComparison.Ordinal);
        Assert.DoesNotContain('鉲', c.FoldedText);
        Assert.Same(c.FoldedText, UnaskedReadings.Folded(c)); // computed once: the same string each time it is asked
    }

    [Fact]
    public void WithoutWiderForms_TheFoldedTextIsThePlainTextItself()
    {
        var c = Context("日结300元，在家打字");
        Assert.Same(c.PlainText, c.FoldedText);
    }

    [Fact]
    public void OnSimulatedAds_TheGatesAndTheDistinctCountAgreeWithWhatTheyReplaced()
    {
        // The searches the gates replaced, as they were: first characters (the English letters among them) and a SearchValues of strings.
        string[] uninformed = ["房主", "户主", "业主", "村委", "顾客", "客人", "买家", "customer", "owner", "landlord"];
        string[] codes = ["维码", "链接", "网址", "标语", "大字", "口号", "广告语", "qr", "link", "url", "slogan", "website", "webaddress"];
        var sellers = SearchValues.Create(
            ["农户", "农民", "茶农", "果农", "菜农", "药农", "渔民", "牧民", "村民", "老乡", "卖家", "卖主", "商家", "商户", "摊主", "档口", "供应商", "供货商",
             "货主", "厂家", "家家", "每家", "回收点", "当场", "马", "现场", "立刻", "立即", "当面", "pay"], StringComparison.Ordinal);
        var texts = JobAdGenerator.Generate(7, new JobAdOptions(1_500, JobAdSplit.HeldOut))
            .Concat(JobAdGenerator.Generate(7, new JobAdOptions(1_500, JobAdSplit.Development)))
            .Select(a => a.Text);
        var (gates, sellersSeen, distinctSeen) = (0, 0, 0);
        foreach (var text in texts)
        {
            var c = Context(text);
            var s = c.Text.Text;
            var before = (c.ToldNotToAsk.Count > 0 || Contains(s, uninformed)) && Contains(s, codes);
            Assert.Equal(before, SurfaceCodeReadings.Mentions(c));
            gates += before ? 1 : 0;
            var seller = s.AsSpan().IndexOfAny(sellers) >= 0;
            Assert.Equal(seller, MoneyPaidOutReadings.SellerWordsIn(s));
            sellersSeen += seller ? 1 : 0;
            foreach (var concepts in new[] { Concept.WarningTopic, Concept.BrushingAmbiguous })
            {
                var linq = c.Terms.Where(t => t.Has(concepts)).Select(t => t.Term.Text).Distinct(StringComparer.Ordinal).Count();
                Assert.Equal(linq, PatternContext.DistinctTermTexts(c.Terms, concepts));
                distinctSeen += linq >= 2 ? 1 : 0;
            }
        }

        // The corpus exercises each: texts that pass the gate, name a seller, and hold two distinct terms of a kind.
        Assert.True(gates > 0 && sellersSeen > 0 && distinctSeen > 0, $"gates {gates}, sellers {sellersSeen}, distinct ≥ 2 {distinctSeen}");
    }

    private static bool Contains(string s, string[] words) => words.Any(w => s.Contains(w, StringComparison.Ordinal));
}
