using System.Text;
using System.Text.Json;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Screening.Tests.Model;

/// <summary>
/// ADR 393: the n-gram scorer gives ML.NET's probability bit for bit. Every comparison is of float bits, and each test
/// also checks that the scorer itself (not its fallback to ML.NET) produced most of the values compared.
/// </summary>
public sealed class NgramScorerTests(TrainedModelFixture fixture)
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;

    [Fact]
    public void Scorer_OnScreenedTexts_GivesMlNetsProbabilityAndTheSameResults()
    {
        using var fast = Reload(fixture.Model, useScorer: true);
        using var reference = Reload(fixture.Model, useScorer: false);
        Assert.True(fast.UsesNgramScorer, fast.PredictionPath);
        Assert.False(reference.UsesNgramScorer);
        // ADR 452: the trained model's explainer reads the scorer's table, and the screens compared below quote the same phrases.
        Assert.True(fast.ExplainsThroughScorerTable);
        Assert.False(reference.ExplainsThroughScorerTable);

        var texts = GeneratedTexts().Concat(EdgeTexts()).ToList();
        var fastScreener = new AdScreener(Normaliser, fast);
        var referenceScreener = new AdScreener(Normaliser, reference);
        var scored = 0;
        foreach (var text in texts)
        {
            var normalised = Normaliser.Normalise(text);
            var matches = PatternMatcher.Match(normalised);
            var signals = ModelSignals.Describe(normalised, matches);
            var expected = reference.PredictWithEngine(normalised.Text, signals);
            if (fast.ScoreWithScorer(normalised.Text, signals) is { } mine)
            {
                scored++;
                AssertSameBits(expected, mine, text);
            }

            AssertSameBits(expected, (float)fast.Predict(normalised, matches), text);
            Assert.Equal(JsonSerializer.Serialize(referenceScreener.Screen(text)), JsonSerializer.Serialize(fastScreener.Screen(text)));
        }

        // Only the very long repetitive texts go to ML.NET (a sum of squares past 2^24).
        Assert.True(scored >= texts.Count - 5, $"the scorer scored {scored} of {texts.Count} texts");
    }

    [Fact]
    public void Scorer_OnRawCharacters_GivesMlNetsProbability()
    {
        // Straight to the model, past the normaliser: digits (ML.NET drops every char.IsNumber), markers, controls,
        // separators, '|' and '<' (the slot-name syntax), characters no training text had, surrogates and U+0000.
        using var fast = Reload(fixture.Model, useScorer: true);
        var random = new Random(393);
        const string Pool = "银行卡出租日结兼职微信支付宝身份证号码收款转账保密一二三十万〇①②ⅣⅫ0123456789０１２３٣۴߃६abcxyzABC"
            + "|<>*\\u␂␃ \t\n\r\u0002\u0003\u0085\u2028\u2029\u007f\u00a0ÀéßЖжΩ한국어ไทยعربي\uE000\uFFFD!?。，、";
        var signalWords = new[] { "bias", "offer", "notice", "disguised", "hit_daily_pay", "c_BankCard", "quoted_secrecy", "c_TargetGroup", "never_seen" };
        var scored = 0;
        const int Count = 3_000;
        for (var i = 0; i < Count; i++)
        {
            var length = random.Next(0, i % 10 == 0 ? 2_000 : 120);
            var text = new StringBuilder(length + 2);
            for (var k = 0; k < length; k++)
            {
                text.Append(Pool[random.Next(Pool.Length)]);
            }

            if (i % 50 == 1)
            {
                text.Append(i % 100 == 1 ? "\uD83D\uDCB3" : "\0");
            }

            var signals = string.Join(' ', Enumerable.Range(0, random.Next(0, 8)).Select(_ => signalWords[random.Next(signalWords.Length)]));
            var expected = fast.PredictWithEngine(text.ToString(), signals);
            if (fast.ScoreWithScorer(text.ToString(), signals) is { } mine)
            {
                scored++;
                AssertSameBits(expected, mine, text.ToString());
            }
            else
            {
                Assert.True(text.ToString().Contains('\0', StringComparison.Ordinal) || text.ToString().Any(char.IsSurrogate), "deferred: " + text);
            }
        }

        Assert.Equal(Count - (Count / 50), scored);
    }

    [Fact]
    public void Scorer_ForAModelKeepingDigits_ReadsThatBackAndAgrees()
    {
        using var keeping = AdModel.Train(Corpus.Training(3, 1_500), Normaliser, new ModelTrainingOptions { KeepNumbers = true }, "digits kept");
        Assert.True(keeping.UsesNgramScorer, keeping.PredictionPath);
        foreach (var text in new[] { "出租你闲置的银行卡，一天300，日结，私聊", "一天800元 2024年 ①② 日结", "123", "" })
        {
            var normalised = Normaliser.Normalise(text);
            var matches = PatternMatcher.Match(normalised);
            var signals = ModelSignals.Describe(normalised, matches);
            var mine = keeping.ScoreWithScorer(normalised.Text, signals);
            Assert.NotNull(mine);
            AssertSameBits(keeping.PredictWithEngine(normalised.Text, signals), mine.Value, text);
        }
    }

    [Theory]
    [InlineData("<\u2402>|银|行", "\u0002银行")]
    [InlineData("||<", "|<")]
    [InlineData("a||", "a|")]
    [InlineData("<|\u2402|>", "<\u2402>")]
    [InlineData("<\u2420>|<NEL>|<LSEP>", " \u0085\u2028")]
    [InlineData("卡|<\u2403>", "卡\u0003")]
    public void SlotNames_ParseMlNetsGramNames(string name, string expected)
    {
        Assert.Equal(expected, new string(SlotNames.ParseGram(name, out var surrogate)));
        Assert.False(surrogate);
    }

    [Fact]
    public void SlotNames_RoundTripEveryNamedCharacter_AndFlagSurrogates()
    {
        for (var c = '\u0001'; c < '\u3000'; c++)
        {
            if (!char.IsSurrogate(c))
            {
                var name = SlotNames.NameOf('|') + "|" + SlotNames.NameOf(c) + "|" + SlotNames.NameOf('<');
                Assert.Equal("|" + c + "<", new string(SlotNames.ParseGram(name, out _)));
            }
        }

        Assert.Null(SlotNames.ParseGram("a|" + SlotNames.NameOf('\uD83D'), out var surrogate));
        Assert.True(surrogate);
        Assert.Null(SlotNames.ParseGram("a|", out _));
        Assert.Null(SlotNames.ParseGram("ab", out _));
    }

    private static void AssertSameBits(float expected, float actual, string text) =>
        Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual), $"ML.NET {expected:R}, scorer {actual:R}: {text}");

    private static AdModel Reload(AdModel model, bool useScorer)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return AdModel.Load(stream, "fixture", Normaliser, useScorer);
    }

    private static IEnumerable<string> GeneratedTexts()
    {
        foreach (var (split, seed) in new[] { (JobAdSplit.Training, 101UL), (JobAdSplit.Development, 102UL), (JobAdSplit.HeldOut, 103UL) })
        {
            foreach (var ad in JobAdGenerator.Generate(seed, new JobAdOptions(700, split)))
            {
                yield return ad.Text;
            }

            // Every available disguise on every risky ad, and half the ads in English.
            foreach (var ad in JobAdGenerator.Generate(seed + 10, new JobAdOptions(300, split, RiskyShare: 0.6, EnglishShare: 0.5, EvasionRate: 1.0)))
            {
                yield return ad.Text;
            }
        }
    }

    private static IEnumerable<string> EdgeTexts()
    {
        var ads = JobAdGenerator.Generate(104, new JobAdOptions(80)).Select(a => a.Text).ToArray();
        yield return "";
        yield return "   ";
        yield return "1234567890";
        yield return "！！！？？？";
        yield return string.Concat(ads);
        yield return string.Concat(Enumerable.Repeat("出租银行卡日结", 1_500));
        yield return string.Concat(Enumerable.Repeat("ab", 6_000));
        yield return "兼职日结💳👉🏻 \u0000 \u200B 𠮷野家 한국어 ไทย العربية Ελληνικά Русский ½ Ⅻ ① ٣ ｂａｎｋ";
        yield return "Rent out your bank card, 300 a day, paid daily, DM me on Telegram @card_rent";
    }
}
