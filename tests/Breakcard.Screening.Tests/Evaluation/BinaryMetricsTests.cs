using Breakcard.Screening.Evaluation;

namespace Breakcard.Screening.Tests.Evaluation;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void Rates_HandComputed()
    {
        var m = new BinaryMetrics(TruePositives: 90, FalsePositives: 10, TrueNegatives: 880, FalseNegatives: 20);
        Assert.Equal(1000, m.Count);
        Assert.Equal(0.9, m.Precision, 12);
        Assert.Equal(90.0 / 110, m.Recall, 12);
        Assert.Equal(10.0 / 890, m.FalsePositiveRate, 12);
        Assert.Equal(2 * 0.9 * (90.0 / 110) / (0.9 + (90.0 / 110)), m.F1, 12);
    }

    [Fact]
    public void Add_CountsEachOutcome()
    {
        var m = BinaryMetrics.Empty.Add(true, true).Add(true, false).Add(false, true).Add(false, false).Add(false, false);
        Assert.Equal(new BinaryMetrics(1, 1, 2, 1), m);
    }

    [Fact]
    public void PrecisionAtPrevalence_AtTheObservedShare_EqualsPrecision()
    {
        // 100 risky of 1000: recall 0.9, FPR 10/900. At 10% prevalence precision is 90/(90+10).
        var m = new BinaryMetrics(90, 10, 890, 10);
        Assert.Equal(m.Precision, m.PrecisionAtPrevalence(0.1), 12);
        Assert.True(m.PrecisionAtPrevalence(0.01) < m.Precision);
    }

    [Fact]
    public void EmptyCases_AreDefined()
    {
        Assert.Equal(1, BinaryMetrics.Empty.Precision);
        Assert.Equal(1, BinaryMetrics.Empty.Recall);
        Assert.Equal(0, BinaryMetrics.Empty.FalsePositiveRate);
    }
}
