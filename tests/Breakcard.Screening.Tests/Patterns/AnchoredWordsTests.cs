using System.Buffers;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 426: the hand scanner that replaced ADR 415's mixed Chinese and ASCII <see cref="SearchValues{T}"/> of strings must find
/// the first word where that search did — at the text's start and end, after a line break, where a Chinese word starts before an
/// ASCII hit and runs over it, where first characters stand without their words, in full-width forms once normalised — and
/// nowhere when no word occurs. The describing-sentence reading that uses it keeps its results on full-width and line-broken text.
/// </summary>
public sealed class AnchoredWordsTests
{
    // ADR 415's subject words (PatternContext.DescribedConduct), Chinese and ASCII mixed as there.
    private static readonly string[] Subjects =
    [
        "有人", "团伙", "凡是", "不法分子", "骗子", "陌生人", "犯罪分子", "诈骗分子",
        "someone", "somebody", "anyone", "anybody", "stranger", "scammer", "fraudster",
        "customer", "client", "caller", "friend", "employer", "recruiter",
    ];

    // ADR 415's judgement words.
    private static readonly string[] Judgements =
    [
        "洗钱", "洗白", "赃款", "黑钱", "诈骗", "违法", "犯罪", "帮信", "骗局", "骗子", "电诈", "追责", "担责", "判刑", "坐牢", "法律责任",
        "刑事责任", "报告", "报警", "举报", "告知", "拒绝", "96110", "scam", "fraud", "moneymule", "launder", "illegal", "crime", "report",
        "refuse", "decline", "stopthesale", "hangup", "callthepolice", "tellthesupervisor", "tellthemanager", "walkaway",
    ];

    private static int Expected(string[] words, string text) => text.AsSpan().IndexOfAny(SearchValues.Create(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("有人让你帮忙", 0)]
    [InlineData("提示：请拒绝有人", 6)]
    [InlineData("someone asks", 0)]
    [InlineData("说明\n有人出钱", 3)]
    [InlineData("note:\nastrangerpaid", 7)]
    [InlineData("有的人不法的人不是陌生的，不法分子", 13)]
    [InlineData("somethingsomeone", 9)]
    [InlineData("anyonehas有人", 0)]
    [InlineData("有一个anyone有人", 3)]
    public void TheFirstSubject_IsFoundWhereverItStands(string text, int at)
    {
        Assert.Equal(at, Expected(Subjects, text));
        Assert.Equal(at, new AnchoredWords(Subjects).IndexIn(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("有")]
    [InlineData("不法的人，陌生的地方，凡人，团结，犯错")]
    [InlineData("some one any body, strange scam-mer")]
    [InlineData("日结300元，在家打字")]
    public void FirstCharactersWithoutTheirWords_AreNoSubject(string text)
    {
        Assert.Equal(-1, Expected(Subjects, text));
        Assert.Equal(-1, new AnchoredWords(Subjects).IndexIn(text));
    }

    [Theory]
    [InlineData("x骗scam", 1)]
    [InlineData("xscam骗scam", 1)]
    [InlineData("骗sca", -1)]
    public void AChineseWordStartingBeforeAnAsciiHit_ComesFirstEvenWhereItRunsOverIt(string text, int at)
    {
        string[] words = ["scam", "骗scam"];
        Assert.Equal(at, Expected(words, text));
        Assert.Equal(at, new AnchoredWords(words).IndexIn(text));
    }

    [Theory]
    [InlineData("有人")]
    [InlineData("scam")]
    [InlineData("有人", "scam")]
    public void OneKindOfWordAlone_IsSearchedToo(params string[] words)
    {
        foreach (var text in new[] { "骗局scam有人", "有人", "scam", "无", "" })
        {
            Assert.Equal(Expected(words, text), new AnchoredWords(words).IndexIn(text));
        }
    }

    [Fact]
    public void NoWordsOrAnEmptyWord_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new AnchoredWords([]));
        Assert.Throws<ArgumentException>(() => new AnchoredWords(["有人", ""]));
    }

    [Fact]
    public void OnSimulatedAdsAndEveryPlaceAfterAHit_TheScannerAgreesWithTheSearchItReplaced()
    {
        var texts = JobAdGenerator.Generate(7, new JobAdOptions(1_500, JobAdSplit.HeldOut))
            .Concat(JobAdGenerator.Generate(7, new JobAdOptions(1_500, JobAdSplit.Development)))
            .Select(a => TextNormaliser.Default.Normalise(a.Text).Text);
        var found = 0;
        foreach (var words in new[] { Subjects, Judgements })
        {
            var scanner = new AnchoredWords(words);
            var search = SearchValues.Create(words, StringComparison.Ordinal);
            foreach (var text in texts)
            {
                // As the describing-sentence reading walks: from the start, then from just after each hit.
                for (var from = 0; from <= text.Length;)
                {
                    var expected = text.AsSpan(from).IndexOfAny(search);
                    Assert.Equal(expected, scanner.IndexIn(text.AsSpan(from)));
                    found += expected >= 0 ? 1 : 0;
                    from = expected < 0 ? text.Length + 1 : from + expected + 1;
                }
            }
        }

        Assert.True(found > 1_000, $"only {found} hits: the corpus no longer exercises the scanner");
    }

    [Theory]
    // Full-width letters and an ideographic space: the normaliser folds them, and the sentence is still read as a description.
    [InlineData("ＭＯＮＥＹ ＯＲＤＥＲ ＬＯＧ\nＮｏｔｅ：ｉｆ ａ ｃｕｓｔｏｍｅｒ ｓａｙｓ ａ ｓｔｒａｎｇｅｒ ｐａｉｄ ｔｈｅｍ ｔｏ ｂｕｙ ｍｏｎｅｙ ｏｒｄｅｒｓ ａｎｄ ｍａｉｌ ｔｈｅｍ ｏｎ，ｓｔｏｐ ｔｈｅ ｓａｌｅ — ｉｔ'ｓ ａ ｍｏｎｅｙ ｍｕｌｅ ｓｃｈｅｍｅ．")]
    // The subject on the line's first character after a break, the judgement at the text's very end.
    [InlineData("【大额取现登记】客户：本人持身份证取现5万元 ✔\n有人让你取现后把钱交给他，可能是在帮人洗钱")]
    public void ADescribingSentence_InFullWidthOrAfterABreak_StillDescribes(string text)
    {
        var normalised = TextNormaliser.Default.Normalise(text);
        var context = new PatternContext(normalised);
        var negated = Enumerable.Range(0, context.Terms.Count).Where(context.IsNegated).ToList();
        Assert.NotEmpty(negated);
        Assert.DoesNotContain(PatternMatcher.Match(normalised).Hits, h => h.Pattern.Id == "settlement" && !h.Negated);
    }
}
