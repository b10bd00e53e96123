using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Tests.Consistency;

/// <summary>The source paper's section 4.5: Liu (¥11 million, gains ¥32,200, fined ¥7,000) and Song (¥5.19 million, ¥10,000, fined ¥9,000).</summary>
public sealed class LiuSongTests
{
    private static JudgmentRecord Extract(string file) => GoldenFiles.ExtractDev(file);

    [Fact]
    public void FindFinePairs_LiuAndSongExtractedFromTheirJudgments_LiuIsTheHeavierCaseWithTheLowerFine()
    {
        var defendants = SentencedDefendant.All([Extract("liu.txt"), Extract("song.txt")]);

        var result = InconsistentPairs.Find(defendants, SentencingTarget.Fine);

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(1, result.Total);
        Assert.Equal("刘某", pair.Heavier.Defendant.Name);
        Assert.Equal("宋某", pair.Lighter.Defendant.Name);
        Assert.Equal(7_000, pair.HeavierSentence);
        Assert.Equal(9_000, pair.LighterSentence);
    }

    [Fact]
    public void FindTermPairs_LiuAndSong_LiuAlsoServesLess()
    {
        var defendants = SentencedDefendant.All([Extract("liu.txt"), Extract("song.txt")]);

        var pair = Assert.Single(InconsistentPairs.Find(defendants, SentencingTarget.Term).Pairs);

        Assert.Equal(("刘某", 8.0, "宋某", 10.0), (pair.Heavier.Defendant.Name, pair.HeavierSentence, pair.Lighter.Defendant.Name, pair.LighterSentence));
    }

    [Fact]
    public void FindFinePairs_WholeDevelopmentCorpus_StillFindsLiuAndSong()
    {
        var records = JudgmentFileReader.ReadAll(Path.Combine(AppContext.BaseDirectory, "Golden", "dev"))
            .Select(r => JudgmentExtractor.Extract(r.Document!).Record!).ToList();

        var result = InconsistentPairs.Find(SentencedDefendant.All(records), SentencingTarget.Fine);

        Assert.Contains(result.Pairs, p => p.Heavier.Defendant.Name == "刘某" && p.Lighter.Defendant.Name == "宋某"
            && p.Heavier.Judgment.Source == "liu.txt" && p.Lighter.Judgment.Source == "song.txt");
    }

    [Fact]
    public void Why_LiuAndSong_ReasonInTheFactsOwnTerms()
    {
        var defendants = SentencedDefendant.All([Extract("liu.txt"), Extract("song.txt")]);
        var pair = Assert.Single(InconsistentPairs.Find(defendants, SentencingTarget.Fine).Pairs);

        // ¥11,000,000 ÷ ¥5,190,000 = 2.12; ¥32,200 ÷ ¥10,000 = 3.22; ¥9,000 − ¥7,000 = ¥2,000.
        Assert.Equal("A's settlement ×2.12 and gains ×3.22 B's, yet A was fined ¥2,000.00 less", ConsistencyTables.Why(pair, fine: true));
    }
}
