using Breakcard.Detection.Alerts;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static Alert AlertFor(string kind, string id, string time) => new()
    {
        AlertId = "A1", EntityKind = kind, Entity = id, EntityMasked = id, Time = time, Risk = 60, Band = 1, Model = "points",
        Reasons = [], Evidence = [], LegalBasis = [], ControlMeasure = ControlMeasure.Reverify,
    };

    private static TruthEntity Mule(string id, string typology, string? firstIllicit) =>
        new(ScoredKind.Account, id, TruthClass.Positive, [typology], "first_layer", "ordinary", firstIllicit is null ? null : DateTimeOffset.Parse(firstIllicit, System.Globalization.CultureInfo.InvariantCulture));

    private static TruthEntity Normal(string id, string persona = "ordinary") => new(ScoredKind.Account, id, TruthClass.Negative, [], "normal", persona, null);

    [Fact]
    public void Evaluate_HandBuiltRun_CountsAndRatesAsComputedByHand()
    {
        // Truth: 4 mules (3 settlement, 1 dormant), 4 normal accounts (one a merchant).
        TruthEntity[] truth =
        [
            Mule("m1", "payment_settlement", "2024-03-01T10:00:00+08:00"),
            Mule("m2", "payment_settlement", "2024-03-01T10:00:00+08:00"),
            Mule("m3", "payment_settlement", "2024-03-02T00:00:00+08:00"),
            Mule("m4", "dormant_revival", null),
            Normal("n1"), Normal("n2"), Normal("n3", "merchant"), Normal("n4"),
            new(ScoredKind.Phone, "13900000001", TruthClass.Positive, ["fraud_calls"], "ring_line", "ordinary", null),
            new(ScoredKind.Account, "dealer-card", TruthClass.Helper, ["card_dealing"], "dealer", "ordinary", null),
        ];

        // Alerts: m1 after 2 h, m2 after 30 h (and again later), m4, and the merchant n3.
        Alert[] alerts =
        [
            AlertFor("account", "m1", "2024-03-01T12:00:00+08:00"),
            AlertFor("account", "m2", "2024-03-02T16:00:00+08:00"),
            AlertFor("account", "m2", "2024-03-03T16:00:00+08:00"),
            AlertFor("account", "m4", "2024-03-05T09:00:00+08:00"),
            AlertFor("account", "n3", "2024-03-05T09:00:00+08:00"),
            AlertFor("account", "dealer-card", "2024-03-05T09:00:00+08:00"),
        ];

        var report = Evaluator.Evaluate(alerts, truth);
        var a = report.Accounts.Overall;
        Assert.Equal((3, 1, 1, 3), (a.TruePositives, a.FalsePositives, a.FalseNegatives, a.TrueNegatives));
        Assert.Equal(0.75, a.Precision, 12);
        Assert.Equal(0.75, a.Recall, 12);
        Assert.Equal(0.75, a.F1, 12);
        Assert.Equal([("dormant_revival", 1, 1), ("payment_settlement", 3, 2)],
            report.Accounts.ByTypology.Select(t => (t.Typology, t.Positives, t.Detected)));
        Assert.Equal(1, report.Accounts.FalsePositivesByPersona["merchant"]);

        // Delays of detected positives with a start: m1 2 h, m2 30 h (first alert only).
        var delay = report.Accounts.TimeToDetect;
        Assert.Equal(2, delay.Count);
        Assert.Equal(16.0, delay.MedianHours, 9);
        Assert.Equal(0.5, delay.Within24Hours, 9);

        Assert.Equal((1, 1), (report.Accounts.Helpers.Positives, report.Accounts.Helpers.Detected));
        Assert.Equal(1, report.Phones.Overall.FalseNegatives);
        Assert.Equal(0, report.Phones.Overall.Recall);
    }

    [Theory]
    [InlineData(0.5, 2.5)]
    [InlineData(0.25, 1.75)]
    [InlineData(0.9, 3.7)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Quantile_LinearInterpolation_MatchesHandComputation(double q, double expected) =>
        Assert.Equal(expected, Evaluator.Quantile([1.0, 2.0, 3.0, 4.0], q), 9);
}

public sealed class TruthClassTests
{
    [Theory]
    [InlineData(ScoredKind.Account, "first_layer", TruthClass.Positive)]
    [InlineData(ScoredKind.Account, "shell_front", TruthClass.Positive)]
    [InlineData(ScoredKind.Account, "dealer", TruthClass.Helper)]
    [InlineData(ScoredKind.Account, "victim", TruthClass.Negative)]
    [InlineData(ScoredKind.Account, "normal", TruthClass.Negative)]
    [InlineData(ScoredKind.Phone, "seller", TruthClass.Positive)]
    [InlineData(ScoredKind.Phone, "victim", TruthClass.Negative)]
    public void ClassOf_Role_AsDocumented(ScoredKind kind, string role, TruthClass expected) =>
        Assert.Equal(expected, TruthEntity.ClassOf(kind, role));
}
