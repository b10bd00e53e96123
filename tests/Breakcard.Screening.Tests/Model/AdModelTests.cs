using Breakcard.Core.Errors;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Model;

public sealed class AdModelTests(TrainedModelFixture fixture)
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;

    private static readonly string[] Probes =
    [
        "出租你闲置的银行卡，一天300，日结，私聊",
        "招聘小学数学家教，时薪100元，周末上课",
        "跑分兼职招人，用你的支付宝收款，佣金2%",
        "超市收银员，熟悉微信支付宝收款，五险一金",
    ];

    [Fact]
    public void Train_SameExamplesAndSeed_GivesTheSameModel()
    {
        var examples = Corpus.Training(3, 1_500);
        using var a = AdModel.Train(examples, Normaliser, new ModelTrainingOptions(), "a");
        using var b = AdModel.Train(examples, Normaliser, new ModelTrainingOptions(), "b");
        foreach (var probe in Probes)
        {
            var n = Normaliser.Normalise(probe);
            Assert.Equal(a.Predict(n), b.Predict(n));
        }
    }

    [Fact]
    public void Predict_SeparatesObviousCases()
    {
        var model = fixture.Model;
        double[] p = [.. Probes.Select(probe => model.Predict(Normaliser.Normalise(probe)))];
        // Risky probes 0 and 2, benign 1 and 3. 跑分 with one's own Alipay sat at 0.901 before round 12, 0.898
        // after (ADR 273) and 0.807 once round 11's families joined training (ADR 280): each round adds honest
        // texts near that line to the fixture's corpus and moves it. Once round 15's families (honest twins in
        // the risky forms: 用你的支付宝收款 in honest work) joined training it fell to 0.349 here and 0.62 in
        // the default model (ADR 347); the patterns' settlement reading and the offence-structure floor still
        // flag it (review). So the card-renting probe must be confident, the benign ones near zero, and the
        // 跑分 probe must stay clearly above every benign one — a recorded weakness of the model, not a pass.
        Assert.InRange(p[0], 0.7, 1.0);
        Assert.All(new[] { p[1], p[3] }, benign => Assert.InRange(benign, 0.0, 0.1));
        Assert.True(p[2] - Math.Max(p[1], p[3]) > 0.2, $"gap between the 跑分 probe and the benign probes: {string.Join(", ", p)}");
    }

    [Fact]
    public void Predict_ByDefault_DoesNotTellAmountsApart()
    {
        // ADR 310: the n-grams drop digits, so a family's amounts and counts are not features; the same text with
        // another amount (the same readings: a price either way) gets the same probability.
        var a = Normaliser.Normalise("出租你闲置的银行卡，一天300，日结，私聊");
        var b = Normaliser.Normalise("出租你闲置的银行卡，一天800，日结，私聊");
        Assert.Equal(fixture.Model.Predict(a), fixture.Model.Predict(b));

        using var keeping = AdModel.Train(Corpus.Training(3, 1_500), Normaliser, new ModelTrainingOptions { KeepNumbers = true }, "digits kept");
        Assert.NotEqual(keeping.Predict(a), keeping.Predict(b));
    }

    [Fact]
    public void Train_OneClassOnly_IsRejected()
    {
        var only = Corpus.Training(3, 300).Where(e => e.IsRisky).ToList();
        Assert.Throws<ArgumentException>(() => AdModel.Train(only, Normaliser, new ModelTrainingOptions(), "x"));
    }

    [Fact]
    public void SaveThenLoad_PredictsTheSameAndKeepsInfo()
    {
        using var stream = new MemoryStream();
        fixture.Model.Save(stream);
        stream.Position = 0;
        using var loaded = AdModel.Load(stream, "memory", Normaliser);
        Assert.Equal(fixture.Model.Info, loaded.Info);
        Assert.Equal(TrainedModelFixture.TrainingAds, loaded.Info.Examples);
        foreach (var probe in Probes)
        {
            var n = Normaliser.Normalise(probe);
            Assert.Equal(fixture.Model.Predict(n), loaded.Predict(n), 1e-6);
        }

        Assert.True(loaded.CanExplain);
    }

    [Fact]
    public void Load_ModelOfAnotherLexicon_IsRejectedWithTheSource()
    {
        using var stream = new MemoryStream();
        fixture.Model.Save(stream);
        stream.Position = 0;
        var other = new TextNormaliser(Breakcard.Screening.Lexicon.ScreeningLexicon.Parse("卡\tCardGeneric\n", "", "", ""));
        var e = Assert.Throws<InvalidInputException>(() => AdModel.Load(stream, "old-model.zip", other));
        Assert.Equal("old-model.zip", e.Error.Source);
        Assert.Contains("different screening lexicon", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAModel_IsRejectedWithTheSource()
    {
        using var stream = new MemoryStream("this is not a zip file"u8.ToArray());
        var e = Assert.Throws<InvalidInputException>(() => AdModel.Load(stream, "notes.txt", Normaliser));
        Assert.StartsWith("notes.txt: not a readable screening model", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_FromManyThreads_MatchesSequential()
    {
        var texts = Corpus.Development(5, 400).Select(e => Normaliser.Normalise(e.Text)).ToArray();
        var sequential = texts.Select(fixture.Model.Predict).ToArray();
        var parallel = new double[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = fixture.Model.Predict(texts[i]));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Explain_RiskyText_NamesRiskyNgramsInTheText()
    {
        var n = Normaliser.Normalise("出租你闲置的银行卡，一天300，日结");
        var phrases = fixture.Model.Explain(n, 3);
        Assert.NotEmpty(phrases);
        Assert.All(phrases, p =>
        {
            Assert.True(p.Weight > 0);
            Assert.InRange(p.Start, 0, n.Text.Length - 1);
            Assert.InRange(p.End, p.Start + 2, n.Text.Length);
        });
        for (var i = 1; i < phrases.Count; i++)
        {
            Assert.True(phrases[i - 1].Weight >= phrases[i].Weight);
        }
    }
}
