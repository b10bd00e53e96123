using Breakcard.Core.Truth;
using Breakcard.EarlyWarning.Evaluation;
using Breakcard.EarlyWarning.Warnings;
using static Breakcard.EarlyWarning.Tests.Town;

namespace Breakcard.EarlyWarning.Tests;

public sealed class WarningEvaluatorTests
{
    private static Warning Warned(string id, DateTimeOffset at, DateTimeOffset? threshold = null) =>
        new(id, at, 60, 60, [], [], [Intervention.Bank], threshold, threshold is null ? null : "test", false);

    [Fact]
    public void HandBuiltList_PrecisionRecallAndLeads()
    {
        // Four targets (S1–S3 sellers, M1 a mule), one dealer, the rest normal people.
        TruthPerson[] truth =
        [
            new("S1", TruthRole.Seller, At(2, 12), At(2, 12, 1)),
            new("S2", TruthRole.Seller, At(3, 0), At(3, 1)),
            new("S3", TruthRole.Seller, At(4, 0), null),
            new("M1", TruthRole.SettlementMule, At(5, 0), At(5, 0)),
            new("D1", TruthRole.Dealer, At(1, 0), At(1, 0)),
            new("N1", TruthRole.Normal, null, null),
        ];
        Warning[] list =
        [
            Warned("S1", At(0, 12)),                    // 48 h 1 min before the first illicit transaction
            Warned("S2", At(3, 3), threshold: At(3, 2)), // 2 h after it, and after the threshold
            Warned("D1", At(1, 1)),
            Warned("N1", At(1, 1)),
            Warned("X9", At(1, 1)),                    // nobody in truth: a normal person
        ];

        var e = WarningEvaluator.Evaluate(list, truth);

        Assert.Equal(5, e.Warned);
        Assert.Equal(4, e.Targets);
        Assert.Equal(2, e.WarnedTargets);
        Assert.Equal(1, e.WarnedOtherAiders);
        Assert.Equal(0.4, e.Precision, 12);
        Assert.Equal(0.6, e.AiderPrecision, 12);
        Assert.Equal(0.5, e.Recall, 12);
        Assert.Equal(1, e.WarnedBeforeFirstIllicitTransaction);
        Assert.Equal(1, e.WarnedBeforeFirstIllicitEvent);
        Assert.Equal(1, e.WarnedBeforeThreshold);
        Assert.Equal([-2.0, 48 + (1 / 60.0)], e.LeadHours);
        Assert.Equal((-2.0 + 48 + (1 / 60.0)) / 2, e.MedianLeadHours!.Value, 9);
    }

    [Fact]
    public void EmptyList_ZeroesNotNaN()
    {
        var e = WarningEvaluator.Evaluate([], [new TruthPerson("S1", TruthRole.Seller, null, null)]);
        Assert.Equal(0, e.Precision);
        Assert.Equal(0, e.Recall);
        Assert.Null(e.MedianLeadHours);
    }

    [Fact]
    public void Median_OddAndEven()
    {
        Assert.Equal(2.0, WarningEvaluator.Median([1.0, 2.0, 9.0]));
        Assert.Equal(1.5, WarningEvaluator.Median([1.0, 2.0]));
        Assert.Null(WarningEvaluator.Median([]));
    }
}
